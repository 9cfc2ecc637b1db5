import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';
import { getDocument, getIssue, getPendingStep, getPublishedDocument } from '#shared/data/gazette.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { reviewDocument, submitDocument } from '#shared/gazette/documents.ts';
import { composeIssue, decideIssue, sendIssueForApproval } from '#shared/gazette/issues.ts';
import { registerLocalWorkflowEngine } from '#shared/gazette/workflow/port.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { uploadEditableCopy, uploadForSubmission } from '../support/gazette-files.ts';
import { startTestStack } from '../support/local-stack.ts';
import { eventually } from '../support/poll.ts';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => stack.stop());

const agency: Principal = {
  userId: 'local-sotuphap',
  username: 'sotuphap',
  displayName: 'Sở Tư pháp',
  roles: ['agency'],
  agencyId: 'so-tu-phap',
};
const officer = { id: 'local-congbao', name: 'Phan Văn Bình' };
const director = { id: 'local-giamdoc', name: 'Nguyễn Thị Hạnh' };
const pass = { pass: true, note: '' };

async function documentInReview() {
  const bytes = Buffer.from('%PDF-1.4\n% thử khôi phục bước chờ\n%%EOF\n');
  const fileKey = await uploadForSubmission(bytes, 'y.pdf', 'application/pdf');
  const submitted = await submitDocument(agency, {
    numberSymbol: `${5000 + Math.floor(Math.random() * 4000)}/2026/QĐ-UBND`,
    documentType: 'quyet-dinh',
    issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
    signer: 'Hoàng Nam',
    issueDate: '2026-11-21',
    effectiveDate: '2026-11-21',
    abstract: 'Văn bản thử khi quy trình tạm thời không tiếp nhận quyết định',
    field: 'khac',
    fileKey,
    editableKey: await uploadEditableCopy(),
    attachmentKeys: [],
    relations: [],
  });
  return eventually(async () => {
    const document = await getDocument(submitted.id);
    return document?.status === 'in_review' ? document : undefined;
  }, 'review');
}

describe('a decision the workflow cannot take', () => {
  it('answers 503 and puts the pending step back, so the decision can be made again', async () => {
    const document = await documentInReview();
    const checklist = { authority: pass, content: pass, form: pass, format: pass, presentation: pass };
    registerLocalWorkflowEngine({
      ...stack.workflows,
      succeed: async () => {
        throw new Error('Step Functions unreachable');
      },
    });
    try {
      await expect(
        reviewDocument(officer, document.id, { outcome: 'accept', checklist, note: '' }, document.version),
      ).rejects.toMatchObject({ status: 503, type: 'workflow-unavailable' });
    } finally {
      registerLocalWorkflowEngine(stack.workflows);
    }
    expect((await getPendingStep({ kind: 'document', id: document.id }))?.humanStep).toBe('review');
    const current = await getDocument(document.id);
    if (!current) throw new Error('the document exists');
    await reviewDocument(
      officer,
      document.id,
      { outcome: 'accept', checklist, note: 'lần hai' },
      current.version,
    );
    await eventually(
      async () => ((await getDocument(document.id))?.status === 'accepted' ? true : undefined),
      'acceptance',
    );
  });
});

describe('a gazette step that fails after its retries', () => {
  it('marks the issue failed with its cause and publishes nothing', async () => {
    const bytes = Buffer.from('%PDF-1.4\n% tệp sẽ bị xóa\n%%EOF\n');
    const fileKey = await uploadForSubmission(bytes, 'x.pdf', 'application/pdf');
    const submitted = await submitDocument(agency, {
      numberSymbol: `${5000 + Math.floor(Math.random() * 4000)}/2026/QĐ-UBND`,
      documentType: 'quyet-dinh',
      issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
      signer: 'Hoàng Nam',
      issueDate: '2026-11-20',
      effectiveDate: '2026-11-20',
      abstract: 'Văn bản thử lỗi khi dựng số Công báo',
      field: 'khac',
      fileKey,
      editableKey: await uploadEditableCopy(),
      attachmentKeys: [],
      relations: [],
    });
    const inReview = await eventually(
      async () =>
        (await getDocument(submitted.id))?.status === 'in_review' ? getDocument(submitted.id) : undefined,
      'review',
    );
    if (!inReview) throw new Error('unreachable');
    await reviewDocument(
      officer,
      inReview.id,
      {
        outcome: 'accept',
        checklist: { authority: pass, content: pass, form: pass, format: pass, presentation: pass },
        note: '',
      },
      inReview.version,
    );
    await eventually(
      async () => ((await getDocument(submitted.id))?.status === 'accepted' ? true : undefined),
      'acceptance',
    );

    // The signed file disappears before the issue is rendered: render-issue cannot archive it.
    await s3().send(new DeleteObjectCommand({ Bucket: readEnv().MEDIA_BUCKET, Key: fileKey }));

    const issue = await composeIssue(officer, {
      title: 'Số thử lỗi',
      entries: [{ documentId: submitted.id, pages: '1-2' }],
    });
    await sendIssueForApproval(officer, issue.id, issue.version);
    const waiting = await eventually(async () => {
      const current = await getIssue(issue.id);
      return current?.status === 'awaiting_approval' ? current : undefined;
    }, 'approval step');
    await decideIssue(director, issue.id, { outcome: 'approve', expectedVersion: waiting.version });

    const failed = await eventually(async () => {
      const current = await getIssue(issue.id);
      return current?.status === 'failed' ? current : undefined;
    }, 'the issue to fail');
    expect(failed.failure).toMatch(/\S/);
    expect(failed.files).toBeUndefined();
    expect(failed.publishedAt).toBeUndefined();
    expect((await getDocument(submitted.id))?.status).toBe('in_issue');
    expect(await getPublishedDocument(submitted.id)).toBeUndefined();
    const page = await fetch(`${stack.url}/cong-bao/${failed.year}/so-${failed.number}/`);
    expect(page.status).toBe(404);
  });
});
