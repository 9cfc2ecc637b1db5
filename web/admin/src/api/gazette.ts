import * as z from 'zod';
import { auditEntrySchema } from '#shared/domain/audit.ts';
import {
  type composeIssueSchema,
  type DocumentStatus,
  distributionEntrySchema,
  type documentSubmissionSchema,
  gazetteIssueSchema,
  gazetteSettingsSchema,
  type IssueStatus,
  legalDocumentSchema,
  publishedDocumentSchema,
  queuedDocumentSchema,
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
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export type DocumentContentType = typeof PDF | typeof DOCX | typeof XLSX;

/** The content type the API accepts for a file, from its type or (when the browser gives none) its name. */
export function documentContentType(file: File): DocumentContentType | undefined {
  if (file.type === PDF || (!file.type && /\.pdf$/i.test(file.name))) return PDF;
  if (file.type === DOCX || (!file.type && /\.docx$/i.test(file.name))) return DOCX;
  if (file.type === XLSX || (!file.type && /\.xlsx$/i.test(file.name))) return XLSX;
  // Some systems label PDFs application/x-pdf.
  if (/\.pdf$/i.test(file.name) && /pdf/i.test(file.type)) return PDF;
  return undefined;
}

const documentPath = (id: string, rest = '') => `/admin/documents/${encodeURIComponent(id)}${rest}`;
const issuePath = (id: string, rest = '') => `/admin/issues/${encodeURIComponent(id)}${rest}`;

export const gazetteApi = {
  /** The province's gazette rules: which review criteria, the deadlines. */
  settings: () => gazette.json(gazetteSettingsSchema, 'GET', '/admin/settings'),
  listDocuments: (query: { status?: DocumentStatus | undefined; cursor?: string | undefined }) =>
    gazette.json(pageOf(queuedDocumentSchema), 'GET', `/admin/documents${queryString(query)}`),
  getDocument: (id: string) => gazette.json(legalDocumentSchema, 'GET', documentPath(id)),
  documentHistory: (id: string) => gazette.items(auditEntrySchema, 'GET', documentPath(id, '/history')),
  submitDocument: (input: SubmissionBody) =>
    gazette.json(legalDocumentSchema, 'POST', '/admin/documents', { body: input }),
  resubmitDocument: (id: string, input: SubmissionBody & { expectedVersion: number }) =>
    gazette.json(legalDocumentSchema, 'PUT', documentPath(id), { body: input }),
  reviewDocument: (id: string, input: ReviewInput) =>
    gazette.json(legalDocumentSchema, 'POST', documentPath(id, '/review'), { body: input }),

  /** A document's file, uploaded to storage by ticket; its key goes in the submission. */
  uploadFile: async (file: File, contentType: DocumentContentType): Promise<UploadedFile> => ({
    key: await gazette.upload('/admin/files/uploads', file, contentType),
    fileName: file.name,
    size: file.size,
  }),

  /** The legal-document database (the public search, as JSON): where a relation's target is picked. */
  searchPublished: (q: string) =>
    gazette.items(publishedDocumentSchema, 'GET', `/documents${queryString({ q })}`),

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
