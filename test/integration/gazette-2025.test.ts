import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { getIssue, issueWrites } from '#shared/data/gazette.ts';
import { dueSchedules } from '#shared/data/schedules.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import { ArchiveOverwriteRefused } from '#shared/domain/errors.ts';
import { queuedDocumentSchema } from '#shared/domain/gazette.ts';
import { uploadTicketSchema } from '#shared/domain/upload.ts';
import { putArchiveFile } from '#shared/gazette/archive.ts';
import { renderIssueFiles } from '#shared/gazette/issue-files.ts';
import { DOCX_TYPE } from '#shared/media/document-uploads.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { addDays } from '#shared/time/working-days.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { minimalDocx, standInPdf } from '../../infra/local/stand-in-files.ts';
import { apiClient } from '../support/api-client.ts';
import { documentOf, ensureSeedAgencies, publishIssueThroughWorkflow } from '../support/gazette-files.ts';
import { startTestStack } from '../support/local-stack.ts';
import { eventually } from '../support/poll.ts';

/**
 * The gazette under the 2025 rules (Law 64/2025/QH15, Decree 78/2025/NĐ-CP, Circular 02/2025/TT-VPCP):
 * communes submit, late submissions are flagged, relations change the status in force of the documents
 * they act on, corrections and expiry notices are entries, and each issue is one signed PDF that an
 * independent tool (poppler's pdfsig and pdfdetach) validates.
 */
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const commune = { username: 'xaphongnha' };
const department = { username: 'sotuphap' };
const today = dateInVietnam(new Date());

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  await ensureSeedAgencies(['xa-phong-nha', 'so-tu-phap']);
});
afterAll(async () => stack.stop());

/** A real one-page PDF, as an agency's signed original. */
const signedOriginal = standInPdf;

async function upload(caller: { username: string }, bytes: Buffer, fileName: string, contentType: string) {
  const answer = await api.post(caller, '/api/gazette/admin/files/uploads', {
    fileName,
    contentType,
    size: bytes.length,
  });
  expect(answer.status, answer.text).toBe(201);
  const ticket = uploadTicketSchema.parse(answer.json);
  const put = await fetch(ticket.uploadUrl, {
    method: 'PUT',
    headers: ticket.headers,
    body: new Uint8Array(bytes),
  });
  expect(put.status).toBe(200);
  return ticket.key;
}

let serial = 0;
const uniqueNumber = (symbol: string) => {
  serial += 1;
  return `${1000 + ((Date.now() + serial * 7) % 8000)}/2026/${symbol}`;
};

type Submitted = { id: string; numberSymbol: string; editable: Buffer };

async function submit(
  caller: { username: string },
  fields: {
    symbol: string;
    documentType: string;
    issuingBody: string;
    signedDaysAgo: number;
    effectiveInDays?: number;
    abstract: string;
    relations?: { kind: string; targetId: string; partial?: boolean; note?: string }[];
  },
): Promise<Submitted> {
  const numberSymbol = uniqueNumber(fields.symbol);
  const editable = minimalDocx([fields.issuingBody, numberSymbol, fields.abstract]);
  const issueDate = addDays(today, -fields.signedDaysAgo);
  const answer = await api.post(caller, '/api/gazette/admin/documents', {
    numberSymbol,
    documentType: fields.documentType,
    issuingBody: fields.issuingBody,
    signer: 'Trần Văn Hùng',
    issueDate,
    effectiveDate: addDays(issueDate, fields.effectiveInDays ?? 0),
    abstract: fields.abstract,
    field: 'hanh-chinh',
    fileKey: await upload(caller, await signedOriginal(numberSymbol), 'ban-goc.pdf', 'application/pdf'),
    editableKey: await upload(caller, editable, 'ban-chinh-sua.docx', DOCX_TYPE),
    attachmentKeys: [],
    relations: fields.relations ?? [],
  });
  expect(answer.status, answer.text).toBe(201);
  return { id: documentOf(answer.json).id, numberSymbol, editable };
}

const passAll = Object.fromEntries(
  ['authority', 'content', 'form', 'format', 'presentation'].map((name) => [name, { pass: true, note: '' }]),
);

async function accept(id: string) {
  const inReview = await eventually(async () => {
    const document = documentOf(
      (await api.get('gazette_officer', `/api/gazette/admin/documents/${id}`)).json,
    );
    return document.status === 'in_review' ? document : undefined;
  }, `document ${id} in review`);
  const answer = await api.post('gazette_officer', `/api/gazette/admin/documents/${id}/review`, {
    outcome: 'accept',
    checklist: passAll,
    note: '',
    expectedVersion: inReview.version,
  });
  expect(answer.status, answer.text).toBe(200);
}

