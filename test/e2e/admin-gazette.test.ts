import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as z from 'zod';
import { reviewCriterionLabels } from '#shared/domain/gazette.ts';
import { DOCX_TYPE } from '#shared/media/document-uploads.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { minimalDocx } from '../../infra/local/stand-in-files.ts';
import { apiClient } from '../support/api-client.ts';
import { describeInBrowser, launchChromium, seriousAccessibilityViolations } from '../support/browser.ts';
import { ensureSeedAgencies } from '../support/gazette-files.ts';
import { startTestStack } from '../support/local-stack.ts';
import { eventually } from '../support/poll.ts';

/**
 * The Official Gazette screens of the admin SPA in real Chromium against the local stack, the state
 * machines running in-process: a commune submits a document with its signed PDF, its editable DOCX and a
 * relation to an earlier published document (picked from the database), the gazette officer
 * reviews it against the five criteria and accepts it, composes an issue and sends it, the director
 * approves it for publication now, and the issue (signed) and both documents' pages, with the relation
 * shown both ways, appear on the public site. The agency's form, the
 * officer's review screen and the director's approval screen are checked with axe-core (no serious or
 * critical WCAG 2.1 A/AA violations), and so is every other gazette screen, in Vietnamese and in English,
 * with data prepared through the API. Elements are found by the accessible names web/admin/README.md lists.
 * The SPA is built once for the run by the global setup (test/support/engines.global.ts).
 */
