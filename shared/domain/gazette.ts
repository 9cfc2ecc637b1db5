import { z } from 'zod';
import { bilingual, isoInstantSchema, slugSchema, text } from '#shared/domain/text.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';
import { slugify } from '#shared/text/vietnamese.ts';

/**
 * The provincial Official Gazette (Công báo): legal documents submitted by issuing agencies, reviewed by
 * the gazette officer against the review criteria (authority, content, form, format,
 * presentation technique), composed into numbered issues the director approves for publication.
 */

export const documentTypeSchema = z.enum([
  'nghi-quyet',
  'quyet-dinh',
  'chi-thi',
  'ke-hoach',
  'thong-bao',
  'van-ban-khac',
]);
export type DocumentType = z.infer<typeof documentTypeSchema>;
export const documentTypeLabels: Record<DocumentType, { vi: string; en: string; abbreviation: string }> = {
  'nghi-quyet': { vi: 'Nghị quyết', en: 'Resolution', abbreviation: 'NQ' },
  'quyet-dinh': { vi: 'Quyết định', en: 'Decision', abbreviation: 'QĐ' },
  'chi-thi': { vi: 'Chỉ thị', en: 'Directive', abbreviation: 'CT' },
  'ke-hoach': { vi: 'Kế hoạch', en: 'Plan', abbreviation: 'KH' },
  'thong-bao': { vi: 'Thông báo', en: 'Notice', abbreviation: 'TB' },
  'van-ban-khac': { vi: 'Văn bản khác', en: 'Other document', abbreviation: '' },
};

export const documentFieldSchema = z.enum([
  'hanh-chinh',
  'tai-chinh',
  'dau-tu',
  'dat-dai',
  'xay-dung',
  'giao-thong',
  'nong-nghiep',
  'tai-nguyen-moi-truong',
  'giao-duc',
  'y-te',
  'van-hoa-xa-hoi',
  'khac',
]);
export type DocumentField = z.infer<typeof documentFieldSchema>;
export const documentFieldLabels: Record<DocumentField, { vi: string; en: string }> = {
  'hanh-chinh': { vi: 'Hành chính, tổ chức bộ máy', en: 'Administration' },
  'tai-chinh': { vi: 'Tài chính, ngân sách', en: 'Finance and budget' },
  'dau-tu': { vi: 'Đầu tư', en: 'Investment' },
  'dat-dai': { vi: 'Đất đai', en: 'Land' },
  'xay-dung': { vi: 'Xây dựng', en: 'Construction' },
  'giao-thong': { vi: 'Giao thông vận tải', en: 'Transport' },
  'nong-nghiep': { vi: 'Nông nghiệp', en: 'Agriculture' },
  'tai-nguyen-moi-truong': { vi: 'Tài nguyên và môi trường', en: 'Natural resources and environment' },
  'giao-duc': { vi: 'Giáo dục', en: 'Education' },
  'y-te': { vi: 'Y tế', en: 'Health' },
  'van-hoa-xa-hoi': { vi: 'Văn hóa, xã hội', en: 'Culture and society' },
  khac: { vi: 'Lĩnh vực khác', en: 'Other' },
};

/**
 * Số, ký hiệu: number / year / abbreviation of type - abbreviation of issuer, as the rules on
 * document form prescribe: `12/2020/QĐ-UBND`, `24/2014/NĐ-CP`, `05/CT-UBND`.
 */
export const NUMBER_SYMBOL_PATTERN = /^\d{1,5}(\/\d{4})?\/[A-ZĐ]{1,6}(-[A-ZĐ0-9]{1,12}){1,3}$/u;
export const numberSymbolSchema = z
  .string()
  .transform((value) => value.normalize('NFC').trim().toUpperCase())
  .pipe(
    z
      .string()
      .regex(
        NUMBER_SYMBOL_PATTERN,
        bilingual(
          'Số, ký hiệu không đúng thể thức (ví dụ: 12/2020/QĐ-UBND)',
          'The number/symbol is not in the prescribed form (e.g. 12/2020/QĐ-UBND)',
        ),
      ),
  );

/**
 * Number/symbol as a unique key: upper case, NFC (`12/2020/qđ-ubnd` is `12/2020/QĐ-UBND`). A symbol
 * without a year (`03/CT-UBND`: directives restart their numbering each year) is scoped by its issue year.
 */
export function documentNumberKey(numberSymbol: string, issueDate: string): string {
  const normalized = numberSymbol.normalize('NFC').trim().toUpperCase();
  return /^\d+\/\d{4}\//.test(normalized) ? normalized : `${normalized}@${issueDate.slice(0, 4)}`;
}

/** The document's page slug: `12-2020-qd-ubnd`, or `03-ct-ubnd-2026` for a symbol without a year. */
export function documentSlug(numberSymbol: string, issueDate: string): string {
  const base = slugify(numberSymbol);
  return /^\d+\/\d{4}\//.test(numberSymbol) ? base : `${base}-${issueDate.slice(0, 4)}`;
}

const isoDateSchema = z.iso.date();

