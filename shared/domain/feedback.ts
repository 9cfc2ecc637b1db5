import * as z from 'zod';
import { auditEntrySchema } from '#shared/domain/audit.ts';
import {
  consentFields,
  formTokenField,
  honeypotField,
  optional,
  optionalEmail,
  phoneSchema,
  reachableSender,
} from '#shared/domain/public-form.ts';
import { bilingual, isoInstantSchema, slugSchema, text } from '#shared/domain/text.ts';
import { versionedSchema, versionSchema } from '#shared/domain/versioned.ts';
import { personalDataKinds } from '#shared/text/personal-data.ts';

/**
 * Citizens' feedback and petitions (phản ánh, kiến nghị; Decree 20/2008/NĐ-CP as amended by Decree
 * 92/2017/NĐ-CP): a citizen or business sends one from the public site without an account, the feedback
 * officer classifies and forwards it to the agency that must answer, the agency answers, the director
 * approves the answer for publication, and the question is published anonymised beside its answer.
 *
 * The record below is what staff work on. The sender's contact details live in a separate record
 * (`FeedbackContact`), never rendered on a public page, and every staff read of it is audited.
 */

/** A phản ánh reports a problem with a regulation or procedure; a kiến nghị also proposes a solution. */
export const feedbackKindSchema = z.enum(['phan-anh', 'kien-nghi']);
export type FeedbackKind = z.infer<typeof feedbackKindSchema>;
export const feedbackKindLabels: Record<FeedbackKind, { vi: string; en: string }> = {
  'phan-anh': { vi: 'Phản ánh', en: 'Feedback' },
  'kien-nghi': { vi: 'Kiến nghị', en: 'Petition' },
};

/**
 * `PA-2026-7K3Q9`: year of receipt and five characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L, U/V), so that it can be read over the phone. Typed in lower case or with spaces, it still matches.
 */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const TRACKING_CODE_PATTERN = new RegExp(`^PA-\\d{4}-[${TRACKING_ALPHABET}]{5}$`);
export const trackingCodeSchema = z
  .string()
  .max(40)
  .transform((value) => value.normalize('NFC').toUpperCase().replace(/\s+/g, '').replace(/—|–/g, '-'))
  .pipe(
    z
      .string()
      .regex(
        TRACKING_CODE_PATTERN,
        bilingual('Mã theo dõi có dạng PA-2026-7K3Q9', 'A tracking code looks like PA-2026-7K3Q9'),
      ),
  );

export const feedbackStatusSchema = z.enum([
  'received', // sent by the citizen; the officer classifies it (forwarding due within 5 working days)
  'accepted', // classified, waits to be forwarded (also after an agency declined it: to be re-routed)
  'rejected', // not taken up, with a coded reason shown to the sender
  'merged', // a duplicate, merged into the original; follows the original's answer
  'forwarded', // with the agency that must answer, due by answerDueOn
  'answered', // the agency answered; waits for the director's approval
  'published', // the answer is public; the sender may rate it, and reopen it once within a period
  'closed', // the reopen period is over (or the item was rejected or merged long enough ago)
]);
export type FeedbackStatus = z.infer<typeof feedbackStatusSchema>;

/** Why the officer does not take an item up (shown to the sender with guidance). */
export const rejectionReasonSchema = z.enum([
  'duplicate',
  'outside-competence',
  'insufficient-information',
  'offensive',
]);
export type RejectionReason = z.infer<typeof rejectionReasonSchema>;
export const rejectionReasonLabels: Record<RejectionReason, { vi: string; en: string }> = {
  duplicate: { vi: 'Trùng với phản ánh, kiến nghị đã gửi', en: 'A duplicate of an earlier submission' },
  'outside-competence': {
    vi: 'Không thuộc thẩm quyền giải quyết của tỉnh',
    en: 'Outside the competence of the province',
  },
  'insufficient-information': {
    vi: 'Chưa đủ thông tin để xem xét, giải quyết',
    en: 'Not enough information to consider it',
  },
  offensive: { vi: 'Có nội dung xúc phạm, không phù hợp', en: 'Offensive or inappropriate content' },
};

/** A file kept with an item (the citizen's attachments are never public; an answer's are). */
export const feedbackFileSchema = z.object({
  key: z.string(),
  fileName: z.string(),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentType: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
});
export type FeedbackFile = z.infer<typeof feedbackFileSchema>;

