import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createCategory, getCategory } from '#shared/data/directory.ts';
import { articleSchema } from '#shared/domain/article.ts';
import { approveArticle, createArticle, submitArticle } from '#shared/editorial/article-service.ts';
import { runDueSchedules } from '../../infra/local/scheduler.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { startTestStack, uniqueSlug } from '../support/local-stack.ts';

let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const category = 'kinh-te';
const articleOf = (json: unknown) => articleSchema.parse(json);
const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  titleEn: z.string(),
  status: z.number(),
  errors: z.array(z.object({ path: z.string(), message: z.string(), messageEn: z.string() })).optional(),
});

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  if (!(await getCategory(category))) {
    await createCategory(
      { slug: category, nameVi: 'Kinh tế', nameEn: 'Economy', descriptionVi: '', order: 2 },
      { id: 'test', name: 'Test' },
    ).catch(() => undefined);
  }
});
afterAll(async () => stack.stop());

function draft(title: string) {
  return {
    language: 'vi',
    title,
    summary: 'Tóm tắt bài viết dùng cho kiểm thử quy trình biên tập.',
    bodyHtml: '<p>Nội dung bài viết.</p>',
    categorySlug: category,
    tags: ['kiểm thử'],
  };
}

describe('editorial workflow through the API, onto the public site', () => {
  it('goes from an editor’s draft to a live page, through revision, return and unpublishing', async () => {
    const marker = uniqueSlug('cau');
    const title = `Quảng Trị đón nhà đầu tư ${marker}`;
    const created = await api.post('editor', '/api/content/admin/articles', draft(title));
    expect(created.status).toBe(201);
    let article = articleOf(created.json);
    expect(article.slug).toBe(`quang-tri-don-nha-dau-tu-${marker}`);
    expect(article.status).toBe('draft');

    // Every save is a revision.
    const saved = await api.put('editor', `/api/content/admin/articles/${article.id}`, {
      ...draft(title),
      summary: 'Tóm tắt đã sửa: nhà đầu tư đến Khu kinh tế Đông Nam.',
      expectedVersion: article.version,
    });
    expect(saved.status).toBe(200);
    article = articleOf(saved.json);
    expect(article.latestRevision).toBe(2);

    article = articleOf(
      (
        await api.post('editor', `/api/content/admin/articles/${article.id}/submit`, {
          expectedVersion: article.version,
        })
      ).json,
    );
    expect(article.status).toBe('in_review');

    const queue = await api.get('director', '/api/content/admin/review-queue');
    expect(JSON.stringify(queue.json)).toContain(article.id);

    // Editors do not approve.
    expect(
      (
        await api.post('editor', `/api/content/admin/articles/${article.id}/approve`, {
          expectedVersion: article.version,
        })
      ).status,
    ).toBe(403);

    const approved = await api.post('director', `/api/content/admin/articles/${article.id}/approve`, {
      expectedVersion: article.version,
    });
    expect(approved.status).toBe(200);
    article = articleOf(approved.json);
    expect(article.status).toBe('published');

    const pagePath = `/tin-tuc/${article.slug}/`;
    const live = await api.page(pagePath);
    expect(live.status).toBe(200);
    expect(live.text).toContain(title);
    expect((await api.page('/')).text).toContain(title);
    expect((await api.page(`/chuyen-muc/${category}/`)).text).toContain(title);
    expect((await api.page(`/feeds/${category}.rss.xml`)).text).toContain(article.slug);
    expect((await api.page(`/tin-tuc/${article.slug}/ban-in/`)).status).toBe(200);

    // A revision of a live article waits for approval; the live page stays as it was.
    const revisedTitle = `Quảng Trị đón thêm nhà đầu tư ${marker}`;
    article = articleOf(
      (
        await api.put('editor', `/api/content/admin/articles/${article.id}`, {
          ...draft(revisedTitle),
          expectedVersion: article.version,
        })
      ).json,
    );
    expect(article.slug).toBe(`quang-tri-don-nha-dau-tu-${marker}`); // stable once published
    article = articleOf(
      (
        await api.post('editor', `/api/content/admin/articles/${article.id}/submit`, {
          expectedVersion: article.version,
        })
      ).json,
    );
    expect((await api.page(pagePath)).text).toContain(title);

    const returned = await api.post('director', `/api/content/admin/articles/${article.id}/return`, {
      expectedVersion: article.version,
      note: 'Cần bổ sung số liệu vốn đăng ký.',
    });
    article = articleOf(returned.json);
    expect(article.status).toBe('returned');
    expect(article.reviewNote).toBe('Cần bổ sung số liệu vốn đăng ký.');
    expect((await api.page(pagePath)).text).not.toContain(revisedTitle);

    article = articleOf(
      (
        await api.post('editor', `/api/content/admin/articles/${article.id}/submit`, {
          expectedVersion: article.version,
        })
      ).json,
    );
    article = articleOf(
      (
        await api.post('director', `/api/content/admin/articles/${article.id}/approve`, {
          expectedVersion: article.version,
        })
      ).json,
    );
    expect((await api.page(pagePath)).text).toContain(revisedTitle);

    const unpublished = await api.post('director', `/api/content/admin/articles/${article.id}/unpublish`, {
      expectedVersion: article.version,
    });
    expect(articleOf(unpublished.json).status).toBe('unpublished');
    expect((await api.page(pagePath)).status).toBe(404);
    expect((await api.page(`/chuyen-muc/${category}/`)).text).not.toContain(revisedTitle);

    const history = await api.get('editor', `/api/content/admin/articles/${article.id}/history`);
    const actions = z
      .object({ items: z.array(z.object({ action: z.string(), actorName: z.string() })) })
      .parse(history.json);
    expect(actions.items.map((entry) => entry.action)).toEqual([
      'create',
      'save',
      'submit',
      'approve',
      'save',
      'submit',
      'return',
      'submit',
      'approve',
      'unpublish',
    ]);
    const revisions = z
      .object({ items: z.array(z.unknown()) })
      .parse((await api.get('editor', `/api/content/admin/articles/${article.id}/revisions`)).json);
    expect(revisions.items).toHaveLength(3);
  });

  it('publishes a scheduled article when the scheduler fires, not before', async () => {
    const title = `Hội nghị xúc tiến đầu tư ${uniqueSlug('hn')}`;
    let article = articleOf((await api.post('editor', '/api/content/admin/articles', draft(title))).json);
    article = articleOf(
      (
        await api.post('editor', `/api/content/admin/articles/${article.id}/submit`, {
          expectedVersion: article.version,
        })
      ).json,
    );
    const publishAt = new Date(Date.now() + 3 * 3600_000).toISOString().replace('Z', '+00:00');
    article = articleOf(
      (
        await api.post('director', `/api/content/admin/articles/${article.id}/approve`, {
          expectedVersion: article.version,
          publishAt,
        })
      ).json,
    );
    expect(article.status).toBe('scheduled');
    expect((await api.page(`/tin-tuc/${article.slug}/`)).status).toBe(404);

    const release = `article-${article.id}`;
    const ours = { only: (name: string) => name === release };
    expect(await runDueSchedules(stack.scheduleTargets, new Date(), ours)).toEqual([]);
    const fired = await runDueSchedules(stack.scheduleTargets, new Date(Date.now() + 4 * 3600_000), ours);
    expect(fired).toEqual([release]);
    expect((await api.page(`/tin-tuc/${article.slug}/`)).text).toContain(title);
    const after = articleOf(
      z
        .object({ article: z.unknown() })
        .parse((await api.get('editor', `/api/content/admin/articles/${article.id}`)).json).article,
    );
    expect(after.status).toBe('published');
  });

  it('never lets script reach the public page', async () => {
    const title = `Bài có mã độc ${uniqueSlug('xss')}`;
    let article = articleOf(
      (
        await api.post('editor', '/api/content/admin/articles', {
          ...draft(title),
          bodyHtml:
            '<p>Chữ</p><script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a><iframe src="https://evil.example"></iframe>',
        })
      ).json,
    );
    article = articleOf(
      (
        await api.post('editor', `/api/content/admin/articles/${article.id}/submit`, {
          expectedVersion: article.version,
        })
      ).json,
    );
    await api.post('director', `/api/content/admin/articles/${article.id}/approve`, {
      expectedVersion: article.version,
    });
    const page = (await api.page(`/tin-tuc/${article.slug}/`)).text;
    expect(page).toContain('<p>Chữ</p>');
    expect(page).not.toMatch(/alert\(|onerror|javascript:|<iframe/);
  });

  it('answers a stale version with 409 and a clear problem document, and bad input with each field', async () => {
    const article = articleOf(
      (await api.post('editor', '/api/content/admin/articles', draft(`Bài thử xung đột ${uniqueSlug('x')}`)))
        .json,
    );
    await api.put('editor', `/api/content/admin/articles/${article.id}`, {
      ...draft('Bản sửa thứ nhất của bài'),
      expectedVersion: article.version,
    });
    const stale = await api.put('editor', `/api/content/admin/articles/${article.id}`, {
      ...draft('Bản sửa cũ của bài'),
      expectedVersion: article.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.contentType).toContain('application/problem+json');
    expect(problemSchema.parse(stale.json).type).toBe('/problems/version-conflict');

    const invalid = await api.post('editor', '/api/content/admin/articles', {
      language: 'fr',
      title: 'x',
      categorySlug: 'KHÔNG HỢP LỆ',
    });
    expect(invalid.status).toBe(400);
    const problem = problemSchema.parse(invalid.json);
    expect(problem.title).toBe('Dữ liệu gửi lên chưa hợp lệ');
    expect(problem.errors?.map((error) => error.path).sort()).toEqual([
      'bodyHtml',
      'categorySlug',
      'language',
      'summary',
      'title',
    ]);
    expect(invalid.text).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('refuses approval by the article’s own author (four eyes)', async () => {
    const director = { id: 'local-giamdoc', name: 'Nguyễn Thị Hạnh' };
    const own = await createArticle(
      { ...draft(`Bài của lãnh đạo ${uniqueSlug('ld')}`), language: 'vi' },
      director,
    );
    const submitted = await submitArticle(own.id, own.version, director);
    await expect(
      approveArticle(own.id, { expectedVersion: submitted.version }, director),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('shows the director a preview rendered by the public renderer, marked as a preview', async () => {
    const article = articleOf(
      (await api.post('editor', '/api/content/admin/articles', draft(`Bài xem trước ${uniqueSlug('p')}`)))
        .json,
    );
    const preview = await api.get('director', `/api/content/admin/articles/${article.id}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.contentType).toContain('text/html');
    expect(preview.text).toContain('noindex');
    expect(preview.text).toContain(article.title);
  });

  it('finds published articles without diacritics', async () => {
    const marker = uniqueSlug('tk');
    const title = `Đường Hồ Chí Minh huyền thoại ${marker}`;
    let article = articleOf((await api.post('editor', '/api/content/admin/articles', draft(title))).json);
    article = articleOf(
      (
        await api.post('editor', `/api/content/admin/articles/${article.id}/submit`, {
          expectedVersion: article.version,
        })
      ).json,
    );
    await api.post('director', `/api/content/admin/articles/${article.id}/approve`, {
      expectedVersion: article.version,
    });
    const found = await api.get(
      undefined,
      `/api/content/search?q=${encodeURIComponent(`duong ho chi minh ${marker}`)}&lang=vi`,
    );
    expect(JSON.stringify(found.json)).toContain(title);
    const html = await fetch(`${stack.url}/api/content/search?q=duong%20ho%20chi%20minh&lang=vi`, {
      headers: { accept: 'text/html' },
    });
    expect(await html.text()).toContain(title);
  });
});
