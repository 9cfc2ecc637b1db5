import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { getArticle } from '#shared/data/articles.ts';
import { createCategory } from '#shared/data/directory.ts';
import { getStaffAccount } from '#shared/data/staff.ts';
import { type LocalAccount, localAccounts } from '../../infra/local/accounts.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * Editors by area (issue 15) through the content API on DynamoDB Local: the administrator assigns an editor
 * a category and a language (refused for an unknown category; audited); the editor writes there, and is
 * refused elsewhere with `outside-editor-area` (403, problem+json, Vietnamese first) while still reading;
 * the whole-newsroom editor and the director are not narrowed; a changed area applies on the next request.
 */
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const inside = `vung-trong-${stamp}`;
const outside = `vung-ngoai-${stamp}`;
const username = `bt.${stamp}`;
const editor: LocalAccount = {
  username,
  password: `${username}-demo`,
  name: 'Biên tập viên theo chuyên mục',
  email: `${username}@quangtri.local`,
  groups: ['editor'],
};
const articles = '/api/content/admin/articles';

const articleSchema = z.object({ id: z.string(), version: z.number(), categorySlug: z.string() });
const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  titleEn: z.string(),
  status: z.number(),
});

function draft(categorySlug: string, language = 'vi') {
  return {
    language,
    title: `Bài theo phạm vi ${stamp} ${categorySlug} ${language}`,
    summary: 'Tóm tắt bài viết dùng cho kiểm thử phạm vi biên tập.',
    bodyHtml: '<p>Nội dung bài viết.</p>',
    categorySlug,
    tags: [],
  };
}

beforeAll(async () => {
  stack = await startTestStack({
    accounts: [...localAccounts, editor],
  });
  api = apiClient(stack);
  for (const [slug, order] of [
    [inside, 91],
    [outside, 92],
  ] as const) {
    await createCategory(
      { slug, nameVi: `Chuyên mục ${slug}`, nameEn: `Category ${slug}`, descriptionVi: '', order },
      { id: 'test', name: 'Test' },
    );
  }
});
afterAll(async () => stack?.stop());

async function assignArea(editorCategories: string[], editorLanguages: string[]) {
  const current = await getStaffAccount(username);
  if (!current) throw new Error('no account');
  return api.put('admin', `/api/content/admin/staff/${username}`, {
    name: current.name,
    email: current.email,
    roles: current.roles,
    editorCategories,
    editorLanguages,
    expectedVersion: current.version,
  });
}

function expectOutsideArea(response: { status: number; contentType: string; json: unknown }) {
  expect(response.status).toBe(403);
  expect(response.contentType).toContain('application/problem+json');
  const problem = problemSchema.parse(response.json);
  expect(problem.type).toBe('/problems/outside-editor-area');
  expect(problem.title).toMatch(/phạm vi biên tập/);
  expect(problem.titleEn).toMatch(/outside the categories or languages/);
}

describe('editors by area (issue 15)', () => {
  let own = { id: '', version: 0, categorySlug: '' };
  let others = { id: '', version: 0, categorySlug: '' };

  it('assigns an area on the staff account, refusing an unknown category, in the account history', async () => {
    const unknown = await assignArea([`khong-co-${stamp}`], ['vi']);
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({ errors: [{ path: 'editorCategories' }] });
    expect((await getStaffAccount(username))?.editorCategories).toBeUndefined();

    const assigned = await assignArea([inside], ['vi']);
    expect(assigned.status).toBe(200);
    expect(assigned.json).toMatchObject({ editorCategories: [inside], editorLanguages: ['vi'] });
    expect((await api.get(editor, '/api/content/admin/me')).json).toMatchObject({
      username,
      editorArea: { categories: [inside], languages: ['vi'] },
    });
    const history = z
      .object({ items: z.array(z.object({ action: z.string(), changedFields: z.array(z.string()) })) })
      .parse((await api.get('admin', `/api/content/admin/staff/${username}/history`)).json);
    expect(history.items.find((entry) => entry.action === 'update')?.changedFields).toEqual(
      expect.arrayContaining(['editorCategories', 'editorLanguages']),
    );
  });

  it('lets the editor create, save and submit in the area, and refuses another category or language', async () => {
    const created = await api.post(editor, articles, draft(inside));
    expect(created.status).toBe(201);
    own = articleSchema.parse(created.json);
    const saved = await api.put(editor, `${articles}/${own.id}`, {
      ...draft(inside),
      title: `Bài theo phạm vi ${stamp} đã sửa`,
      expectedVersion: own.version,
    });
    expect(saved.status).toBe(200);
    own = articleSchema.parse(saved.json);

    expectOutsideArea(await api.post(editor, articles, draft(outside)));
    expectOutsideArea(await api.post(editor, articles, draft(inside, 'en')));
    // Moving an own article out of the area is a change there too.
    expectOutsideArea(
      await api.put(editor, `${articles}/${own.id}`, { ...draft(outside), expectedVersion: own.version }),
    );
    expect((await getArticle(own.id))?.categorySlug).toBe(inside);

    const submitted = await api.post(editor, `${articles}/${own.id}/submit`, {
      expectedVersion: own.version,
    });
    expect(submitted.status).toBe(200);
    own = articleSchema.parse(submitted.json);
  });

  it('lets the editor read but not change an article outside the area; the whole newsroom may', async () => {
    const created = await api.post('editor', articles, draft(outside));
    expect(created.status).toBe(201);
    others = articleSchema.parse(created.json);

    const read = await api.get(editor, `${articles}/${others.id}`);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ mayEdit: false });
    expect((await api.get('editor', `${articles}/${others.id}`)).json).toMatchObject({ mayEdit: true });
    expect((await api.get(editor, `${articles}/${own.id}`)).json).toMatchObject({ mayEdit: true });

    expectOutsideArea(
      await api.put(editor, `${articles}/${others.id}`, {
        ...draft(outside),
        expectedVersion: others.version,
      }),
    );
    expectOutsideArea(
      await api.post(editor, `${articles}/${others.id}/submit`, { expectedVersion: others.version }),
    );
    expect((await getArticle(others.id))?.version).toBe(others.version);
    const history = z
      .object({ items: z.array(z.object({ action: z.string() })) })
      .parse((await api.get('admin', `${articles}/${others.id}/history`)).json);
    expect(history.items.map((entry) => entry.action)).toEqual(['create']);
  });

  it('leaves the director unaffected: the queue shows every area, and approval is not area-bound', async () => {
    const submitted = articleSchema.parse(
      (await api.post('editor', `${articles}/${others.id}/submit`, { expectedVersion: others.version })).json,
    );
    const queue = z
      .object({ items: z.array(z.object({ id: z.string(), categorySlug: z.string() })) })
      .parse((await api.get('director', '/api/content/admin/review-queue')).json);
    expect(queue.items.filter((item) => [own.id, others.id].includes(item.id))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: own.id, categorySlug: inside }),
        expect.objectContaining({ id: others.id, categorySlug: outside }),
      ]),
    );
    const approved = await api.post('director', `${articles}/${submitted.id}/approve`, {
      expectedVersion: submitted.version,
    });
    expect(approved.status).toBe(200);
  });

  it('applies a changed area on the next request, without signing in again', async () => {
    expect((await assignArea([inside, outside], [])).status).toBe(200);
    const live = await getArticle(others.id);
    if (!live) throw new Error('no article');
    const saved = await api.put(editor, `${articles}/${others.id}`, {
      ...draft(outside),
      expectedVersion: live.version,
    });
    expect(saved.status).toBe(200);
    expect((await api.post(editor, articles, draft(outside, 'en'))).status).toBe(201);
  });
});
