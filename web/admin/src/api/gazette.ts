import { z } from 'zod';
import { auditEntrySchema } from '#shared/domain/audit.ts';
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
import { contextClient, pageOf, queryString, type UploadedFile } from './transport.ts';

/**
 * The gazette API (functions/gazette; who may call what: shared/auth/policies/gazette.ts), typed by the
 * schemas of shared/domain/gazette.ts.
 */
const gazette = contextClient('/api/gazette');

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
export type DistributionInput = { agencyId: string; copies: number; note: string };

export type { UploadedFile } from './transport.ts';

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

const documentPath = (id: string, rest = '') => `/admin/documents/${encodeURIComponent(id)}${rest}`;
const issuePath = (id: string, rest = '') => `/admin/issues/${encodeURIComponent(id)}${rest}`;

export const gazetteApi = {
  listDocuments: (query: { status?: DocumentStatus | undefined; cursor?: string | undefined }) =>
    gazette.json(pageOf(legalDocumentSchema), 'GET', `/admin/documents${queryString(query)}`),
  getDocument: (id: string) => gazette.json(legalDocumentSchema, 'GET', documentPath(id)),
  documentHistory: (id: string) => gazette.items(auditEntrySchema, 'GET', documentPath(id, '/history')),
  submitDocument: (input: SubmissionBody) =>
    gazette.json(legalDocumentSchema, 'POST', '/admin/documents', { body: input }),
  resubmitDocument: (id: string, input: SubmissionBody & { expectedVersion: number }) =>
    gazette.json(legalDocumentSchema, 'PUT', documentPath(id), { body: input }),
  reviewDocument: (id: string, input: ReviewInput) =>
    gazette.json(legalDocumentSchema, 'POST', documentPath(id, '/review'), { body: input }),

  /** A document's file, uploaded to storage by ticket; its key goes in the submission. */
  uploadFile: async (file: File, contentType: typeof PDF | typeof DOCX): Promise<UploadedFile> => ({
    key: await gazette.upload('/admin/files/uploads', file, contentType),
    fileName: file.name,
    size: file.size,
  }),

  listIssues: (status?: IssueStatus) =>
    gazette.items(gazetteIssueSchema, 'GET', `/admin/issues${queryString({ status })}`),
  getIssue: (id: string) => gazette.json(gazetteIssueSchema, 'GET', issuePath(id)),
  issueHistory: (id: string) => gazette.items(auditEntrySchema, 'GET', issuePath(id, '/history')),
  composeIssue: (input: ComposeInput) =>
    gazette.json(gazetteIssueSchema, 'POST', '/admin/issues', { body: input }),
  sendIssue: (id: string, expectedVersion: number) =>
    gazette.json(gazetteIssueSchema, 'POST', issuePath(id, '/send'), { body: { expectedVersion } }),
  decideIssue: (id: string, decision: IssueDecision) =>
    gazette.json(gazetteIssueSchema, 'POST', issuePath(id, '/decision'), { body: decision }),
  exportIssue: (id: string) => gazette.json(exportSchema, 'GET', issuePath(id, '/export')),

  distribution: () => gazette.items(distributionEntrySchema, 'GET', '/admin/distribution'),
  saveDistribution: (entries: DistributionInput[]) =>
    gazette.items(distributionEntrySchema, 'PUT', '/admin/distribution', { body: { entries } }),
};
