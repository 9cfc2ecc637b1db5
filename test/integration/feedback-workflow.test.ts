import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';
import { getFeedbackContact } from '#shared/data/feedback.ts';
import { systemActor } from '#shared/domain/audit.ts';
import {
  feedbackItemSchema,
  publicTrackingSchema,
  submissionReceiptSchema,
} from '#shared/domain/feedback.ts';
import { problemDocumentSchema } from '#shared/domain/problem.ts';
import { createFeedbackTopic } from '#shared/feedback/topics.ts';
import { readOutbox } from '#shared/notifications/mail.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { LocalAccount } from '../../infra/local/accounts.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import {
  accountWithRole,
  agencyAccount,
  createTestAgency,
  startTestStack,
  uniqueSlug,
} from '../support/local-stack.ts';

/**
 * A citizen's feedback through the HTTP API, as scripts and the admin SPA call it (the browser's pages are
 * tested in test/e2e): submission with an attachment, receipt, the officer's routing, an agency that
 * declines, another that answers, the director's approval, the public timeline, rating and reopening with
 * the secret link, agency scoping, audited contact reads, and deletion on request.
 */
let stack: LocalStack;
const citizenAddress = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
const topic = uniqueSlug('linh-vuc');
const firstAgency = uniqueSlug('so-thu');
const secondAgency = uniqueSlug('so-xu-ly');

const receiptJson = submissionReceiptSchema.extend({ receiptMailed: z.boolean() });
const itemJson = feedbackItemSchema;
const detailJson = z.object({
  item: feedbackItemSchema,
  flags: z.array(z.object({ kind: z.string(), field: z.string(), text: z.string() })),
  duplicates: z.array(z.object({ code: z.string(), similarity: z.number() })).optional(),
  history: z.array(z.object({ action: z.string(), actorName: z.string() })),
});

async function call(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; form?: FormData; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      // Each test file is its own citizen (the test stack takes the address from X-Forwarded-For).
      'x-forwarded-for': citizenAddress,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.form ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const text = await response.text();
  return {
    status: response.status,
    json: text ? (JSON.parse(text) as unknown) : undefined,
    headers: response.headers,
  };
}

const token = (account: LocalAccount) => stack.issuer.mint(account);

function submissionForm(overrides: Record<string, string> = {}, files: File[] = []): FormData {
  const form = new FormData();
  const fields = {
    kind: 'phan-anh',
    topicSlug: topic,
    title: 'Nắp cống trên đường Hùng Vương bị vỡ',
    content:
      'Nắp cống trước số 120 đường Hùng Vương bị vỡ từ tuần trước, rất nguy hiểm cho xe máy vào ban đêm. Gọi tôi theo số 0912 345 678 nếu cần.',
    senderType: 'citizen',
    name: 'Lê Thị Hồng Nhung',
    address: 'Tổ dân phố 2, phường Đồng Hới',
    phone: '0912 345 678',
    email: 'hongnhung.test@example.vn',
    consent: 'yes',
    consentNoticeVersion: '2026-12-01',
    website: '',
    ...overrides,
  };
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  for (const file of files) form.append('attachments', file);
  return form;
}

const jpeg = () =>
  new File([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1])], 'nap-cong.jpg', {
    type: 'image/jpeg',
  });

beforeAll(async () => {
  stack = await startTestStack();
  await createFeedbackTopic(systemActor, {
    slug: topic,
    nameVi: 'Hạ tầng đô thị (thử)',
    nameEn: 'Urban infrastructure (test)',
    order: 50,
    active: true,
  });
  for (const id of [firstAgency, secondAgency]) {
    await createTestAgency(id);
  }
});
afterAll(async () => stack.stop());

