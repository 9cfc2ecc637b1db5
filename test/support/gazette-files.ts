import { createAgency, getAgency } from '#shared/data/directory.ts';
import type { Agency } from '#shared/domain/directory.ts';
import { gazetteIssueSchema, legalDocumentSchema } from '#shared/domain/gazette.ts';
import { uploadTicketSchema } from '#shared/domain/upload.ts';
import { createDocumentUploadTicket, DOCX_TYPE } from '#shared/media/document-uploads.ts';
import { seedAgencies } from '../../infra/local/seed-data.ts';
import { minimalDocx } from '../../infra/local/stand-in-files.ts';
import type { apiClient } from './api-client.ts';

/** A small but real PDF as an agency's signed document. */
export const pdfBytes = (label: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n% ${label}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );

/** Uploads a file through the API as the agency does (ticket, then presigned PUT); the key for a submission. */
export async function uploadDocumentFile(
  api: ReturnType<typeof apiClient>,
  bytes: Buffer,
  contentType = 'application/pdf',
): Promise<string> {
  const ticket = uploadTicketSchema.parse(
    (
      await api.post('agency', '/api/gazette/admin/files/uploads', {
        fileName: 'van-ban-ky-so.pdf',
        contentType,
        size: bytes.length,
      })
    ).json,
  );
  const put = await fetch(ticket.uploadUrl, {
    method: 'PUT',
    headers: ticket.headers,
    body: new Uint8Array(bytes),
  });
  if (put.status !== 200) throw new Error(`the upload answered ${put.status}`);
  return ticket.key;
}

/** Uploads a file with a ticket from the service itself (no API round trip); returns its key. */
export async function uploadForSubmission(
  bytes: Uint8Array,
  fileName: string,
  contentType: Parameters<typeof createDocumentUploadTicket>[0]['contentType'],
): Promise<string> {
  const ticket = await createDocumentUploadTicket({ fileName, contentType, size: bytes.length }, 'gazette');
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

/** A review checklist that passes every criterion. */
export const passAll = {
  authority: { pass: true, note: '' },
  content: { pass: true, note: '' },
  form: { pass: true, note: '' },
  format: { pass: true, note: '' },
  presentation: { pass: true, note: '' },
};

/** The API's answers, parsed by the domain's schemas. */
export const documentOf = (json: unknown) => legalDocumentSchema.parse(json);
export const issueOf = (json: unknown) => gazetteIssueSchema.parse(json);

/** Issuing bodies of the demo directory, by id (files share the table: the first one creates them). */
export async function ensureSeedAgencies(ids: string[]): Promise<void> {
  for (const id of ids) {
    const agency: Omit<Agency, 'version'> | undefined = seedAgencies.find((candidate) => candidate.id === id);
    if (!agency) throw new Error(`no demo agency ${id}`);
    if (await getAgency(id)) continue;
    await createAgency(agency, { id: 'test', name: 'Test' }).catch(() => undefined);
  }
}