let stack: LocalStack;
let browser: Browser;
let api: ReturnType<typeof apiClient>;
let scratch: string;
const contexts: BrowserContext[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${stack.url}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** Serious and critical axe-core violations (WCAG 2.1 A and AA), as `rule: targets` for a readable diff. */
async function seriousViolations(page: Page): Promise<string[]> {
  return (await seriousAccessibilityViolations(page)).map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** A small but well-formed PDF, as an agency's signed document. */
function writePdf(label: string): string {
  const path = join(scratch, 'van-ban-ky-so.pdf');
  writeFileSync(
    path,
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n% ${label}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
  return path;
}

/** A small, real DOCX, as the editable copy every submission carries. */
function writeDocx(label: string): string {
  const path = join(scratch, 'ban-chinh-sua.docx');
  writeFileSync(path, minimalDocx([label]));
  return path;
}

// ---- Preparing documents and an issue through the API (for the screen-by-screen check) ----

const ticketSchema = z.object({
  key: z.string(),
  uploadUrl: z.string(),
  headers: z.record(z.string(), z.string()),
});
const documentSchema = z.object({ id: z.string(), version: z.number(), status: z.string() });
const issueSchema = z.object({ id: z.string(), version: z.number(), status: z.string() });
const passAll = {
  authority: { pass: true, note: '' },
  content: { pass: true, note: '' },
  form: { pass: true, note: '' },
  format: { pass: true, note: '' },
  presentation: { pass: true, note: '' },
};

async function upload(label: string, kind: 'pdf' | 'docx' = 'pdf'): Promise<string> {
  const bytes =
    kind === 'pdf' ? Buffer.from(`%PDF-1.4\n% ${label}\ntrailer<<>>\n%%EOF\n`) : minimalDocx([label]);
  const ticket = ticketSchema.parse(
    (
      await api.post('agency', '/api/gazette/admin/files/uploads', {
        fileName: kind === 'pdf' ? 'van-ban.pdf' : 'van-ban.docx',
        contentType: kind === 'pdf' ? 'application/pdf' : DOCX_TYPE,
        size: bytes.length,
      })
    ).json,
  );
  await fetch(ticket.uploadUrl, { method: 'PUT', headers: ticket.headers, body: new Uint8Array(bytes) });
  return ticket.key;
}

async function documentIn(id: string, status: string) {
  return eventually(async () => {
    const document = documentSchema.parse(
      (await api.get('gazette_officer', `/api/gazette/admin/documents/${id}`)).json,
    );
    return document.status === status ? document : undefined;
  }, `document ${id} to be ${status}`);
}

async function submitted(number: number) {
  const answer = await api.post('agency', '/api/gazette/admin/documents', {
    numberSymbol: `${number}/2026/QĐ-UBND`,
    documentType: 'quyet-dinh',
    issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
    signer: 'Hoàng Nam',
    issueDate: '2026-11-20',
    effectiveDate: '2026-12-01',
    abstract: 'Ban hành Quy định về quản lý đường bộ đô thị trên địa bàn tỉnh Quảng Trị',
    field: 'giao-thong',
    fileKey: await upload(String(number)),
    editableKey: await upload(String(number), 'docx'),
    attachmentKeys: [],
  });
  expect(answer.status, answer.text).toBe(201);
  return documentIn(documentSchema.parse(answer.json).id, 'in_review');
}

/** A document accepted after review, through the API. */
async function accepted(number: number) {
  const inReview = await submitted(number);
  await api.post('gazette_officer', `/api/gazette/admin/documents/${inReview.id}/review`, {
    outcome: 'accept',
    checklist: passAll,
    note: '',
    expectedVersion: inReview.version,
  });
  return documentIn(inReview.id, 'accepted');
}

/** An issue of one document, composed and sent to the director, through the API. */
async function issueAwaitingApproval(title: string, documentId: string, pages: string) {
  const composed = issueSchema.parse(
    (
      await api.post('gazette_officer', '/api/gazette/admin/issues', {
        title,
        entries: [{ documentId, pages }],
      })
    ).json,
  );
  await api.post('gazette_officer', `/api/gazette/admin/issues/${composed.id}/send`, {
    expectedVersion: composed.version,
  });
  return eventually(async () => {
    const issue = issueSchema.parse(
      (await api.get('director', `/api/gazette/admin/issues/${composed.id}`)).json,
    );
    return issue.status === 'awaiting_approval' ? issue : undefined;
  }, 'the issue to await approval');
}

/** A document published in its own issue through the API: what a later document can act on. */
async function published(number: number) {
  const document = await accepted(number);
  const waiting = await issueAwaitingApproval(`Công báo có văn bản ${number}`, document.id, '1-3');
  await api.post('director', `/api/gazette/admin/issues/${waiting.id}/decision`, {
    outcome: 'approve',
    expectedVersion: waiting.version,
  });
  await documentIn(document.id, 'published');
  return { id: document.id, numberSymbol: `${number}/2026/QĐ-UBND` };
}

async function signedIn(username: string, lang: 'vi' | 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${stack.url}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(`${username}-demo`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  if (lang === 'en') {
    await page.getByRole('button', { name: 'Switch the interface to English' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  }
  return page;
}

/** Opens `path` in the SPA, waits for its heading, and answers the page's serious axe violations. */
async function screen(page: Page, path: string, heading: string | RegExp) {
  await page.goto(`${stack.url}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page
    .getByText(/^(Đang tải…|Loading…)$/)
    .first()
    .waitFor({ state: 'detached' });
  return { path, violations: await seriousViolations(page) };
}

describeInBrowser('gazette screens of the admin SPA in Chromium', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    api = apiClient(stack);
    await uploadAdminSpa();
    await ensureSeedAgencies(['xa-phong-nha', 'so-tu-phap']);
    scratch = mkdtempSync(join(tmpdir(), 'qtp-gazette-e2e-'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('takes a commune’s document with both files and a relation through review, an issue and approval to the public site, accessibly', async () => {
    const stamp = Date.now().toString(36);
    const numberSymbol = `${10_000 + Math.floor(Math.random() * 89_999)}/2026/QĐ-UBND`;
    const abstract = `Sửa đổi Quy định quản lý vận tải hành khách bằng xe buýt (kiểm thử ${stamp})`;
    const issueTitle = `Công báo kiểm thử trình duyệt ${stamp}`;
    // The earlier document the commune's one amends, already in the legal-document database.
    const earlier = await published(20_000 + Math.floor(Math.random() * 70_000));

    // 1. The commune: its own documents, then the submission form.
    const agency = await newPage();
    await signIn(agency, 'xaphongnha', 'xaphongnha-demo');
    await agency.getByRole('heading', { level: 1, name: 'Văn bản của cơ quan' }).waitFor();
    const agencyNav = agency.getByRole('navigation');
    expect(await agencyNav.getByRole('link', { name: 'Bài viết' }).count()).toBe(0);
    expect(await agencyNav.getByRole('link', { name: 'Hàng chờ rà soát' }).count()).toBe(0);
    await agencyNav.getByRole('link', { name: 'Gửi văn bản' }).click();
    await agency.getByRole('heading', { level: 1, name: 'Gửi văn bản' }).waitFor();
    // After an in-app navigation the new screen's heading has focus (also when its chunk loads late).
    expect(await agency.evaluate(() => document.activeElement?.id)).toBe('page-title');
    expect(await seriousViolations(agency)).toEqual([]);

    // A first try with a malformed number and no file: the server's errors appear beside their fields,
    // and what was typed stays.
    await agency.getByLabel('Số, ký hiệu').fill('12 năm 2026');
    await agency.getByLabel('Người ký').fill('Hoàng Nam');
    await agency.getByRole('button', { name: 'Gửi văn bản' }).click();
    await agency.getByText('Có lỗi cần sửa').waitFor();
    await agency
      .getByText(/Số, ký hiệu không đúng thể thức/)
      .first()
      .waitFor();
    await agency.getByText('Chọn bản gốc đã ký số (PDF) để tải lên.').first().waitFor();
    await agency.getByText('Chọn bản DOCX hoặc XLSX của văn bản để tải lên.').first().waitFor();
    expect(await agency.getByLabel('Số, ký hiệu').inputValue()).toBe('12 năm 2026');
    expect(await agency.getByLabel('Người ký').inputValue()).toBe('Hoàng Nam');
    expect(await agency.getByLabel('Số, ký hiệu').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(agency)).toEqual([]);

    await agency.getByLabel('Số, ký hiệu').fill(numberSymbol);
    await agency.getByLabel('Loại văn bản').selectOption('quyet-dinh');
    await agency.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân xã Phong Nha');
    // Signed and in force today: the amendment changes the earlier document's status at once.
    const today = dateInVietnam(new Date());
    await agency.getByLabel('Ngày ký ban hành').fill(today);
    await agency.getByLabel('Ngày có hiệu lực').fill(today);
    await agency.getByLabel('Trích yếu').fill(abstract);
    await agency.getByLabel('Lĩnh vực').selectOption('giao-thong');
    await agency.getByLabel('Bản gốc đã ký số (PDF)').setInputFiles(writePdf(stamp));
    await agency.getByText('Tệp đã tải lên: van-ban-ky-so.pdf').waitFor();
    await agency.getByLabel('Bản có thể chỉnh sửa (DOCX hoặc XLSX)').setInputFiles(writeDocx(stamp));
    await agency.getByText('Tệp đã tải lên: ban-chinh-sua.docx').waitFor();
    // The earlier document it amends, found in the legal-document database and chosen.
    await agency.getByLabel('Tìm trong cơ sở dữ liệu văn bản').fill(earlier.numberSymbol);
    await agency.getByRole('button', { name: 'Tìm văn bản' }).click();
    await agency.getByRole('button', { name: `Chọn văn bản ${earlier.numberSymbol}` }).click();
    await agency.getByLabel('Loại tác động').selectOption('amends');
    await agency.getByLabel('Điều, khoản liên quan').fill('Điều 2');
    expect(await seriousViolations(agency)).toEqual([]);
    await agency.getByRole('button', { name: 'Gửi văn bản' }).click();
    await agency.waitForURL(/\/admin\/gazette\/documents\/[0-9a-f-]{36}$/);
    await agency.getByText('Đã gửi văn bản.', { exact: false }).waitFor();
    // The workflow checks the submission, then queues it for review; the page follows by itself.
    await agency.locator('.status-line').getByText('Chờ rà soát').waitFor({ timeout: 20_000 });
    await agency.getByRole('heading', { name: 'Lịch sử' }).waitFor();

    // 2. The gazette officer reviews it against the five criteria and accepts it.
    const officer = await newPage();
    await signIn(officer, 'congbao', 'congbao-demo');
    await officer.getByRole('heading', { level: 1, name: 'Hàng chờ rà soát' }).waitFor();
    expect(await officer.getByRole('navigation').getByRole('link', { name: 'Bài viết' }).count()).toBe(0);
    await officer.getByRole('link', { name: numberSymbol }).click();
    await officer.getByRole('heading', { level: 1, name: `Rà soát văn bản ${numberSymbol}` }).waitFor();
    const accept = officer.getByRole('button', { name: 'Chấp nhận' });
    expect(await accept.isDisabled()).toBe(true);
    expect(await officer.getByText('SHA-256').count()).toBeGreaterThan(0);
    expect(await seriousViolations(officer)).toEqual([]);
    for (const { vi: criterion } of Object.values(reviewCriterionLabels)) {
      const group = officer.getByRole('group', { name: criterion, exact: true });
      await group.getByLabel('Đạt', { exact: true }).check();
    }
    expect(await accept.isDisabled()).toBe(false);
    await accept.click();
    await officer.getByText('Đã chấp nhận văn bản.').waitFor();
    await officer.locator('.status-line').getByText('Đã chấp nhận').waitFor({ timeout: 20_000 });

    // 3. The officer composes an issue with it and sends it to the director.
    await officer.getByRole('navigation').getByRole('link', { name: 'Soạn số Công báo' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Soạn số Công báo' }).waitFor();
    await officer.getByRole('checkbox', { name: numberSymbol }).check();
    await officer.getByLabel(`Trang của văn bản ${numberSymbol}`).fill('1-4');
    await officer.getByLabel('Tiêu đề số Công báo').fill(issueTitle);
    await officer.getByRole('button', { name: 'Tạo số Công báo' }).click();
    await officer.getByRole('heading', { level: 1, name: issueTitle }).waitFor();
    await officer.getByText('Đã tạo số Công báo.', { exact: false }).waitFor();
    await officer.getByRole('button', { name: 'Trình duyệt' }).click();
    await officer.locator('.status-line').getByText('Chờ lãnh đạo duyệt').waitFor({ timeout: 20_000 });

    // 4. The director approves it for publication now.
    const director = await newPage();
    await signIn(director, 'giamdoc', 'giamdoc-demo');
    await director.getByRole('navigation').getByRole('link', { name: 'Duyệt số Công báo' }).click();
    await director.getByRole('heading', { level: 1, name: 'Số Công báo chờ duyệt' }).waitFor();
    await director.getByRole('link', { name: issueTitle }).click();
    await director.getByRole('button', { name: 'Duyệt phát hành ngay' }).waitFor();
    await director.getByRole('heading', { name: 'Mục lục' }).waitFor();
    expect(await director.getByRole('link', { name: numberSymbol }).count()).toBe(1);
    expect(await director.getByRole('button', { name: 'Hẹn giờ phát hành' }).count()).toBe(1);
    expect(await director.getByRole('button', { name: 'Trả lại', exact: true }).count()).toBe(1);
    expect(await seriousViolations(director)).toEqual([]);
    await director.getByRole('button', { name: 'Duyệt phát hành ngay' }).click();
    await director.getByText('Đã duyệt.', { exact: false }).waitFor();
    // Numbering, rendering and publishing follow; the page follows them to "published".
    const publicLink = director.getByRole('link', { name: /Xem trang công khai của Công báo số/ });
    await publicLink.waitFor({ timeout: 90_000 });
    await director.locator('.status-line').getByText('Đã phát hành').waitFor();
    const href = await publicLink.getAttribute('href');
    expect(href).toMatch(/^\/cong-bao\/\d{4}\/so-\d+\/$/);
    expect(await seriousViolations(director)).toEqual([]);

    // 5. The public issue page: rendered by the publisher, served through the gateway, listing the document.
    await eventually(
      async () => {
        const response = await fetch(`${stack.url}${href}`);
        return response.status === 200 ? true : undefined;
      },
      'the public issue page',
      30_000,
    );
    const visitor = await newPage();
    await visitor.goto(`${stack.url}${href}`);
    await visitor.getByText(numberSymbol).first().waitFor();
    expect(await seriousViolations(visitor)).toEqual([]);
    // The issue is one signed PDF: the page names the signer and the certificate's fingerprint.
    expect(await visitor.locator('main').textContent()).toContain('Văn phòng Ủy ban nhân dân tỉnh Quảng Trị');
    await visitor.getByRole('heading', { name: 'Chữ ký số của số Công báo' }).waitFor();
    await visitor.getByRole('heading', { name: 'Cách kiểm tra số Công báo' }).waitFor();
    // The document's own page (Decree 42's fields, its relation) and the legal-document database.
    await visitor.getByRole('link', { name: numberSymbol }).first().click();
    await visitor.getByRole('heading', { level: 1 }).waitFor();
    const main = (await visitor.locator('main').textContent()) ?? '';
    expect(main).toContain(numberSymbol);
    expect(main).toContain('Sửa đổi, bổ sung');
    expect(main).toContain('Bản có thể chỉnh sửa');
    expect(await seriousViolations(visitor)).toEqual([]);
    // The amended document's page shows the relation the other way, and its changed status in force.
    await visitor.getByRole('link', { name: `Quyết định số ${earlier.numberSymbol}` }).click();
    await visitor.getByRole('heading', { level: 1, name: `Quyết định số ${earlier.numberSymbol}` }).waitFor();
    const amended = (await visitor.locator('main').textContent()) ?? '';
    expect(amended).toContain('Được sửa đổi, bổ sung bởi');
    expect(amended).toContain(numberSymbol);
    expect(amended).toContain('Hết hiệu lực một phần');
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.goto(`${stack.url}/van-ban/`);
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.goto(`${stack.url}/cong-bao/`);
    expect(await seriousViolations(visitor)).toEqual([]);

    // The officer downloads the published issue's exchange record.
    await officer.reload();
    await officer.getByRole('link', { name: /Xem trang công khai của Công báo số/ }).waitFor();
    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('button', { name: 'Tải dữ liệu trao đổi (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cong-bao-\d{4}-so-\d+\.json$/);
    const exported = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8'));
    expect(exported).toMatchObject({ format: 'qtp-gazette-exchange/1', documents: [{ numberSymbol }] });

    // The agency's list shows the document as published.
    await agency.getByRole('navigation').getByRole('link', { name: 'Văn bản của cơ quan' }).click();
    const row = agency.getByRole('row').filter({ has: agency.getByRole('link', { name: numberSymbol }) });
    await row.getByText('Đã đăng Công báo').waitFor();
  }, 240_000);

  it('lets the officer return a document with notes and the agency correct and resubmit it', async () => {
    const stamp = Date.now().toString(36);
    const numberSymbol = `${10_000 + Math.floor(Math.random() * 89_999)}/2026/QĐ-UBND`;

    const agency = await newPage();
    await signIn(agency, 'sotuphap', 'sotuphap-demo');
    await agency.getByRole('navigation').getByRole('link', { name: 'Gửi văn bản' }).click();
    await agency.getByLabel('Số, ký hiệu').fill(numberSymbol);
    await agency.getByLabel('Loại văn bản').selectOption('chi-thi');
    await agency.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Quảng Trị');
    await agency.getByLabel('Người ký').fill('Hoàng Nam');
    await agency.getByLabel('Ngày ký ban hành').fill('2026-11-20');
    await agency.getByLabel('Ngày có hiệu lực').fill('2026-11-20');
    await agency
      .getByLabel('Trích yếu')
      .fill(`Về tăng cường công tác phòng, chống thiên tai (kiểm thử ${stamp})`);
    await agency.getByLabel('Lĩnh vực').selectOption('hanh-chinh');
    await agency.getByLabel('Bản gốc đã ký số (PDF)').setInputFiles(writePdf(`${stamp} lần 1`));
    await agency.getByText('Tệp đã tải lên: van-ban-ky-so.pdf').waitFor();
    await agency.getByLabel('Bản có thể chỉnh sửa (DOCX hoặc XLSX)').setInputFiles(writeDocx(stamp));
    await agency.getByText('Tệp đã tải lên: ban-chinh-sua.docx').waitFor();
    await agency.getByRole('button', { name: 'Gửi văn bản' }).click();
    await agency.locator('.status-line').getByText('Chờ rà soát').waitFor({ timeout: 20_000 });
    const documentUrl = agency.url();

    // The officer: a failed criterion keeps "Chấp nhận" unavailable; returning needs a note.
    const officer = await newPage();
    await signIn(officer, 'congbao', 'congbao-demo');
    await officer.getByRole('link', { name: numberSymbol }).click();
    const labels = Object.values(reviewCriterionLabels).map((label) => label.vi);
    for (const criterion of labels) {
      await officer
        .getByRole('group', { name: criterion, exact: true })
        .getByLabel('Đạt', { exact: true })
        .check();
    }
    const format = officer.getByRole('group', { name: 'Thể thức', exact: true });
    await format.getByLabel('Không đạt', { exact: true }).check();
    await format.getByLabel('Ghi chú (Thể thức)').fill('Thiếu chữ ký số ở trang cuối');
    expect(await officer.getByRole('button', { name: 'Chấp nhận' }).isDisabled()).toBe(true);
    await officer.getByRole('button', { name: 'Trả lại để chỉnh sửa' }).click();
    await officer.getByText('Nhập ghi chú cho cơ quan (ít nhất 5 ký tự).').first().waitFor();
    expect(await officer.evaluate(() => document.activeElement?.id)).toBe('review-note');
    await officer.getByLabel('Ghi chú rà soát').fill('Đề nghị bổ sung chữ ký số và gửi lại.');
    await officer.getByRole('button', { name: 'Trả lại để chỉnh sửa' }).click();
    await officer.getByText('Đã trả lại văn bản cho cơ quan.').waitFor();
    await officer.locator('.status-line').getByText('Bị trả lại').waitFor({ timeout: 20_000 });

    // The agency sees why, in its list and on the document, and resubmits a corrected file.
    await agency.getByRole('navigation').getByRole('link', { name: 'Văn bản của cơ quan' }).click();
    const row = agency.getByRole('row').filter({ has: agency.getByRole('link', { name: numberSymbol }) });
    await row.getByText('Đề nghị bổ sung chữ ký số và gửi lại.').waitFor();
    await row.getByText(/Thể thức \(Thiếu chữ ký số ở trang cuối\)/).waitFor();
    await agency.goto(documentUrl);
    await agency.getByRole('heading', { name: 'Kết quả rà soát' }).waitFor();
    await agency.getByRole('button', { name: 'Sửa và gửi lại' }).click();
    expect(await agency.evaluate(() => document.activeElement?.id)).toBe('correction-heading');
    expect(await agency.getByLabel('Số, ký hiệu').inputValue()).toBe(numberSymbol);
    expect(await seriousViolations(agency)).toEqual([]);
    await agency.getByLabel('Bản gốc đã ký số (PDF)').setInputFiles(writePdf(`${stamp} lần 2, đã ký số`));
    await agency.getByText('Đã tải lên tệp van-ban-ky-so.pdf.').waitFor();
    await agency.getByRole('button', { name: 'Gửi lại văn bản' }).click();
    await agency.getByText('Đã gửi lại văn bản (lần 2).', { exact: false }).waitFor();
    await agency.locator('.status-line').getByText('Chờ rà soát').waitFor({ timeout: 20_000 });
    await agency.getByRole('cell', { name: 'Gửi lại văn bản' }).first().waitFor();

    // The free distribution list: the officer gives the agency three copies.
    await officer.getByRole('navigation').getByRole('link', { name: 'Cấp phát miễn phí' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Danh sách cấp phát miễn phí' }).waitFor();
    await officer.getByLabel('Số bản cho Sở Tư pháp').fill('3');
    await officer.getByRole('button', { name: 'Lưu danh sách' }).click();
    await officer.getByText('Đã lưu danh sách cấp phát.').waitFor();
    expect(await seriousViolations(officer)).toEqual([]);
  }, 120_000);

  it('shows every gazette screen, in Vietnamese and English, without serious axe-core violations', async () => {
    // Prepare: one document in review, one returned with notes, one in an issue awaiting approval.
    const base = 20_000 + Math.floor(Math.random() * 70_000);
    const inReview = await submitted(base);
    const toReturn = await submitted(base + 1);
    await api.post('gazette_officer', `/api/gazette/admin/documents/${toReturn.id}/review`, {
      outcome: 'return',
      checklist: { ...passAll, format: { pass: false, note: 'Thiếu chữ ký số' } },
      note: 'Đề nghị bổ sung chữ ký số và gửi lại.',
      expectedVersion: toReturn.version,
    });
    await documentIn(toReturn.id, 'returned');
    const toAccept = await accepted(base + 2);
    const composed = await issueAwaitingApproval(`Công báo kiểm thử giao diện ${base}`, toAccept.id, '1-5');

    const results: { path: string; violations: string[] }[] = [];
    for (const lang of ['vi', 'en'] as const) {
      const vi = lang === 'vi';
      const agency = await signedIn('sotuphap', lang);
      results.push(
        await screen(agency, '/admin/gazette/documents', vi ? 'Văn bản của cơ quan' : 'Our documents'),
      );
      results.push(await screen(agency, `/admin/gazette/documents/${toReturn.id}`, /QĐ-UBND/));
      await agency.getByRole('button', { name: vi ? 'Sửa và gửi lại' : 'Correct and resubmit' }).click();
      results.push({ path: 'resubmission form', violations: await seriousViolations(agency) });
      results.push(
        await screen(agency, '/admin/gazette/documents/new', vi ? 'Gửi văn bản' : 'Submit a document'),
      );

      const officer = await signedIn('congbao', lang);
      results.push(
        await screen(officer, '/admin/gazette/review', vi ? 'Hàng chờ rà soát' : 'Documents to review'),
      );
      results.push(await screen(officer, `/admin/gazette/review/${inReview.id}`, /QĐ-UBND/));
      results.push(
        await screen(
          officer,
          '/admin/gazette/issues/new',
          vi ? 'Soạn số Công báo' : 'Compose a gazette issue',
        ),
      );
      results.push(await screen(officer, '/admin/gazette/issues', vi ? 'Số Công báo' : 'Gazette issues'));
      results.push(await screen(officer, `/admin/gazette/issues/${composed.id}`, /kiểm thử giao diện/));
      results.push(
        await screen(
          officer,
          '/admin/gazette/distribution',
          vi ? 'Danh sách cấp phát miễn phí' : 'Free distribution list',
        ),
      );

      const director = await signedIn('giamdoc', lang);
      results.push(
        await screen(
          director,
          '/admin/gazette/approvals',
          vi ? 'Số Công báo chờ duyệt' : 'Gazette issues awaiting approval',
        ),
      );
      results.push(await screen(director, `/admin/gazette/issues/${composed.id}`, /kiểm thử giao diện/));
      await director
        .getByRole('button', { name: vi ? 'Duyệt phát hành ngay' : 'Approve and publish now' })
        .waitFor();
    }
    expect(results.filter((result) => result.violations.length > 0)).toEqual([]);
    expect(results).toHaveLength(24);
  }, 180_000);
});
