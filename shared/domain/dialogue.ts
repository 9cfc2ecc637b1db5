import * as z from 'zod';
import { bilingual, isoInstantSchema, slugSchema, text } from '#shared/domain/text.ts';
import { versionedSchema, versionSchema } from '#shared/domain/versioned.ts';
// The public forms' field rules are feedback's, so a citizen meets the same ones on every form.
import {
  consentFields,
  formTokenField,
  honeypotField,
  optional,
  optionalEmail,
  phoneSchema,
  reachableSender,
} from './public-form.ts';

/**
 * Online dialogues with the province's leaders (đối thoại trực tuyến): the feedback officer schedules a
 * dialogue, citizens send questions before and during it, moderators publish chosen questions, staff
 * publish the leaders' answers during the session, and afterwards the page is the archive.
 *
 * The asker's contact details are their own record (`DialogueContact`), never on a public page, never logged.
 */

/** The dialogue's status follows the clock (shared/dialogue/workflow.ts), moved by scheduled tasks. */
export const dialogueStatusSchema = z.enum([
  'scheduled', // announced; questions not yet accepted
  'open', // questions accepted, the session has not started
  'live', // the session is on: answers are published as they are given
  'ended', // the page is the archive
]);
export type DialogueStatus = z.infer<typeof dialogueStatusSchema>;
export const dialogueStatusLabels: Record<DialogueStatus, { vi: string; en: string }> = {
  scheduled: { vi: 'Sắp diễn ra', en: 'Upcoming' },
  open: { vi: 'Đang nhận câu hỏi', en: 'Taking questions' },
  live: { vi: 'Đang diễn ra', en: 'Live' },
  ended: { vi: 'Đã kết thúc', en: 'Ended' },
};

export const leaderSchema = z.object({
  name: text({ min: 2, max: 120 }),
  position: text({ min: 2, max: 200 }),
});
export type Leader = z.infer<typeof leaderSchema>;

export const dialogueSchema = z.object({
  id: z.uuid(),
  slug: slugSchema,
  title: z.string(),
  topic: z.string(),
  description: z.string(),
  leaders: z.array(leaderSchema).min(1).max(10),
  startsAt: isoInstantSchema,
  endsAt: isoInstantSchema,
  questionsOpenAt: isoInstantSchema,
  questionsCloseAt: isoInstantSchema,
  /** An https URL on an allow-listed host (DIALOGUE_VIDEO_HOSTS); the page embeds it in a sandboxed frame. */
  videoUrl: z.string().optional(),
  status: dialogueStatusSchema,
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  /** When the askers' contacts were removed (the retention period after the end). */
  anonymisedAt: isoInstantSchema.optional(),
  version: versionSchema,
});
export type Dialogue = z.infer<typeof dialogueSchema>;

/** A date-time as given in Vietnam (`2026-12-20T09:00`, the value of a datetime-local field) or an instant. */
const vietnamInstantSchema = z
  .string()
  .transform((value) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)
      ? `${value}:00+07:00`
      : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(value)
        ? `${value}+07:00`
        : value,
  )
  .pipe(isoInstantSchema);

const dialogueFieldsSchema = z.object({
  title: text({ min: 5, max: 300 }),
  topic: text({ min: 2, max: 200 }),
  description: text({ min: 10, max: 10_000 }),
  leaders: z.array(leaderSchema).min(1).max(10),
  startsAt: vietnamInstantSchema,
  endsAt: vietnamInstantSchema,
  questionsOpenAt: vietnamInstantSchema,
  questionsCloseAt: vietnamInstantSchema,
  videoUrl: optional(z.url({ protocol: /^https$/ }).max(500)),
});

const inOrder = (value: z.infer<typeof dialogueFieldsSchema>) =>
  Date.parse(value.questionsOpenAt) <= Date.parse(value.startsAt) &&
  Date.parse(value.questionsCloseAt) <= Date.parse(value.endsAt) &&
  Date.parse(value.questionsOpenAt) < Date.parse(value.questionsCloseAt);

const timesMessage = bilingual(
  'Thời gian chưa hợp lý: nhận câu hỏi từ trước khi bắt đầu, kết thúc nhận câu hỏi trước khi đối thoại kết thúc, và kết thúc sau khi bắt đầu',
  'The times do not fit: questions open before the start and close by the end, and the end is after the start',
);

export const dialogueInputSchema = dialogueFieldsSchema
  .refine((value) => Date.parse(value.startsAt) < Date.parse(value.endsAt), {
    path: ['endsAt'],
    message: timesMessage,
  })
  .refine(inOrder, { path: ['questionsCloseAt'], message: timesMessage });
export type DialogueInput = z.infer<typeof dialogueInputSchema>;

export const dialogueUpdateSchema = dialogueFieldsSchema
  .extend(versionedSchema.shape)
  .refine((value) => Date.parse(value.startsAt) < Date.parse(value.endsAt), {
    path: ['endsAt'],
    message: timesMessage,
  })
  .refine(inOrder, { path: ['questionsCloseAt'], message: timesMessage });
