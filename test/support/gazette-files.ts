import { createAgency, getAgency } from '#shared/data/directory.ts';
import type { Agency } from '#shared/domain/directory.ts';
import { gazetteIssueSchema, legalDocumentSchema, publishedIssueSchema } from '#shared/domain/gazette.ts';
import { uploadTicketSchema } from '#shared/domain/upload.ts';
import { createDocumentUploadTicket, DOCX_TYPE } from '#shared/media/document-uploads.ts';
import { seedAgencies } from '../../infra/local/seed-data.ts';
import { minimalDocx } from '../../infra/local/stand-in-files.ts';
import type { apiClient } from './api-client.ts';
import { eventually } from './poll.ts';

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

/**
 * An issue of accepted documents through the gazette's workflow as the officer and the director do it:
 * composed (each document on page 2, 3, …), sent, approved once it awaits approval, then published.
 */
export async function publishIssueThroughWorkflow(
  api: ReturnType<typeof apiClient>,
  title: string,
  documentIds: string[],
) {
  const composed = await api.post('gazette_officer', '/api/gazette/admin/issues', {
    title,
    entries: documentIds.map((documentId, index) => ({ documentId, pages: String(index + 2) })),
  });
  if (composed.status !== 201)
    throw new Error(`composing the issue answered ${composed.status}: ${composed.text}`);
  const issue = issueOf(composed.json);
  const current = async () =>
    issueOf((await api.get('director', `/api/gazette/admin/issues/${issue.id}`)).json);
  await api.post('gazette_officer', `/api/gazette/admin/issues/${issue.id}/send`, {
    expectedVersion: issue.version,
  });
  const waiting = await eventually(async () => {
    const now = await current();
    return now.status === 'awaiting_approval' ? now : undefined;
  }, 'the issue to await approval');
  const approved = await api.post('director', `/api/gazette/admin/issues/${issue.id}/decision`, {
    outcome: 'approve',
    expectedVersion: waiting.version,
  });
  if (approved.status !== 200)
    throw new Error(`approving the issue answered ${approved.status}: ${approved.text}`);
  const published = await eventually(
    async () => {
      const now = await current();
      return now.status === 'published' ? now : undefined;
    },
    'the issue to be published',
    30_000,
  );
  return publishedIssueSchema.parse(published);
}
