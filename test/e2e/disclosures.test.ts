import { afterAll, beforeAll, expect, it } from 'vitest';
import * as z from 'zod';
import { fixedFiles } from '#functions/publisher/fixed-pages.ts';
import { writeFiles } from '#functions/publisher/site-files.ts';
import { disclosureSchema } from '#shared/domain/disclosure.ts';
import { pageRatingSchema } from '#shared/domain/rating.ts';
import { uploadTicketSchema } from '#shared/domain/upload.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * Issue 13's disclosures and ratings in Debian's Chromium: a record published through the API is browsed by
 * year with JavaScript off, its attachment downloads with the bytes uploaded, the reader rates the page with
 * JavaScript off (a thank-you page) and another with it on (the thanks in place), and the figures reach staff.
 * axe-core finds no serious or critical violation on the new pages.
 */
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const year = 2100 - Math.floor(Math.random() * 9) - 1;
const citizenAddress = `198.18.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
const session = browserSession({
  url: () => stack.url,
  citizenAddress,
  checkerPath: sitePaths.disclosures('vi'),
});
const { axePublic, axe, checked, newContext } = session;
const pdf = Buffer.from('%PDF-1.4\n% thong tin cong khai\n%%EOF\n');
const title = `Công khai quyết toán ngân sách tỉnh năm ${year}`;

describeInBrowser('disclosures and page ratings in Chromium (issue 13)', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    api = apiClient(stack);
    await writeFiles(fixedFiles(await loadSiteContext()));
    const answer = await api.post('editor', '/api/content/admin/disclosures/files/uploads', {
      fileName: 'quyet-toan.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    const ticket = uploadTicketSchema.parse(answer.json);
    await fetch(ticket.uploadUrl, { method: 'PUT', headers: ticket.headers, body: new Uint8Array(pdf) });
    const created = disclosureSchema.parse(
      (
        await api.post('editor', '/api/content/admin/disclosures', {
          titleVi: title,
          titleEn: `Provincial final accounts ${year}`,
          collection: 'budget-execution',
          date: `${year}-06-30`,
          year,
          issuingBody: 'Sở Tài chính tỉnh Quảng Trị',
          summaryVi: 'Quyết toán thu, chi ngân sách của tỉnh.',
          summaryEn: 'Final accounts of the provincial budget.',
          fileKeys: [ticket.key],
        })
      ).json,
    );
    const published = await api.post('director', `/api/content/admin/disclosures/${created.id}/decision`, {
      action: 'publish',
      expectedVersion: created.version,
    });
    expect(published.status).toBe(200);
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('browses by year, downloads the file and rates pages with JavaScript off and on, accessibly', async () => {
    // JavaScript off: the front, the year, the record, its file, and a rating answered by a page.
    const reader = await (await newContext({ javaScriptEnabled: false })).newPage();
    await reader.goto(`${stack.url}${sitePaths.disclosures('vi')}`);
    await axePublic(reader, 'disclosures front (vi)');
    await reader.getByRole('link', { name: String(year), exact: true }).click();
    await reader.getByRole('heading', { name: `Thông tin công khai năm ${year}` }).waitFor();
    await axePublic(reader, 'disclosures year (vi)');
    await reader.getByRole('link', { name: title }).click();
    await reader.getByRole('heading', { name: title, level: 1 }).waitFor();
    await axePublic(reader, 'disclosure record (vi)');
    const [download] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByRole('link', { name: 'quyet-toan.pdf' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).equals(pdf)).toBe(true);
    const recordPath = new URL(reader.url()).pathname;
    await reader.getByRole('button', { name: 'Hữu ích', exact: true }).click();
    await reader.getByRole('heading', { name: 'Cảm ơn bạn đã đánh giá' }).waitFor();
    await axePublic(reader, 'rating thanks (vi)');
    await reader.getByRole('link', { name: 'Trở lại trang bạn vừa đọc' }).click();
    expect(new URL(reader.url()).pathname).toBe(recordPath);

    // JavaScript on: the English year page, the thanks shown in place; the public-service pages.
    const withScript = await (await newContext()).newPage();
    await withScript.goto(`${stack.url}${sitePaths.disclosureYear('en', year)}`);
    await axe(withScript, 'disclosures year (en)');
    await withScript.getByRole('button', { name: 'Not useful' }).click();
    await withScript.getByRole('status').filter({ hasText: 'Thank you for your rating.' }).waitFor();
    expect(new URL(withScript.url()).pathname).toBe(sitePaths.disclosureYear('en', year));
    await withScript.goto(`${stack.url}${sitePaths.publicServices('vi')}`);
    await axe(withScript, 'public services (vi)');
    await withScript.getByRole('link', { name: 'Hộ tịch, cư trú' }).click();
    await withScript.getByRole('link', { name: 'Cổng Dịch vụ công quốc gia' }).first().waitFor();
    await axe(withScript, 'public service group (vi)');

    // The figures reach staff.
    const figures = z
      .object({ items: z.array(pageRatingSchema) })
      .parse((await api.get('director', '/api/content/admin/ratings')).json);
    expect(figures.items.find((page) => page.path === recordPath)).toMatchObject({ useful: 1, notUseful: 0 });
    expect(figures.items.find((page) => page.path === sitePaths.disclosureYear('en', year))).toMatchObject({
      useful: 0,
      notUseful: 1,
    });
    expect(checked.filter((screen) => screen.violations.length > 0)).toEqual([]);
    expect(checked).toHaveLength(7);
  });
});
