import { z } from 'zod';
import type { apiClient } from './api-client.ts';

/** A small but real PDF as an agency's signed document. */
export const pdfBytes = (label: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n% ${label}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );

const ticketSchema = z.object({
  key: z.string(),
  uploadUrl: z.string(),
  headers: z.record(z.string(), z.string()),
});

/** Uploads a file as the agency does (ticket, then presigned PUT); the upload key for a submission. */
export async function uploadDocumentFile(
  api: ReturnType<typeof apiClient>,
  bytes: Buffer,
  contentType = 'application/pdf',
): Promise<string> {
  const ticket = ticketSchema.parse(
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

/** A review checklist that passes every criterion. */
export const passAll = {
  authority: { pass: true, note: '' },
  content: { pass: true, note: '' },
  form: { pass: true, note: '' },
  format: { pass: true, note: '' },
  presentation: { pass: true, note: '' },
};
