import { GetObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '#functions/publisher/apply-change.ts';
import { type ArticlePageModel, renderPage, renderPageModel } from '#functions/publisher/article-pages.ts';
import { partitionModels, planRebuild } from '#functions/publisher/rebuild.ts';
import { readEnv } from '#shared/config/env.ts';
import { pageObjectKey } from '#shared/config/site-paths.ts';
import { s3 } from '#shared/data/clients.ts';
import { createCategory, getCategory } from '#shared/data/directory.ts';
import { approveArticle, createArticle, submitArticle } from '#shared/editorial/article-service.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import type { PageRef } from '#shared/site/touched-pages.ts';
import { uniqueSlug } from '../support/local-stack.ts';

const editor = { id: 'local-bientap', name: 'Trần Minh Đức' };
const director = { id: 'local-giamdoc', name: 'Nguyễn Thị Hạnh' };

async function pageText(path: string): Promise<string | undefined> {
  try {
    const object = await s3().send(
      new GetObjectCommand({ Bucket: readEnv().SITE_BUCKET, Key: pageObjectKey(path) }),
    );
    return await object.Body?.transformToString();
  } catch {
    return undefined;
  }
}

async function publishedArticle(title: string, categorySlug: string) {
  const draft = await createArticle(
    {
      language: 'vi',
      title,
      summary: 'Tóm tắt bài viết thử nghiệm của bộ xuất bản.',
      bodyHtml: '<p>Nội dung.</p>',
      categorySlug,
      tags: [],
    },
    editor,
  );
  const submitted = await submitArticle(draft.id, draft.version, editor);
  return approveArticle(draft.id, { expectedVersion: submitted.version }, director);
}

describe('publisher (DynamoDB Local and the S3 emulator)', () => {
  const categorySlug = uniqueSlug('xb');
  beforeAll(async () => {
    if (!(await getCategory(categorySlug))) {
      await createCategory(
        {
          slug: categorySlug,
          nameVi: 'Xuất bản thử',
          nameEn: 'Publishing test',
          descriptionVi: '',
          order: 50,
        },
        editor,
      );
    }
  });

  it('writes exactly the touched pages of a publication', async () => {
    const { change } = await publishedArticle(`Bài xuất bản thử ${uniqueSlug('a')}`, categorySlug);
    if (!change) throw new Error('a publication reports its change');
    const report = await applyChanges([change]);
    expect(report.rendered).toEqual(
      expect.arrayContaining([
        `/tin-tuc/${change.after?.slug}/`,
        `/chuyen-muc/${categorySlug}/`,
        `/chuyen-muc/${categorySlug}/trang-1/`,
        '/',
      ]),
    );
    // The pages, and the search index's manifest (the one piece of the index that changes in place).
    expect(report.invalidated).toEqual([...[...report.rendered].sort(), '/search-index/manifest.json']);
    expect(report.indexed).toContain('manifest.json');
    expect(await pageText(`/tin-tuc/${change.after?.slug}/`)).toContain('Bài xuất bản thử');
    // The month's sitemap lists it (read without article bodies), and the sitemap index lists the month.
    expect(await pageText(`/sitemaps/${change.after?.sitemapMonth}.xml`)).toContain(
      `/tin-tuc/${change.after?.slug}/`,
    );
    expect(await pageText('/sitemap.xml')).toContain(`/sitemaps/${change.after?.sitemapMonth}.xml`);
  });

  it('leaves the previous pages live when one page of a change fails to render', async () => {
    const first = await publishedArticle(`Bài đầu tiên ${uniqueSlug('b')}`, categorySlug);
    if (!first.change) throw new Error('a publication reports its change');
    await applyChanges([first.change]);
    const frontBefore = await pageText(`/chuyen-muc/${categorySlug}/`);

    const second = await publishedArticle(`Bài thứ hai ${uniqueSlug('c')}`, categorySlug);
    if (!second.change) throw new Error('a publication reports its change');
    const failing: typeof renderPage = async (ctx, page) => {
      if (page.kind === 'feed') throw new Error('renderer failed');
      return renderPage(ctx, page);
    };
    await expect(applyChanges([second.change], { render: failing })).rejects.toThrow('renderer failed');

    // Nothing of the failed change was written: the front page is the previous one, the article has no page.
    expect(await pageText(`/chuyen-muc/${categorySlug}/`)).toBe(frontBefore);
    expect(await pageText(`/tin-tuc/${second.change.after?.slug}/`)).toBeUndefined();

    // The retry (Lambda retries failed async invocations) renders it all.
    await applyChanges([second.change]);
    expect(await pageText(`/chuyen-muc/${categorySlug}/`)).toContain('Bài thứ hai');
  });

  it('a rebuild partition renders its pages exactly as a publication renders them one by one', async () => {
    const rebuiltSlug = uniqueSlug('dl');
    await createCategory(
      { slug: rebuiltSlug, nameVi: 'Dựng lại thử', nameEn: 'Rebuild test', descriptionVi: '', order: 51 },
      editor,
    );
    for (const title of ['Bài dựng lại thứ nhất', 'Bài dựng lại thứ hai'])
      await publishedArticle(`${title} ${uniqueSlug('d')}`, rebuiltSlug);
    const ctx = await loadSiteContext();
    const partition = (await planRebuild(ctx)).find(
      (candidate) =>
        candidate.kind === 'listing' && candidate.language === 'vi' && candidate.categorySlug === rebuiltSlug,
    );
    if (partition?.kind !== 'listing') throw new Error('the new category has a listing partition');
    const models = await partitionModels(ctx, partition);
    // Both articles, their print pages, and the category's one listing page.
    expect(models.map((model) => model.kind).sort()).toEqual([
      'article',
      'article',
      'article-print',
      'article-print',
      'category-page',
    ]);
    const refOf = (model: ArticlePageModel): PageRef => {
      if (model.kind === 'article' || model.kind === 'article-print')
        return { kind: model.kind, language: 'vi', slug: model.article.slug };
      if (model.kind === 'category-page')
        return { kind: 'category-page', language: 'vi', categorySlug: rebuiltSlug, page: model.page };
      throw new Error(`a listing partition has no ${model.kind} page`);
    };
    for (const model of models) {
      expect(renderPageModel(ctx, model)).toEqual(await renderPage(ctx, refOf(model)));
    }
  });
});