/** What the item concerns, optionally: an agency of the directory, a legal document, a procedure. */
export const feedbackConcernsSchema = z.object({
  agencyId: slugSchema.optional(),
  /** A published legal document of the database (its id) and how it was shown when picked. */
  documentId: z.uuid().optional(),
  documentLabel: z.string().max(300).optional(),
  /** An administrative procedure, by name or code, as the citizen gave it. */
  procedure: z.string().max(300).optional(),
});
export type FeedbackConcerns = z.infer<typeof feedbackConcernsSchema>;

/** One entry of the public timeline. It never names a person, only agencies and what happened. */
export const timelineEventSchema = z.object({
  at: isoInstantSchema,
  type: z.enum([
    'received',
    'accepted',
    'rejected',
    'merged',
    'forwarded',
    'declined',
    'answered',
    'published',
    'reopened',
    'overdue',
    'rated',
    'closed',
  ]),
  agencyId: slugSchema.optional(),
  agencyName: z.string().optional(),
  /** The deadline the event set (forwarded: the answer is due by). */
  dueOn: z.iso.date().optional(),
  /** What the sender is told (a rejection's reason, an agency's reason to decline). */
  reason: z.string().optional(),
  rejectionReason: rejectionReasonSchema.optional(),
  /** Another item this one points at (the original of a duplicate). */
  relatedCode: z.string().optional(),
  /** Which deadline passed (overdue events). */
  deadline: z.enum(['forward', 'answer']).optional(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const feedbackAnswerSchema = z.object({
  /** Sanitized rich text (shared/text/rich-text.ts). */
  html: z.string().min(1).max(100_000),
  attachments: z.array(feedbackFileSchema).max(5).default([]),
  agencyId: slugSchema,
  agencyName: z.string(),
  answeredAt: isoInstantSchema,
  answeredBy: z.string(),
});
export type FeedbackAnswer = z.infer<typeof feedbackAnswerSchema>;

export const feedbackItemSchema = z.object({
  id: z.uuid(),
  code: z.string().regex(TRACKING_CODE_PATTERN),
  kind: feedbackKindSchema,
  topicSlug: slugSchema,
  concerns: feedbackConcernsSchema.default({}),
  /** As the sender wrote them: staff only, replaced by the public text when the item is anonymised. */
  title: z.string(),
  content: z.string(),
  /** What the public will read: the officer's anonymised version (personal data masked). */
  publicTitle: z.string(),
  publicContent: z.string(),
  attachments: z.array(feedbackFileSchema).default([]),
  status: feedbackStatusSchema,
  receivedAt: isoInstantSchema,
  /** Forwarding is due by the end of this day (Vietnam time). */
  forwardDueOn: z.iso.date(),
  /** The agency that must answer now (set when forwarded). */
  agencyId: slugSchema.optional(),
  forwardedAt: isoInstantSchema.optional(),
  answerWorkingDays: z.number().int().min(1).max(90).optional(),
  answerDueOn: z.iso.date().optional(),
  rejection: z
    .object({
      reason: rejectionReasonSchema,
      note: z.string().optional(),
      duplicateOf: z.string().optional(),
    })
    .optional(),
  mergedInto: z.object({ id: z.uuid(), code: z.string() }).optional(),
  /** Items merged into this one; their senders are told when this one is answered. */
  mergedItems: z.array(z.object({ id: z.uuid(), code: z.string() })).default([]),
  answer: feedbackAnswerSchema.optional(),
  /** The director's note when an answer was returned to the agency (staff only). */
  returnNote: z.string().optional(),
  publishedAt: isoInstantSchema.optional(),
  firstPublishedAt: isoInstantSchema.optional(),
  /** Positions in the public Q&A listings (all, its subject's, its agency's), from 0: given at the first publication, kept. */
  publication: z
    .object({
      ordinal: z.number().int().min(0),
      topicOrdinal: z.number().int().min(0),
      agencyOrdinal: z.number().int().min(0),
    })
    .optional(),
  /** Why the sender reopened it (staff only: the sender's own words may carry personal data). */
  reopenReason: z.string().optional(),
  reopenCount: z.number().int().min(0).default(0),
  rating: z
    .object({ score: z.number().int().min(1).max(5), comment: z.string().optional(), at: isoInstantSchema })
    .optional(),
  closedAt: isoInstantSchema.optional(),
  /** When the original text, attachments and contact were removed (retention, or the sender's request). */
  anonymisedAt: isoInstantSchema.optional(),
  overdue: z
    .object({ forward: isoInstantSchema.optional(), answer: isoInstantSchema.optional() })
    .default({}),
  timeline: z.array(timelineEventSchema).default([]),
  updatedAt: isoInstantSchema,
  version: versionSchema,
});
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;

/** The sender's personal data, stored apart from the item and never rendered publicly. */
export const senderTypeSchema = z.enum(['citizen', 'organisation']);
export const feedbackContactSchema = z.object({
  feedbackId: z.uuid(),
  senderType: senderTypeSchema,
  name: z.string(),
  organisation: z.string().optional(),
  address: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
  consent: z.object({ at: isoInstantSchema, noticeVersion: z.string() }),
});
export type FeedbackContact = z.infer<typeof feedbackContactSchema>;

// The public form: the fields every public form shares are in public-form.ts.

export const feedbackSubmissionSchema = z
  .object({
    kind: feedbackKindSchema.default('phan-anh'),
    topicSlug: slugSchema.describe(bilingual('Lĩnh vực', 'Subject')),
    agencyId: optional(slugSchema),
    /** The number/symbol of a legal document of the database (`12/2024/QĐ-UBND`); the server finds it. */
    documentNumber: optional(text({ max: 60 })),
    procedure: optional(text({ max: 300 })),
    title: text({ min: 5, max: 200 }),
    content: text({ min: 20, max: 5000 }),
    senderType: senderTypeSchema.default('citizen'),
    name: text({ min: 2, max: 120 }),
    organisation: optional(text({ max: 200 })),
    address: text({ min: 5, max: 300 }),
    phone: optional(phoneSchema),
    email: optionalEmail,
    ...consentFields({ vi: 'gửi phản ánh, kiến nghị', en: 'send this' }),
    formToken: formTokenField,
    website: honeypotField,
  })
  .refine(...reachableSender('phone', { vi: 'cơ quan', en: 'the agency' }))
  .refine((value) => value.senderType !== 'organisation' || Boolean(value.organisation), {
    path: ['organisation'],
    message: bilingual('Cần ghi tên tổ chức, doanh nghiệp', 'Give the name of the organisation'),
    when: () => true,
  });
export type FeedbackSubmission = z.infer<typeof feedbackSubmissionSchema>;

/** Attachments sent with the form: up to 3 images or PDFs, 4 MB in all (API Gateway and Lambda carry the form). */
export const MAX_FEEDBACK_ATTACHMENTS = 3;
export const MAX_FEEDBACK_ATTACHMENT_BYTES = 4 * 1024 * 1024;

/** What the sender gets back: the code, and the secret link that lets them rate, reopen or delete. */
export const submissionReceiptSchema = z.object({
  code: z.string(),
  trackingUrl: z.string(),
  secretUrl: z.string(),
  receivedAt: isoInstantSchema,
  forwardDueOn: z.iso.date(),
});
export type SubmissionReceipt = z.infer<typeof submissionReceiptSchema>;

/** The tracking page's data: the public timeline and nothing personal. */
export const publicTrackingSchema = z.object({
  code: z.string(),
  kind: feedbackKindSchema,
  topicSlug: slugSchema,
  status: feedbackStatusSchema,
  publicTitle: z.string(),
  receivedAt: isoInstantSchema,
  forwardDueOn: z.iso.date(),
  answerDueOn: z.iso.date().optional(),
  agencyName: z.string().optional(),
  timeline: z.array(timelineEventSchema),
  publishedPath: z.string().optional(),
  mergedInto: z.object({ code: z.string(), publishedPath: z.string().optional() }).optional(),
  /** With the secret link only: what the sender may still do. */
  actions: z
    .object({
      rate: z.boolean(),
      reopen: z.boolean(),
      deleteData: z.boolean(),
      reopenUntil: isoInstantSchema.optional(),
    })
    .optional(),
});
export type PublicTracking = z.infer<typeof publicTrackingSchema>;

export const trackingQuerySchema = z.object({
  code: trackingCodeSchema,
  key: optional(z.string().regex(/^[A-Za-z0-9_-]{20,64}$/)),
});

const senderAction = z.object({ code: trackingCodeSchema, key: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/) });
export const ratingInputSchema = senderAction.extend({
  score: z.coerce
    .number()
    .int()
    .min(1, bilingual('Chọn mức đánh giá từ 1 đến 5', 'Choose a rating from 1 to 5'))
    .max(5, bilingual('Chọn mức đánh giá từ 1 đến 5', 'Choose a rating from 1 to 5')),
  comment: optional(text({ max: 1000 })),
});
export const reopenInputSchema = senderAction.extend({ reason: text({ min: 10, max: 2000 }) });
export const deletionInputSchema = senderAction.extend({
  confirm: z.literal('yes', {
    error: bilingual(
      'Cần xác nhận yêu cầu xóa dữ liệu cá nhân',
      'Confirm the request to delete your personal data',
    ),
  }),
});

// ---------------------------------------------------------------------------------------------------
// Staff inputs.

export const classifyInputSchema = versionedSchema.extend({
  kind: feedbackKindSchema,
  topicSlug: slugSchema,
});
export const rejectInputSchema = versionedSchema
  .extend({
    reason: rejectionReasonSchema,
    /** Guidance for the sender, shown on the timeline. */
    note: optional(text({ max: 2000 })),
    duplicateOf: optional(trackingCodeSchema),
  })
  .refine((value) => value.reason !== 'duplicate' || value.duplicateOf, {
    path: ['duplicateOf'],
    message: bilingual('Cần ghi mã của phản ánh gốc', 'Give the code of the original'),
  });
export const mergeInputSchema = versionedSchema.extend({ into: trackingCodeSchema });
export const forwardInputSchema = versionedSchema.extend({
  agencyId: slugSchema,
  /** Working days the agency has to answer; the setting's default (15) when omitted. */
  answerWorkingDays: z.coerce.number().int().min(1).max(90).optional(),
});
export const publicTextInputSchema = versionedSchema.extend({
  publicTitle: text({ min: 5, max: 200 }),
  publicContent: text({ min: 20, max: 5000 }),
});
export const declineInputSchema = versionedSchema.extend({ reason: text({ min: 10, max: 2000 }) });
export const answerInputSchema = versionedSchema.extend({
  html: z.string().min(1).max(100_000),
  attachmentKeys: z
    .array(z.string().regex(/^uploads\/[\w\-/.]+\.pdf$/))
    .max(5)
    .default([]),
});
export const answerDecisionSchema = z.discriminatedUnion('outcome', [
  versionedSchema.extend({
    outcome: z.literal('approve'),
    /** The director confirms having seen the flagged personal data that remains in the public text. */
    acknowledgeFlags: z.boolean().default(false),
  }),
  versionedSchema.extend({ outcome: z.literal('return'), note: text({ min: 5, max: 2000 }) }),
]);

export const feedbackQueueQuerySchema = z.object({
  status: optional(feedbackStatusSchema),
  topicSlug: optional(slugSchema),
  agencyId: optional(slugSchema),
  overdue: optional(z.enum(['true', 'false'])),
  cursor: optional(z.string().max(2000)),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** Which deadline an item is past, on today's date in Vietnam (shared/feedback/workflow.ts `overdueDeadline`). */
export const overdueDeadlineSchema = z.enum(['forward', 'answer']);

/** A queue entry: the item with the deadline it is past, if any (the screens show it as a badge). */
export const feedbackQueueEntrySchema = feedbackItemSchema.extend({
  overdueDeadline: overdueDeadlineSchema.optional(),
});
export type FeedbackQueueEntry = z.infer<typeof feedbackQueueEntrySchema>;

/** Personal data found in what the public would read: the field, what kind, where and the text itself. */
export const personalDataFlagSchema = z.object({
  field: z.enum(['publicTitle', 'publicContent']),
  kind: z.enum(personalDataKinds),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});
export type PersonalDataFlag = z.infer<typeof personalDataFlagSchema>;

/** An item of the same subject with similar words (the officer decides whether to merge). */
export const duplicateCandidateSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  publicTitle: z.string(),
  status: feedbackStatusSchema,
  similarity: z.number().min(0).max(1),
});

/** One item as staff read it: the flags of its public text, its possible duplicates (officers), its history. */
export const feedbackDetailSchema = z.object({
  item: feedbackQueueEntrySchema,
  flags: z.array(personalDataFlagSchema),
  duplicates: z.array(duplicateCandidateSchema).optional(),
  history: z.array(auditEntrySchema),
});
export type FeedbackDetail = z.infer<typeof feedbackDetailSchema>;

/** A short-lived link to one of the sender's attachments (staff only; every read is audited). */
export const attachmentLinkSchema = z.object({
  url: z.string(),
  fileName: z.string(),
  contentType: z.string(),
});

/** The handling periods the province set (configuration), as the screens show them: defaults, reminders. */
export const feedbackHandlingSettingsSchema = z.object({
  forwardWorkingDays: z.number().int().min(1),
  answerWorkingDays: z.number().int().min(1),
  rerouteWorkingDays: z.number().int().min(1),
  reopenDays: z.number().int().min(1),
});
export type FeedbackHandlingSettings = z.infer<typeof feedbackHandlingSettingsSchema>;

/** A subject of the feedback form, managed by the feedback officer. */
export const feedbackTopicSchema = z.object({
  slug: slugSchema,
  nameVi: text({ max: 120 }),
  nameEn: text({ max: 120 }),
  order: z.number().int().min(0).max(999),
  active: z.boolean().default(true),
  version: versionSchema,
});
export type FeedbackTopic = z.infer<typeof feedbackTopicSchema>;
export const feedbackTopicInputSchema = feedbackTopicSchema.omit({ version: true });
export const feedbackTopicUpdateSchema = feedbackTopicInputSchema
  .omit({ slug: true })
  .extend(versionedSchema.shape);

/** The public Q&A entry of a published answer: anonymised question, answer, where it stands. */
export const publishedFeedbackSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: feedbackKindSchema,
  topicSlug: slugSchema,
  agencyId: slugSchema,
  agencyName: z.string(),
  publicTitle: z.string(),
  publicContent: z.string(),
  answer: feedbackAnswerSchema.omit({ answeredBy: true }),
  receivedAt: isoInstantSchema,
  publishedAt: isoInstantSchema,
  firstPublishedAt: isoInstantSchema,
  /** Positions in the three Q&A listings: every answer, its subject's, its agency's. */
  ordinal: z.number().int().min(0),
  topicOrdinal: z.number().int().min(0),
  agencyOrdinal: z.number().int().min(0),
  /** Reopened by the sender and being looked at again; the answer above stays until a new one is approved. */
  reopened: z.boolean().default(false),
  workingDaysToAnswer: z.number().int().min(0),
  answeredOnTime: z.boolean(),
});
export type PublishedFeedback = z.infer<typeof publishedFeedbackSchema>;

