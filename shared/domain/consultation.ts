import * as z from 'zod';
import { documentTypeSchema, storedFileSchema } from './gazette.ts';
import {
  consentFields,
  formTokenField,
  honeypotField,
  optional,
  optionalEmail,
  phoneSchema,
  reachableSender,
} from './public-form.ts';
import { bilingual, isoInstantSchema, slugSchema, text } from './text.ts';
import { versionedSchema, versionSchema } from './versioned.ts';

/**
 * Public comment on draft regulations (lấy ý kiến dự thảo văn bản): the stored records, the API inputs and
 * the scheduler's tasks. The draft text is kept structured into Chương / Điều / Khoản (parsed by
 * shared/consultation/draft-text.ts), each part with a stable anchor that comments point at.
 */

// ---------------------------------------------------------------------------------------------------
// The structured draft.

/** `chuong-ii`, `chuong-ii-muc-1`, `dieu-5`, `dieu-5-khoan-2`; `toan-van` is the whole draft. */
export const WHOLE_DRAFT = 'toan-van';
export const anchorSchema = z
  .string()
  .regex(/^(toan-van|chuong-[a-z0-9]+(-muc-\d+)?|dieu-\d+(-khoan-\d+)?)$/);

export const draftClauseSchema = z.object({
  anchor: anchorSchema,
  number: z.number().int().min(1),
  text: z.string(),
});
export const draftArticleSchema = z.object({
  anchor: anchorSchema,
  number: z.number().int().min(1),
  title: z.string(),
  /** The chapter it belongs to, when the draft has chapters. */
  chapterAnchor: anchorSchema.optional(),
  /** The section (Mục) of the chapter it belongs to, when the chapter has sections. */
  sectionAnchor: anchorSchema.optional(),
  /** Text of the article before its first clause (or the whole article when it has no clauses). */
  intro: z.string(),
  clauses: z.array(draftClauseSchema),
});
export const draftChapterSchema = z.object({ anchor: anchorSchema, number: z.string(), title: z.string() });
/** A section (Mục) of a chapter: numbered from 1 inside its chapter. */
export const draftSectionSchema = z.object({
  anchor: anchorSchema,
  number: z.number().int().min(1),
  title: z.string(),
  chapterAnchor: anchorSchema,
});
export const draftStructureSchema = z.object({
  preamble: z.string(),
  chapters: z.array(draftChapterSchema),
  /** Absent on drafts stored before sections were recognised: read as none. */
  sections: z.array(draftSectionSchema).optional(),
  articles: z.array(draftArticleSchema).min(1),
});
export type DraftClause = z.infer<typeof draftClauseSchema>;
export type DraftArticle = z.infer<typeof draftArticleSchema>;
export type DraftChapter = z.infer<typeof draftChapterSchema>;
export type DraftSection = z.infer<typeof draftSectionSchema>;
export type DraftStructure = z.infer<typeof draftStructureSchema>;

// ---------------------------------------------------------------------------------------------------
// The consultation.

/**
 * scheduled ─open (at opensAt)→ open ─close (at closesAt)→ closed ─submit-report→ report-submitted
 *                                                                 ←return-report─┘ └─approve-report→ concluded
 */
export const consultationStatusSchema = z.enum([
  'scheduled',
  'open',
  'closed',
  'report-submitted',
  'concluded',
]);
export type ConsultationStatus = z.infer<typeof consultationStatusSchema>;

export const consultationStatusLabels: Record<ConsultationStatus, { vi: string; en: string }> = {
  scheduled: { vi: 'Sắp lấy ý kiến', en: 'Not yet open' },
  open: { vi: 'Đang lấy ý kiến', en: 'Open for comment' },
  closed: { vi: 'Đã hết hạn lấy ý kiến', en: 'Closed' },
  'report-submitted': { vi: 'Đang duyệt báo cáo tiếp thu', en: 'Report awaiting approval' },
  concluded: { vi: 'Đã có báo cáo tiếp thu, giải trình', en: 'Concluded (report published)' },
};

export const documentKindSchema = z.enum(['nghi-quyet', 'quyet-dinh', 'chi-thi', 'ke-hoach', 'khac']);
export type DocumentKind = z.infer<typeof documentKindSchema>;
export const documentKindLabels: Record<z.infer<typeof documentKindSchema>, { vi: string; en: string }> = {
  'nghi-quyet': { vi: 'Nghị quyết', en: 'Resolution' },
  'quyet-dinh': { vi: 'Quyết định', en: 'Decision' },
  'chi-thi': { vi: 'Chỉ thị', en: 'Directive' },
  'ke-hoach': { vi: 'Kế hoạch', en: 'Plan' },
  khac: { vi: 'Văn bản khác', en: 'Other document' },
};