const publish = (title: string, ids: string[]) => publishIssueThroughWorkflow(api, title, ids);

const slugOf = (numberSymbol: string) =>
  numberSymbol
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, '-');
/** A public page once the publisher has written it with `expected` in it (it renders after publication). */
const pageWith = (path: string, expected: string) =>
  eventually(async () => {
    const page = await api.page(path);
    return page.status === 200 && page.text.includes(expected) ? page.text : undefined;
  }, `${path} with “${expected}”`);
const documentPage = (numberSymbol: string, expected = numberSymbol) =>
  pageWith(`/van-ban/${slugOf(numberSymbol)}/`, expected);

describe('the gazette under the 2025 rules', () => {
  let base: Submitted;
  let expiring: Submitted;
  let firstIssueNumber = 0;

  it('takes a commune’s submission with its signed original and editable copy, and flags late ones in the queue', async () => {
    const timely = await submit(commune, {
      symbol: 'QĐ-UBND',
      documentType: 'quyet-dinh',
      issuingBody: 'Ủy ban nhân dân xã Phong Nha',
      signedDaysAgo: 1,
      abstract: 'Ban hành Quy chế quản lý hoạt động du lịch cộng đồng trên địa bàn xã Phong Nha',
    });
    const late = await submit(department, {
      symbol: 'QĐ-UBND',
      documentType: 'quyet-dinh',
      issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
      signedDaysAgo: 10,
      abstract: 'Ban hành Quy định phân cấp quản lý đường bộ đô thị trên địa bàn tỉnh Quảng Trị',
    });
    const mine = z
      .object({ items: z.array(queuedDocumentSchema) })
      .parse((await api.get(commune, '/api/gazette/admin/documents')).json).items;
    expect(mine.map((document) => document.id)).toContain(timely.id);
    expect(mine.map((document) => document.id)).not.toContain(late.id);
    const stored = mine.find((document) => document.id === timely.id);
    expect(stored?.agencyId).toBe('xa-phong-nha');
    expect(stored?.editableFile?.contentType).toBe(DOCX_TYPE);
    expect(stored?.editableFile?.sha256).toBe(createHash('sha256').update(timely.editable).digest('hex'));

    // The officer's queue: days from signing to receipt, the 3-day limit and the posting deadline.
    const queue = await eventually(async () => {
      const items = z
        .object({ items: z.array(queuedDocumentSchema) })
        .parse(
          (await api.get('gazette_officer', '/api/gazette/admin/documents?status=in_review&limit=100')).json,
        ).items;
      return items.some((item) => item.id === late.id) && items.some((item) => item.id === timely.id)
        ? items
        : undefined;
    }, 'both documents in the review queue');
    const timing = (id: string) => queue.find((item) => item.id === id)?.timing;
    expect(timing(timely.id)).toMatchObject({ daysFromSigning: 1, lateSubmission: false, receivedOn: today });
    expect(timing(late.id)).toMatchObject({ daysFromSigning: 10, lateSubmission: true, posting: 'pending' });
    expect(timing(late.id)?.postingDueOn.localeCompare(today)).toBeGreaterThan(0);

    // The commune's document and a department's document the later tests act on.
    base = timely;
    expiring = late;
    await accept(base.id);
    await accept(expiring.id);
    const issue = await publish('Công báo: văn bản của tỉnh và xã (đợt 1)', [base.id, expiring.id]);
    firstIssueNumber = issue.number;
    expect(await documentPage(base.numberSymbol)).toContain('Còn hiệu lực');
  });

  it('applies an amendment, a correction and an expiry notice to the documents they name', async () => {
    const unknown = await api.post(commune, '/api/gazette/admin/documents', {
      numberSymbol: uniqueNumber('QĐ-UBND'),
      documentType: 'quyet-dinh',
      issuingBody: 'Ủy ban nhân dân xã Phong Nha',
      signer: 'Trần Văn Hùng',
      issueDate: today,
      effectiveDate: today,
      abstract: 'Sửa đổi một văn bản không có trong cơ sở dữ liệu',
      field: 'hanh-chinh',
      fileKey: await upload(commune, await signedOriginal('x'), 'x.pdf', 'application/pdf'),
      editableKey: await upload(commune, minimalDocx(['x']), 'x.docx', DOCX_TYPE),
      relations: [{ kind: 'amends', targetId: '00000000-0000-4000-8000-00000000beef' }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('relations.0.targetId');

    const amending = await submit(commune, {
      symbol: 'QĐ-UBND',
      documentType: 'quyet-dinh',
      issuingBody: 'Ủy ban nhân dân xã Phong Nha',
      signedDaysAgo: 0,
      effectiveInDays: 1,
      abstract: 'Sửa đổi, bổ sung một số điều của Quy chế quản lý hoạt động du lịch cộng đồng',
      relations: [{ kind: 'amends', targetId: base.id, note: 'Điều 3 và Điều 5' }],
    });
    const correcting = await submit(commune, {
      symbol: 'QĐ-UBND',
      documentType: 'quyet-dinh',
      issuingBody: 'Ủy ban nhân dân xã Phong Nha',
      signedDaysAgo: 0,
      abstract: 'Đính chính Quy chế quản lý hoạt động du lịch cộng đồng trên địa bàn xã',
      relations: [{ kind: 'corrects', targetId: base.id, note: 'khoản 2 Điều 4' }],
    });
    const notice = await submit(department, {
      symbol: 'TB-UBND',
      documentType: 'thong-bao',
      issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
      signedDaysAgo: 0,
      abstract: 'Thông báo văn bản quy phạm pháp luật hết hiệu lực toàn bộ',
      relations: [{ kind: 'declares-expired', targetId: expiring.id }],
    });
    for (const document of [amending, correcting, notice]) await accept(document.id);
    const issue = await publish('Công báo: văn bản sửa đổi, đính chính, thông báo hết hiệu lực', [
      amending.id,
      correcting.id,
      notice.id,
    ]);

    // Entries of the issue: the correction and the notice are documents of the issue like any other.
    const issuePage = await pageWith(`/cong-bao/${issue.year}/so-${issue.number}/`, notice.numberSymbol);
    for (const document of [amending, correcting, notice]) expect(issuePage).toContain(document.numberSymbol);

    // The amended document: its status in force follows from the relation, shown both ways with a timeline.
    const basePage = await documentPage(base.numberSymbol, correcting.numberSymbol);
    expect(basePage).toContain('Được sửa đổi, bổ sung bởi');
    expect(basePage).toContain('Được đính chính bởi');
    expect(basePage).toContain(correcting.numberSymbol);
    expect(basePage).toContain('Diễn biến hiệu lực');
    const amendingPage = await documentPage(amending.numberSymbol);
    expect(amendingPage).toContain('Sửa đổi, bổ sung');
    expect(amendingPage).toContain(`/van-ban/${slugOf(base.numberSymbol)}/`);

    // The amendment takes effect tomorrow: the database filters on the status it derives, day by day.
    const search = async (status: string) =>
      z
        .object({ items: z.array(z.object({ id: z.string() })) })
        .parse((await api.get(undefined, `/api/gazette/documents?status=${status}&year=`)).json)
        .items.map((item) => item.id);
    expect(await search('in_force')).toContain(base.id);
    const { searchDocuments } = await import('#shared/gazette/search.ts');
    const tomorrow = new Date(Date.now() + 86_400_000 + 3_600_000);
    const later = await searchDocuments({ q: '', status: 'partly_in_force' }, 500, tomorrow);
    expect(later.results.map((document) => document.id)).toContain(base.id);
    // Pages are files: the amended document's page is scheduled to be rendered again the day it changes.
    const statusSchedule = `gazette-status-${base.id}-${addDays(today, 1).replaceAll('-', '')}`;
    const pending = await dueSchedules(new Date(Date.now() + 2 * 86_400_000), 500);
    expect(pending.map((due) => due.name)).toContain(statusSchedule);
    expect(pending.find((due) => due.name === statusSchedule)?.event).toEqual({
      type: 'document-status-due',
      documentId: base.id,
    });

    // The notice: the document it names is no longer in force, on its page and in the database.
    expect(await search('expired')).toContain(expiring.id);
    expect(await search('in_force')).not.toContain(expiring.id);
    const expiredPage = await documentPage(expiring.numberSymbol, notice.numberSymbol);
    expect(expiredPage).toContain('Hết hiệu lực theo thông báo');
    expect(expiredPage).toContain('Hết hiệu lực toàn bộ');

    // The history of the amended document records what the relations did.
    const history = z
      .object({ items: z.array(z.object({ action: z.string(), note: z.string().optional() })) })
      .parse((await api.get('gazette_officer', `/api/gazette/admin/documents/${base.id}/history`)).json);
    expect(history.items.filter((entry) => entry.action === 'relation').length).toBeGreaterThanOrEqual(1);
    // Later than the first issue; other files publish issues in the same table meanwhile, so not exactly
    // the next number (gazette-numbering.test.ts checks that numbers have no gaps).
    expect(issue.number).toBeGreaterThan(firstIssueNumber);
  });

  it('publishes one signed PDF that pdfsig validates, with the editable copies attached intact', async () => {
    const signedDocument = await submit(commune, {
      symbol: 'QĐ-UBND',
      documentType: 'quyet-dinh',
      issuingBody: 'Ủy ban nhân dân xã Phong Nha',
      signedDaysAgo: 2,
      abstract: 'Ban hành Kế hoạch phòng, chống thiên tai trên địa bàn xã Phong Nha năm 2027',
    });
    await accept(signedDocument.id);
    const issue = await publish('Công báo ký số', [signedDocument.id]);
    expect(issue.signature?.format).toBe('PAdES-B-B');
    expect(issue.signature?.signer).toBe('Văn phòng Ủy ban nhân dân tỉnh Quảng Trị');
    expect(issue.signature?.signedAt).toBe(issue.publishAt);

    const folder = mkdtempSync(join(tmpdir(), 'qtp-signed-issue-'));
    try {
      const pdf = Buffer.from(await (await fetch(`${stack.url}/${issue.files.pdf.key}`)).arrayBuffer());
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(issue.files.pdf.sha256);
      const file = join(folder, 'issue.pdf');
      writeFileSync(file, pdf);
      // pdfsig (poppler-utils) checks the signature with NSS; the development CA is not a trusted root.
      const report = execFileSync('pdfsig', [file], { encoding: 'utf8' });
      expect(report).toContain('Signature Validation: Signature is Valid.');
      expect(report).toContain('Signature Type: ETSI.CAdES.detached');
      expect(report).toContain('Total document signed');
      expect(report).toContain('Signer Certificate Common Name: Công báo tỉnh Quảng Trị');
      // The attachments: pdfdetach lists the editable copy and extracts it byte for byte.
      const listed = execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' });
      const name = `${slugOf(signedDocument.numberSymbol)}.docx`;
      expect(listed).toContain(name);
      const out = join(folder, 'out');
      execFileSync('mkdir', ['-p', out]);
      execFileSync('pdfdetach', ['-saveall', '-o', out, file]);
      expect(readdirSync(out)).toContain(name);
      expect(readFileSync(join(out, name)).equals(signedDocument.editable)).toBe(true);

      // The public issue page names the signer, the time and the certificate's fingerprint.
      const page = await pageWith(`/cong-bao/${issue.year}/so-${issue.number}/`, issue.files.pdf.sha256);
      expect(page).toContain('có giá trị như bản gốc');
      expect(page).toContain(issue.signature?.certificateSha256 ?? 'missing');
      expect(page).toContain('pdfsig');

      // A tampered copy (one hex digit of the producer's name changed) fails the same check.
      const tampered = Buffer.from(pdf);
      const at = tampered.indexOf('<FEFF', tampered.indexOf('/Producer')) + 7;
      tampered[at] = tampered[at] === 0x34 ? 0x35 : 0x34;
      writeFileSync(join(folder, 'tampered.pdf'), tampered);
      let tamperedReport = '';
      try {
        tamperedReport = execFileSync('pdfsig', [join(folder, 'tampered.pdf')], { encoding: 'utf8' });
      } catch (error) {
        tamperedReport = String((error as { stdout?: string }).stdout ?? '');
      }
      expect(tamperedReport).not.toContain('Signature is Valid.');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    // A retried render (the step crashed after archiving, before recording) signs the very same bytes.
    const stored = await getIssue(issue.id);
    if (!stored) throw new Error('issue missing');
    const { files: _files, signature: _signature, ...unrecorded } = stored;
    await runTransaction([issueWrites.replace(unrecorded, stored.version)]);
    const again = await renderIssueFiles(issue.id);
    expect(again.files.pdf.sha256).toBe(issue.files.pdf.sha256);
    // A second publish is refused: the issue cannot be sent again, and the archive keeps the first file.
    const resent = await api.post('gazette_officer', `/api/gazette/admin/issues/${issue.id}/send`, {
      expectedVersion: stored.version + 2,
    });
    expect(resent.status).toBe(409);
    await expect(
      putArchiveFile(issue.files.pdf.key, Buffer.from('%PDF-1.7 another issue'), {
        fileName: 'x.pdf',
        contentType: 'application/pdf',
      }),
    ).rejects.toBeInstanceOf(ArchiveOverwriteRefused);
  });

  it('gives the operator the signing key’s certificate request from the task function', async () => {
    const answer = z
      .object({ pem: z.string() })
      .parse(await stack.scheduleTargets['gazette-tasks']({ step: 'certificate-request' }));
    expect(answer.pem).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----\n/);
    const der = Buffer.from(answer.pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
    const request = pkijs.CertificationRequest.fromBER(new Uint8Array(der).buffer);
    // Signed with the key it names, through the signing port.
    expect(await request.verify()).toBe(true);
    expect(request.subject.typesAndValues.map((entry) => String(entry.value.valueBlock.value))).toContain(
      'Văn phòng Ủy ban nhân dân tỉnh Quảng Trị',
    );
  });
});