/** One agency's accountability figures (the public statistics page and its open JSON). */
export const agencyFeedbackStatsSchema = z.object({
  agencyId: slugSchema,
  agencyName: z.string(),
  received: z.number().int().min(0),
  answered: z.number().int().min(0),
  answeredOnTime: z.number().int().min(0),
  reopened: z.number().int().min(0),
  ratingCount: z.number().int().min(0),
  ratingSum: z.number().int().min(0),
  /** Answers by working days taken, `{ "3": 12 }`: the median is read from it without reading items. */
  workingDaysHistogram: z.record(z.string(), z.number().int().min(0)).default({}),
});
export type AgencyFeedbackStats = z.infer<typeof agencyFeedbackStatsSchema>;

export const feedbackStatisticsSchema = z.object({
  generatedAt: isoInstantSchema,
  totals: z.object({
    received: z.number().int().min(0),
    rejected: z.number().int().min(0),
    merged: z.number().int().min(0),
    published: z.number().int().min(0),
  }),
  agencies: z.array(
    z.object({
      agencyId: slugSchema,
      agencyName: z.string(),
      received: z.number().int().min(0),
      answered: z.number().int().min(0),
      medianWorkingDaysToAnswer: z.number().nullable(),
      shareAnsweredOnTime: z.number().min(0).max(1).nullable(),
      shareReopened: z.number().min(0).max(1).nullable(),
      averageRating: z.number().min(1).max(5).nullable(),
    }),
  ),
});
export type FeedbackStatistics = z.infer<typeof feedbackStatisticsSchema>;

/**
 * What the feedback task function does when the scheduler calls (EventBridge Scheduler on AWS, the local
 * scheduler on one machine). Each event names the state it expects; a stale one (the item moved on) does
 * nothing, so a retried or late event is harmless.
 */
export const feedbackTaskSchema = z.discriminatedUnion('task', [
  z.object({
    task: z.literal('deadline-reminder'),
    feedbackId: z.uuid(),
    deadline: z.enum(['forward', 'answer']),
    dueOn: z.iso.date(),
  }),
  z.object({
    task: z.literal('deadline-passed'),
    feedbackId: z.uuid(),
    deadline: z.enum(['forward', 'answer']),
    dueOn: z.iso.date(),
  }),
  /** The reopen period of a published answer is over. */
  z.object({ task: z.literal('close'), feedbackId: z.uuid(), publishedAt: isoInstantSchema }),
  /** The retention period after closing is over: personal data, original text and files go. */
  z.object({ task: z.literal('anonymise'), feedbackId: z.uuid() }),
]);
export type FeedbackTask = z.infer<typeof feedbackTaskSchema>;
