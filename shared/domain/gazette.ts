import * as z from 'zod';
import { bilingual, isoInstantSchema, slugSchema, text } from '#shared/domain/text.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';
import { slugify } from '#shared/text/vietnamese.ts';
import { documentNumberKey } from './legal-reference.ts';

export { documentNumberKey };

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
export type ReviewCriterion = (typeof reviewCriteria)[number];
/**
 * The criteria the law names for every review: the authority to issue and the form. Which others the
 * office checks is the province's setting (GAZETTE_REVIEW_CRITERIA; not confirmed, docs/decisions.md).
 */
export const REQUIRED_REVIEW_CRITERIA = ['authority', 'form'] as const satisfies readonly ReviewCriterion[];
const criterionResultSchema = z.object({ pass: z.boolean(), note: z.string().max(2000).default('') });
export const reviewChecklistSchema = z.object({
  authority: criterionResultSchema,
  content: criterionResultSchema.optional(),
  form: criterionResultSchema,
  format: criterionResultSchema.optional(),
  presentation: criterionResultSchema.optional(),
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

/**
 * How a document acts on earlier ones in the legal-document database (Law 64/2025/QH15: documents that
 * amend, repeal or suspend a document, corrections and notices of expiry are gazette entries too). Each
 * takes effect on the acting document's effective date.
 */
export const relationKindSchema = z.enum(['amends', 'repeals', 'suspends', 'corrects', 'declares-expired']);
export type RelationKind = z.infer<typeof relationKindSchema>;
/** `active`: what the acting document does; `passive`: how the affected document's page names it. */
export const relationKindLabels: Record<RelationKind, { active: string; passive: string; en: string }> = {
  amends: { active: 'Sửa đổi, bổ sung', passive: 'Được sửa đổi, bổ sung bởi', en: 'Amends' },
  repeals: { active: 'Bãi bỏ', passive: 'Bị bãi bỏ bởi', en: 'Repeals' },
  suspends: { active: 'Ngưng hiệu lực', passive: 'Bị ngưng hiệu lực bởi', en: 'Suspends' },
  corrects: { active: 'Đính chính', passive: 'Được đính chính bởi', en: 'Corrects' },
  'declares-expired': {
    active: 'Thông báo hết hiệu lực',
    passive: 'Hết hiệu lực theo thông báo',
    en: 'Declares expired',
  },
};

/** A relation as the agency picks it: the kind and the earlier document, from the legal-document database. */
export const relationInputSchema = z.object({
  kind: relationKindSchema,
  targetId: z.uuid(),
  /** A repeal of some provisions only: the document stays partly in force. */
  partial: z.boolean().default(false),
  /** Which articles or clauses, as the acting document words it. */
  note: z.string().max(500).default(''),
});
export type RelationInput = z.infer<typeof relationInputSchema>;

/** An earlier document as another record names it: enough to link and cite it. */
export const documentRefSchema = z.object({
  id: z.uuid(),
  numberSymbol: z.string(),
  documentType: documentTypeSchema,
  slug: slugSchema,
});
export type DocumentRef = z.infer<typeof documentRefSchema>;

/** A relation stored on the acting document: what it does to which document. */
export const documentRelationSchema = relationInputSchema.omit({ targetId: true }).extend({
  target: documentRefSchema,
});
export type DocumentRelation = z.infer<typeof documentRelationSchema>;

/** A relation stored on the affected document: who acts on it, and from when (the actor's effective date). */
export const incomingRelationSchema = relationInputSchema.omit({ targetId: true }).extend({
  source: documentRefSchema,
  effectiveDate: isoDateSchema,
  publishedAt: isoInstantSchema,
});
export type IncomingRelation = z.infer<typeof incomingRelationSchema>;

/**
 * Status in force (tình trạng hiệu lực), derived from the document's own effective date and the relations
 * that act on it; nobody types it.
 */
export const statusInForceSchema = z.enum([
  'not_yet_in_force',
  'in_force',
  'partly_in_force',
  'suspended',
  'expired',
]);
export type StatusInForce = z.infer<typeof statusInForceSchema>;
export const statusInForceLabels: Record<StatusInForce, { vi: string; en: string }> = {
  not_yet_in_force: { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  in_force: { vi: 'Còn hiệu lực', en: 'In force' },
  partly_in_force: { vi: 'Hết hiệu lực một phần', en: 'Partly repealed' },
  suspended: { vi: 'Ngưng hiệu lực', en: 'Suspended' },
  expired: { vi: 'Hết hiệu lực toàn bộ', en: 'No longer in force' },
};

/**
 * The status a relation leaves its target in, or undefined when it leaves the status as it was. An
 * amendment replaces provisions, which cease to apply: the amended document is partly no longer in force,
 * as the national legal-document database records it. A correction changes no status.
 */
export function statusAfter(relation: Pick<IncomingRelation, 'kind' | 'partial'>): StatusInForce | undefined {
  switch (relation.kind) {
    case 'amends':
      return 'partly_in_force';
    case 'repeals':
      return relation.partial ? 'partly_in_force' : 'expired';
    case 'suspends':
      return 'suspended';
    case 'declares-expired':
      return 'expired';
    case 'corrects':
      return undefined;
  }
}

/**
 * The status in force on a day (`YYYY-MM-DD`): in force from the effective date, then each relation that
 * changes the status, in the order they take effect. A whole repeal or expiry is final; a partial change
 * does not undo a suspension.
 */
export function statusInForceOn(
  document: {
    effectiveDate: string;
    relatedBy: Pick<IncomingRelation, 'kind' | 'partial' | 'effectiveDate'>[];
  },
  day: string,
): StatusInForce {
  let status: StatusInForce = document.effectiveDate <= day ? 'in_force' : 'not_yet_in_force';
  const inEffect = document.relatedBy
    .filter((relation) => relation.effectiveDate <= day)
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  for (const relation of inEffect) {
    const next = statusAfter(relation);
    if (!next || status === 'expired') continue;
    if (next === 'partly_in_force' && status === 'suspended') continue;
    status = next;
  }
  return status;
}

/** Whether a status counts as in force (the exchange format's `inForce`). */
export const isInForce = (status: StatusInForce) => status === 'in_force' || status === 'partly_in_force';

/** Editable copies: Word or Excel, with the same content as the signed original. */
export const EDITABLE_EXTENSIONS = ['docx', 'xlsx'] as const;

/**
 * What an agency submits: the signed original (PDF) and an editable copy with the same content (DOCX or
 * XLSX), uploaded first and referenced by their ticket keys, with the signing date (`issueDate`) and the
 * earlier documents it acts on.
 */
export const documentSubmissionSchema = documentMetadataSchema
  .extend({
    /** Key of the uploaded signed original (from POST /admin/files/uploads). */
    fileKey: z.string().regex(/^uploads\/[\w\-/.]+\.pdf$/),
    /** Key of the uploaded editable copy. */
    editableKey: z
      .string()
      .regex(
        /^uploads\/[\w\-/.]+\.(docx|xlsx)$/,
        bilingual('Cần bản DOCX hoặc XLSX của văn bản', 'An editable DOCX or XLSX copy is required'),
      ),
    attachmentKeys: z
      .array(z.string().regex(/^uploads\/[\w\-/.]+$/))
      .max(10)
      .default([]),
    relations: z.array(relationInputSchema).max(10).default([]),
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
  /** The signed original. */
  file: storedFileSchema,
  /** The editable copy (DOCX or XLSX) with the same content; absent on documents received before 2025. */
  editableFile: storedFileSchema.optional(),
  attachments: z.array(storedFileSchema).default([]),
  /** What this document does to earlier documents; applied to them when it is published. */
  relations: z.array(documentRelationSchema).default([]),
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
  workflowExecution: z.string().optional(),
  failure: z.string().optional(),
  version: z.number().int().min(1),
});
export type LegalDocument = z.infer<typeof legalDocumentSchema>;

/**
 * The issuing body sends each document for posting within 3 days of signing (Law 64/2025/QH15 and Decree
 * 78/2025/NĐ-CP on the gazette). Calendar days: the law counts days, not working days.
 */
export const SUBMISSION_DAYS_AFTER_SIGNING = 3;

/** How a document in the officer's queue stands against the two deadlines (computed by the API). */
export const documentTimingSchema = z.object({
  signedOn: isoDateSchema,
  receivedOn: isoDateSchema,
  /** Calendar days from signing to receipt. */
  daysFromSigning: z.number().int(),
  /** Received after the 3-day limit. */
  lateSubmission: z.boolean(),
  /** The day the office must post it by (the province's setting, counted from receipt). */
  postingDueOn: isoDateSchema,
  /** `overdue` past that day, `due` on it, `pending` before it; `posted` once published. */
  posting: z.enum(['pending', 'due', 'overdue', 'posted']),
});
export type DocumentTiming = z.infer<typeof documentTimingSchema>;

/** The rules the province sets for its gazette, as the admin screens need them. */
export const gazetteSettingsSchema = z.object({
  reviewCriteria: z.array(z.enum(reviewCriteria)),
  postingWorkingDays: z.number().int(),
  submissionDaysAfterSigning: z.number().int(),
  issueNumbering: z.enum(['per-year', 'continuous']),
});
export type GazetteSettings = z.infer<typeof gazetteSettingsSchema>;
export const queuedDocumentSchema = legalDocumentSchema.extend({ timing: documentTimingSchema });
export type QueuedDocument = z.infer<typeof queuedDocumentSchema>;

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

/**
 * The issue PDF's signature (PAdES): who signed, when, and the signing certificate's SHA-256 fingerprint,
 * as the public page shows them beside the file's SHA-256.
 */
export const issueSignatureSchema = z.object({
  /** The certificate subject's organisation (or common name). */
  signer: z.string(),
  subject: z.string(),
  issuer: z.string(),
  signedAt: isoInstantSchema,
  /** SHA-256 of the signing certificate (DER), 64 lowercase hex digits. */
  certificateSha256: z.string().regex(/^[0-9a-f]{64}$/),
  certificateSerial: z.string(),
  /** `CAdES` (PAdES baseline B): the SubFilter ETSI.CAdES.detached. */
  format: z.literal('PAdES-B-B'),
});
export type IssueSignature = z.infer<typeof issueSignatureSchema>;

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
  /** The issue PDF's digital signature; absent on issues published before signed issues. */
  signature: issueSignatureSchema.optional(),
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

/** A published legal document as the public site shows it (Decree 224/2026/NĐ-CP lists these fields). */
export const publishedDocumentSchema = documentMetadataSchema.extend({
  id: z.uuid(),
  /** `12-2020-qd-ubnd`: from the number/symbol, which is unique. */
  slug: slugSchema,
  agencyId: slugSchema,
  /** The signed file as archived with the issue (key under `archive/`), with its SHA-256. */
  file: storedFileSchema,
  /** The editable copy as archived with the issue. */
  editableFile: storedFileSchema.optional(),
  attachments: z.array(storedFileSchema).default([]),
  /** What this document does to earlier ones (amends, repeals, …). */
  relations: z.array(documentRelationSchema).default([]),
  /** What later documents did to this one, in the order they were published: its status timeline. */
  relatedBy: z.array(incomingRelationSchema).default([]),
  issue: z.object({ id: z.uuid(), year: z.number().int(), number: z.number().int(), pages: z.string() }),
  publishedAt: isoInstantSchema,
  /** Each later relation rewrites the entry: the version keeps two publications from losing one. */
  version: z.number().int().min(1).default(1),
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
  /** Status in force today, derived from the documents' relations. */
  status: filterParam(statusInForceSchema),
  /** The older filter, kept for links people saved: in force (in force or partly) or not. */
  inForce: filterParam(z.enum(['true', 'false'])),
});
export type DocumentSearchQuery = z.infer<typeof documentSearchQuerySchema>;

// The gazette's state machines (shared/gazette/workflow/). One enum of step names serves the ASL
// definitions, the task function's exhaustive switch and the pending-step record.

/** Steps a person (or the publication time) completes; each waits on a task token. */
export const humanStepSchema = z.enum(['review', 'correction', 'issue-approval', 'publication-time']);
export type HumanStep = z.infer<typeof humanStepSchema>;

/**
 * Every step the task function runs: the Task states' `step`, the scheduler's `release-issue`, and
 * `certificate-request`, which an operator invokes once to get the signing key's certificate request.
 */
export const gazetteStepSchema = z.enum([
  'await-human',
  'accept-document',
  'return-issue',
  'allocate-number',
  'render-issue',
  'publish-issue',
  'record-failure',
  'release-issue',
  'certificate-request',
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
