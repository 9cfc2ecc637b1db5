import { getDocument, getIssue, listIssues } from '#shared/data/gazette.ts';
import type { DocumentSubmission, LegalDocument } from '#shared/domain/gazette.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { reviewDocument, submitDocument } from '#shared/gazette/documents.ts';
import { composeIssue, decideIssue, sendIssueForApproval } from '#shared/gazette/issues.ts';
import {
  createDocumentUploadTicket,
  DOCX_TYPE,
  type DocumentUploadRequest,
} from '#shared/media/document-uploads.ts';
import { minimalDocx, standInPdf } from './stand-in-files.ts';

/**
 * Demo gazette content, put through the real workflow: the Department of Justice submits three documents
 * and the commune of Phong Nha one, each with its signed PDF and editable DOCX; the gazette officer accepts
 * them, composes issue 1 and the director approves it for publication now. Written for this project; the
 * numbers and texts are invented.
 */
const agency: Principal = {
  userId: 'local-sotuphap',
  username: 'sotuphap',
  displayName: 'Văn thư Sở Tư pháp',
  roles: ['agency'],
  agencyId: 'so-tu-phap',
};
const commune: Principal = {
  userId: 'local-xaphongnha',
  username: 'xaphongnha',
  displayName: 'Văn thư UBND xã Phong Nha',
  roles: ['agency'],
  agencyId: 'xa-phong-nha',
};
const officer = { id: 'local-congbao', name: 'Phan Văn Bình' };
const director = { id: 'local-giamdoc', name: 'Nguyễn Thị Hạnh' };

type SeedDocument = Omit<DocumentSubmission, 'fileKey' | 'editableKey' | 'attachmentKeys' | 'relations'> & {
  by?: Principal;
};
const documents: SeedDocument[] = [
  {
    numberSymbol: '21/2026/QĐ-UBND',
    documentType: 'quyet-dinh',
    issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
    signer: 'Lê Đức Tiến',
    issueDate: '2026-11-02',
    effectiveDate: '2026-11-15',
    abstract:
      'Ban hành Quy định phân cấp quản lý, vận hành hệ thống đường bộ đô thị trên địa bàn tỉnh Quảng Trị',
    field: 'giao-thong',
  },
  {
    numberSymbol: '14/2026/NQ-HĐND',
    documentType: 'nghi-quyet',
    issuingBody: 'Hội đồng nhân dân tỉnh Quảng Trị',
    signer: 'Nguyễn Đăng Quang',
    issueDate: '2026-10-28',
    effectiveDate: '2026-11-10',
    abstract: 'Quy định mức hỗ trợ phát triển sản xuất nông nghiệp hữu cơ giai đoạn 2026 - 2030',
    field: 'nong-nghiep',
  },
  {
    numberSymbol: '07/CT-UBND',
    documentType: 'chi-thi',
    issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
    signer: 'Lê Đức Tiến',
    issueDate: '2026-11-05',
    effectiveDate: '2026-11-05',
    abstract: 'Về tăng cường công tác phòng, chống thiên tai mùa mưa lũ năm 2026',
    field: 'hanh-chinh',
  },
  {
    numberSymbol: '03/2026/QĐ-UBND',
    documentType: 'quyet-dinh',
    issuingBody: 'Ủy ban nhân dân xã Phong Nha',
    signer: 'Trần Văn Hùng',
    issueDate: '2026-11-03',
    effectiveDate: '2026-11-15',
    abstract: 'Ban hành Quy chế quản lý hoạt động du lịch cộng đồng trên địa bàn xã Phong Nha',
    field: 'van-hoa-xa-hoi',
    by: commune,
  },
];

async function until<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`seeding the gazette: ${what} did not happen`);
}

const documentIn = (id: string, status: LegalDocument['status']) =>
  until(async () => {
    const document = await getDocument(id);
    return document?.status === status ? document : undefined;
  }, `document ${id} ${status}`);

async function upload(
  bytes: Uint8Array,
  fileName: string,
  contentType: DocumentUploadRequest['contentType'],
) {
  const ticket = await createDocumentUploadTicket({ fileName, contentType, size: bytes.length }, 'gazette');
  const response = await fetch(ticket.uploadUrl, {
    method: 'PUT',
    headers: ticket.headers,
    body: new Uint8Array(bytes),
  });
  if (!response.ok) throw new Error(`seeding the gazette: upload failed (${response.status})`);
  return ticket.key;
}

async function uploadPdf(title: string): Promise<string> {
  return upload(await standInPdf(title), `${title}.pdf`, 'application/pdf');
}

export async function seedGazetteIfEmpty(): Promise<boolean> {
  if ((await listIssues()).length > 0) return false;
  const accepted: LegalDocument[] = [];
  for (const { by, ...fields } of documents) {
    const submitted = await submitDocument(by ?? agency, {
      ...fields,
      fileKey: await uploadPdf(fields.numberSymbol),
      editableKey: await upload(
        minimalDocx([fields.issuingBody, fields.numberSymbol, fields.abstract]),
        `${fields.numberSymbol.replace(/\//g, '-')}.docx`,
        DOCX_TYPE,
      ),
      attachmentKeys: [],
      relations: [],
    });
    const inReview = await documentIn(submitted.id, 'in_review');
    const pass = { pass: true, note: '' };
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
    accepted.push(await documentIn(submitted.id, 'accepted'));
  }
  let page = 1;
  const composed = await composeIssue(officer, {
    title: 'Văn bản quy phạm pháp luật của HĐND, UBND tỉnh ban hành tháng 10 - 11/2026',
    entries: accepted.map((document) => {
      const pages = `${page}-${page + 5}`;
      page += 6;
      return { documentId: document.id, pages };
    }),
  });
  const sent = await sendIssueForApproval(officer, composed.id, composed.version);
  const waiting = await until(async () => {
    const issue = await getIssue(sent.id);
    return issue?.status === 'awaiting_approval' ? issue : undefined;
  }, 'the issue to await approval');
  await decideIssue(director, waiting.id, { outcome: 'approve', expectedVersion: waiting.version });
  await until(
    async () => ((await getIssue(sent.id))?.status === 'published' ? true : undefined),
    'the issue to be published',
  );
  return true;
}
