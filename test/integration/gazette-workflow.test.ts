import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { dueSchedules } from '#shared/data/schedules.ts';
import { runDueSchedules } from '../../infra/local/scheduler.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import {
  documentOf,
  ensureSeedAgencies,
  issueOf,
  passAll,
  pdfBytes,
  uploadDocumentFile,
  uploadEditableCopy,
} from '../support/gazette-files.ts';
import { startTestStack } from '../support/local-stack.ts';
import { eventually } from '../support/poll.ts';

let stack: LocalStack;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  await ensureSeedAgencies(['so-tu-phap']);
});
afterAll(async () => stack.stop());
beforeAll(async () => {
  editableKey = await uploadEditableCopy('Quyết định (bản DOCX)');
});

const upload = (bytes: Buffer, contentType?: string) => uploadDocumentFile(api, bytes, contentType);

let editableKey = '';
let serial = 0;
function submission(fileKey: string, overrides: Record<string, unknown> = {}) {
  serial += 1;
  const number = `${100 + (Date.now() % 800) + serial}/2026/QĐ-UBND`;
  return {
    numberSymbol: number,
    documentType: 'quyet-dinh',
    issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
    signer: 'Hoàng Nam',
    issueDate: '2026-11-20',
    effectiveDate: '2026-12-01',
    abstract: 'Ban hành Quy định về quản lý, sử dụng đường bộ đô thị trên địa bàn tỉnh Quảng Trị',
    field: 'giao-thong',
    fileKey,
    editableKey,
    attachmentKeys: [],
    ...overrides,
  };
}

async function documentStatus(id: string, status: string) {
  return eventually(async () => {
    const document = documentOf(
      (await api.get('gazette_officer', `/api/gazette/admin/documents/${id}`)).json,
    );
    return document.status === status ? document : undefined;
  }, `document ${id} to be ${status}`);
}

async function issueStatus(id: string, status: string) {
  return eventually(async () => {
    const issue = issueOf((await api.get('gazette_officer', `/api/gazette/admin/issues/${id}`)).json);
    return issue.status === status ? issue : undefined;
  }, `issue ${id} to be ${status}`);
}

