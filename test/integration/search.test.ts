import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createCategory, getCategory } from '#shared/data/directory.ts';
import { articleSchema } from '#shared/domain/article.ts';
import { pageSchema } from '#shared/domain/page.ts';
import { readManifest } from '#shared/search/index-writer.ts';
import { s3PieceStore } from '#shared/search/store.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { startTestStack, uniqueSlug } from '../support/local-stack.ts';

let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const category = 'kinh-te';
const articleOf = (json: unknown) => articleSchema.parse(json);
const answerSchema = z.object({
  total: z.number(),
  hits: z.array(z.object({ head: z.object({ key: z.string(), url: z.string(), title: z.string() }) })),
  facets: z.record(z.string(), z.array(z.tuple([z.string(), z.number()]))),
});

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  if (!(await getCategory(category)))
    await createCategory(
      { slug: category, nameVi: 'Kinh tế', nameEn: 'Economy', descriptionVi: '', order: 2 },
      { id: 'test', name: 'Test' },
    ).catch(() => undefined);
});
afterAll(async () => stack.stop());

const search = async (q: string) =>
  answerSchema.parse((await api.get(undefined, `/api/content/search?q=${encodeURIComponent(q)}`)).json);

/** The editor submits, the director approves: the article or page goes live (or its revision does). */
async function approveAs<T extends { id: string; version: number }>(
  collection: 'articles' | 'pages',
  item: T,
  parse: (json: unknown) => T,
): Promise<T> {
  const base = `/api/content/admin/${collection}/${item.id}`;
  const submitted = parse(
    (await api.post('editor', `${base}/submit`, { expectedVersion: item.version })).json,
  );
  return parse((await api.post('director', `${base}/approve`, { expectedVersion: submitted.version })).json);
}
const submitAndApprove = (article: z.infer<typeof articleSchema>) =>
  approveAs('articles', article, articleOf);

async function publish(title: string, body: string) {
  return submitAndApprove(
    articleOf(
      (
        await api.post('editor', '/api/content/admin/articles', {
          language: 'vi',
          title,
          summary: 'Tóm tắt bài viết dùng cho kiểm thử tìm kiếm toàn cổng.',
          bodyHtml: `<p>${body}</p>`,
          categorySlug: category,
          tags: [],
        })
      ).json,
    ),
  );
}

