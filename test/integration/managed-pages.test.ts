import { CreateBucketCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyMenuChange, applyPageChanges } from '#functions/publisher/apply-change.ts';
import { buildWholeSite } from '#functions/publisher/rebuild.ts';
import { rebuildSearchIndex } from '#functions/publisher/search-index.ts';
import { readEnv } from '#shared/config/env.ts';
import { pageObjectKey } from '#shared/config/site-paths.ts';
import { listHistory } from '#shared/data/audit.ts';
import { resetClients, s3 } from '#shared/data/clients.ts';
import { getMenu } from '#shared/data/menus.ts';
import { getPage, getPageRevision, listPages } from '#shared/data/pages.ts';
import { VersionConflict } from '#shared/domain/errors.ts';
import type { Page } from '#shared/domain/page.ts';
import { saveMenu } from '#shared/editorial/menu-service.ts';
import {
  approvePage,
  createPage,
  returnPage,
  savePage,
  submitPage,
  withdrawPage,
} from '#shared/editorial/page-service.ts';
import { createUnit } from '#shared/organisation/service.ts';
import { searchSite } from '#shared/search/store.ts';
import { seedPagesIfEmpty } from '../../infra/local/seed-pages.ts';
import { useOwnTable } from '../support/local-stack.ts';

/**
 * Managed pages and menus on DynamoDB Local and s3rver, through the verbs and the publisher: a table and a
 * site bucket of their own, because the menus are one record each and a footer change rebuilds the whole
 * site, which must not disturb other files' pages.
 */
const editor = { id: 'local-bientap', name: 'Biên tập viên' };
const director = { id: 'local-giamdoc', name: 'Giám đốc' };

async function pageText(path: string): Promise<string | undefined> {
  try {
    const object = await s3().send(
      new GetObjectCommand({ Bucket: readEnv().SITE_BUCKET, Key: pageObjectKey(path) }),
    );
    return await object.Body?.transformToString('utf-8');
  } catch {
    return undefined;
  }
}

async function seeded(language: 'vi' | 'en', slug: string): Promise<Page> {
  const page = (await listPages()).find(
    (candidate) => candidate.language === language && candidate.slug === slug,
  );
  if (!page) throw new Error(`no seeded page ${language}/${slug}`);
  return page;
}

beforeAll(async () => {
  await useOwnTable('qtp-pages-test');
  process.env.SITE_BUCKET = 'qtp-pages-site';
  resetClients();
  await s3()
    .send(new CreateBucketCommand({ Bucket: 'qtp-pages-site' }))
    .catch(() => undefined);
  await seedPagesIfEmpty();
  await buildWholeSite();
}, 180_000);

describe('seeded pages', () => {
  it('serves every seeded page in both languages, linked to its translation, with its last update', async () => {
    const vi = await pageText('/lien-he/');
    expect(vi).toContain('12 Quang Trung, phường Đồng Hới');
    expect(vi).toContain('Cập nhật lần cuối');
    expect(vi).toContain('href="/en/contact/"');
    const en = await pageText('/en/contact/');
    expect(en).toContain('Last updated');
    expect(en).toContain('href="/lien-he/"');
    for (const path of [
      '/gioi-thieu/',
      '/en/about/',
      '/tiep-can-thong-tin/',
      '/en/privacy/',
      '/en/accessibility/',
      '/dieu-khoan-su-dung-lai/',
    ])
      expect(await pageText(path)).toContain('<h1>');
    // The menus were seeded with the pages: the footer links the access-to-information page everywhere.
    expect(await pageText('/')).toContain('href="/tiep-can-thong-tin/"');
    expect(await pageText('/')).toContain('href="/thong-tin-cong-khai/"');
    // The pages' sitemap lists each page with its translation; the sitemap index links it.
    const sitemap = await pageText('/sitemaps/trang.xml');
    expect(sitemap).toContain('/lien-he/</loc>');
    expect(sitemap).toContain('hreflang="en" href="http://');
    expect(sitemap).toContain('/en/contact/"');
    expect(await pageText('/sitemap.xml')).toContain('/sitemaps/trang.xml</loc>');
  });
});

