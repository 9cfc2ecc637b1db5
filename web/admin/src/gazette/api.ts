import { z } from 'zod';
import { auditEntrySchema } from '#shared/domain/audit.ts';
import { agencySchema } from '#shared/domain/directory.ts';
import {
  type composeIssueSchema,
  type DocumentStatus,
  distributionEntrySchema,
  type documentSubmissionSchema,
  gazetteIssueSchema,
  type IssueStatus,
  legalDocumentSchema,
  type ReviewChecklist,
} from '#shared/domain/gazette.ts';
import { listOf, putToStorage, requestJson, uploadTicketSchema } from '../api.ts';

/**
 * The gazette API (functions/gazette/app.ts; who may call what: functions/gazette/policy.ts), typed by the
 * schemas of shared/domain/gazette.ts. Same transport as the content API: problem+json errors become
 * ApiError, a 401 sends the user back to the login page.
 */
const GAZETTE = '/api/gazette/admin';

const documentPageSchema = z.object({
  items: z.array(legalDocumentSchema),
  nextCursor: z.string().optional(),
});
const exportSchema = z.record(z.string(), z.unknown());

export type SubmissionInput = z.input<typeof documentSubmissionSchema>;
/**
 * A submission as the form sends it: selects not chosen yet go as '' and come back as their fields'
 * errors, with every other problem, in one answer.
 */
export type SubmissionBody = Omit<SubmissionInput, 'documentType' | 'field'> & {
  documentType: string;
  field: string;
};
export type ComposeInput = z.input<typeof composeIssueSchema>;
export type ReviewInput = {
  outcome: 'accept' | 'return';
  checklist: ReviewChecklist;
  note: string;
  expectedVersion: number;
};
export type IssueDecision =
  | { outcome: 'approve'; expectedVersion: number; publishAt?: string }
  | { outcome: 'return'; expectedVersion: number; note: string };

/** A file in storage that a submission refers to by its key. */
export type UploadedFile = { key: string; fileName: string; size: number };

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The content type the API accepts for a file, from its type or (when the browser gives none) its name. */
export function documentContentType(file: File): typeof PDF | typeof DOCX | undefined {
  if (file.type === PDF || (!file.type && /\.pdf$/i.test(file.name))) return PDF;
  if (file.type === DOCX || (!file.type && /\.docx$/i.test(file.name))) return DOCX;
  // Some systems label PDFs application/x-pdf.
  if (/\.pdf$/i.test(file.name) && /pdf/i.test(file.type)) return PDF;
  return undefined;
}

const documentPath = (id: string, rest = '') => `${GAZETTE}/documents/${encodeURIComponent(id)}${rest}`;
const issuePath = (id: string, rest = '') => `${GAZETTE}/issues/${encodeURIComponent(id)}${rest}`;

export const gazetteApi = {
  listDocuments: (query: { status?: DocumentStatus | undefined; cursor?: string | undefined }) => {
    const params = new URLSearchParams();
    if (query.status) params.set('status', query.status);
    if (query.cursor) params.set('cursor', query.cursor);
    const search = params.size > 0 ? `?${params}` : '';
    return requestJson(documentPageSchema, 'GET', `${GAZETTE}/documents${search}`);
  },
  getDocument: (id: string) => requestJson(legalDocumentSchema, 'GET', documentPath(id)),
  documentHistory: (id: string) =>
    requestJson(listOf(auditEntrySchema), 'GET', documentPath(id, '/history')).then((answer) => answer.items),
  submitDocument: (input: SubmissionBody) =>
    requestJson(legalDocumentSchema, 'POST', `${GAZETTE}/documents`, { body: input }),
  resubmitDocument: (id: string, input: SubmissionBody & { expectedVersion: number }) =>
    requestJson(legalDocumentSchema, 'PUT', documentPath(id), { body: input }),
  reviewDocument: (id: string, input: ReviewInput) =>
    requestJson(legalDocumentSchema, 'POST', documentPath(id, '/review'), { body: input }),

  /** Presigned upload: a ticket from the API, then the bytes straight to storage; the key goes in the submission. */
  uploadFile: async (file: File, contentType: typeof PDF | typeof DOCX): Promise<UploadedFile> => {
    const ticket = await requestJson(uploadTicketSchema, 'POST', `${GAZETTE}/files/uploads`, {
      body: { fileName: file.name, contentType, size: file.size },
    });
    await putToStorage(ticket.uploadUrl, { ...ticket.headers, 'content-type': contentType }, file);
    return { key: ticket.key, fileName: file.name, size: file.size };
  },

  listIssues: (status?: IssueStatus) =>
    requestJson(
      listOf(gazetteIssueSchema),
      'GET',
      `${GAZETTE}/issues${status ? `?status=${encodeURIComponent(status)}` : ''}`,
    ).then((answer) => answer.items),
  getIssue: (id: string) => requestJson(gazetteIssueSchema, 'GET', issuePath(id)),
  issueHistory: (id: string) =>
    requestJson(listOf(auditEntrySchema), 'GET', issuePath(id, '/history')).then((answer) => answer.items),
  composeIssue: (input: ComposeInput) =>
    requestJson(gazetteIssueSchema, 'POST', `${GAZETTE}/issues`, { body: input }),
  sendIssue: (id: string, expectedVersion: number) =>
    requestJson(gazetteIssueSchema, 'POST', issuePath(id, '/send'), { body: { expectedVersion } }),
  decideIssue: (id: string, decision: IssueDecision) =>
    requestJson(gazetteIssueSchema, 'POST', issuePath(id, '/decision'), { body: decision }),
  exportIssue: (id: string) => requestJson(exportSchema, 'GET', issuePath(id, '/export')),

  distribution: () =>
    requestJson(listOf(distributionEntrySchema), 'GET', `${GAZETTE}/distribution`).then(
      (answer) => answer.items,
    ),
  saveDistribution: (entries: { agencyId: string; copies: number; note: string }[]) =>
    requestJson(listOf(distributionEntrySchema), 'PUT', `${GAZETTE}/distribution`, {
      body: { entries },
    }).then((answer) => answer.items),
  /** The province's agencies (public reference data of the content API). */
  agencies: () =>
    requestJson(listOf(agencySchema), 'GET', '/api/content/agencies').then((answer) => answer.items),
};
