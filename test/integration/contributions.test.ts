import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { listActivityOfMonth } from '#shared/data/activity.ts';
import { getArticle, getPublished } from '#shared/data/articles.ts';
import { listHistory } from '#shared/data/audit.ts';
import { getContribution, listContributionsOfAgency } from '#shared/data/contributions.ts';
import { createAgency, createCategory, getAgency } from '#shared/data/directory.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { monthInVietnam } from '#shared/time/vietnam.ts';
import { type LocalAccount, localAccounts } from '../../infra/local/accounts.ts';
import { seedContributionsIfEmpty } from '../../infra/local/seed-contributions.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { agencyAccount, createTestAgency, startTestStack } from '../support/local-stack.ts';

/**
 * Agencies' contributions through the content API on DynamoDB Local (decisions 178–184): an agency sends,
 * sees only its own; an editor of the area takes it (an article draft crediting the agency, in one
 * transaction with the audit records), one outside the area reads but is refused `outside-editor-area`
 * and nothing is written; the director's approval publishes the contribution with the article's path; a
 * decline needs its reason; the reports' counters are written in the same transactions.
 */
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const agencyA = `so-a-${stamp}`;
const agencyB = `so-b-${stamp}`;
const inside = `dong-gop-trong-${stamp}`;
const outside = `dong-gop-ngoai-${stamp}`;
const editorOf = (username: string, categories: string[]): LocalAccount => ({
  username,
  password: `${username}-demo`,
  name: `Biên tập ${username}`,
  email: `${username}@quangtri.local`,
  groups: ['editor'],
  editorCategories: categories,
  editorLanguages: ['vi'],
});
const inArea = editorOf(`btt.${stamp}`, [inside]);
const outOfArea = editorOf(`btn.${stamp}`, [outside]);
const senderA = agencyAccount(agencyA, `gui-a-${stamp}`);
const senderB = agencyAccount(agencyB, `gui-b-${stamp}`);
const path = '/api/content/admin/contributions';

const contributionSchema = z.object({
  id: z.string(),
  version: z.number(),
  status: z.string(),
  agency: z.object({ id: z.string(), nameVi: z.string() }),
  articleId: z.string().optional(),
  publicPath: z.string().optional(),
  declineReason: z.string().optional(),
});
const listSchema = z.object({ items: z.array(contributionSchema) });
const articleSchema = z.object({ id: z.string(), version: z.number(), status: z.string() });

const item = (title: string, categorySlug = inside) => ({
  language: 'vi',
  categorySlug,
  title,
  summary: 'Sở thông tin về kết quả triển khai nhiệm vụ trong tháng.',
  bodyHtml: '<p>Nội dung tin do cơ quan gửi.</p><script>alert(1)</script>',
});

async function counters() {
  const activity = await listActivityOfMonth(monthInVietnam(new Date().toISOString()));
  return activity.filter((counter) => counter.dimensions.agency === agencyA);
}

beforeAll(async () => {
  stack = await startTestStack({ accounts: [...localAccounts, inArea, outOfArea, senderA, senderB] });
  api = apiClient(stack);
  await createTestAgency(agencyA);
  await createTestAgency(agencyB);
  for (const [slug, order] of [
    [inside, 95],
    [outside, 96],
  ] as const) {
    await createCategory(
      { slug, nameVi: `Chuyên mục ${slug}`, nameEn: `Category ${slug}`, descriptionVi: '', order },
      { id: 'test', name: 'Test' },
    );
  }
});
afterAll(async () => stack?.stop());

