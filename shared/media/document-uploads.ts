import { createHash } from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';
import { getUploadTicket } from '#shared/data/upload-tickets.ts';
import type { FieldError } from '#shared/domain/errors.ts';
import type { StoredFile } from '#shared/domain/gazette.ts';
import { bilingual } from '#shared/domain/text.ts';
import { ticketRequestSchema, type UploadOwner } from '#shared/domain/upload.ts';
import { issueUploadTicket, type UploadTicket } from './upload-tickets.ts';

/**
 * Signed PDFs and attachments of legal documents, and agencies' answers to feedback: uploaded by the
 * agency's browser with a presigned PUT into the media bucket's private `uploads/<context>/` prefix
 * (CloudFront serves only `/media/*` of that bucket), checked when the document or answer is submitted,
 * then copied where it is published (the gazette's write-once archive, the public answer files).
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const documentTypes = { 'application/pdf': 'pdf', [DOCX_TYPE]: 'docx', [XLSX_TYPE]: 'xlsx' } as const;

export const documentUploadRequestSchema = ticketRequestSchema.extend({
  contentType: z.enum(['application/pdf', DOCX_TYPE, XLSX_TYPE], {
    error: bilingual(
      'Chỉ nhận tệp PDF (bản gốc đã ký số) hoặc DOCX, XLSX (bản có thể chỉnh sửa, phụ lục)',
      'Only PDF (the signed original) or DOCX, XLSX (the editable copy, annexes) files',
    ),
  }),
  size: z
    .number()
    .int()
    .positive()
    .max(MAX_DOCUMENT_BYTES, bilingual('Tệp không được lớn hơn 20 MB', 'Files may not be larger than 20 MB')),
});
export type DocumentUploadRequest = z.infer<typeof documentUploadRequestSchema>;

export async function createDocumentUploadTicket(
  request: DocumentUploadRequest,
  owner: UploadOwner,
  now = new Date(),
): Promise<UploadTicket> {
  return issueUploadTicket(request, {
    prefix: `uploads/${owner}`,
    extension: documentTypes[request.contentType],
    expiresInSeconds: 900,
    keepForSeconds: 7 * 86_400,
    now,
  });
}

/**
 * Checks an uploaded file against its ticket: it exists, has the announced size, and is a PDF (the signed
 * original) or an Office Open XML file (DOCX, XLSX: a ZIP) when that is required. Returns the stored-file
 * record (with SHA-256) or the field errors a person can act on.
 */
export async function inspectUpload(
  key: string,
  path: string,
  options: { require: 'pdf' | 'office' | 'any'; owner: UploadOwner },
): Promise<{ file: StoredFile; errors: [] } | { file?: undefined; errors: FieldError[] }> {
  const problem = (messageVi: string, messageEn: string) => ({ errors: [{ path, messageVi, messageEn }] });
  // Another context's upload is no upload of this one (on AWS its function could not read it either).
  const ticket = key.startsWith(`uploads/${options.owner}/`) ? await getUploadTicket(key) : undefined;
  if (!ticket)
    return problem('Không tìm thấy tệp đã tải lên; hãy tải lại tệp', 'No such upload; upload the file again');
  let bytes: Buffer;
  try {
    const object = await s3().send(new GetObjectCommand({ Bucket: readEnv().MEDIA_BUCKET, Key: key }));
    bytes = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
  } catch {
    return problem('Tệp chưa được tải lên xong', 'The file has not finished uploading');
  }
  if (bytes.length !== ticket.size || bytes.length > MAX_DOCUMENT_BYTES) {
    return problem(
      'Kích thước tệp không khớp với tệp đã khai báo',
      'The file size does not match the announced size',
    );
  }
  if (options.require === 'pdf' && bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    return problem('Văn bản phải là tệp PDF hợp lệ', 'The document must be a valid PDF file');
  }
  if (
    options.require === 'office' &&
    ((ticket.contentType !== DOCX_TYPE && ticket.contentType !== XLSX_TYPE) ||
      bytes.subarray(0, 4).toString('latin1') !== 'PK\x03\x04')
  ) {
    return problem(
      'Bản có thể chỉnh sửa phải là tệp DOCX hoặc XLSX hợp lệ',
      'The editable copy must be a valid DOCX or XLSX file',
    );
  }
  return {
    file: {
      key,
      fileName: ticket.fileName,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      contentType: ticket.contentType,
    },
    errors: [],
  };
}