describe('pages in the portal search', () => {
  it('the full rebuild indexes every live page in its language, found without marks', async () => {
    const answer = await searchSite({
      q: 'tiep can thong tin',
      filters: { kind: 'page' },
      page: 1,
      pageSize: 10,
    });
    expect(answer?.hits.map((hit) => hit.head.url)).toContain('/tiep-can-thong-tin/');
    const contact = await searchSite({
      q: 'contact',
      filters: { language: 'en', kind: 'page' },
      page: 1,
      pageSize: 10,
    });
    expect(contact?.hits.map((hit) => hit.head.url)).toContain('/en/contact/');
  });
});

describe('organisation units in the portal search', () => {
  it('the full rebuild indexes each unit on its page, in English once its name is translated', async () => {
    const id = `phong-thu-${Date.now()}`;
    const unit = {
      kind: 'division' as const,
      order: 9,
      functionsVi: 'Tiếp nhận hồ sơ trực tuyến.\nRà soát quy định hành chính.',
      functionsEn: '',
    };
    await createUnit(
      { ...unit, id, nameVi: `Phòng Kiểm soát thủ tục ${id}`, nameEn: `Procedure Control Division ${id}` },
      editor,
    );
    await createUnit({ ...unit, id: `${id}-vi`, nameVi: `Tổ một cửa ${id}`, nameEn: '' }, editor);
    await rebuildSearchIndex();
    const search = (q: string, filters = {}) => searchSite({ q, filters, page: 1, pageSize: 10 });
    expect((await search(`phong kiem soat thu tuc ${id}`))?.hits[0]?.head.url).toBe(
      `/co-cau-to-chuc/don-vi/${id}/`,
    );
    expect((await search(`procedure control division ${id}`))?.hits[0]?.head.url).toBe(
      `/en/organisation/units/${id}/`,
    );
    const byDuty = await search('ra soat quy dinh hanh chinh', { kind: 'unit' });
    expect(byDuty?.hits.map((hit) => hit.head.url)).toContain(`/co-cau-to-chuc/don-vi/${id}/`);
    // The untranslated unit: its Vietnamese page only, not the same text twice.
    expect((await search(`to mot cua ${id}`))?.hits.map((hit) => hit.head.url)).toEqual([
      `/co-cau-to-chuc/don-vi/${id}-vi/`,
    ]);
  });
});