export const storedFileSchema = z.object({
  key: z.string(),
  fileName: z.string(),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentType: z.string(),
});
export type StoredFile = z.infer<typeof storedFileSchema>;

export const reviewCriteria = ['authority', 'content', 'form', 'format', 'presentation'] as const;
export const reviewCriterionLabels: Record<(typeof reviewCriteria)[number], { vi: string; en: string }> = {
  authority: { vi: 'Thẩm quyền ban hành', en: 'Authority to issue' },
  content: { vi: 'Nội dung', en: 'Content' },
  form: { vi: 'Hình thức', en: 'Form' },
  format: { vi: 'Thể thức', en: 'Format' },
  presentation: { vi: 'Kỹ thuật trình bày', en: 'Presentation technique' },
};
const criterionResultSchema = z.object({ pass: z.boolean(), note: z.string().max(2000).default('') });
export const reviewChecklistSchema = z.object({
  authority: criterionResultSchema,
  content: criterionResultSchema,
  form: criterionResultSchema,
  format: criterionResultSchema,
  presentation: criterionResultSchema,
});
export type ReviewChecklist = z.infer<typeof reviewChecklistSchema>;

export const documentStatusSchema = z.enum([
  'submitted', // received (checked by the API), waits for the workflow to queue it for review
  'in_review', // waiting for the gazette officer
  'returned', // sent back to the agency for correction
  'accepted', // passed review; can be placed in an issue
  'in_issue', // placed in an issue that is not published yet
  'published', // published in a gazette issue
  'failed', // an automated step failed after its retries; an officer must look
]);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/**
 * The eight fields that describe a legal document (the rules on the legal-document database list them).
 * One schema: the submission extends it, the stored document, the published entry and the issue's table of
 * contents extend or pick it, and `documentMetadataOf` copies exactly these fields from any of them.
 */
export const documentMetadataSchema = z.object({
  numberSymbol: numberSymbolSchema,
  documentType: documentTypeSchema,
  issuingBody: text({ max: 200 }),
  signer: text({ max: 120 }),
  issueDate: isoDateSchema,
  effectiveDate: isoDateSchema,
  abstract: text({ min: 10, max: 2000 }),
  field: documentFieldSchema,
});
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;
export const documentMetadataOf = (document: DocumentMetadata): DocumentMetadata =>
  documentMetadataSchema.parse(document);

/** What an agency submits (the signed PDF is uploaded first; its ticket key is referenced here). */
export const documentSubmissionSchema = documentMetadataSchema
  .extend({
    /** Key of the uploaded signed PDF (from POST /admin/files/uploads). */
    fileKey: z.string().regex(/^uploads\/[\w\-/.]+\.pdf$/),
    attachmentKeys: z
      .array(z.string().regex(/^uploads\/[\w\-/.]+$/))
      .max(10)
      .default([]),
  })
  .refine((value) => value.effectiveDate >= value.issueDate, {
    path: ['effectiveDate'],
    message: bilingual(
      'Ngày có hiệu lực không được trước ngày ban hành',
      'The effective date cannot be before the issue date',
    ),
  });
export type DocumentSubmission = z.infer<typeof documentSubmissionSchema>;

export const legalDocumentSchema = documentMetadataSchema.extend({
  id: z.uuid(),
  agencyId: slugSchema,
  file: storedFileSchema,
  attachments: z.array(storedFileSchema).default([]),
  status: documentStatusSchema,
  /** Number of submissions so far (1 + corrections). */
  submission: z.number().int().min(1),
  submittedAt: isoInstantSchema,
  submittedBy: z.string(),
  updatedAt: isoInstantSchema,
  /** The latest review's checklist and note, shown to the agency when returned. */
  lastReview: z
    .object({
      checklist: reviewChecklistSchema,
      note: z.string(),
      reviewedBy: z.string(),
      reviewedAt: z.string(),
    })
    .optional(),
  issueId: z.uuid().optional(),
  /** Set once published: the issue and pages it appears in. */
  publication: z.object({ year: z.number().int(), number: z.number().int(), pages: z.string() }).optional(),
  /** Whether the document is in force (the legal-document database filters on it). */
  inForce: z.boolean().default(true),
  workflowExecution: z.string().optional(),
  failure: z.string().optional(),
  version: z.number().int().min(1),
});
export type LegalDocument = z.infer<typeof legalDocumentSchema>;

export const reviewDecisionSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('accept'),
    checklist: reviewChecklistSchema,
    note: z.string().max(4000).default(''),
  }),
  z.object({
    outcome: z.literal('return'),
    checklist: reviewChecklistSchema,
    note: text({ min: 5, max: 4000 }),
  }),
]);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const issueStatusSchema = z.enum([
  'composing', // the officer arranges documents
  'awaiting_approval', // sent to the director
  'scheduled', // approved, waits for its publication time
  'publishing', // numbering, rendering, publishing (automated)
  'published',
  'failed',
]);
export type IssueStatus = z.infer<typeof issueStatusSchema>;

export const issueEntrySchema = documentMetadataSchema
  .pick({ numberSymbol: true, documentType: true, abstract: true, issuingBody: true })
  .extend({
    documentId: z.uuid(),
    /** Pages of the issue the document occupies, `3-7`. */
    pages: z.string().regex(/^\d+(-\d+)?$/),
  });
