import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedFiles } from '#functions/publisher/fixed-pages.ts';
import { allManagedPages } from '#functions/publisher/managed-pages.ts';
import { writeFiles } from '#functions/publisher/site-files.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import { seedPagesIfEmpty } from '../../infra/local/seed-pages.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * Managed pages in Debian's Chromium against the local stack (issue 13): an editor changes the contacts page
 * and its English version in the admin, the Director approves both, and both public pages show the change and
 * a new "last updated". axe-core on every new admin screen (both languages) and every seeded public page.
 */
let stack: LocalStack;
const stamp = Date.now().toString(36);
const markerVi = `Tiếp công dân sáng thứ Năm hằng tuần ${stamp}`;
const markerEn = `Citizens are received on Thursday mornings ${stamp}`;
const session = browserSession({ url: () => stack.url, citizenAddress: '198.18.13.13', checkerPath: '/' });
const { axe, axeBothLanguages, checked, settled, signIn } = session;

const publicPages = [
  '/gioi-thieu/',
  '/en/about/',
  '/ve-cong-thong-tin/',
  '/en/about-the-portal/',
  '/tiep-can-thong-tin/',
  '/en/access-to-information/',
  '/bao-ve-du-lieu-ca-nhan/',
  '/en/privacy/',
  '/tuyen-bo-tiep-can/',
  '/en/accessibility/',
  '/dieu-khoan-su-dung-lai/',
  '/en/terms-of-reuse/',
];

async function lastUpdated(path: string): Promise<string> {
  const html = await (await fetch(`${stack.url}${path}`)).text();
  const found = /<time datetime="([^"]+)">/.exec(html);
  if (!found?.[1]) throw new Error(`no last-updated time on ${path}`);
  return found[1];
}

describeInBrowser('managed pages in Chromium (issue 13)', () => {
  beforeAll(async () => {
    // A table of its own: the seed writes the pages only into an empty store, and other files create pages in
    // the shared one (the search's tests), which would leave this one without its contacts page.
    stack = await startTestStack({ tableName: 'qtp-managed-pages-e2e' });
    await uploadAdminSpa();
    // The seeded pages, written through the real workflow, and their files (with the stylesheet).
    await seedPagesIfEmpty();
    const ctx = await loadSiteContext();
    await writeFiles([...fixedFiles(ctx), ...(await allManagedPages(ctx))]);
  }, 120_000);

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('an editor revises the contacts page in both languages; the Director approves; both public pages change', async () => {
    const before = { vi: await lastUpdated('/lien-he/'), en: await lastUpdated('/en/contact/') };

    const editor = await signIn('bientap');
    await editor.getByRole('navigation').getByRole('link', { name: 'Trang thông tin' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Trang thông tin' }).waitFor();
    await settled(editor);
    await axeBothLanguages(editor, 'page tree');
    // An editor is not offered the Director's page review.
    expect(await editor.getByRole('link', { name: 'Duyệt trang' }).count()).toBe(0);

    for (const [title, marker] of [
      ['Liên hệ', markerVi],
      ['Contact us', markerEn],
    ] as const) {
      await editor.getByRole('navigation').getByRole('link', { name: 'Trang thông tin' }).click();
      await settled(editor);
      await editor.getByRole('link', { name: title, exact: true }).click();
      await editor.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
      await settled(editor);
      await editor.getByLabel('Nội dung').click();
      await editor.keyboard.press('Control+End');
      await editor.keyboard.press('Enter');
      await editor.keyboard.type(marker);
      await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
      await editor.getByText('Đã gửi duyệt.', { exact: false }).waitFor();
      if (title === 'Liên hệ') await axeBothLanguages(editor, 'page editor');
      // Until the Director approves, the public page stays as it was.
      expect(
        await (await fetch(`${stack.url}${title === 'Liên hệ' ? '/lien-he/' : '/en/contact/'}`)).text(),
      ).not.toContain(marker);
    }
    await expect(
      editor.getByRole('cell', { name: 'Gửi duyệt', exact: true }).count(),
    ).resolves.toBeGreaterThan(0);

    const director = await signIn('giamdoc');
    await director.getByRole('navigation').getByRole('link', { name: 'Duyệt trang' }).click();
    await director.getByRole('heading', { level: 1, name: 'Trang chờ duyệt' }).waitFor();
    await settled(director);
    await axeBothLanguages(director, 'page review queue');
    for (const title of ['Liên hệ', 'Contact us']) {
      await director.getByRole('navigation').getByRole('link', { name: 'Duyệt trang' }).click();
      await settled(director);
      await director.getByRole('link', { name: title, exact: true }).click();
      await director.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
      await settled(director);
      if (title === 'Liên hệ') await axeBothLanguages(director, 'page review');
      await director.getByRole('button', { name: 'Duyệt và đăng' }).click();
      await director.getByText('Đã duyệt.', { exact: false }).waitFor();
    }

    const reader = await (await session.newContext({ javaScriptEnabled: false })).newPage();
    for (const [path, marker, label] of [
      ['/lien-he/', markerVi, 'Cập nhật lần cuối'],
      ['/en/contact/', markerEn, 'Last updated'],
    ] as const) {
      await reader.goto(`${stack.url}${path}`);
      await reader.getByText(marker).waitFor();
      expect(await reader.getByText(label).count()).toBe(1);
      await session.axePublic(reader, path);
    }
    const after = { vi: await lastUpdated('/lien-he/'), en: await lastUpdated('/en/contact/') };
    expect(after.vi > before.vi).toBe(true);
    expect(after.en > before.en).toBe(true);
    // Each links to the other.
    await reader.goto(`${stack.url}/lien-he/`);
    expect(await reader.locator('a[href="/en/contact/"]').count()).toBeGreaterThan(0);
  }, 240_000);

  it('the admin arranges the menus; every seeded public page passes axe', async () => {
    const admin = await signIn('quantri');
    await admin.getByRole('navigation').getByRole('link', { name: 'Trình đơn' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Trình đơn và trang chủ' }).waitFor();
    await settled(admin);
    await admin
      .getByRole('row', { name: /Giới thiệu/ })
      .first()
      .waitFor();
    await axeBothLanguages(admin, 'menus');
    await admin.getByLabel('Trình đơn', { exact: true }).selectOption('home');
    await admin.getByLabel('Bài tiêu điểm (tiếng Việt)').waitFor();
    await settled(admin);
    await axe(admin, 'home blocks');

    const reader = await (await session.newContext({ javaScriptEnabled: false })).newPage();
    for (const path of publicPages) {
      await reader.goto(`${stack.url}${path}`);
      await reader.getByRole('heading', { level: 1 }).waitFor();
      await session.axePublic(reader, path);
    }
    expect(checked.length).toBeGreaterThan(publicPages.length);
    expect(checked.filter((screen) => screen.violations.length > 0)).toEqual([]);
  }, 240_000);
});
