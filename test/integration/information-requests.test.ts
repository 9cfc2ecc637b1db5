import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { listActivityOfMonth } from '#shared/data/activity.ts';
import { getArticle, getRevision } from '#shared/data/articles.ts';
import { createCategory } from '#shared/data/directory.ts';
import type { ActivityMetric } from '#shared/domain/activity.ts';
import { auditEntrySchema, systemActor } from '#shared/domain/audit.ts';
import { informationRequestViewSchema } from '#shared/domain/information-request.ts';
import { uploadTicketSchema } from '#shared/domain/upload.ts';
import {
  answerInformationRequest,
  createInformationRequest,
  dueDateIn,
} from '#shared/editorial/information-request-service.ts';
import { dateInVietnam, monthInVietnam } from '#shared/time/vietnam.ts';
import { addDays } from '#shared/time/working-days.ts';
import { localAccounts } from '../../infra/local/accounts.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { agencyAccount, createTestAgency, startTestStack, uniqueSlug } from '../support/local-stack.ts';

/**
 * Requests for information on the real local engines (DynamoDB Local, s3rver), through the content API:
 * staff ask an agency by a due date (a day, or working days), the agency sees only its own queue, answers
 * with a file (late when the due day in Vietnam has passed: the request was placed in the past through the
 * service), supplements its answer, and an editor starts an article from it; staff cancel an open request.
 * Every refusal is a problem document and writes nothing (the record, its counters and history unchanged).
 */
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const agencyA = uniqueSlug('ttyc-a');
const agencyB = uniqueSlug('ttyc-b');
const category = uniqueSlug('ttyc-cm');
const userA = agencyAccount(agencyA);
const userB = agencyAccount(agencyB);
const base = '/api/content/admin/information-requests';
const DAY = 86_400_000;
const pdf = Buffer.from('%PDF-1.4\n% so lieu\n%%EOF\n');
const listSchema = z.object({ items: z.array(informationRequestViewSchema) });
const problemSchema = z.object({ type: z.string(), status: z.number() });

beforeAll(async () => {
  stack = await startTestStack({ accounts: [...localAccounts, userA, userB] });
  api = apiClient(stack);
  await createTestAgency(agencyA);
  await createTestAgency(agencyB);
  await createCategory(
    {
      slug: category,
      nameVi: `Chuyên mục ${category}`,
      nameEn: `Category ${category}`,
      descriptionVi: '',
      order: 93,
    },
    systemActor,
  );
});
afterAll(async () => stack?.stop());

/** The counter of one metric for one agency in one month (0 when nothing was counted). */
async function counted(
  at: Date,
  metric: ActivityMetric,
  dimensions: Record<string, string>,
): Promise<number> {
  const counters = await listActivityOfMonth(monthInVietnam(at));
  const found = counters.find(
    (counter) =>
      counter.metric === metric &&
      Object.keys(dimensions).length === Object.keys(counter.dimensions).length &&
      Object.entries(dimensions).every(([name, value]) => counter.dimensions[name] === value),
  );
  return found?.counts.count ?? 0;
}

async function upload(account: typeof userA, fileName: string, bytes: Buffer): Promise<string> {
  const answer = await api.post(account, `${base}/files/uploads`, {
    fileName,
    contentType: 'application/pdf',
    size: bytes.length,
  });
  expect(answer.status).toBe(201);
  const ticket = uploadTicketSchema.parse(answer.json);
  const put = await fetch(ticket.uploadUrl, {
    method: 'PUT',
    headers: ticket.headers,
    body: new Uint8Array(bytes),
  });
  expect(put.status).toBe(200);
  return ticket.key;
}

const today = () => dateInVietnam(new Date());
const request = (overrides: Record<string, unknown> = {}) => ({
  agencyId: agencyA,
  title: `Số liệu thu hoạch lúa vụ mùa ${agencyA}`,
  details: 'Đề nghị Quý cơ quan cung cấp số liệu diện tích, năng suất.\n\nKèm ảnh nếu có.',
  dueDate: addDays(today(), 7),
  ...overrides,
});

async function expectProblem(
  answer: { status: number; contentType: string; json: unknown },
  status: number,
  type?: string,
) {
  expect(answer.status).toBe(status);
  expect(answer.contentType).toContain('application/problem+json');
  const problem = problemSchema.parse(answer.json);
  if (type) expect(problem.type).toContain(type);
}