describe('citizens’ feedback through the API', () => {
  it('refuses an incomplete submission, listing every problem at once', async () => {
    const form = submissionForm({ title: '', consent: '' });
    form.delete('phone');
    form.delete('email');
    const refused = await call('POST', '/api/feedback/submissions', { form });
    expect(refused.status).toBe(400);
    const problem = problemDocumentSchema.parse(refused.json);
    // Every problem at once, the "phone or e-mail" rule included.
    expect(problem.errors?.map((error) => error.path).sort()).toEqual(['consent', 'phone', 'title']);
    const badEmail = await call('POST', '/api/feedback/submissions', {
      form: submissionForm({ email: 'khong-phai-thu' }),
    });
    expect(problemDocumentSchema.parse(badEmail.json).errors?.map((error) => error.path)).toEqual(['email']);
    expect(problem.errors?.every((error) => error.message.length > 0 && error.messageEn.length > 0)).toBe(
      true,
    );
  });

  it('takes feedback from receipt to a published, anonymised answer, across a re-routing', async () => {
    // 1. Sent with a photo; the sender gets a code, a secret link and a receipt mail.
    const sent = await call('POST', '/api/feedback/submissions', { form: submissionForm({}, [jpeg()]) });
    expect(sent.status, JSON.stringify(sent.json)).toBe(201);
    const receipt = receiptJson.parse(sent.json);
    expect(receipt.code).toMatch(/^PA-\d{4}-[23456789ABCDEFGHJKMNPQRSTWXYZ]{5}$/);
    expect(receipt.receiptMailed).toBe(true);
    const key = new URL(receipt.secretUrl, stack.url).searchParams.get('key') ?? '';
    const mails = await readOutbox(readEnv().MAIL_OUTBOX_DIR ?? '');
    const receiptMail = mails.find(
      (mail) => mail.topic === 'feedback-receipt' && mail.subject.includes(receipt.code),
    );
    expect(receiptMail?.to).toEqual(['hongnhung.test@example.vn']);
    expect(receiptMail?.text).toContain(key);

    // 2. The public timeline: no personal data, the forwarding deadline.
    const tracked = await call('GET', `/api/feedback/track?code=${receipt.code.toLowerCase()}`);
    expect(tracked.status).toBe(200);
    expect(tracked.headers.get('referrer-policy')).toBe('no-referrer');
    const timeline = publicTrackingSchema.parse(tracked.json);
    expect(timeline.status).toBe('received');
    expect(timeline.actions).toBeUndefined();
    expect(JSON.stringify(tracked.json)).not.toMatch(/Hồng Nhung|0912|hongnhung/);

    // 3. The officer sees it (with the personal data masked in the public text), classifies and forwards it.
    const officer = await token(accountWithRole('feedback_officer'));
    const queue = z
      .object({ items: z.array(itemJson) })
      .parse(
        (await call('GET', '/api/feedback/admin/feedback?status=received&limit=100', { token: officer }))
          .json,
      );
    const queued = queue.items.find((item) => item.code === receipt.code);
    if (!queued) throw new Error('the item is in the queue');
    expect(queued.publicContent).not.toContain('0912');
    expect(queued.attachments).toHaveLength(1);
    let detail = detailJson.parse(
      (await call('GET', `/api/feedback/admin/feedback/${queued.id}`, { token: officer })).json,
    );
    expect(detail.item.content).toContain('0912 345 678');
    const classified = itemJson.parse(
      (
        await call('POST', `/api/feedback/admin/feedback/${queued.id}/classify`, {
          token: officer,
          body: { kind: 'phan-anh', topicSlug: topic, expectedVersion: detail.item.version },
        })
      ).json,
    );
    expect(classified.status).toBe('accepted');
    const stale = await call('POST', `/api/feedback/admin/feedback/${queued.id}/forward`, {
      token: officer,
      body: { agencyId: firstAgency, expectedVersion: detail.item.version },
    });
    expect(stale.status).toBe(409);
    let item = itemJson.parse(
      (
        await call('POST', `/api/feedback/admin/feedback/${queued.id}/forward`, {
          token: officer,
          body: { agencyId: firstAgency, expectedVersion: classified.version },
        })
      ).json,
    );
    expect(item.status).toBe('forwarded');
    expect(item.answerDueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // 4. The first agency sees only what is forwarded to it, and declines; the other agency sees nothing yet.
    const first = await token(agencyAccount(firstAgency));
    const second = await token(agencyAccount(secondAgency));
    expect((await call('GET', `/api/feedback/admin/feedback/${item.id}`, { token: second })).status).toBe(
      403,
    );
    expect(
      (await call('GET', `/api/feedback/admin/feedback/${item.id}/contact`, { token: first })).status,
    ).toBe(403);
    const inbox = z
      .object({ items: z.array(itemJson) })
      .parse((await call('GET', '/api/feedback/admin/feedback', { token: first })).json);
    expect(inbox.items.map((entry) => entry.id)).toEqual([item.id]);
    item = itemJson.parse(
      (
        await call('POST', `/api/feedback/admin/feedback/${item.id}/decline`, {
          token: first,
          body: {
            reason: 'Nội dung thuộc thẩm quyền của đơn vị quản lý hạ tầng đô thị.',
            expectedVersion: item.version,
          },
        })
      ).json,
    );
    expect(item.status).toBe('accepted');
    expect(
      (
        await call('POST', `/api/feedback/admin/feedback/${item.id}/answer`, {
          token: first,
          body: { html: '<p>x</p>', expectedVersion: item.version },
        })
      ).status,
    ).toBe(403);

    // 5. Re-routed to the second agency, which answers.
    item = itemJson.parse(
      (
        await call('POST', `/api/feedback/admin/feedback/${item.id}/forward`, {
          token: officer,
          body: { agencyId: secondAgency, answerWorkingDays: 10, expectedVersion: item.version },
        })
      ).json,
    );
    item = itemJson.parse(
      (
        await call('POST', `/api/feedback/admin/feedback/${item.id}/answer`, {
          token: second,
          body: {
            html: '<p>Đã thay nắp cống mới ngày 25/11/2026.</p><script>alert(1)</script>',
            expectedVersion: item.version,
          },
        })
      ).json,
    );
    expect(item.status).toBe('answered');
    expect(item.answer?.html).toBe('<p>Đã thay nắp cống mới ngày 25/11/2026.</p>');

    // 6. The public text was masked on receipt; an officer's edit that brings a phone number back is flagged,
    //    and the director cannot approve it without seeing the flag.
    expect(item.publicContent).toContain('[đã ẩn]');
    item = itemJson.parse(
      (
        await call('PUT', `/api/feedback/admin/feedback/${item.id}/public-text`, {
          token: officer,
          body: {
            publicTitle: item.publicTitle,
            publicContent: 'Nắp cống trên một tuyến phố của phường Đồng Hới bị vỡ; liên hệ 0905 123 456.',
            expectedVersion: item.version,
          },
        })
      ).json,
    );
    const director = await token(accountWithRole('director'));
    detail = detailJson.parse(
      (await call('GET', `/api/feedback/admin/feedback/${item.id}`, { token: director })).json,
    );
    expect(detail.flags.map((flag) => [flag.kind, flag.text])).toEqual([['phone', '0905 123 456']]);
    const unacknowledged = await call('POST', `/api/feedback/admin/feedback/${item.id}/decision`, {
      token: director,
      body: { outcome: 'approve', expectedVersion: item.version },
    });
    expect(unacknowledged.status).toBe(400);
    expect(problemDocumentSchema.parse(unacknowledged.json).errors?.[0]?.path).toBe('publicContent');
    item = itemJson.parse(
      (
        await call('PUT', `/api/feedback/admin/feedback/${item.id}/public-text`, {
          token: officer,
          body: {
            publicTitle: item.publicTitle,
            publicContent:
              'Nắp cống trên một tuyến phố của phường Đồng Hới bị vỡ, nguy hiểm cho xe máy vào ban đêm.',
            expectedVersion: item.version,
          },
        })
      ).json,
    );
    item = itemJson.parse(
      (
        await call('POST', `/api/feedback/admin/feedback/${item.id}/decision`, {
          token: director,
          body: { outcome: 'approve', expectedVersion: item.version },
        })
      ).json,
    );
    expect(item.status).toBe('published');

    // 7. The timeline shows the re-routing and the publication; the contact is read only by staff, audited.
    const published = publicTrackingSchema.parse(
      (await call('GET', `/api/feedback/track?code=${receipt.code}&key=${key}`)).json,
    );
    expect(published.timeline.map((event) => event.type)).toEqual([
      'received',
      'accepted',
      'forwarded',
      'declined',
      'forwarded',
      'answered',
      'published',
    ]);
    expect(
      published.timeline.filter((event) => event.type === 'forwarded').map((event) => event.agencyId),
    ).toEqual([firstAgency, secondAgency]);
    expect(published.actions).toMatchObject({ rate: true, reopen: true, deleteData: true });
    const contact = await call('GET', `/api/feedback/admin/feedback/${item.id}/contact`, { token: officer });
    expect(contact.json).toMatchObject({
      name: 'Lê Thị Hồng Nhung',
      consent: { noticeVersion: '2026-12-01' },
    });
    detail = detailJson.parse(
      (await call('GET', `/api/feedback/admin/feedback/${item.id}`, { token: officer })).json,
    );
    expect(
      detail.history.filter((entry) => entry.action === 'read-contact').map((entry) => entry.actorName),
    ).toEqual([accountWithRole('feedback_officer').name]);

    // The published answer is in the site search, typed without diacritics.
    const searched = z
      .object({ hits: z.array(z.object({ head: z.object({ url: z.string() }) })) })
      .parse((await call('GET', '/api/content/search?q=thay%20nap%20cong&kind=feedback-answer')).json);
    expect(searched.hits.map((hit) => hit.head.url)).toContain(sitePaths.feedbackAnswer(receipt.code));

    // 8. A wrong key is refused; the sender rates and reopens once; both show.
    expect(
      (
        await call('POST', '/api/feedback/track/rating', {
          body: { code: receipt.code, key: `${key.slice(0, -2)}xx`, score: 5 },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('POST', '/api/feedback/track/rating', {
          body: { code: receipt.code, key, score: 2, comment: 'Chậm' },
        })
      ).status,
    ).toBe(200);
    expect(
      (await call('POST', '/api/feedback/track/rating', { body: { code: receipt.code, key, score: 5 } }))
        .status,
    ).toBe(409);
    const reopened = await call('POST', '/api/feedback/track/reopen', {
      body: { code: receipt.code, key, reason: 'Nắp cống mới lại bị lún sau hai ngày.' },
    });
    expect(reopened.status).toBe(200);
    const after = publicTrackingSchema.parse(
      (await call('GET', `/api/feedback/track?code=${receipt.code}&key=${key}`)).json,
    );
    expect(after.status).toBe('forwarded');
    expect(after.timeline.map((event) => event.type).slice(-2)).toEqual(['rated', 'reopened']);
    expect(after.actions).toMatchObject({ reopen: false });

    // 9. The statistics count the second agency's answer, its reopening and its rating.
    const statistics = z
      .object({
        agencies: z.array(
          z.object({
            agencyId: z.string(),
            received: z.number(),
            answered: z.number(),
            shareReopened: z.number().nullable(),
            averageRating: z.number().nullable(),
            medianWorkingDaysToAnswer: z.number().nullable(),
          }),
        ),
      })
      .parse((await call('GET', '/api/feedback/statistics')).json);
    expect(statistics.agencies.find((agency) => agency.agencyId === secondAgency)).toMatchObject({
      received: 1,
      answered: 1,
      shareReopened: 1,
      averageRating: 2,
      medianWorkingDaysToAnswer: 0,
    });
    expect(statistics.agencies.find((agency) => agency.agencyId === firstAgency)).toMatchObject({
      received: 1,
      answered: 0,
    });

    // 10. On request, the sender's personal data, original text and files are deleted; the public text stays.
    const stored = item.attachments[0]?.key ?? '';
    expect(
      (
        await call('POST', '/api/feedback/track/deletion', {
          body: { code: receipt.code, key, confirm: 'yes' },
        })
      ).status,
    ).toBe(200);
    expect(await getFeedbackContact(item.id)).toBeUndefined();
    await expect(
      s3().send(new HeadObjectCommand({ Bucket: readEnv().MEDIA_BUCKET, Key: stored })),
    ).rejects.toThrow();
    detail = detailJson.parse(
      (await call('GET', `/api/feedback/admin/feedback/${item.id}`, { token: officer })).json,
    );
    expect(detail.item.content).not.toContain('0912');
    expect(detail.history.map((entry) => entry.action)).toContain('deletion-request');
    expect(
      (await call('GET', `/api/feedback/admin/feedback/${item.id}/contact`, { token: officer })).status,
    ).toBe(404);
  });

  it('makes a double post of one form one submission, and refuses the same form with other content', async () => {
    const cookie = { cookie: `qtp_form=${uniqueSlug('mau').replace(/-/g, '_').padEnd(24, 'x')}` };
    const first = await call('POST', '/api/feedback/submissions', {
      form: submissionForm({ email: 'lan.test@example.vn', phone: '0987654321' }),
      headers: cookie,
    });
    const again = await call('POST', '/api/feedback/submissions', {
      form: submissionForm({ email: 'lan.test@example.vn', phone: '0987654321' }),
      headers: cookie,
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(receiptJson.parse(again.json)).toMatchObject({
      code: receiptJson.parse(first.json).code,
      secretUrl: receiptJson.parse(first.json).secretUrl,
    });
    const other = await call('POST', '/api/feedback/submissions', {
      form: submissionForm({
        title: 'Một phản ánh khác hẳn',
        email: 'lan.test@example.vn',
        phone: '0987654321',
      }),
      headers: cookie,
    });
    expect(other.status).toBe(409);
    expect(problemDocumentSchema.parse(other.json).type).toBe('/problems/form-already-used');
  });

  it('refuses a file that is not what its name says, and leaves no item behind', async () => {
    const fake = new File([Buffer.from('MZ\x90\x00 not an image')], 'anh.jpg', { type: 'image/jpeg' });
    const refused = await call('POST', '/api/feedback/submissions', {
      form: submissionForm({ email: 'fake.file@example.vn', phone: '0911111111' }, [jpeg(), fake]),
    });
    expect(refused.status).toBe(400);
    expect(problemDocumentSchema.parse(refused.json).errors?.map((error) => error.path)).toEqual([
      'attachments.1',
    ]);
  });

  it('limits each sender address, not everyone: the sixth post from one address is 429, another address still posts', async () => {
    const from = (address: string, index: number) =>
      call('POST', '/api/feedback/submissions', {
        form: submissionForm({
          title: `Phản ánh thử giới hạn ${index}`,
          email: `gioi.han.${index}.${address}@example.vn`,
          phone: '',
        }),
        headers: { 'x-forwarded-for': address },
      });
    const busy = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
    for (let index = 0; index < 5; index += 1) expect((await from(busy, index)).status).toBe(201);
    const limited = await from(busy, 5);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(problemDocumentSchema.parse(limited.json).type).toBe('/problems/rate-limited');
    expect((await from(`198.18.${Math.floor(Math.random() * 250)}.7`, 6)).status).toBe(201);
  });
});