export const dispositionSchema = z.enum(['accepted', 'partly-accepted', 'not-accepted']);
export type Disposition = z.infer<typeof dispositionSchema>;
export const dispositionLabels: Record<Disposition, { vi: string; en: string }> = {
  accepted: { vi: 'Tiếp thu', en: 'Accepted' },
  'partly-accepted': { vi: 'Tiếp thu một phần', en: 'Partly accepted' },
  'not-accepted': { vi: 'Không tiếp thu (giải trình)', en: 'Not accepted (explained)' },
};

/** One issue of the disposition report: the comments it groups, what the agency decided and why. */
export const reportIssueSchema = z.object({
  title: text({ min: 3, max: 300 }),
  commentIds: z.array(z.uuid()).max(500).default([]),
  disposition: dispositionSchema,
  reason: text({ min: 3, max: 5000 }),
  /** The part of the draft changed because of it. */
  changedAnchor: anchorSchema.optional(),
});
export type ReportIssue = z.infer<typeof reportIssueSchema>;

export const dispositionReportSchema = z.object({
  summary: text({ min: 3, max: 5000 }),
  issues: z.array(reportIssueSchema).min(1).max(200),
  submittedAt: isoInstantSchema,
  submittedBy: z.string(),
  approvedAt: isoInstantSchema.optional(),
  approvedBy: z.string().optional(),
  returnNote: z.string().optional(),
});
export type DispositionReport = z.infer<typeof dispositionReportSchema>;

/** What the consultation keeps of the gazette document adopted from it: enough for its link. */
export const adoptedDocumentSchema = z.object({
  documentId: z.uuid(),
  slug: slugSchema,
  numberSymbol: z.string(),
  documentType: documentTypeSchema,
  abstract: z.string(),
  issueDate: z.string(),
  /** Who linked it is in the audit trail, not here: the record is public. */
  linkedAt: isoInstantSchema,
});
export type AdoptedDocument = z.infer<typeof adoptedDocumentSchema>;

/** The other way round, kept beside the document: the consultation its page links back to. */
export const consultationAdoptionSchema = z.object({
  documentId: z.uuid(),
  consultationId: z.uuid(),
  slug: slugSchema,
  title: z.string(),
  linkedAt: isoInstantSchema,
});
export type ConsultationAdoption = z.infer<typeof consultationAdoptionSchema>;

export const consultationSchema = z.object({
  id: z.uuid(),
  slug: slugSchema,
  title: z.string(),
  agencyId: slugSchema,
  agencyName: z.string(),
  field: z.string(),
  documentKind: documentKindSchema,
  summary: z.string(),
  draftText: z.string(),
  draft: draftStructureSchema,
  /** Supporting files (the submission memo, the full draft as PDF/DOCX), uploaded with a ticket. */
  files: z.array(storedFileSchema).default([]),
  questions: z.array(z.string()).default([]),
  opensAt: isoInstantSchema,
  closesAt: isoInstantSchema,
  /** Set when the period was shorter than the minimum setting: the admin sees it. */
  shortPeriodWarning: z.boolean().default(false),
  status: consultationStatusSchema,
  openedAt: isoInstantSchema.optional(),
  closedAt: isoInstantSchema.optional(),
  report: dispositionReportSchema.optional(),
  /** The legal document adopted from the draft, once the officer linked it (published in the gazette). */
  adoptedDocument: adoptedDocumentSchema.optional(),
  /** The number of the latest version of the draft (a `DraftVersion` item); absent while only version 1. */
  latestVersion: z.number().int().min(2).optional(),
  createdAt: isoInstantSchema,
  createdBy: z.string(),
  updatedAt: isoInstantSchema,
  version: versionSchema,
});
export type Consultation = z.infer<typeof consultationSchema>;

// ---------------------------------------------------------------------------------------------------
// Later versions of the draft.

/** A changed part of a version and what is behind the change: comments, and issues of the report. */
export const versionLinkSchema = z.object({
  /** The part as the new version numbers it (as the previous one did, for a part removed). */
  anchor: anchorSchema,
  removed: z.boolean().default(false),
  commentIds: z.array(z.uuid()).max(500).default([]),
  /** Indexes into the report's issues. */
  issueIndexes: z.array(z.number().int().min(0)).max(200).default([]),
});
export type VersionLink = z.infer<typeof versionLinkSchema>;

