import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';
import { createAgency } from '#shared/data/directory.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { feedbackItemSchema } from '#shared/domain/feedback.ts';
import { createFeedbackTopic } from '#shared/feedback/topics.ts';
import { logger } from '#shared/observability/logger.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { accountWithRole, startTestStack, uniqueSlug } from '../support/local-stack.ts';

/**
 * The sender's personal data stays with staff: after a whole submission → answer → publication, with the
 * logger at its most talkative, no public page of the site bucket and no log line holds the sender's name,
 * phone number or e-mail address.
 */
let stack: LocalStack;
const name = 'Đặng Thị Thu Hà';
const phone = '0935 246 813';
const email = 'thuha.rieng@example.vn';
const topic = uniqueSlug('linh-vuc');
const agencyId = uniqueSlug('so-rieng');
const lines: string[] = [];
const originalWrite = process.stdout.write.bind(process.stdout);
const originalErrorWrite = process.stderr.write.bind(process.stderr);

beforeAll(async () => {
  stack = await startTestStack();
  await createFeedbackTopic(systemActor, {
    slug: topic,
    nameVi: 'Riêng tư (thử)',
    nameEn: 'Privacy (test)',
    order: 70,
    active: true,
  });
  await createAgency(
    { id: agencyId, nameVi: `Sở thử ${agencyId}`, nameEn: 'Test', kind: 'provincial_department' },
    systemActor,
  );
  logger.setLogLevel('DEBUG');
  const capture =
    (write: typeof originalWrite) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (write as (chunk: string | Uint8Array, ...args: unknown[]) => boolean)(chunk, ...rest);
    };
  process.stdout.write = capture(originalWrite) as typeof process.stdout.write;
  process.stderr.write = capture(originalErrorWrite) as typeof process.stderr.write;
});

afterAll(async () => {
  process.stdout.write = originalWrite;
  process.stderr.write = originalErrorWrite;
  logger.setLogLevel('ERROR');
  await stack.stop();
});

async function api(method: string, path: string, body?: unknown, token?: string, form?: FormData) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      'x-forwarded-for': '198.18.0.7',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: form ?? (body !== undefined ? JSON.stringify(body) : undefined),
  });
  return { status: response.status, json: (await response.json()) as unknown };
}

async function publicPages(): Promise<{ key: string; body: string }[]> {
  const bucket = readEnv().SITE_BUCKET;
  const listed = await s3().send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'phan-anh-kien-nghi/' }));
  return Promise.all(
    (listed.Contents ?? []).map(async (object) => {
      const got = await s3().send(new GetObjectCommand({ Bucket: bucket, Key: object.Key }));
      return { key: object.Key ?? '', body: (await got.Body?.transformToString()) ?? '' };
    }),
  );
}

describe('a sender’s personal data', () => {
  it('reaches no public page and no log line, from submission to publication', async () => {
    const form = new FormData();
    for (const [field, value] of Object.entries({
      kind: 'kien-nghi',
      topicSlug: topic,
      title: 'Đề nghị lắp đèn chiếu sáng đường vào thôn',
      content: `Đường vào thôn dài khoảng 2 km không có đèn chiếu sáng; tôi là ${name}, số điện thoại ${phone}, mong được xem xét.`,
      name,
      address: 'Thôn 5, xã Vĩnh Linh',
      phone,
      email,
      consent: 'yes',
      consentNoticeVersion: '2026-12-01',
    })) {
      form.set(field, value);
    }
    const sent = await api('POST', '/api/feedback/submissions', undefined, undefined, form);
    expect(sent.status).toBe(201);
    const code = z.object({ code: z.string() }).parse(sent.json).code;

    const surname = name.split(' ').slice(-2).join(' ');
    const officer = await stack.issuer.mint(accountWithRole('feedback_officer'));
    const director = await stack.issuer.mint(accountWithRole('director'));
    const agency = await stack.issuer.mint({
      username: `u-${agencyId}`,
      password: 'x',
      name: 'Cán bộ thử',
      email: 'x@quangtri.local',
      groups: ['agency'],
      agencyId,
    });
    const queue = z
      .object({ items: z.array(feedbackItemSchema) })
      .parse(
        (await api('GET', '/api/feedback/admin/feedback?status=received&limit=100', undefined, officer)).json,
      );
    let item = queue.items.find((candidate) => candidate.code === code);
    if (!item) throw new Error('the item is queued');
    // The sender wrote their own name and phone into the text: the public version has them masked from the start.
    expect(item.publicContent).not.toContain(surname);
    expect(item.publicContent).not.toContain(phone);
    item = feedbackItemSchema.parse(
      (
        await api(
          'POST',
          `/api/feedback/admin/feedback/${item.id}/forward`,
          { agencyId, expectedVersion: item.version },
          officer,
        )
      ).json,
    );
    item = feedbackItemSchema.parse(
      (
        await api(
          'POST',
          `/api/feedback/admin/feedback/${item.id}/answer`,
          { html: '<p>Đã đưa vào kế hoạch lắp đặt năm 2027.</p>', expectedVersion: item.version },
          agency,
        )
      ).json,
    );
    expect(
      (await api('GET', `/api/feedback/admin/feedback/${item.id}/contact`, undefined, officer)).status,
    ).toBe(200);
    item = feedbackItemSchema.parse(
      (
        await api(
          'POST',
          `/api/feedback/admin/feedback/${item.id}/decision`,
          { outcome: 'approve', expectedVersion: item.version },
          director,
        )
      ).json,
    );
    expect(item.status).toBe('published');
    const tracked = await api('GET', `/api/feedback/track?code=${code}`);
    expect(tracked.status).toBe(200);

    const pages = await publicPages();
    expect(pages.map((page) => page.key)).toContain(
      `phan-anh-kien-nghi/tra-loi/${code.toLowerCase()}/index.html`,
    );
    for (const page of pages) {
      for (const secret of [name, surname, phone, phone.replace(/\s/g, ''), email]) {
        expect(page.body.includes(secret), `${page.key} contains ${secret}`).toBe(false);
      }
    }
    expect(JSON.stringify(tracked.json)).not.toContain(surname);

    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).toContain('"correlationId"');
    for (const secret of [name, surname, phone, phone.replace(/\s/g, ''), email]) {
      expect(log.includes(secret), `a log line contains ${secret}`).toBe(false);
    }
  });
});