describe('the Official Gazette workflow, through the real state machine definitions', () => {
  it('takes a document from a failed submission to a published, numbered issue with verifiable files', async () => {
    // 1. An invalid submission: every problem listed, nothing stored.
    const invalid = await api.post('agency', '/api/gazette/admin/documents', {
      ...submission('uploads/2026/11/00000000-0000-4000-8000-000000000000.pdf'),
      numberSymbol: '12 năm 2026 QĐ',
      issueDate: '2026-12-05',
      effectiveDate: '2026-12-01',
      abstract: '',
    });
    expect(invalid.status).toBe(400);
    const paths = z
      .object({ errors: z.array(z.object({ path: z.string() })) })
      .parse(invalid.json)
      .errors.map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['numberSymbol', 'effectiveDate', 'abstract']));
    const notAPdf = await api.post(
      'agency',
      '/api/gazette/admin/documents',
      submission(await upload(Buffer.from('not a pdf at all'))),
    );
    expect(notAPdf.status).toBe(400);
    expect(notAPdf.text).toContain('Văn bản phải là tệp PDF hợp lệ');
    const mine = z
      .object({ items: z.array(z.object({ numberSymbol: z.string() })) })
      .parse((await api.get('agency', '/api/gazette/admin/documents')).json);
    expect(mine.items.map((item) => item.numberSymbol)).not.toContain('12 năm 2026 QĐ');

    // 2. The corrected submission starts the review workflow; the officer returns it with notes.
    const firstFile = pdfBytes('lần 1');
    const submitted = await api.post(
      'agency',
      '/api/gazette/admin/documents',
      submission(await upload(firstFile)),
    );
    expect(submitted.status).toBe(201);
    let document = await documentStatus(documentOf(submitted.json).id, 'in_review');
    const returned = await api.post('gazette_officer', `/api/gazette/admin/documents/${document.id}/review`, {
      outcome: 'return',
      checklist: { ...passAll, format: { pass: false, note: 'Thiếu chữ ký số ở trang cuối' } },
      note: 'Đề nghị bổ sung chữ ký số và gửi lại.',
      expectedVersion: document.version,
    });
    expect(returned.status, returned.text).toBe(200);
    document = await documentStatus(document.id, 'returned');
    expect(document.lastReview?.checklist.format).toEqual({
      pass: false,
      note: 'Thiếu chữ ký số ở trang cuối',
    });

    // Only its own agency sees the document; the officer cannot resubmit for it.
    expect((await api.put('gazette_officer', `/api/gazette/admin/documents/${document.id}`, {})).status).toBe(
      403,
    );

    // 3. The agency resubmits; the officer accepts.
    const signedFile = pdfBytes('lần 2, đã ký số');
    const resubmitted = await api.put('agency', `/api/gazette/admin/documents/${document.id}`, {
      ...submission(await upload(signedFile), { numberSymbol: document.numberSymbol }),
      expectedVersion: document.version,
    });
    expect(resubmitted.status).toBe(200);
    document = await documentStatus(document.id, 'in_review');
    expect(document.submission).toBe(2);
    const accepted = await api.post('gazette_officer', `/api/gazette/admin/documents/${document.id}/review`, {
      outcome: 'accept',
      checklist: passAll,
      note: '',
      expectedVersion: document.version,
    });
    expect(accepted.status).toBe(200);
    document = await documentStatus(document.id, 'accepted');

    // 4. The officer composes an issue and sends it; the director approves for a later time.
    const composed = await api.post('gazette_officer', '/api/gazette/admin/issues', {
      title: 'Công báo kỳ cuối tháng 11',
      entries: [{ documentId: document.id, pages: '3-9' }],
    });
    expect(composed.status).toBe(201);
    let issue = issueOf(composed.json);
    issue = issueOf(
      (
        await api.post('gazette_officer', `/api/gazette/admin/issues/${issue.id}/send`, {
          expectedVersion: issue.version,
        })
      ).json,
    );
    issue = await issueStatus(issue.id, 'awaiting_approval');
    expect(
      (
        await api.post('gazette_officer', `/api/gazette/admin/issues/${issue.id}/decision`, {
          outcome: 'approve',
          expectedVersion: issue.version,
        })
      ).status,
    ).toBe(403);
    const publishAt = new Date(Date.now() + 2 * 3600_000).toISOString();
    const approved = await api.post('director', `/api/gazette/admin/issues/${issue.id}/decision`, {
      outcome: 'approve',
      publishAt,
      expectedVersion: issue.version,
    });
    expect(approved.status).toBe(200);
    // The answer is the state the issue is in, not the one before the decision.
    expect(issueOf(approved.json).status).toBe('scheduled');
    issue = await issueStatus(issue.id, 'scheduled');
    expect(issue.number).toBeUndefined();

    // 5. The decision answers `scheduled` at once; the workflow then files the release with the scheduler.
    //    Nothing is public before the time; the scheduler releases it at the time.
    const later = new Date(Date.now() + 3 * 3600_000);
    await eventually(
      async () =>
        (await dueSchedules(later, 100)).some((due) => due.name === `gazette-issue-${issue.id}`) || undefined,
      'the release schedule',
    );
    const release = `gazette-issue-${issue.id}`;
    const ours = { only: (name: string) => name === release };
    expect(await runDueSchedules(stack.scheduleTargets, new Date(), ours)).toEqual([]);
    expect(await runDueSchedules(stack.scheduleTargets, later, ours)).toEqual([release]);
    issue = await issueStatus(issue.id, 'published');
    expect(issue.number).toBeGreaterThanOrEqual(1);
    document = await documentStatus(document.id, 'published');

    // 6. Public pages and files: the PDF and HTML are there and their SHA-256 match what the page shows.
    const files = z
      .object({
        html: z.object({ key: z.string(), sha256: z.string() }),
        pdf: z.object({ key: z.string(), sha256: z.string() }),
      })
      .parse(issue.files);
    // The publisher renders the pages right after the issue is marked published (and the S3 emulator may
    // answer a page it is still writing: wait for the whole page).
    const issuePage = await eventually(async () => {
      const page = await api.page(`/cong-bao/${issue.year}/so-${issue.number}/`);
      return page.status === 200 && page.text.includes('</html>') ? page : undefined;
    }, 'the issue page');
    expect(issuePage.text).toContain(document.numberSymbol);
    for (const file of [files.pdf, files.html]) {
      const response = await fetch(`${stack.url}/${file.key}`);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
      expect(issuePage.text).toContain(file.sha256);
    }
    expect(
      (await fetch(`${stack.url}/${files.pdf.key}`).then((response) => response.arrayBuffer())).byteLength,
    ).toBeGreaterThan(1000);

    const slug = document.numberSymbol
      .toLowerCase()
      .replace('đ', 'd')
      .replace(/[^a-z0-9]+/g, '-');
    const documentPage = await eventually(async () => {
      const page = await api.page(`/van-ban/${slug}/`);
      return page.status === 200 && page.text.includes('</html>') ? page : undefined;
    }, 'the document page');
    expect(documentPage.status).toBe(200);
    for (const field of [
      document.numberSymbol,
      'Quyết định',
      'Ủy ban nhân dân tỉnh Quảng Trị',
      '20/11/2026',
      '01/12/2026',
      document.abstract,
    ]) {
      expect(documentPage.text).toContain(field);
    }
    const archivedSignedFile = createHash('sha256').update(signedFile).digest('hex');
    expect(documentPage.text).toContain(archivedSignedFile);

    // 7. The legal-document database finds it without diacritics, with filters, with JavaScript off.
    const found = await fetch(
      `${stack.url}/api/gazette/documents?q=duong+bo+do+thi&type=quyet-dinh&field=&year=2026&inForce=`,
      { headers: { accept: 'text/html' } },
    );
    expect(found.status).toBe(200);
    expect(await found.text()).toContain(document.numberSymbol);

    // 8. A correction is a new record on the document's page; the issue's files stay as they were.
    const correction = await api.post(
      'gazette_officer',
      `/api/gazette/admin/documents/${document.id}/corrections`,
      {
        text: 'Đính chính: tại Điều 3, cụm từ “đường đô thị” được sửa thành “đường bộ đô thị”.',
      },
    );
    expect(correction.status).toBe(201);
    expect((await api.page(`/van-ban/${slug}/`)).text).toContain('Điều 3');
    const pdfAfter = Buffer.from(await (await fetch(`${stack.url}/${files.pdf.key}`)).arrayBuffer());
    expect(createHash('sha256').update(pdfAfter).digest('hex')).toBe(files.pdf.sha256);

    // 9. The exchange export and the history of every transition.
    const exported = await api.get('gazette_officer', `/api/gazette/admin/issues/${issue.id}/export`);
    expect(exported.json).toMatchObject({
      format: 'qtp-gazette-exchange/1',
      issue: { number: issue.number, files: { pdf: { sha256: files.pdf.sha256 } } },
    });
    const history = z
      .object({ items: z.array(z.object({ action: z.string(), toStatus: z.string().optional() })) })
      .parse((await api.get('agency', `/api/gazette/admin/documents/${document.id}/history`)).json);
    // Each decision records the status it leads to; the workflow adds only the moves it makes itself.
    expect(history.items.map((entry) => entry.toStatus).filter(Boolean)).toEqual([
      'submitted',
      'in_review',
      'returned',
      'submitted',
      'in_review',
      'accepted',
      'in_issue',
      'published',
    ]);
  });

  it('keeps a document waiting for review across a restart of the local runner, then completes the review', async () => {
    const submitted = await api.post(
      'agency',
      '/api/gazette/admin/documents',
      submission(await upload(pdfBytes('restart'))),
    );
    let document = await documentStatus(documentOf(submitted.json).id, 'in_review');

    await stack.workflows.stop();
    const { createLocalWorkflowRunner } = await import('../../infra/local/workflow-runner.ts');
    const { registerLocalWorkflowEngine } = await import('#shared/gazette/workflow/port.ts');
    const restarted = createLocalWorkflowRunner(stack.scheduleTargets['gazette-tasks']);
    registerLocalWorkflowEngine(restarted);
    expect(await restarted.resumeAll()).toBeGreaterThanOrEqual(1);

    const reviewed = await api.post('gazette_officer', `/api/gazette/admin/documents/${document.id}/review`, {
      outcome: 'accept',
      checklist: passAll,
      note: 'Đạt',
      expectedVersion: document.version,
    });
    expect(reviewed.status, reviewed.text).toBe(200);
    document = await documentStatus(document.id, 'accepted');
    await restarted.settled(`local:document-review:doc-${document.id}`);
    stack.workflows = restarted;
  });
});