export type DialogueUpdate = z.infer<typeof dialogueUpdateSchema>;

/** A question's life: received → published (or rejected) → answered. */
export const questionStatusSchema = z.enum(['received', 'published', 'rejected', 'answered']);
export type QuestionStatus = z.infer<typeof questionStatusSchema>;

export const questionRejectionReasonSchema = z.enum(['off-topic', 'duplicate', 'offensive', 'personal-case']);
export type QuestionRejectionReason = z.infer<typeof questionRejectionReasonSchema>;
export const questionRejectionLabels: Record<QuestionRejectionReason, { vi: string; en: string }> = {
  'off-topic': { vi: 'Không thuộc chủ đề của buổi đối thoại', en: 'Not on the dialogue’s topic' },
  duplicate: { vi: 'Trùng với câu hỏi đã đăng', en: 'A duplicate of a published question' },
  offensive: { vi: 'Có nội dung xúc phạm, không phù hợp', en: 'Offensive or inappropriate content' },
  'personal-case': {
    vi: 'Vụ việc riêng, đề nghị gửi phản ánh, kiến nghị',
    en: 'A personal case: please send it as feedback',
  },
};

export const dialogueAnswerSchema = z.object({
  text: z.string(),
  leaderName: z.string(),
  leaderPosition: z.string(),
  answeredAt: isoInstantSchema,
  answeredBy: z.string(),
});

export const dialogueQuestionSchema = z.object({
  id: z.uuid(),
  dialogueId: z.uuid(),
  status: questionStatusSchema,
  /** As the asker wrote it: staff only; replaced by the public wording when contacts are removed. */
  text: z.string(),
  /** What the public reads: the moderator's wording (personal data masked). */
  publicText: z.string(),
  /** How the asker is named in public: initials, or "a citizen from <commune/ward>"; never a contact. */
  askedBy: z.string(),
  /** The leader (by index in the dialogue's list) the question is put to. */
  leaderIndex: z.number().int().min(0).max(9).optional(),
  receivedAt: isoInstantSchema,
  publishedAt: isoInstantSchema.optional(),
  rejection: z.object({ reason: questionRejectionReasonSchema, note: z.string().optional() }).optional(),
  answer: dialogueAnswerSchema.optional(),
  updatedAt: isoInstantSchema,
  version: versionSchema,
});
export type DialogueQuestion = z.infer<typeof dialogueQuestionSchema>;

/** A published question as the public page shows it: no original text, no contact, no staff notes. */
export const publicQuestionSchema = dialogueQuestionSchema.pick({
  id: true,
  publicText: true,
  askedBy: true,
  publishedAt: true,
  answer: true,
});
export type PublicQuestion = z.infer<typeof publicQuestionSchema>;
export const toPublicQuestion = (question: DialogueQuestion): PublicQuestion =>
  publicQuestionSchema.parse({
    id: question.id,
    publicText: question.publicText,
    askedBy: question.askedBy,
    publishedAt: question.publishedAt,
    ...(question.answer ? { answer: question.answer } : {}),
  });

export const dialogueContactSchema = z.object({
  questionId: z.uuid(),
  dialogueId: z.uuid(),
  name: z.string(),
  organisation: z.string().optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  consent: z.object({ at: isoInstantSchema, noticeVersion: z.string() }),
});
export type DialogueContact = z.infer<typeof dialogueContactSchema>;

/** The public question form (JavaScript off: a form post), with the same participation parts as feedback. */
export const questionSubmissionSchema = z
  .object({
    question: text({ min: 10, max: 2000 }),
    name: text({ min: 2, max: 120 }),
    organisation: optional(text({ max: 200 })),
    /** Optional; the commune or ward lets the page say "a citizen from …". */
    address: optional(text({ max: 300 })),
    phone: optional(phoneSchema),
    email: optionalEmail,
    ...consentFields({ vi: 'gửi câu hỏi', en: 'send a question' }),
    formToken: formTokenField,
    website: honeypotField,
  })
  .refine(...reachableSender('email', { vi: 'ban tổ chức', en: 'the organisers' }));
export type QuestionSubmission = z.infer<typeof questionSubmissionSchema>;

export const publishQuestionSchema = versionedSchema.extend({
  publicText: text({ min: 5, max: 2000 }).optional(),
  askedBy: text({ min: 1, max: 120 }).optional(),
});
export const rejectQuestionSchema = versionedSchema.extend({
  reason: questionRejectionReasonSchema,
  note: optional(text({ max: 500 })),
});
export const editQuestionSchema = versionedSchema.extend({
  publicText: text({ min: 5, max: 2000 }),
  askedBy: text({ min: 1, max: 120 }),
});
export const assignQuestionSchema = versionedSchema.extend({
  leaderIndex: z.number().int().min(0).max(9),
});
export const answerQuestionSchema = versionedSchema.extend({
  text: text({ min: 2, max: 20_000 }),
  leaderIndex: z.number().int().min(0).max(9).optional(),
});