describe('search over the index in the site bucket', () => {
  it('finds an article once published, by its body too; its revision replaces it; withdrawing removes it', async () => {
    // A made-up word, unique to this run, in the body only.
    const marker = uniqueSlug('tk').replace(/[^a-z0-9]/g, '');
    const word = `xyzhoa${marker}`;
    let article = await publish(`Đăng ký kinh doanh ${marker}`, `Người dân ${word} tại bộ phận một cửa.`);
    const before = await readManifest(s3PieceStore);
    expect(before).toBeDefined();

    let found = await search(word);
    expect(found.hits.map((hit) => hit.head.url)).toEqual([`/tin-tuc/${article.slug}/`]);
    // Typed without marks and with them.
    expect((await search(`dang ky kinh doanh ${marker}`)).hits[0]?.head.url).toBe(
      `/tin-tuc/${article.slug}/`,
    );
    expect((await search(`đăng ký ${marker}`)).hits[0]?.head.url).toBe(`/tin-tuc/${article.slug}/`);
    expect(found.facets.kind).toEqual([['article', 1]]);

    // A revision: the new title is found, the old body word is not.
    article = await submitAndApprove(
      articleOf(
        (
          await api.put('editor', `/api/content/admin/articles/${article.id}`, {
            title: `Đăng ký hộ kinh doanh ${marker}`,
            summary: 'Tóm tắt đã sửa của bài viết kiểm thử tìm kiếm.',
            bodyHtml: '<p>Nội dung mới, không còn từ cũ.</p>',
            categorySlug: category,
            tags: [],
            expectedVersion: article.version,
          })
        ).json,
      ),
    );
    expect((await search(word)).total).toBe(0);
    found = await search(`ho kinh doanh ${marker}`);
    expect(found.hits.map((hit) => hit.head.title)).toEqual([`Đăng ký hộ kinh doanh ${marker}`]);
    expect((await search(marker)).hits.map((hit) => hit.head.url)).toEqual([`/tin-tuc/${article.slug}/`]);

    await api.post('director', `/api/content/admin/articles/${article.id}/unpublish`, {
      expectedVersion: article.version,
    });
    // The marker is one word no other item has (several words would fall back to items with some of them).
    expect((await search(marker)).total).toBe(0);
    // Each change rewrote the manifest in the site bucket (other test files may publish or rebuild meanwhile).
    const after = await readManifest(s3PieceStore);
    expect(Date.parse(after?.updatedAt ?? '')).toBeGreaterThan(Date.parse(before?.updatedAt ?? ''));
  });

  it('finds a managed page once approved, typed without marks; its revision replaces it; unpublishing removes it', async () => {
    const marker = uniqueSlug('tt').replace(/[^a-z0-9]/g, '');
    const word = `xyzpage${marker}`;
    const pageOf = (json: unknown) => pageSchema.parse(json);
    const approve = (page: z.infer<typeof pageSchema>) => approveAs('pages', page, pageOf);
    const content = {
      title: `Tiếp cận thông tin ${marker}`,
      summary: 'Cách người dân yêu cầu cung cấp thông tin của cơ quan nhà nước tỉnh.',
      bodyHtml: `<p>Gửi phiếu yêu cầu ${word} tại bộ phận một cửa.</p>`,
      order: 0,
    };
    let page = pageOf(
      (
        await api.post('editor', '/api/content/admin/pages', {
          ...content,
          language: 'vi',
          slug: `tiep-can-${marker}`,
        })
      ).json,
    );
    // Written but not approved: not in the index.
    expect((await search(marker)).total).toBe(0);
    page = await approve(page);
    expect(page.status).toBe('published');

    const found = await search(`tiep can thong tin ${marker}`);
    expect(found.hits[0]?.head).toMatchObject({ url: `/tiep-can-${marker}/`, title: content.title });
    expect((await search(marker)).facets.kind).toEqual([['page', 1]]);
    expect((await search(word)).hits.map((hit) => hit.head.url)).toEqual([`/tiep-can-${marker}/`]);

    // A revision: the new body is found, the old word is not.
    page = pageOf(
      (
        await api.put('editor', `/api/content/admin/pages/${page.id}`, {
          ...content,
          bodyHtml: '<p>Nội dung mới của trang, không còn từ cũ.</p>',
          expectedVersion: page.version,
        })
      ).json,
    );
    page = await approve(page);
    expect((await search(word)).total).toBe(0);
    expect((await search(`noi dung moi cua trang ${marker}`)).hits[0]?.head.url).toBe(`/tiep-can-${marker}/`);

    await api.post('director', `/api/content/admin/pages/${page.id}/unpublish`, {
      expectedVersion: page.version,
    });
    expect((await search(marker)).total).toBe(0);
  });

  it('answers a browser with a rendered page, with JavaScript off', async () => {
    const marker = uniqueSlug('html').replace(/[^a-z0-9]/g, '');
    const article = await publish(`Thủ tục hành chính một cửa ${marker}`, 'Cải cách thủ tục hành chính.');
    const response = await fetch(
      `${stack.url}/api/content/search?q=${encodeURIComponent(`thu tuc hanh chinh ${marker}`)}&lang=vi`,
      { headers: { accept: 'text/html' } },
    );
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`/tin-tuc/${article.slug}/`);
    expect(html).toContain('<mark>');
    expect(html).toContain('Loại nội dung');
    const none = await fetch(`${stack.url}/api/content/search?q=khongcotukhoanay${marker}&lang=en`, {
      headers: { accept: 'text/html' },
    });
    expect(await none.text()).toContain('Nothing found');
  });

  it('refuses bad input with a problem document, never a 5xx', async () => {
    for (const query of [
      `q=${'a'.repeat(201)}`,
      'q=x&kind=bogus',
      'q=x&year=20x4',
      'q=x&page=0',
      'q=x&in=fr',
      'q=x&page=99999',
    ]) {
      const response = await fetch(`${stack.url}/api/content/search?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    for (const query of [
      'q=%22',
      'q=%22%22%22',
      'q=--//..',
      `q=${encodeURIComponent('đ'.repeat(200))}`,
      'q=+',
    ]) {
      const response = await fetch(`${stack.url}/api/content/search?${query}`);
      expect(response.status, query).toBe(200);
    }
  });
});
