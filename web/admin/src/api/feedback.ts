import type * as z from 'zod';
import { type HolidayCalendarRecord, holidayCalendarSchema } from '#shared/domain/calendar.ts';
import {
  type answerDecisionSchema,
  type answerInputSchema,
  attachmentLinkSchema,
  type classifyInputSchema,
  type declineInputSchema,
  type FeedbackStatus,
  feedbackContactSchema,
  feedbackDetailSchema,
  feedbackHandlingSettingsSchema,
  feedbackItemSchema,
  feedbackQueueEntrySchema,
  type feedbackTopicInputSchema,
  feedbackTopicSchema,
  type feedbackTopicUpdateSchema,
  type forwardInputSchema,
  type mergeInputSchema,
  type publicTextInputSchema,
  type rejectInputSchema,
} from '#shared/domain/feedback.ts';
import { contextClient, pageOf, queryString, type UploadedFile } from './transport.ts';

/**
 * The feedback API (functions/feedback; who may call what: shared/auth/policies/feedback.ts), typed by the
 * schemas of shared/domain/feedback.ts and shared/domain/calendar.ts. An agency's calls are scoped to its
 * own agency by the API.
 */
const feedback = contextClient('/api/feedback');

export type QueueQuery = {
  status?: FeedbackStatus | undefined;
  topicSlug?: string | undefined;
  agencyId?: string | undefined;
  overdue?: 'true' | undefined;
  cursor?: string | undefined;
};
export type ClassifyInput = z.input<typeof classifyInputSchema>;
export type RejectInput = z.input<typeof rejectInputSchema>;
export type MergeInput = z.input<typeof mergeInputSchema>;
export type ForwardInput = z.input<typeof forwardInputSchema>;
export type PublicTextInput = z.input<typeof publicTextInputSchema>;
export type DeclineInput = z.input<typeof declineInputSchema>;
export type AnswerInput = z.input<typeof answerInputSchema>;
export type AnswerDecision = z.input<typeof answerDecisionSchema>;
export type TopicInput = z.input<typeof feedbackTopicInputSchema>;
export type TopicUpdate = z.input<typeof feedbackTopicUpdateSchema>;
export type CalendarInput = Omit<HolidayCalendarRecord, 'year' | 'version'> & { expectedVersion?: number };

export const PDF = 'application/pdf';
/** The upload ticket's limit for a document (shared/media/document-uploads.ts). */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

const itemPath = (id: string, rest = '') => `/admin/feedback/${encodeURIComponent(id)}${rest}`;

export const feedbackApi = {
  settings: () => feedback.json(feedbackHandlingSettingsSchema, 'GET', '/admin/settings'),

  queue: (query: QueueQuery) =>
    feedback.json(pageOf(feedbackQueueEntrySchema), 'GET', `/admin/feedback${queryString(query)}`),
  detail: (id: string) => feedback.json(feedbackDetailSchema, 'GET', itemPath(id)),
  /** The sender's contact; the API writes the read to the item's history. */
  contact: (id: string) => feedback.json(feedbackContactSchema, 'GET', itemPath(id, '/contact')),
  /** A short-lived link to one of the sender's attachments (the read is audited too). */
  attachment: (id: string, index: number) =>
    feedback.json(attachmentLinkSchema, 'GET', itemPath(id, `/attachments/${index}`)),
  /** The answer's public page as it would be if approved now (HTML, rendered by the public renderer). */
  preview: (id: string) => feedback.text(itemPath(id, '/preview'), 'text/html'),

  classify: (id: string, input: ClassifyInput) =>
    feedback.json(feedbackItemSchema, 'POST', itemPath(id, '/classify'), { body: input }),
  reject: (id: string, input: RejectInput) =>
    feedback.json(feedbackItemSchema, 'POST', itemPath(id, '/reject'), { body: input }),
  merge: (id: string, input: MergeInput) =>
    feedback.json(feedbackItemSchema, 'POST', itemPath(id, '/merge'), { body: input }),
  forward: (id: string, input: ForwardInput) =>
    feedback.json(feedbackItemSchema, 'POST', itemPath(id, '/forward'), { body: input }),
  savePublicText: (id: string, input: PublicTextInput) =>
    feedback.json(feedbackItemSchema, 'PUT', itemPath(id, '/public-text'), { body: input }),
  decline: (id: string, input: DeclineInput) =>
    feedback.json(feedbackItemSchema, 'POST', itemPath(id, '/decline'), { body: input }),
  answer: (id: string, input: AnswerInput) =>
    feedback.json(feedbackItemSchema, 'POST', itemPath(id, '/answer'), { body: input }),
  decide: (id: string, decision: AnswerDecision) =>
    feedback.json(feedbackItemSchema, 'POST', itemPath(id, '/decision'), { body: decision }),

  /** A PDF for an answer, uploaded to storage by ticket (presigned PUT); its key goes in `attachmentKeys`. */
  uploadPdf: async (file: File): Promise<UploadedFile> => ({
    key: await feedback.upload('/admin/files/uploads', file, PDF),
    fileName: file.name,
    size: file.size,
  }),

  topics: () => feedback.items(feedbackTopicSchema, 'GET', '/admin/topics'),
  createTopic: (input: TopicInput) =>
    feedback.json(feedbackTopicSchema, 'POST', '/admin/topics', { body: input }),
  updateTopic: (slug: string, input: TopicUpdate) =>
    feedback.json(feedbackTopicSchema, 'PUT', `/admin/topics/${encodeURIComponent(slug)}`, { body: input }),

  calendars: () => feedback.items(holidayCalendarSchema, 'GET', '/admin/calendars'),
  saveCalendar: (year: number, input: CalendarInput) =>
    feedback.json(holidayCalendarSchema, 'PUT', `/admin/calendars/${year}`, { body: input }),
};

export type FeedbackDetailAnswer = z.output<typeof feedbackDetailSchema>;
