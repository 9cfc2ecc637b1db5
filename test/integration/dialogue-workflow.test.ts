import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { getDialogueContact } from '#shared/data/dialogues.ts';
import { pendingSchedule } from '#shared/data/schedules.ts';
import { dialogueQuestionSchema, dialogueSchema } from '#shared/domain/dialogue.ts';
import { problemDocumentSchema } from '#shared/domain/problem.ts';
import { readOutbox } from '#shared/notifications/mail.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * An online dialogue on the real local engines: the officer schedules it (a video from a host off the
 * allow-list is refused), citizens send questions before it (a browser form post and a script), the
 * moderator publishes one and rejects another, the status follows the clock through the schedules the
 * service filed, answers published during the session show on the prerendered page, the page is the archive
 * afterwards, and no contact detail ever reaches a public page; the contacts go at the end of retention.
 */
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const citizen = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
const asker = {
  name: 'Hoàng Thị Minh Nguyệt',
  email: `nguyet.${Date.now().toString(36)}@example.vn`,
  phone: '0935 246 813',
  address: 'Tổ 5, phường Đông Hà',
};
const questionsJson = z.object({ items: z.array(dialogueQuestionSchema) });

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
});
afterAll(async () => stack.stop());

const minutes = (count: number) => new Date(Date.now() + count * 60_000).toISOString();

