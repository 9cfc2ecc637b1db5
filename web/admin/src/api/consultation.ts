import * as z from 'zod';
import { auditEntrySchema } from '#shared/domain/audit.ts';
import {
  type adoptedDocumentInputSchema,
  commentContactSchema,
  consultationCommentSchema,
  type consultationInputSchema,
  consultationSchema,
  consultationStatisticsSchema,
  draftStructureSchema,
  draftVersionSchema,
  type moderationInputSchema,
  type reportDecisionSchema,
  type reportInputSchema,
  type versionInputSchema,
} from '#shared/domain/consultation.ts';
import { documentTypeSchema } from '#shared/domain/gazette.ts';
import { contextClient } from './transport.ts';

/**
 * The consultation API (functions/consultation; who may call what: shared/auth/policies/consultation.ts),
 * typed by the schemas of shared/domain/consultation.ts. An agency's calls are scoped to its own agency.
 */
const consultations = contextClient('/api/consultations');

export type ConsultationInput = z.input<typeof consultationInputSchema>;
export type ModerationInput = z.input<typeof moderationInputSchema>;
export type ReportInput = z.input<typeof reportInputSchema>;
export type ReportDecision = z.input<typeof reportDecisionSchema>;
export type AdoptedDocumentInput = z.input<typeof adoptedDocumentInputSchema>;

/** A published gazette document the picker offers as the one adopted from the draft. */
const adoptableSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  numberSymbol: z.string(),
  documentType: documentTypeSchema,
  abstract: z.string(),
  issueDate: z.string(),
});
export type AdoptableDocument = z.output<typeof adoptableSchema>;
export type VersionInput = z.input<typeof versionInputSchema>;

const detailSchema = z.object({
  consultation: consultationSchema,
  comments: z.array(consultationCommentSchema),
  /** The later versions of the draft (2, 3…). */
  versions: z.array(draftVersionSchema),
  history: z.array(auditEntrySchema),
  statistics: consultationStatisticsSchema,
  minimumPeriodDays: z.number(),
});
export type ConsultationDetail = z.output<typeof detailSchema>;

const path = (id: string, rest = '') => `/admin/consultations/${encodeURIComponent(id)}${rest}`;

export const consultationApi = {
  settings: () =>
    consultations.json(
      z.object({ minimumPeriodDays: z.number(), noticeVersion: z.string() }),
      'GET',
      '/admin/settings',
    ),
  list: () => consultations.items(consultationSchema, 'GET', '/admin/consultations'),
  detail: (id: string) => consultations.json(detailSchema, 'GET', path(id)),
  post: (input: ConsultationInput) =>
    consultations.json(consultationSchema, 'POST', '/admin/consultations', { body: input }),
  structure: (draftText: string) =>
    consultations.json(draftStructureSchema, 'POST', '/admin/draft-structure', { body: { draftText } }),
  structureOfDocx: (key: string) =>
    consultations.json(
      z.object({ draftText: z.string(), structure: draftStructureSchema }),
      'POST',
      '/admin/draft-structure/docx',
      { body: { key } },
    ),
  moderate: (id: string, commentId: string, input: ModerationInput) =>
    consultations.json(consultationCommentSchema, 'POST', path(id, `/comments/${commentId}/moderation`), {
      body: input,
    }),
  contact: (id: string, commentId: string) =>
    consultations.json(commentContactSchema, 'GET', path(id, `/comments/${commentId}/contact`)),
  submitReport: (id: string, input: ReportInput) =>
    consultations.json(consultationSchema, 'PUT', path(id, '/report'), { body: input }),
  decideReport: (id: string, input: ReportDecision) =>
    consultations.json(consultationSchema, 'POST', path(id, '/report/decision'), { body: input }),
  adoptableDocuments: (q: string) =>
    consultations.json(
      z.object({ items: z.array(adoptableSchema), total: z.number() }),
      'GET',
      `/admin/adoptable-documents?q=${encodeURIComponent(q)}`,
    ),
  linkAdoptedDocument: (id: string, input: AdoptedDocumentInput) =>
    consultations.json(consultationSchema, 'PUT', path(id, '/adopted-document'), { body: input }),
  postVersion: (id: string, input: VersionInput) =>
    consultations.json(draftVersionSchema, 'POST', path(id, '/versions'), { body: input }),
  uploadFile: (file: File, contentType: string) =>
    consultations.upload('/admin/files/uploads', file, contentType),
};
