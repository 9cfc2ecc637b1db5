import { createDocumentUploadTicket, DOCX_TYPE } from '#shared/media/document-uploads.ts';
import { minimalDocx } from '../../infra/local/office-file.ts';

/** Uploads a file as an agency's browser does (a ticket, then the presigned PUT); returns its key. */
export async function uploadForSubmission(
  bytes: Uint8Array,
  fileName: string,
  contentType: Parameters<typeof createDocumentUploadTicket>[0]['contentType'],
): Promise<string> {
  const ticket = await createDocumentUploadTicket({ fileName, contentType, size: bytes.length });
  const response = await fetch(ticket.uploadUrl, {
    method: 'PUT',
    headers: ticket.headers,
    body: new Uint8Array(bytes),
  });
  if (!response.ok) throw new Error(`upload failed: ${response.status}`);
  return ticket.key;
}

/** The editable copy (a real, small DOCX) every submission carries beside its signed PDF. */
export const uploadEditableCopy = (text = 'Bản có thể chỉnh sửa') =>
  uploadForSubmission(minimalDocx([text]), 'ban-chinh-sua.docx', DOCX_TYPE);