async function post(path: string, fields: Record<string, string>, accept: string, cookie?: string) {
  const response = await fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: {
      accept,
      'x-forwarded-for': citizen,
      'content-type': 'application/x-www-form-urlencoded',
      ...(cookie ? { cookie } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') };
}

/** Fires the schedule the service filed under `name`, as the scheduler would at its instant. */
async function fire(name: string) {
  const due = await pendingSchedule(name);
  if (!due) throw new Error(`no schedule ${name}`);
  await stack.scheduleTargets[due.target](due.event);
  return due;
}

function expectNoContact(html: string) {
  expect(html).not.toContain(asker.email);
  expect(html).not.toContain(asker.phone);
  expect(html).not.toContain(asker.phone.replace(/\s/g, ''));
  expect(html).not.toContain(asker.name);
  expect(html).not.toContain('Tổ 5');
}

describe('an online dialogue, from questions before it to its archive', () => {
  it('goes through scheduling, questions, moderation, the live session and the archive', async () => {
    const leaders = [
      { name: 'Võ Văn Hưng', position: 'Chủ tịch UBND tỉnh' },
      { name: 'Hà Sỹ Đồng', position: 'Phó Chủ tịch UBND tỉnh' },
    ];
    const input = {
      title: `Đối thoại về thủ tục đất đai ${Date.now().toString(36)}`,
      topic: 'Cấp giấy chứng nhận quyền sử dụng đất',
      description: 'Lãnh đạo tỉnh trả lời câu hỏi của người dân về thủ tục cấp giấy chứng nhận.',
      leaders,
      questionsOpenAt: minutes(-1),
      startsAt: minutes(60),
      questionsCloseAt: minutes(90),
      endsAt: minutes(120),
    };

    // 1. A video from a host off the allow-list is refused, in both languages, on its field.
    const refused = await api.post('feedback_officer', '/api/dialogues/admin/dialogues', {
      ...input,
      videoUrl: 'https://video.example.com/live/123',
    });
    expect(refused.status).toBe(400);
    const problem = problemDocumentSchema.parse(refused.json);
    expect(problem.errors?.[0]?.path).toBe('videoUrl');
    expect(problem.errors?.[0]?.message).toContain('youtube');
    expect(problem.errors?.[0]?.messageEn).toContain('Video can be embedded only from');
    // Only the officer schedules: an editor is refused.
    expect((await api.post('editor', '/api/dialogues/admin/dialogues', input)).status).toBe(403);

    const created = await api.post('feedback_officer', '/api/dialogues/admin/dialogues', {
      ...input,
      videoUrl: 'https://www.youtube.com/watch?v=qtpDialog01',
    });
    expect(created.status).toBe(201);
    const dialogue = dialogueSchema.parse(created.json);
    expect(dialogue.status).toBe('open');
    const path = sitePaths.dialogue(dialogue.slug);

    let page = await api.page(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain(input.title);
    expect(page.text).toContain('Đang nhận câu hỏi');
    expect(page.text).toContain(`action="${sitePaths.dialogueQuestionApi(dialogue.slug)}"`);
    expect(page.text).toMatch(
      /<iframe[^>]+src="https:\/\/www\.youtube-nocookie\.com\/embed\/qtpDialog01"[^>]+sandbox=/,
    );
    expect(page.text).toContain(`src="${sitePaths.dialogueRefreshScript()}"`);
    expect((await api.page(sitePaths.dialogueRefreshScript())).text).toContain('dlg-questions');
    expect((await api.page(sitePaths.dialogues())).text).toContain(input.title);

    // 2. Questions before the session: a browser without JavaScript, consent forgotten, gets the page back
    // with the error and what was typed (the box still unticked); then sends it properly.
    const question =
      'Xin hỏi thời gian cấp giấy chứng nhận lần đầu là bao lâu? Liên hệ tôi qua 0935 246 813 nếu cần.';
    const fields = {
      question,
      name: asker.name,
      email: asker.email,
      phone: asker.phone,
      address: asker.address,
      consentNoticeVersion: '2026-12-01',
      website: '',
    };
    const noConsent = await post(sitePaths.dialogueQuestionApi(dialogue.slug), fields, 'text/html');
    expect(noConsent.status).toBe(400);
    expect(noConsent.text).toContain('Lỗi: ');
    expect(noConsent.text).toContain('Cần đồng ý cho phép xử lý dữ liệu cá nhân');
    expect(noConsent.text).toContain('Xin hỏi thời gian cấp giấy chứng nhận');
    expect(noConsent.text).not.toMatch(/name="consent"[^>]*checked/);

    // The page gives this copy of the form its one-time token, for the dialogue API only (as CloudFront does).
    const setCookie = (await fetch(`${stack.url}${path}`)).headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^qtp_form=[\w-]+; Path=\/api\/dialogues; HttpOnly; SameSite=Strict/);
    const formCookie = setCookie.split(';')[0];
    const sent = await post(
      sitePaths.dialogueQuestionApi(dialogue.slug),
      { ...fields, consent: 'yes' },
      'text/html',
      formCookie,
    );
    expect(sent.status).toBe(201);
    expect(sent.text).toContain('Đã nhận câu hỏi của bạn');
    // The same copy of the form posted again (a double click, a reload) is the same question.
    const again = await post(
      sitePaths.dialogueQuestionApi(dialogue.slug),
      { ...fields, consent: 'yes' },
      'text/html',
      formCookie,
    );
    expect(again.status).toBeLessThan(300);
    expect(again.text).toContain('Đã nhận câu hỏi của bạn');
    const mails = await readOutbox(readEnv().MAIL_OUTBOX_DIR ?? '');
    expect(
      mails.some((mail) => mail.to.includes(asker.email) && mail.topic === 'dialogue-question-receipt'),
    ).toBe(true);

    const scripted = await fetch(`${stack.url}${sitePaths.dialogueQuestionApi(dialogue.slug)}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'x-forwarded-for': citizen },
      body: JSON.stringify({
        question: 'Câu hỏi này không liên quan gì đến chủ đề đối thoại hôm nay.',
        name: 'Trần Văn Bình',
        phone: '0912000111',
        consent: 'yes',
        consentNoticeVersion: '2026-12-01',
      }),
    });
    expect(scripted.status).toBe(201);

    // 3. Moderation: the queue holds both, received; the page shows neither yet.
    const queue = questionsJson.parse(
      (await api.get('feedback_officer', `/api/dialogues/admin/dialogues/${dialogue.id}/questions`)).json,
    );
    expect(queue.items.map((item) => item.status)).toEqual(['received', 'received']);
    const [first, second] = queue.items;
    if (!first || !second) throw new Error('two questions expected');
    expect(first.askedBy).toBe('Một người dân ở phường Đông Hà');
    // The phone number in the question was masked in the proposed public wording.
    expect(first.publicText).not.toContain('0935');
    expect((await api.page(path)).text).not.toContain('thời gian cấp giấy chứng nhận lần đầu');

    // The public wording may not carry a contact, nor the asker's name.
    const leaky = await api.post(
      'feedback_officer',
      `/api/dialogues/admin/dialogues/${dialogue.id}/questions/${first.id}/publish`,
      { expectedVersion: first.version, publicText: `${first.publicText} ${asker.email}` },
    );
    expect(leaky.status).toBe(400);
    const named = await api.post(
      'feedback_officer',
      `/api/dialogues/admin/dialogues/${dialogue.id}/questions/${first.id}/publish`,
      { expectedVersion: first.version, askedBy: asker.name },
    );
    expect(named.status).toBe(400);

    const published = await api.post(
      'feedback_officer',
      `/api/dialogues/admin/dialogues/${dialogue.id}/questions/${first.id}/publish`,
      {
        expectedVersion: first.version,
        publicText: 'Xin hỏi thời gian cấp giấy chứng nhận quyền sử dụng đất lần đầu là bao lâu?',
      },
    );
    expect(published.status).toBe(200);
    const publishedQuestion = dialogueQuestionSchema.parse(published.json);
    // A stale version is refused.
    expect(
      (
        await api.post(
          'feedback_officer',
          `/api/dialogues/admin/dialogues/${dialogue.id}/questions/${first.id}/assign`,
          { expectedVersion: first.version, leaderIndex: 1 },
        )
      ).status,
    ).toBe(409);
    const assigned = dialogueQuestionSchema.parse(
      (
        await api.post(
          'feedback_officer',
          `/api/dialogues/admin/dialogues/${dialogue.id}/questions/${first.id}/assign`,
          { expectedVersion: publishedQuestion.version, leaderIndex: 1 },
        )
      ).json,
    );
    const rejected = await api.post(
      'feedback_officer',
      `/api/dialogues/admin/dialogues/${dialogue.id}/questions/${second.id}/reject`,
      { expectedVersion: second.version, reason: 'off-topic' },
    );
    expect(rejected.status).toBe(200);

    page = await api.page(path);
    expect(page.text).toContain('cấp giấy chứng nhận quyền sử dụng đất lần đầu là bao lâu?');
    expect(page.text).toContain('Một người dân ở phường Đông Hà');
    expect(page.text).toContain('Đang chờ trả lời');
    expect(page.text).not.toContain('không liên quan gì đến chủ đề');
    expectNoContact(page.text);

    // 4. No answers before the session.
    const early = await api.post(
      'feedback_officer',
      `/api/dialogues/admin/dialogues/${dialogue.id}/questions/${first.id}/answer`,
      { expectedVersion: assigned.version, text: 'Trả lời quá sớm.' },
    );
    expect(early.status).toBe(409);
    expect(problemDocumentSchema.parse(early.json).type).toBe('/problems/answers-closed');

    expect((await pendingSchedule(`dialogue-${dialogue.id}-questions-close`))?.at).toBe(
      dialogue.questionsCloseAt,
    );

    // 5. The start: the schedule the service filed for it moves the status, and the page says so.
    const live = await fire(`dialogue-${dialogue.id}-live`);
    expect(live.at).toBe(dialogue.startsAt);
    expect(
      dialogueSchema.parse(
        (await api.get('feedback_officer', `/api/dialogues/admin/dialogues/${dialogue.id}`)).json,
      ).status,
    ).toBe('live');
    // Fired again (at least once delivery): nothing changes.
    await stack.scheduleTargets.publisher(live.event);
    page = await api.page(path);
    expect(page.text).toContain('Đang diễn ra');

    // 6. An answer published during the session shows on the page at once.
    const answered = await api.post(
      'director',
      `/api/dialogues/admin/dialogues/${dialogue.id}/questions/${first.id}/answer`,
      {
        expectedVersion: assigned.version,
        text: 'Theo quy định, thời gian cấp giấy chứng nhận lần đầu không quá 20 ngày làm việc.',
      },
    );
    expect(answered.status).toBe(200);
    expect(dialogueQuestionSchema.parse(answered.json).answer?.leaderName).toBe('Hà Sỹ Đồng');
    page = await api.page(path);
    expect(page.text).toContain('không quá 20 ngày làm việc');
    expect(page.text).toContain('Hà Sỹ Đồng — Phó Chủ tịch UBND tỉnh trả lời');
    expectNoContact(page.text);

    // 7. The end: the page is the archive; no form, no refresh script; listed under past dialogues.
    await fire(`dialogue-${dialogue.id}-ended`);
    page = await api.page(path);
    expect(page.text).toContain('Đã kết thúc');
    expect(page.text).not.toContain(`action="${sitePaths.dialogueQuestionApi(dialogue.slug)}"`);
    expect(page.text).not.toContain(sitePaths.dialogueRefreshScript());
    expect(page.text).toContain('không quá 20 ngày làm việc');
    expect(page.text).toContain('https://www.youtube.com/watch?v=qtpDialog01');
    const list = (await api.page(sitePaths.dialogues())).text;
    expect(list.slice(list.indexOf('id="dlg-past"'))).toContain(input.title);
    const sitemap = (await api.page(sitePaths.dialogueSitemap())).text;
    expect(sitemap).toContain(path);
    for (const html of [page.text, list, sitemap]) expectNoContact(html);
    const publicJson = await api.get(undefined, `/api/dialogues/${dialogue.slug}`);
    expectNoContact(publicJson.text);

    // A question after the end is refused with a clear message (a page for a browser).
    const late = await post(
      sitePaths.dialogueQuestionApi(dialogue.slug),
      { ...fields, consent: 'yes', question: 'Một câu hỏi gửi sau khi buổi đối thoại đã kết thúc.' },
      'text/html',
    );
    expect(late.status).toBe(409);
    expect(late.text).toContain('Buổi đối thoại hiện không nhận câu hỏi');
    // The archive cannot be rescheduled.
    expect(
      (
        await api.put('feedback_officer', `/api/dialogues/admin/dialogues/${dialogue.id}`, {
          ...input,
          expectedVersion: dialogueSchema.parse(
            (
              await api.get('feedback_officer', `/api/dialogues/admin/dialogues/${dialogue.id}`)
            ).json,
          ).version,
        })
      ).status,
    ).toBe(409);

    // 8. The end of retention: the askers' contacts are removed, the public wording stays.
    expect(await getDialogueContact(first.id)).toBeDefined();
    const anonymise = await pendingSchedule(`dialogue-${dialogue.id}-anonymise`);
    expect(anonymise?.at).toBe(new Date(Date.parse(dialogue.endsAt) + 90 * 86_400_000).toISOString());
    await fire(`dialogue-${dialogue.id}-anonymise`);
    expect(await getDialogueContact(first.id)).toBeUndefined();
    expect(await getDialogueContact(second.id)).toBeUndefined();
    expect((await api.page(path)).text).toContain('lần đầu là bao lâu?');
  });

  it('re-renders only the page of the dialogue that changed', async () => {
    const base = {
      topic: 'Chuyển đổi số',
      description: 'Đối thoại về chuyển đổi số trong cơ quan nhà nước.',
      leaders: [{ name: 'Lê Đức Tiến', position: 'Phó Chủ tịch UBND tỉnh' }],
      questionsOpenAt: minutes(-1),
      startsAt: minutes(30),
      questionsCloseAt: minutes(40),
      endsAt: minutes(60),
    };
    const one = dialogueSchema.parse(
      (
        await api.post('feedback_officer', '/api/dialogues/admin/dialogues', {
          ...base,
          title: `Chuyển đổi số A ${Date.now()}`,
        })
      ).json,
    );
    const other = dialogueSchema.parse(
      (
        await api.post('feedback_officer', '/api/dialogues/admin/dialogues', {
          ...base,
          title: `Chuyển đổi số B ${Date.now()}`,
        })
      ).json,
    );
    const report = z
      .object({ rendered: z.array(z.string()) })
      .parse(await stack.invokePublisher({ type: 'dialogue-changed', dialogueId: one.id }));
    expect(report.rendered).toContain(sitePaths.dialogue(one.slug));
    expect(report.rendered).toContain(sitePaths.dialogues());
    expect(report.rendered).not.toContain(sitePaths.dialogue(other.slug));
  });
});