describe('agencies’ contributions (issue 15)', () => {
  let sent = contributionSchema.parse({
    id: '',
    version: 0,
    status: '',
    agency: { id: '', nameVi: '' },
  });

  it('lets an agency send an item, sanitized, received, counted; refuses it to the newsroom', async () => {
    const response = await api.post(senderA, path, item(`Tin của sở A ${stamp}`));
    expect(response.status).toBe(201);
    sent = contributionSchema.parse(response.json);
    expect(sent).toMatchObject({ status: 'received', agency: { id: agencyA } });
    expect((await getContribution(sent.id))?.bodyHtml).toBe('<p>Nội dung tin do cơ quan gửi.</p>');
    expect((await listHistory({ type: 'Contribution', id: sent.id })).map((entry) => entry.action)).toEqual([
      'send',
    ]);
    expect(await counters()).toEqual([
      expect.objectContaining({ metric: 'contribution-received', counts: { count: 1 } }),
    ]);
    // Only an agency account sends; an unknown category and an empty body are its fields' errors.
    expect((await api.post('editor', path, item(`Tin của tòa soạn ${stamp}`))).status).toBe(403);
    const unknown = await api.post(senderA, path, item(`Tin sai chuyên mục ${stamp}`, `khong-co-${stamp}`));
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({ errors: [{ path: 'categorySlug' }] });
    const empty = await api.post(senderA, path, {
      ...item(`Tin rỗng ${stamp}`),
      bodyHtml: '<script></script>',
    });
    expect(empty.status).toBe(400);
    expect(empty.json).toMatchObject({ errors: [{ path: 'bodyHtml' }] });
  });

  it('shows an agency its own items only, and the newsroom every agency’s', async () => {
    const other = contributionSchema.parse(
      (await api.post(senderB, path, item(`Tin của sở B ${stamp}`))).json,
    );
    const ofA = listSchema.parse((await api.get(senderA, path)).json).items.map((entry) => entry.id);
    expect(ofA).toContain(sent.id);
    expect(ofA).not.toContain(other.id);
    expect((await api.get(senderA, `${path}/${other.id}`)).status).toBe(403);
    expect((await api.get(senderA, `${path}/${other.id}/history`)).status).toBe(403);
    expect((await api.get(senderB, `${path}/${sent.id}`)).status).toBe(403);
    const queue = listSchema.parse((await api.get('director', path)).json).items.map((entry) => entry.id);
    expect(queue).toEqual(expect.arrayContaining([sent.id, other.id]));
    // An agency takes nothing into editing.
    expect((await api.post(senderA, `${path}/${sent.id}/take`, { expectedVersion: 1 })).status).toBe(403);
  });

  it('lets an editor outside the area read but not take or decline, and writes nothing', async () => {
    const read = await api.get(outOfArea, `${path}/${sent.id}`);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ mayHandle: false });
    expect((await api.get(inArea, `${path}/${sent.id}`)).json).toMatchObject({ mayHandle: true });
    for (const response of [
      await api.post(outOfArea, `${path}/${sent.id}/take`, { expectedVersion: sent.version }),
      await api.post(outOfArea, `${path}/${sent.id}/decline`, {
        expectedVersion: sent.version,
        reason: 'Không thuộc chuyên mục của tôi',
      }),
    ]) {
      expect(response.status).toBe(403);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.json).toMatchObject({ type: '/problems/outside-editor-area' });
    }
    expect(await getContribution(sent.id)).toMatchObject({ status: 'received', version: 1 });
    expect((await listHistory({ type: 'Contribution', id: sent.id })).length).toBe(1);
  });

  it('refuses a stale take as one transaction: no article and no audit record', async () => {
    const stale = await api.post(inArea, `${path}/${sent.id}/take`, { expectedVersion: sent.version + 1 });
    expect(stale.status).toBe(409);
    const mine = z
      .object({ items: z.array(z.object({ id: z.string() })) })
      .parse((await api.get(inArea, `/api/content/admin/articles?authorId=local-${inArea.username}`)).json);
    expect(mine.items).toEqual([]);
    expect((await listHistory({ type: 'Contribution', id: sent.id })).length).toBe(1);
  });

  it('takes the item into an article draft crediting the agency, linked both ways', async () => {
    const taken = await api.post(inArea, `${path}/${sent.id}/take`, { expectedVersion: sent.version });
    expect(taken.status).toBe(201);
    const body = z.object({ contribution: contributionSchema, article: articleSchema }).parse(taken.json);
    expect(body.contribution).toMatchObject({ status: 'editing', articleId: body.article.id });
    const article = await getArticle(body.article.id);
    expect(article).toMatchObject({
      status: 'draft',
      contributionId: sent.id,
      categorySlug: inside,
      language: 'vi',
      title: `Tin của sở A ${stamp}`,
      sourceAgency: { id: agencyA, nameVi: `Sở thử nghiệm ${agencyA}` },
      authorId: `local-${inArea.username}`,
    });
    expect((await listHistory({ type: 'Contribution', id: sent.id })).map((entry) => entry.action)).toEqual([
      'send',
      'take',
    ]);
    expect(
      (await listHistory({ type: 'Article', id: body.article.id })).map((entry) => entry.action),
    ).toEqual(['create']);
    // Taken once: a second take is not a transition.
    const again = await api.post(inArea, `${path}/${sent.id}/take`, { expectedVersion: 2 });
    expect(again.status).toBe(409);
    sent = body.contribution;
  });

  it('publishes the contribution with the article’s path when the director approves it', async () => {
    const articleId = sent.articleId ?? '';
    const draft = z
      .object({ article: articleSchema })
      .parse((await api.get(inArea, `/api/content/admin/articles/${articleId}`)).json).article;
    const submitted = articleSchema.parse(
      (
        await api.post(inArea, `/api/content/admin/articles/${articleId}/submit`, {
          expectedVersion: draft.version,
        })
      ).json,
    );
    const approved = await api.post('director', `/api/content/admin/articles/${articleId}/approve`, {
      expectedVersion: submitted.version,
    });
    expect(approved.status).toBe(200);
    const published = await getContribution(sent.id);
    const live = await getPublished(articleId);
    expect(live?.sourceAgency).toMatchObject({ id: agencyA });
    expect(published).toMatchObject({ status: 'published', publicPath: `/tin-tuc/${live?.slug}/` });
    const page = await api.page(published?.publicPath ?? '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Nguồn: Sở thử nghiệm ${agencyA}`);
    expect((await listHistory({ type: 'Contribution', id: sent.id })).map((entry) => entry.action)).toEqual([
      'send',
      'take',
      'publish',
    ]);
    expect(await counters()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          metric: 'contribution-handled',
          dimensions: { agency: agencyA, outcome: 'published' },
          counts: { count: 1, workingDays: 0 },
        }),
      ]),
    );
    const seen = listSchema
      .parse((await api.get(senderA, path)).json)
      .items.find((entry) => entry.id === sent.id);
    expect(seen).toMatchObject({ status: 'published', publicPath: published?.publicPath });
  });

  it('declines with a required reason, which the agency reads, and counts the outcome', async () => {
    const other = contributionSchema.parse(
      (await api.post(senderA, path, item(`Tin không dùng ${stamp}`))).json,
    );
    const noReason = await api.post(inArea, `${path}/${other.id}/decline`, {
      expectedVersion: other.version,
    });
    expect(noReason.status).toBe(400);
    const declined = await api.post(inArea, `${path}/${other.id}/decline`, {
      expectedVersion: other.version,
      reason: 'Nội dung đã được đăng trong tin trước',
    });
    expect(declined.status).toBe(200);
    expect((await api.get(senderA, `${path}/${other.id}`)).json).toMatchObject({
      contribution: { status: 'declined', declineReason: 'Nội dung đã được đăng trong tin trước' },
    });
    expect(
      (await api.post(inArea, `${path}/${other.id}/take`, { expectedVersion: other.version + 1 })).status,
    ).toBe(409);
    const all = await counters();
    expect(all).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: 'contribution-received', counts: { count: 2 } }),
        expect.objectContaining({
          metric: 'contribution-handled',
          dimensions: { agency: agencyA, outcome: 'declined' },
          counts: { count: 1, workingDays: 0 },
        }),
      ]),
    );
  });

  it('seeds the demo agency’s items through the verbs: one waiting, one declined', async () => {
    if (!(await getAgency('so-xay-dung'))) {
      await createAgency(
        {
          id: 'so-xay-dung',
          nameVi: 'Sở Xây dựng',
          nameEn: 'Department of Construction',
          kind: 'provincial_department',
        },
        systemActor,
      ).catch(() => undefined);
    }
    // The demo's categories, as the directory seed writes them before this seed on `npm start`.
    for (const [slug, nameVi, order] of [
      ['kinh-te', 'Kinh tế', 2],
      ['van-hoa-xa-hoi', 'Văn hóa - Xã hội', 3],
    ] as const) {
      await createCategory({ slug, nameVi, nameEn: slug, descriptionVi: '', order }, systemActor).catch(
        () => undefined,
      );
    }
    await seedContributionsIfEmpty();
    expect(await seedContributionsIfEmpty()).toBe(false);
    const seeded = await listContributionsOfAgency('so-xay-dung');
    expect(seeded.map((entry) => entry.status).sort()).toEqual(
      expect.arrayContaining(['declined', 'received']),
    );
  });
});
