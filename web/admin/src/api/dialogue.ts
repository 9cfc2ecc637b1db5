import * as z from 'zod';
import {
  type answerQuestionSchema,
  type assignQuestionSchema,
  type DialogueInput,
  type DialogueUpdate,
  dialogueQuestionSchema,
  dialogueSchema,
  type editQuestionSchema,
  type publishQuestionSchema,
  type rejectQuestionSchema,
} from '#shared/domain/dialogue.ts';
import { contextClient } from './transport.ts';

/**
 * The online dialogues API (functions/dialogue; who may call what: shared/auth/policies/dialogue.ts), typed
 * by the schemas of shared/domain/dialogue.ts.
 */
const dialogues = contextClient('/api/dialogues');

export const staffQuestionSchema = dialogueQuestionSchema.extend({
  flags: z.array(z.object({ kind: z.string(), text: z.string() })),
});
export type StaffQuestion = z.output<typeof staffQuestionSchema>;
export const dialogueSettingsSchema = z.object({
  videoHosts: z.array(z.string()),
  answerGraceMinutes: z.number(),
  retentionDays: z.number(),
});

const path = (id: string, rest = '') => `/admin/dialogues/${encodeURIComponent(id)}${rest}`;
const questionPath = (id: string, questionId: string, action: string) =>
  path(id, `/questions/${encodeURIComponent(questionId)}/${action}`);

export const dialogueApi = {
  settings: () => dialogues.json(dialogueSettingsSchema, 'GET', '/admin/settings'),
  list: () => dialogues.items(dialogueSchema, 'GET', '/admin/dialogues'),
  get: (id: string) => dialogues.json(dialogueSchema, 'GET', path(id)),
  create: (input: DialogueInput) =>
    dialogues.json(dialogueSchema, 'POST', '/admin/dialogues', { body: input }),
  update: (id: string, input: DialogueUpdate) =>
    dialogues.json(dialogueSchema, 'PUT', path(id), { body: input }),
  questions: (id: string) => dialogues.items(staffQuestionSchema, 'GET', path(id, '/questions')),
  publish: (id: string, questionId: string, input: z.input<typeof publishQuestionSchema>) =>
    dialogues.json(dialogueQuestionSchema, 'POST', questionPath(id, questionId, 'publish'), { body: input }),
  reject: (id: string, questionId: string, input: z.input<typeof rejectQuestionSchema>) =>
    dialogues.json(dialogueQuestionSchema, 'POST', questionPath(id, questionId, 'reject'), { body: input }),
  edit: (id: string, questionId: string, input: z.input<typeof editQuestionSchema>) =>
    dialogues.json(dialogueQuestionSchema, 'PUT', questionPath(id, questionId, 'public-text'), {
      body: input,
    }),
  assign: (id: string, questionId: string, input: z.input<typeof assignQuestionSchema>) =>
    dialogues.json(dialogueQuestionSchema, 'POST', questionPath(id, questionId, 'assign'), { body: input }),
  answer: (id: string, questionId: string, input: z.input<typeof answerQuestionSchema>) =>
    dialogues.json(dialogueQuestionSchema, 'POST', questionPath(id, questionId, 'answer'), { body: input }),
};