describe('a request for information', () => {
  it('is created by staff for one agency, with a due date as a day or as working days', async () => {
    const now = new Date();
    const sentBefore = await counted(now, 'information-request-sent', { agency: agencyA });
    const created = await api.post('editor', base, request());
    expect(created.status).toBe(201);
    const view = informationRequestViewSchema.parse(created.json);
    expect(view).toMatchObject({ status: 'open', deadline: 'due', agencyId: agencyA, answers: [] });
    expect(view.details).toContain('\n\n');

    // "In 5 working days", counted on the holiday calendar the feedback uses.
    const due = await api.get('director', '/api/content/admin/information-request-due-date?workingDays=5');
    expect(due.status).toBe(200);
    const { dueDate } = z.object({ dueDate: z.string() }).parse(due.json);
    expect(dueDate).toBe(await dueDateIn(5));
    const inDays = await api.post('director', base, request({ dueDate: undefined, workingDays: 5 }));
    expect(inDays.status).toBe(201);
    expect(informationRequestViewSchema.parse(inDays.json).dueDate).toBe(dueDate);
    expect(await counted(now, 'information-request-sent', { agency: agencyA })).toBe(sentBefore + 2);

    const history = await api.get('editor', `${base}/${view.id}/history`);
    expect(
      z
        .object({ items: z.array(auditEntrySchema) })
        .parse(history.json)
        .items.map((e) => e.action),
    ).toEqual(['create']);
  });

  it('refuses a due date before today, an unknown agency or category, no due date, and an agency asking; nothing is written', async () => {
    const now = new Date();
    const sentBefore = await counted(now, 'information-request-sent', { agency: agencyA });
    const listBefore = listSchema.parse((await api.get('admin', base)).json).items.length;

    const yesterday = await api.post('editor', base, request({ dueDate: addDays(today(), -1) }));
    await expectProblem(yesterday, 400, 'validation-failed');
    expect(yesterday.text).toContain('dueDate');
    const unknown = await api.post(
      'editor',
      base,
      request({ agencyId: 'khong-co-co-quan-nay', categorySlug: 'khong-co' }),
    );
    await expectProblem(unknown, 400, 'validation-failed');
    expect(unknown.text).toContain('agencyId');
    expect(unknown.text).toContain('categorySlug');
    await expectProblem(
      await api.post('editor', base, request({ dueDate: undefined })),
      400,
      'validation-failed',
    );
    await expectProblem(await api.post('editor', base, request({ dueDate: '2026-02-30' })), 400);
    await expectProblem(await api.post('editor', base, request({ title: 'Số' })), 400);
    await expectProblem(await api.post(userA, base, request()), 403, 'forbidden');
    await expectProblem(await api.post('gazette_officer', base, request()), 403, 'forbidden');
    await expectProblem(await api.post(undefined, base, request()), 401);

    expect(listSchema.parse((await api.get('admin', base)).json).items.length).toBe(listBefore);
    expect(await counted(now, 'information-request-sent', { agency: agencyA })).toBe(sentBefore);
  });

  it('shows in its agency’s queue only, overdue once the due day has passed in Vietnam', async () => {
    // Placed ten days ago, due three days after that: overdue now.
    const past = new Date(Date.now() - 10 * DAY);
    const overdue = await createInformationRequest(
      request({ dueDate: addDays(dateInVietnam(past), 3), title: `Báo cáo quá hạn ${agencyA}` }),
      systemActor,
      past,
    );
    const forB = informationRequestViewSchema.parse(
      (await api.post('editor', base, request({ agencyId: agencyB }))).json,
    );

    const queueA = listSchema.parse((await api.get(userA, base)).json).items;
    expect(queueA.every((item) => item.agencyId === agencyA)).toBe(true);
    expect(queueA.find((item) => item.id === overdue.id)?.deadline).toBe('overdue');
    expect(queueA.some((item) => item.id === forB.id)).toBe(false);
    const queueB = listSchema.parse((await api.get(userB, base)).json).items;
    expect(queueB.map((item) => item.id)).toEqual([forB.id]);
    // Staff see every agency's.
    const all = listSchema.parse((await api.get('director', base)).json).items.map((item) => item.id);
    expect(all).toEqual(expect.arrayContaining([overdue.id, forB.id]));

    await expectProblem(await api.get(userB, `${base}/${overdue.id}`), 403, 'forbidden');
    await expectProblem(await api.get(userB, `${base}/${overdue.id}/history`), 403, 'forbidden');
    await expectProblem(await api.get('gazette_officer', base), 403);
    await expectProblem(await api.get('editor', `${base}/${crypto.randomUUID()}`), 404, 'not-found');
    await expectProblem(await api.get('editor', `${base}/not-a-uuid`), 400);
  });

  it('is answered late with a file, supplemented, and its files open for staff and its agency only', async () => {
    const past = new Date(Date.now() - 10 * DAY);
    const late = await createInformationRequest(
      request({ dueDate: addDays(dateInVietnam(past), 2), title: `Số liệu trả lời muộn ${agencyA}` }),
      systemActor,
      past,
    );
    const now = new Date();
    const lateBefore = await counted(now, 'information-request-answered', {
      agency: agencyA,
      timeliness: 'late',
    });
    const key = await upload(userA, 'So lieu vu mua.pdf', pdf);
    const path = `${base}/${late.id}/answers`;
    const answer = { text: 'Diện tích lúa vụ mùa 2026: 48.500 ha.', fileKeys: [key], expectedVersion: 1 };

    // Refused, and nothing written: another agency, staff, a stale version, another context's file.
    await expectProblem(await api.post(userB, path, answer), 403, 'forbidden');
    await expectProblem(await api.post('editor', path, answer), 403, 'forbidden');
    await expectProblem(
      await api.post(userA, path, { ...answer, expectedVersion: 7 }),
      409,
      'version-conflict',
    );
    const foreign = await api.post(userA, path, { ...answer, fileKeys: ['uploads/gazette/2026/01/x.pdf'] });
    await expectProblem(foreign, 400, 'validation-failed');
    expect(foreign.text).toContain('fileKeys.0');
    await expectProblem(await api.post(userA, path, { ...answer, text: '  ' }), 400);
    const untouched = informationRequestViewSchema.parse((await api.get(userA, `${base}/${late.id}`)).json);
    expect(untouched).toMatchObject({ version: 1, status: 'open', answers: [], deadline: 'overdue' });

    const answered = await api.post(userA, path, answer);
    expect(answered.status).toBe(200);
    const view = informationRequestViewSchema.parse(answered.json);
    expect(view).toMatchObject({
      status: 'answered',
      deadline: 'answered-late',
      answeredLate: true,
      version: 2,
    });
    expect(view.answers[0]).toMatchObject({
      late: true,
      text: answer.text,
      answeredBy: { name: userA.name },
    });
    expect(view.answers[0]?.files.map((file) => file.fileName)).toEqual(['So lieu vu mua.pdf']);
    expect(await counted(now, 'information-request-answered', { agency: agencyA, timeliness: 'late' })).toBe(
      lateBefore + 1,
    );
    // Staff see it late too.
    const asStaff = listSchema
      .parse((await api.get('editor', base)).json)
      .items.find((item) => item.id === late.id);
    expect(asStaff?.deadline).toBe('answered-late');

    // A supplement: kept as a second answer; the request stays late, and is counted once.
    const supplement = await api.post(userA, path, {
      text: 'Bổ sung: năng suất 5,6 tấn/ha.',
      expectedVersion: 2,
    });
    expect(supplement.status).toBe(200);
    const supplemented = informationRequestViewSchema.parse(supplement.json);
    expect(supplemented.answers).toHaveLength(2);
    expect(supplemented.deadline).toBe('answered-late');
    expect(await counted(now, 'information-request-answered', { agency: agencyA, timeliness: 'late' })).toBe(
      lateBefore + 1,
    );

    const file = `${base}/${late.id}/answers/0/files/0`;
    const link = await api.get('editor', file);
    expect(link.status).toBe(200);
    const { url } = z.object({ url: z.string() }).parse(link.json);
    expect(Buffer.from(await (await fetch(url)).arrayBuffer())).toEqual(pdf);
    expect((await api.get(userA, file)).status).toBe(200);
    await expectProblem(await api.get(userB, file), 403);
    await expectProblem(await api.get('editor', `${base}/${late.id}/answers/0/files/3`), 404);

    const history = z
      .object({ items: z.array(auditEntrySchema) })
      .parse((await api.get(userA, `${base}/${late.id}/history`)).json);
    expect(history.items.map((entry) => entry.action)).toEqual(['create', 'answer', 'supplement']);
  });

  it('counts an answer on the due day in Vietnam as on time, and one a minute later as late', async () => {
    const principal = {
      userId: `local-${userB.username}`,
      username: userB.username,
      displayName: userB.name,
      roles: ['agency' as const],
      agencyId: agencyB,
    };
    const actor = { id: principal.userId, name: userB.name };
    const due = today();
    // A minute before and a minute after midnight in Vietnam at the end of the due day.
    const lastMinute = new Date(`${due}T23:59:00+07:00`);
    const nextMinute = new Date(`${addDays(due, 1)}T00:01:00+07:00`);
    const onTime = { agency: agencyB, timeliness: 'on-time' };
    const late = { agency: agencyB, timeliness: 'late' };
    const onTimeBefore = await counted(lastMinute, 'information-request-answered', onTime);
    const lateBefore = await counted(nextMinute, 'information-request-answered', late);
    const first = await createInformationRequest(request({ agencyId: agencyB, dueDate: due }), systemActor);
    const second = await createInformationRequest(request({ agencyId: agencyB, dueDate: due }), systemActor);
    const answer = { text: 'Đã có số liệu.', fileKeys: [], expectedVersion: 1 };
    expect((await answerInformationRequest(principal, first.id, answer, actor, lastMinute)).deadline).toBe(
      'answered-on-time',
    );
    expect((await answerInformationRequest(principal, second.id, answer, actor, nextMinute)).deadline).toBe(
      'answered-late',
    );
    expect(await counted(lastMinute, 'information-request-answered', onTime)).toBe(onTimeBefore + 1);
    expect(await counted(nextMinute, 'information-request-answered', late)).toBe(lateBefore + 1);
  });

  it('is cancelled by staff with a reason while open, and then takes no answer', async () => {
    const open = informationRequestViewSchema.parse((await api.post('editor', base, request())).json);
    const path = `${base}/${open.id}/cancel`;
    await expectProblem(await api.post(userA, path, { reason: 'Không cần nữa', expectedVersion: 1 }), 403);
    await expectProblem(await api.post('editor', path, { reason: 'x', expectedVersion: 1 }), 400);
    await expectProblem(await api.post('editor', path, { reason: 'Không cần nữa', expectedVersion: 5 }), 409);
    const cancelled = await api.post('director', path, {
      reason: 'Đã có số liệu từ Cục Thống kê',
      expectedVersion: 1,
    });
    expect(cancelled.status).toBe(200);
    expect(informationRequestViewSchema.parse(cancelled.json)).toMatchObject({
      status: 'cancelled',
      deadline: 'cancelled',
      cancelReason: 'Đã có số liệu từ Cục Thống kê',
    });
    await expectProblem(
      await api.post('editor', path, { reason: 'Lần nữa', expectedVersion: 2 }),
      409,
      'invalid-transition',
    );
    await expectProblem(
      await api.post(userA, `${base}/${open.id}/answers`, { text: 'Muộn rồi', expectedVersion: 2 }),
      409,
      'invalid-transition',
    );
  });

  it('starts one article draft from the answers, by a writer, in a category', async () => {
    const asked = await createInformationRequest(request({ categorySlug: category }), systemActor);
    const path = `${base}/${asked.id}/article`;
    // Not before an answer.
    await expectProblem(await api.post('editor', path, { expectedVersion: 1 }), 409, 'invalid-transition');
    const answered = informationRequestViewSchema.parse(
      (
        await api.post(userA, `${base}/${asked.id}/answers`, {
          text: 'Đoạn một <b>đậm</b>.\n\nĐoạn hai.',
          expectedVersion: 1,
        })
      ).json,
    );
    await expectProblem(await api.post('director', path, { expectedVersion: 2 }), 403);
    await expectProblem(await api.post(userA, path, { expectedVersion: 2 }), 403);
    await expectProblem(await api.post('editor', path, { expectedVersion: 1 }), 409, 'version-conflict');
    await expectProblem(
      await api.post('editor', path, { expectedVersion: 2, categorySlug: 'khong-co-chuyen-muc' }),
      400,
    );

    const started = await api.post('editor', path, { expectedVersion: answered.version });
    expect(started.status).toBe(201);
    const { articleId, request: linked } = z
      .object({ articleId: z.uuid(), request: informationRequestViewSchema })
      .parse(started.json);
    expect(linked.articleId).toBe(articleId);
    const article = await getArticle(articleId);
    expect(article).toMatchObject({
      status: 'draft',
      title: asked.title,
      categorySlug: category,
      language: 'vi',
    });
    const revision = await getRevision(articleId, 1);
    // The answer's text, escaped, as paragraphs.
    expect(revision?.bodyHtml).toBe('<p>Đoạn một &lt;b&gt;đậm&lt;/b&gt;.</p><p>Đoạn hai.</p>');
    await expectProblem(
      await api.post('editor', path, { expectedVersion: linked.version }),
      409,
      'duplicate',
    );
    const history = z
      .object({ items: z.array(auditEntrySchema) })
      .parse((await api.get('editor', `${base}/${asked.id}/history`)).json);
    expect(history.items.map((entry) => entry.action)).toEqual(['create', 'answer', 'start-article']);
  });
});