describe('the editorial workflow of a page', () => {
  it('keeps the live page until the director approves; four eyes; stale versions refused; history', async () => {
    let page = await seeded('vi', 'lien-he');
    const latest = await getPageRevision(page.id, page.latestRevision);
    if (!latest) throw new Error('no revision');
    const { pageId: _p, revision: _r, savedAt: _s, savedBy: _b, savedByName: _n, ...content } = latest;
    const marker = `Tiếp công dân thứ Năm ${Date.now()}`;
    page = await savePage(
      page.id,
      { ...content, bodyHtml: `${content.bodyHtml}<p>${marker}</p>` },
      page.version,
      editor,
    );
    await expect(savePage(page.id, content, page.version - 1, editor)).rejects.toBeInstanceOf(
      VersionConflict,
    );
    page = await submitPage(page.id, page.version, editor);
    expect(page.status).toBe('in_review');
    expect(await pageText('/lien-he/')).not.toContain(marker);
    // The editor wrote this revision: the editor cannot approve it, even with a director's role.
    await expect(approvePage(page.id, { expectedVersion: page.version }, editor)).rejects.toMatchObject({
      type: 'forbidden',
    });
    page = await returnPage(
      page.id,
      { expectedVersion: page.version, note: 'Ghi rõ giờ tiếp công dân.' },
      director,
    );
    expect(page.status).toBe('returned');
    page = await submitPage(page.id, page.version, editor);
    const result = await approvePage(page.id, { expectedVersion: page.version }, director);
    expect(result.change?.after?.slug).toBe('lien-he');
    expect(result.change?.translation).toEqual({ language: 'en', slug: 'contact' });
    const report = await applyPageChanges(result.change ? [result.change] : []);
    expect('rendered' in report && report.rendered).toEqual(
      expect.arrayContaining(['/lien-he/', '/en/contact/']),
    );
    expect(await pageText('/lien-he/')).toContain(marker);
    const actions = (await listHistory({ type: 'Page', id: page.id })).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'save', 'submit', 'return', 'approve']));
  });

  it('refuses a reserved or taken address and a place under itself', async () => {
    const body = { title: 'Trang thử', summary: '', bodyHtml: '<p>Nội dung</p>', order: 0 };
    await expect(createPage({ ...body, language: 'vi', slug: 'tin-tuc' }, editor)).rejects.toMatchObject({
      type: 'validation-failed',
    });
    await expect(createPage({ ...body, language: 'vi', slug: 'lien-he' }, editor)).rejects.toMatchObject({
      type: 'validation-failed',
    });
    const parent = await createPage({ ...body, language: 'vi', slug: `cha-${Date.now()}` }, editor);
    const child = await createPage(
      { ...body, language: 'vi', slug: `con-${Date.now()}`, parentId: parent.id },
      editor,
    );
    await expect(
      savePage(parent.id, { ...body, parentId: child.id }, parent.version, editor),
    ).rejects.toMatchObject({ type: 'validation-failed' });
    const english = await seeded('en', 'about');
    await expect(
      savePage(child.id, { ...body, parentId: english.id }, child.version, editor),
    ).rejects.toMatchObject({ type: 'validation-failed' });
    expect((await getPage(parent.id))?.version).toBe(1);
  });

  it('a subpage appears in its parent’s list and its breadcrumb; unpublishing removes its page', async () => {
    const intro = await seeded('vi', 'gioi-thieu');
    const slug = `lich-su-${Date.now()}`;
    let page = await createPage(
      {
        title: 'Lịch sử vùng đất',
        summary: '',
        bodyHtml: '<p>Từ châu Ô, châu Lý…</p>',
        order: 1,
        language: 'vi',
        slug,
        parentId: intro.id,
      },
      editor,
    );
    page = await submitPage(page.id, page.version, editor);
    const result = await approvePage(page.id, { expectedVersion: page.version }, director);
    if (result.change) await applyPageChanges([result.change]);
    expect(await pageText(`/${slug}/`)).toContain('href="/gioi-thieu/"');
    expect(await pageText('/gioi-thieu/')).toContain(`href="/${slug}/"`);
    const withdrawn = await withdrawPage(page.id, 'unpublish', result.page.version, director);
    if (withdrawn.change) await applyPageChanges([withdrawn.change]);
    expect(await pageText(`/${slug}/`)).toBeUndefined();
    expect(await pageText('/gioi-thieu/')).not.toContain(`href="/${slug}/"`);
  });
});

describe('menus', () => {
  it('the home blocks re-render the home pages; a footer change rebuilds every page; stale saves refused', async () => {
    const home = await getMenu('home');
    if (!home) throw new Error('home blocks not seeded');
    const label = `Tra cứu hồ sơ ${Date.now()}`;
    const saved = await saveMenu(
      'home',
      {
        items: [
          ...home.items,
          {
            target: { kind: 'url', url: 'https://dichvucong.quangtri.gov.vn' },
            labelVi: label,
            labelEn: 'Track a file',
          },
        ],
        expectedVersion: home.version,
      },
      { id: 'local-quantri', name: 'Quản trị' },
    );
    expect(saved.version).toBe(home.version + 1);
    await expect(
      saveMenu('home', { items: [], expectedVersion: home.version }, editor),
    ).rejects.toBeInstanceOf(VersionConflict);
    const report = await applyMenuChange('home');
    expect('rendered' in report && report.rendered).toEqual(['/', '/en/']);
    expect(await pageText('/')).toContain(label);
    expect(await pageText('/lien-he/')).not.toContain(label);

    const footer = await getMenu('footer');
    if (!footer) throw new Error('footer not seeded');
    const footerLabel = `Sơ đồ Cổng ${Date.now()}`;
    await saveMenu(
      'footer',
      {
        items: [
          ...footer.items,
          {
            target: { kind: 'path', vi: '/tim-kiem/', en: '/en/search/' },
            labelVi: footerLabel,
            labelEn: 'Site map',
          },
        ],
        expectedVersion: footer.version,
      },
      { id: 'local-quantri', name: 'Quản trị' },
    );
    await applyMenuChange('footer');
    expect(await pageText('/lien-he/')).toContain(footerLabel);
    expect(await pageText('/co-cau-to-chuc/')).toContain(footerLabel);
    expect((await listHistory({ type: 'Menu', id: 'footer' })).map((entry) => entry.action)).toEqual([
      'create',
      'save',
    ]);
  }, 120_000);
});
