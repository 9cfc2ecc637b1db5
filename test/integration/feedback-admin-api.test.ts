import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createAgency } from '#shared/data/directory.ts';
import { systemActor } from '#shared/domain/audit.ts';
import {
  feedbackDetailSchema,
  feedbackHandlingSettingsSchema,
  feedbackItemSchema,
  submissionReceiptSchema,
} from '#shared/domain/feedback.ts';
import { itemDetail } from '#shared/feedback/queries.ts';
import { createFeedbackTopic } from '#shared/feedback/topics.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { accountWithRole, agencyAccount, startTestStack, uniqueSlug } from '../support/local-stack.ts';

/**
 * What the admin screens read beyond the workflow (test/integration/feedback-workflow.test.ts): the handling
 * periods, the deadline an item is past in its detail, and the director's preview of an answer's public page,
 * rendered by the public renderer, with nothing of the sender on it.
 */
let stack: LocalStack;
const citizenAddress = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
const topic = uniqueSlug('linh-vuc-xem-truoc');
const agencyId = uniqueSlug('so-xem-truoc');

async function call(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; form?: FormData } = {},
) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      'x-forwarded-for': citizenAddress,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: options.form ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}
const json = (answer: { text: string }): unknown => JSON.parse(answer.text);

beforeAll(async () => {
  stack = await startTestStack();
  await createFeedbackTopic(systemActor, {
    slug: topic,
    nameVi: 'Môi trường (xem trước)',
    nameEn: 'Environment (preview)',
    order: 60,
    active: true,
  });
  await createAgency(
    { id: agencyId, nameVi: `Sở thử ${agencyId}`, nameEn: `Test ${agencyId}`, kind: 'provincial_department' },
    systemActor,
  );
});
afterAll(async () => stack.stop());

describe('the feedback API for the admin screens', () => {
  it('tells staff the handling periods, and no one else', async () => {
    const officer = await stack.issuer.mint(accountWithRole('feedback_officer'));
    const answer = await call('GET', '/api/feedback/admin/settings', { token: officer });
    expect(answer.status).toBe(200);
    expect(feedbackHandlingSettingsSchema.parse(json(answer))).toEqual({
      forwardWorkingDays: 5,
      answerWorkingDays: 15,
      rerouteWorkingDays: 2,
      reopenDays: 30,
    });
    const editor = await stack.issuer.mint(accountWithRole('editor'));
    expect((await call('GET', '/api/feedback/admin/settings', { token: editor })).status).toBe(403);
  });

  it('previews the answer page as the public will read it, and says which deadline an item is past', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      kind: 'kien-nghi',
      topicSlug: topic,
      title: 'Rác thải ven sông Hiếu chưa được thu gom',
      content:
        'Bãi rác tự phát ven sông Hiếu đã tồn tại hơn một tháng, đề nghị thu gom và đặt biển cấm đổ rác.',
      senderType: 'citizen',
      name: 'Phạm Quốc Khánh',
      address: 'Khu phố 3, phường Đông Hà',
      phone: '0987 111 222',
      email: 'quockhanh.preview@example.vn',
      consent: 'yes',
      consentNoticeVersion: '2026-12-01',
      website: '',
    }))
      form.set(name, value);
    const sent = await call('POST', '/api/feedback/submissions', { form });
    expect(sent.status, sent.text).toBe(201);
    const { code, receivedAt } = submissionReceiptSchema
      .extend({ receiptMailed: z.boolean() })
      .parse(json(sent));

    const officer = await stack.issuer.mint(accountWithRole('feedback_officer'));
    const director = await stack.issuer.mint(accountWithRole('director'));
    const agency = await stack.issuer.mint(agencyAccount(agencyId));
    const queue = z
      .object({ items: z.array(feedbackItemSchema) })
      .parse(
        json(await call('GET', '/api/feedback/admin/feedback?status=received&limit=100', { token: officer })),
      );
    const queued = queue.items.find((item) => item.code === code);
    if (!queued) throw new Error('the item is in the queue');

    // Not answered yet: there is no page to preview.
    expect(
      (await call('GET', `/api/feedback/admin/feedback/${queued.id}/preview`, { token: director })).status,
    ).toBe(409);
    // The detail carries the deadline an item is past, as the queue does (here: a month after receipt).
    const principal = {
      userId: 'local-tiepnhan',
      username: 'tiepnhan',
      displayName: 'Cán bộ',
      roles: ['feedback_officer' as const],
    };
    const monthLater = new Date(new Date(receivedAt).getTime() + 31 * 86_400_000);
    expect((await itemDetail(principal, queued.id, monthLater)).item.overdueDeadline).toBe('forward');
    expect(
      (await itemDetail(principal, queued.id, new Date(receivedAt))).item.overdueDeadline,
    ).toBeUndefined();
    const detail = feedbackDetailSchema.parse(
      json(await call('GET', `/api/feedback/admin/feedback/${queued.id}`, { token: officer })),
    );
    expect(detail.item.overdueDeadline).toBeUndefined();

    let item = feedbackItemSchema.parse(
      json(
        await call('POST', `/api/feedback/admin/feedback/${queued.id}/forward`, {
          token: officer,
          body: { agencyId, expectedVersion: queued.version },
        }),
      ),
    );
    item = feedbackItemSchema.parse(
      json(
        await call('POST', `/api/feedback/admin/feedback/${item.id}/answer`, {
          token: agency,
          body: {
            html: '<p>Đội vệ sinh môi trường đã thu gom bãi rác và đặt biển cấm ngày 2/12/2026.</p>',
            expectedVersion: item.version,
          },
        }),
      ),
    );
    expect(item.status).toBe('answered');

    const preview = await call('GET', `/api/feedback/admin/feedback/${item.id}/preview`, { token: director });
    expect(preview.status).toBe(200);
    expect(preview.type).toContain('text/html');
    expect(preview.text).toContain('Bản xem trước — câu trả lời này chưa được duyệt công bố.');
    expect(preview.text).toContain('<meta name="robots" content="noindex"');
    expect(preview.text).toContain(item.publicTitle);
    expect(preview.text).toContain('Đội vệ sinh môi trường đã thu gom bãi rác');
    expect(preview.text).toContain(`Sở thử ${agencyId}`);
    expect(preview.text).toContain(code);
    expect(preview.text).not.toMatch(/Quốc Khánh|0987|quockhanh|Khu phố 3/);
    // Not a reopened answer: the notice of one is not on a first answer's page.
    expect(preview.text).not.toContain('đang được xem xét lại');
    // The agency answers; it does not preview (nor does any role outside the policy).
    expect(
      (await call('GET', `/api/feedback/admin/feedback/${item.id}/preview`, { token: agency })).status,
    ).toBe(403);
    // Previewing changes nothing.
    const after = feedbackDetailSchema.parse(
      json(await call('GET', `/api/feedback/admin/feedback/${item.id}`, { token: director })),
    );
    expect(after.item.version).toBe(item.version);
    expect(after.item.status).toBe('answered');
  });
});
