import * as z from 'zod';
import { bilingual, isoInstantSchema, slugSchema, text } from './text.ts';
import { versionedSchema, versionSchema } from './versioned.ts';

/**
 * Requests for information (issue 15): the portal asks an agency (a department, a commune) for information
 * to publish — what is needed and by when — and the agency answers with text and files. The founding
 * proposal: the portal "receives and requests information from the departments, communes and other bodies
 * to publish on the portal". An answered request can start an article draft (its id is kept here).
 *
 * The due date is a calendar day in Vietnam; whether a request is overdue, or was answered late, is decided
 * from that day and the instant in Asia/Ho_Chi_Minh (shared/editorial/information-request-workflow.ts).
 */
export const informationRequestStatusSchema = z.enum(['open', 'answered', 'cancelled']);
export type InformationRequestStatus = z.infer<typeof informationRequestStatusSchema>;

/** Where a request stands against its due date, computed at read time (never stored). */
export const deadlineStateSchema = z.enum([
  'due',
  'overdue',
  'answered-on-time',
  'answered-late',
  'cancelled',
]);
export type DeadlineState = z.infer<typeof deadlineStateSchema>;

export const deadlineStateLabels: Record<DeadlineState, { vi: string; en: string }> = {
  due: { vi: 'Đang chờ trả lời', en: 'Awaiting an answer' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'answered-on-time': { vi: 'Đã trả lời đúng hạn', en: 'Answered on time' },
  'answered-late': { vi: 'Trả lời muộn', en: 'Answered late' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

const personSchema = z.object({ id: z.string(), name: z.string() });
const daySchema = z.iso.date();

export const INFORMATION_FILE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** A file of an answer: private (`uploads/information-request/`), opened by staff with a presigned GET. */
export const informationFileSchema = z.object({
  key: z.string().regex(/^uploads\/information-request\/[A-Za-z0-9/._-]+$/),
  fileName: z.string().min(1).max(200),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentType: z.enum(INFORMATION_FILE_TYPES),
});
export type InformationFile = z.infer<typeof informationFileSchema>;

/** One answer of the agency; the first closes the request, later ones are supplements (decision 186). */
export const informationAnswerSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  files: z.array(informationFileSchema),
  answeredAt: isoInstantSchema,
  answeredBy: personSchema,
  /** Given after the due day had passed (in Vietnam). */
  late: z.boolean(),
});
export type InformationAnswer = z.infer<typeof informationAnswerSchema>;

export const informationRequestSchema = z.object({
  id: z.uuid(),
  agencyId: slugSchema,
  title: z.string(),
  /** What is needed, plain text (paragraphs separated by blank lines). */
  details: z.string(),
  /** The last day to answer, in Vietnam (YYYY-MM-DD). */
  dueDate: daySchema,
  /** The news category the information is for, if the portal knows already. */
  categorySlug: slugSchema.optional(),
  status: informationRequestStatusSchema,
  answers: z.array(informationAnswerSchema),
  /** When the first answer came, and whether it was late: what the reports count. */
  firstAnsweredAt: isoInstantSchema.optional(),
  answeredLate: z.boolean().optional(),
  cancelledAt: isoInstantSchema.optional(),
  cancelReason: z.string().optional(),
  /** The article draft started from the answers. */
  articleId: z.uuid().optional(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  createdBy: personSchema,
  version: versionSchema,
});
export type InformationRequest = z.infer<typeof informationRequestSchema>;

/** A request as the API answers it: with where it stands against its due date now. */
export const informationRequestViewSchema = informationRequestSchema.extend({
  deadline: deadlineStateSchema,
});
export type InformationRequestView = z.infer<typeof informationRequestViewSchema>;

export const MAX_WORKING_DAYS = 60;
const workingDaysSchema = z.coerce
  .number()
  .int(bilingual('Số ngày làm việc là số nguyên', 'A whole number of working days'))
  .min(1, bilingual('Ít nhất 1 ngày làm việc', 'At least 1 working day'))
  .max(MAX_WORKING_DAYS, bilingual('Nhiều nhất 60 ngày làm việc', 'At most 60 working days'));

/**
 * A new request: the due date as a day, or as a number of working days from today (counted on the holiday
 * calendar); one of the two.
 */
export const informationRequestInputSchema = z.object({
  agencyId: slugSchema,
  title: text({ min: 5, max: 250 }),
  details: text({ max: 10_000 }),
  dueDate: z.iso
    .date(
      bilingual('Cần hạn trả lời, là một ngày (YYYY-MM-DD)', 'A due date is required, as a day (YYYY-MM-DD)'),
    )
    .optional(),
  workingDays: workingDaysSchema.optional(),
  categorySlug: slugSchema.optional(),
});
export type InformationRequestInput = z.infer<typeof informationRequestInputSchema>;

export const dueDateQuerySchema = z.object({ workingDays: workingDaysSchema });

export const informationAnswerInputSchema = versionedSchema.extend({
  text: text({ max: 20_000 }),
  /** Keys of the uploaded files (`uploads/information-request/…`). */
  fileKeys: z.array(z.string().max(300)).max(10).default([]),
});
export type InformationAnswerInput = z.infer<typeof informationAnswerInputSchema>;

export const informationRequestCancelSchema = versionedSchema.extend({
  reason: text({ min: 3, max: 500 }),
});

export const startArticleInputSchema = versionedSchema.extend({
  /** The article's category; the request's when omitted. */
  categorySlug: slugSchema.optional(),
});