/**
 * A version of the draft posted after the period closed. Version 1 is the draft the consultation opened
 * with (the consultation's own `draftText`, `draft` and `files`); versions 2, 3… are items of their own.
 */
export const draftVersionSchema = z.object({
  consultationId: z.uuid(),
  number: z.number().int().min(1),
  draftText: z.string(),
  draft: draftStructureSchema,
  changeNote: z.string(),
  files: z.array(storedFileSchema).default([]),
  links: z.array(versionLinkSchema).default([]),
  postedAt: isoInstantSchema,
  postedBy: z.string(),
});
export type DraftVersion = z.infer<typeof draftVersionSchema>;

// ---------------------------------------------------------------------------------------------------
// Comments.

export const commentStatusSchema = z.enum(['pending', 'published', 'rejected']);
export type CommentStatus = z.infer<typeof commentStatusSchema>;

/** Why a moderator keeps a comment off the page. */
export const rejectionReasonSchema = z.enum(['off-topic', 'offensive', 'personal-data', 'spam', 'duplicate']);
export type RejectionReason = z.infer<typeof rejectionReasonSchema>;
export const rejectionReasonLabels: Record<RejectionReason, { vi: string; en: string }> = {
  'off-topic': { vi: 'Không liên quan đến dự thảo', en: 'Not about the draft' },
  offensive: { vi: 'Ngôn từ xúc phạm, thiếu văn hóa', en: 'Offensive language' },
  'personal-data': { vi: 'Chứa thông tin cá nhân của người khác', en: "Contains others' personal data" },
  spam: { vi: 'Quảng cáo, thư rác', en: 'Advertising or spam' },
  duplicate: { vi: 'Trùng với ý kiến đã gửi', en: 'Duplicate of a comment already sent' },
};

/** Who sent a comment, for the statistics: an organisation when the form named one. */
export const authorKindSchema = z.enum(['individual', 'organisation']);
export type AuthorKind = z.infer<typeof authorKindSchema>;

/** A comment as the portal keeps it; the commenter's contact is a separate record. */
export const consultationCommentSchema = z.object({
  id: z.uuid(),
  consultationId: z.uuid(),
  anchor: anchorSchema,
  /** What the page shows as the author: the organisation if given, else the name. */
  authorLabel: z.string(),
  /** Comments stored before the statistics (none in service) read as a person's. */
  authorKind: authorKindSchema.default('individual'),
  content: z.string(),
  /** The content with personal data masked: what is published. */
  publicContent: z.string(),
  status: commentStatusSchema,
  receivedAt: isoInstantSchema,
  moderatedAt: isoInstantSchema.optional(),
  moderatedBy: z.string().optional(),
  rejectionReason: rejectionReasonSchema.optional(),
  version: versionSchema,
});
export type ConsultationComment = z.infer<typeof consultationCommentSchema>;

/** The commenter's personal data, apart from the comment, never rendered publicly. */
export const commentContactSchema = z.object({
  commentId: z.uuid(),
  consultationId: z.uuid(),
  name: z.string(),
  organisation: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  consent: z.object({ at: isoInstantSchema, noticeVersion: z.string() }),
});
export type CommentContact = z.infer<typeof commentContactSchema>;

// ---------------------------------------------------------------------------------------------------
// Inputs.

/** `2026-12-10T08:00` (datetime-local, read in Asia/Ho_Chi_Minh) or an ISO instant with its offset. */
const vietnamDateTimeSchema = z
  .string()
  .transform((value) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)
      ? `${value.length === 16 ? `${value}:00` : value}+07:00`
      : value,
  )
  .pipe(
    isoInstantSchema.describe(
      bilingual('Ngày giờ chưa đúng (giờ Việt Nam)', 'Not a valid date and time (Vietnam time)'),
    ),
  );

