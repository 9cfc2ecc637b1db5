import { createAgency, getAgency } from '#shared/data/directory.ts';
import type { Agency } from '#shared/domain/directory.ts';
import { gazetteIssueSchema, legalDocumentSchema } from '#shared/domain/gazette.ts';
import { createDocumentUploadTicket, DOCX_TYPE } from '#shared/media/document-uploads.ts';
import { seedAgencies } from '../../infra/local/seed-data.ts';
import { minimalDocx } from '../../infra/local/stand-in-files.ts';

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