export type IssueEntry = z.infer<typeof issueEntrySchema>;

export const gazetteIssueSchema = z.object({
  id: z.uuid(),
  year: z.number().int().min(2000).max(2200),
  /** Allocated at publication, per year, without gaps. */
  number: z.number().int().min(1).optional(),
  title: z.string(),
  entries: z.array(issueEntrySchema).min(1),
  status: issueStatusSchema,
  publishAt: isoInstantSchema.optional(),
  publishedAt: isoInstantSchema.optional(),
  files: z.object({ html: storedFileSchema, pdf: storedFileSchema }).optional(),
  approvedBy: z.string().optional(),
  createdBy: z.string(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  workflowExecution: z.string().optional(),
  failure: z.string().optional(),
  version: z.number().int().min(1),
});
export type GazetteIssue = z.infer<typeof gazetteIssueSchema>;

export const composeIssueSchema = z.object({
  title: text({ min: 3, max: 200 }),
  entries: z
    .array(z.object({ documentId: z.uuid(), pages: z.string().regex(/^\d+(-\d+)?$/) }))
    .min(1, bilingual('Số công báo phải có ít nhất một văn bản', 'An issue needs at least one document')),
});

export const issueApprovalSchema = z.discriminatedUnion('outcome', [
  versionedSchema.extend({
    outcome: z.literal('approve'),
    publishAt: isoInstantSchema.optional(),
  }),
  versionedSchema.extend({
    outcome: z.literal('return'),
    note: text({ min: 3, max: 2000 }),
  }),
]);

/** A correction (đính chính): a new published record linked to a document; the issue is never edited. */
export const correctionSchema = z.object({
  id: z.uuid(),
  documentId: z.uuid(),
  text: z.string(),
  publishedAt: isoInstantSchema,
  publishedBy: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;
export const correctionInputSchema = z.object({ text: text({ min: 10, max: 4000 }) });

/** Which agencies receive printed copies of the gazette free of charge (Quyết định 1068/QĐ-UBND). */
export const distributionEntrySchema = z.object({
  agencyId: slugSchema,
  copies: z.number().int().min(1).max(50),
  note: z.string().max(500).default(''),
});
export type DistributionEntry = z.infer<typeof distributionEntrySchema>;

/** A published legal document as the public site shows it (Decree 42/2022 lists these fields). */
export const publishedDocumentSchema = documentMetadataSchema.extend({
  id: z.uuid(),
  /** `12-2020-qd-ubnd`: from the number/symbol, which is unique. */
  slug: slugSchema,
  agencyId: slugSchema,
  inForce: z.boolean(),
  /** The signed file as archived with the issue (key under `archive/`), with its SHA-256. */
  file: storedFileSchema,
  attachments: z.array(storedFileSchema).default([]),
  issue: z.object({ id: z.uuid(), year: z.number().int(), number: z.number().int(), pages: z.string() }),
  publishedAt: isoInstantSchema,
});
export type PublishedDocument = z.infer<typeof publishedDocumentSchema>;

/** A published issue: number and archived files are set. */
export const publishedIssueSchema = gazetteIssueSchema.extend({
  number: z.number().int().min(1),
  publishedAt: isoInstantSchema,
  files: z.object({ html: storedFileSchema, pdf: storedFileSchema }),
});
export type PublishedIssue = z.infer<typeof publishedIssueSchema>;

/** A form left on "Tất cả" sends `type=`: an empty parameter means no filter (forms work without JavaScript). */
const filterParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const documentSearchQuerySchema = z.object({
  q: z.string().max(200).default(''),
  type: filterParam(documentTypeSchema),
  issuingBody: filterParam(z.string().max(200)),
  field: filterParam(documentFieldSchema),
  year: filterParam(z.coerce.number().int().min(1990).max(2200)),
  inForce: filterParam(z.enum(['true', 'false'])),
});
export type DocumentSearchQuery = z.infer<typeof documentSearchQuerySchema>;

// The gazette's state machines (shared/gazette/workflow/). One enum of step names serves the ASL
// definitions, the task function's exhaustive switch and the pending-step record.

/** Steps a person (or the publication time) completes; each waits on a task token. */
export const humanStepSchema = z.enum(['review', 'correction', 'issue-approval', 'publication-time']);
export type HumanStep = z.infer<typeof humanStepSchema>;

/** Every step the task function runs: the Task states' `step`, and the scheduler's `release-issue`. */
export const gazetteStepSchema = z.enum([
  'await-human',
  'accept-document',
  'return-issue',
  'allocate-number',
  'render-issue',
  'publish-issue',
  'record-failure',
  'release-issue',
]);
export type GazetteStep = z.infer<typeof gazetteStepSchema>;

/** The human step a document or issue waits on, with the token that resumes its execution. */
export const pendingStepSchema = z.object({
  humanStep: humanStepSchema,
  token: z.string(),
  executionId: z.string(),
  since: z.string(),
});
export type PendingStep = z.infer<typeof pendingStepSchema>;