const draftTextSchema = text({ min: 20, max: 400_000 });
/** Keys of files uploaded with a ticket from `POST /admin/files/uploads`. */
const fileKeysSchema = z
  .array(z.string().regex(/^uploads\//))
  .max(10)
  .default([]);

export const consultationInputSchema = z
  .object({
    title: text({ min: 5, max: 300 }),
    slug: optional(slugSchema),
    /** Set by the officer; an agency user posts for its own agency (taken from the token). */
    agencyId: optional(slugSchema),
    field: text({ min: 2, max: 120 }),
    documentKind: documentKindSchema,
    summary: text({ min: 0, max: 3000 }).default(''),
    draftText: draftTextSchema,
    fileKeys: fileKeysSchema,
    questions: z
      .array(text({ min: 5, max: 500 }))
      .max(20)
      .default([]),
    opensAt: vietnamDateTimeSchema,
    closesAt: vietnamDateTimeSchema,
  })
  .refine((value) => new Date(value.closesAt).getTime() > new Date(value.opensAt).getTime(), {
    path: ['closesAt'],
    message: bilingual('Thời điểm kết thúc phải sau thời điểm bắt đầu', 'The period must end after it opens'),
  });
export type ConsultationInput = z.infer<typeof consultationInputSchema>;

/** The public comment form (a browser form post with JavaScript off, or JSON). */
export const commentSubmissionSchema = z
  .object({
    anchor: anchorSchema.default(WHOLE_DRAFT),
    content: text({ min: 10, max: 5000 }),
    name: text({ min: 2, max: 120 }),
    organisation: optional(text({ max: 200 })),
    email: optionalEmail,
    phone: optional(phoneSchema),
    ...consentFields({ vi: 'gửi góp ý', en: 'send a comment' }),
    formToken: formTokenField,
    website: honeypotField,
  })
  .refine(...reachableSender('email', { vi: 'cơ quan soạn thảo', en: 'the drafting agency' }));
export type CommentSubmission = z.infer<typeof commentSubmissionSchema>;

export const moderationInputSchema = z.discriminatedUnion('decision', [
  versionedSchema.extend({ decision: z.literal('publish') }),
  versionedSchema.extend({ decision: z.literal('reject'), reason: rejectionReasonSchema }),
]);
export type ModerationInput = z.infer<typeof moderationInputSchema>;

export const reportInputSchema = versionedSchema.extend({
  summary: text({ min: 3, max: 5000 }),
  issues: z.array(reportIssueSchema).min(1).max(200),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

export const reportDecisionSchema = z.discriminatedUnion('decision', [
  versionedSchema.extend({ decision: z.literal('approve') }),
  versionedSchema.extend({ decision: z.literal('return'), note: text({ min: 3, max: 2000 }) }),
]);
export type ReportDecision = z.infer<typeof reportDecisionSchema>;

/** The officer names the gazette document adopted from a concluded consultation. */
export const adoptedDocumentInputSchema = versionedSchema.extend({ documentId: z.uuid() });
export type AdoptedDocumentInput = z.infer<typeof adoptedDocumentInputSchema>;
/** A new version of the draft: its text, why it changed, files, and optionally which comments are behind a part. */
export const versionInputSchema = versionedSchema.extend({
  draftText: draftTextSchema,
  changeNote: text({ min: 3, max: 5000 }),
  fileKeys: fileKeysSchema,
  /** Per part, the comments behind its change; a part named here replaces what the report says of it. */
  links: z
    .array(z.object({ anchor: anchorSchema, commentIds: z.array(z.uuid()).max(500) }))
    .max(500)
    .default([]),
});
export type VersionInput = z.infer<typeof versionInputSchema>;

/** What the scheduler fires: the period opens, the period closes. */
export const consultationTaskSchema = z.object({
  task: z.enum(['open', 'close']),
  consultationId: z.uuid(),
  /** The instant it was scheduled for: a task whose instant no longer matches is stale. */
  at: isoInstantSchema,
});
export type ConsultationTask = z.infer<typeof consultationTaskSchema>;

/** What the public page and listings show: never a contact. */
export type PublicComment = Pick<
  ConsultationComment,
  'id' | 'anchor' | 'authorLabel' | 'publicContent' | 'receivedAt'
>;

// ---------------------------------------------------------------------------------------------------
// Statistics (shared/consultation/statistics.ts): counts only, never a commenter.

const commentCountsSchema = z.object({
  received: z.number().int(),
  published: z.number().int(),
  pending: z.number().int(),
  rejected: z.number().int(),
});
export const partStatisticsSchema = commentCountsSchema.extend({
  anchor: anchorSchema,
  labelVi: z.string(),
  labelEn: z.string(),
});
export type PartStatistics = z.infer<typeof partStatisticsSchema>;
export const consultationStatisticsSchema = commentCountsSchema.extend({
  rejectedBy: z.record(rejectionReasonSchema, z.number().int()),
  byAuthor: z.record(authorKindSchema, z.object({ received: z.number().int(), published: z.number().int() })),
  /** Every part of the draft in its order (the whole draft, each article, each clause), zeros included. */
  parts: z.array(partStatisticsSchema),
});
export type ConsultationStatistics = z.infer<typeof consultationStatisticsSchema>;
