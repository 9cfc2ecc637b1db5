import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { disclosureSchema, openDisclosureDatasetSchema } from '#shared/domain/disclosure.ts';
import { uploadTicketSchema } from '#shared/domain/upload.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * Disclosures on the real local engines (DynamoDB Local, s3rver): an editor uploads a PDF and an XLSX and
 * creates a record, the director publishes it (not their own change), the pages by year and collection, the
 * record's page, its public files and the open data agree; a withdrawal takes its pages down. A reader rates
 * a page with a form post and a script; the same address counts once per page and day; staff see the figures.
 */
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const year = 2030 + Math.floor(Math.random() * 60);

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
});
afterAll(async () => stack.stop());

async function upload(fileName: string, contentType: string, bytes: Buffer): Promise<string> {
  const answer = await api.post('editor', '/api/content/admin/disclosures/files/uploads', {
    fileName,
    contentType,
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

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const xlsx = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 1)]);

describe('a disclosure record', () => {
  it('is prepared by an editor, published by the director, and shown alike on the pages and in the open data', async () => {
    const keys = [
      await upload('Dự toán ngân sách.pdf', 'application/pdf', pdf),
      await upload(
        'Phụ lục số liệu.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        xlsx,
      ),
    ];
    const input = {
      titleVi: `Công khai dự toán ngân sách tỉnh Quảng Trị năm ${year}`,
      titleEn: `Quang Tri provincial budget estimate ${year}`,
      collection: 'budget-estimates',
      date: `${year - 1}-12-20`,
      year,
      issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
      summaryVi: 'Dự toán thu, chi ngân sách địa phương của tỉnh sau hợp nhất.',
      summaryEn: 'Revenue and expenditure estimates of the merged province.',
      fileKeys: keys,
    };
    // A file of another context, or none, is refused by its field.
    const refused = await api.post('editor', '/api/content/admin/disclosures', {
      ...input,
      fileKeys: ['uploads/gazette/2026/01/x.pdf'],
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('fileKeys.0');

    const created = await api.post('editor', '/api/content/admin/disclosures', input);
    expect(created.status).toBe(201);
    const record = disclosureSchema.parse(created.json);
    expect(record.status).toBe('draft');
    expect(record.files.map((file) => file.contentType)).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    // The editor may not publish; the director publishes it (someone else changed it last).
    expect(
      (
        await api.post('editor', `/api/content/admin/disclosures/${record.id}/decision`, {
          action: 'publish',
          expectedVersion: 1,
        })
      ).status,
    ).toBe(403);
    const published = await api.post('director', `/api/content/admin/disclosures/${record.id}/decision`, {
      action: 'publish',
      expectedVersion: 1,
    });
    expect(published.status).toBe(200);
    const live = disclosureSchema.parse(published.json);
    expect(live.files.every((file) => file.key.startsWith(`media/thong-tin-cong-khai/${year}/`))).toBe(true);

    const yearPage = await api.page(sitePaths.disclosureYear('vi', year));
    expect(yearPage.status).toBe(200);
    expect(yearPage.text).toContain(`data-disclosure-id="${record.id}"`);
    expect((await api.page(sitePaths.disclosureCollection('en', 'budget-estimates'))).text).toContain(
      input.titleEn,
    );
    const recordPage = await api.page(sitePaths.disclosure('vi', record.slug));
    expect(recordPage.text).toContain(input.titleVi);

    const data = openDisclosureDatasetSchema.parse(
      JSON.parse((await api.page(sitePaths.disclosureYearData(year))).text),
    );
    expect(data.records.map((entry) => entry.id)).toEqual(
      [...yearPage.text.matchAll(/data-disclosure-id="([0-9a-f-]+)"/g)].map((match) => match[1]),
    );
    const all = openDisclosureDatasetSchema.parse(
      JSON.parse((await api.page(sitePaths.disclosureData())).text),
    );
    expect(all.records.some((entry) => entry.id === record.id)).toBe(true);
    // The attachment is public at the address the page links, with the bytes uploaded.
    const file = data.records[0]?.files[0];
    const path = new URL(file?.url ?? '').pathname;
    expect(recordPage.text).toContain(`href="${path}"`);
    const download = await fetch(`${stack.url}${path}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await api.page(sitePaths.disclosureRssFeed())).text).toContain(input.titleVi);
    // Crawlers find it: the disclosures' sitemap lists its page with the other language, the index links it.
    const recordUrl = (language: 'vi' | 'en') => `${stack.url}${sitePaths.disclosure(language, record.slug)}`;
    const sitemap = (await api.page(sitePaths.disclosureSitemap())).text;
    expect(sitemap).toContain(`<loc>${recordUrl('vi')}</loc>`);
    expect(sitemap).toContain(`hreflang="en" href="${recordUrl('en')}"`);
    expect((await api.page(sitePaths.sitemapIndex())).text).toContain(sitePaths.disclosureSitemap());

    // Published: not edited in place. Withdrawn: its pages go, the year's data no longer lists it.
    expect(
      (
        await api.put('editor', `/api/content/admin/disclosures/${record.id}`, {
          ...input,
          expectedVersion: 2,
        })
      ).status,
    ).toBe(409);
    const withdrawn = await api.post('director', `/api/content/admin/disclosures/${record.id}/decision`, {
      action: 'withdraw',
      expectedVersion: 2,
    });
    expect(withdrawn.status).toBe(200);
    expect((await api.page(sitePaths.disclosure('vi', record.slug))).status).toBe(404);
    expect((await api.page(sitePaths.disclosureSitemap())).text).not.toContain(recordUrl('vi'));
    const after = openDisclosureDatasetSchema.parse(
      JSON.parse((await api.page(sitePaths.disclosureYearData(year))).text),
    );
    expect(after.records.map((entry) => entry.id)).not.toContain(record.id);
    const history = z
      .object({ items: z.array(z.object({ action: z.string() })) })
      .parse((await api.get('editor', `/api/content/admin/disclosures/${record.id}/history`)).json);
    expect(history.items.map((entry) => entry.action)).toEqual(['create', 'publish', 'withdraw']);
  });
});
