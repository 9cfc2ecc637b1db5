import * as z from 'zod';
import { auditEntrySchema } from '#shared/domain/audit.ts';
import {
  INFORMATION_FILE_TYPES,
  type informationAnswerInputSchema,
  type informationRequestInputSchema,
  informationRequestViewSchema,
} from '#shared/domain/information-request.ts';
import { contextClient, type UploadedFile } from './transport.ts';

/**
 * Requests for information to agencies (functions/content/information-requests.ts; who may call what:
 * shared/auth/policies/information-requests.ts), typed by shared/domain/information-request.ts.
 */
const content = contextClient('/api/content');

/** A request as the form sends it: an agency not chosen yet goes as '' and comes back as its field's error. */
export type InformationRequestBody = Omit<z.input<typeof informationRequestInputSchema>, 'agencyId'> & {
  agencyId: string;
};
export type InformationAnswerBody = z.input<typeof informationAnswerInputSchema>;
export type InformationFileType = (typeof INFORMATION_FILE_TYPES)[number];

const byExtension: Record<string, InformationFileType> = {
  pdf: INFORMATION_FILE_TYPES[0],
  docx: INFORMATION_FILE_TYPES[1],
  xlsx: INFORMATION_FILE_TYPES[2],
};

/** The content type the API accepts for a file, from its name (browsers do not always give a type). */
export function informationFileType(file: File): InformationFileType | undefined {
  const extension = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return extension ? byExtension[extension] : undefined;
}

const path = (id: string, rest = '') => `/admin/information-requests/${encodeURIComponent(id)}${rest}`;
const linkSchema = z.object({ url: z.string() });
const startedSchema = z.object({ articleId: z.string(), request: informationRequestViewSchema });

export const informationRequestsApi = {
  list: () => content.items(informationRequestViewSchema, 'GET', '/admin/information-requests'),
  get: (id: string) => content.json(informationRequestViewSchema, 'GET', path(id)),
  history: (id: string) => content.items(auditEntrySchema, 'GET', path(id, '/history')),
  create: (input: InformationRequestBody) =>
    content.json(informationRequestViewSchema, 'POST', '/admin/information-requests', { body: input }),
  /** The day `workingDays` working days from today, on the holiday calendar. */
  dueDateIn: async (workingDays: number) =>
    (
      await content.json(
        z.object({ dueDate: z.string() }),
        'GET',
        `/admin/information-request-due-date?workingDays=${workingDays}`,
      )
    ).dueDate,
  cancel: (id: string, input: { reason: string; expectedVersion: number }) =>
    content.json(informationRequestViewSchema, 'POST', path(id, '/cancel'), { body: input }),
  answer: (id: string, input: InformationAnswerBody) =>
    content.json(informationRequestViewSchema, 'POST', path(id, '/answers'), { body: input }),
  startArticle: (id: string, input: { expectedVersion: number; categorySlug?: string }) =>
    content.json(startedSchema, 'POST', path(id, '/article'), { body: input }),
  fileLink: async (id: string, answer: number, index: number) =>
    (await content.json(linkSchema, 'GET', path(id, `/answers/${answer}/files/${index}`))).url,
  uploadFile: async (file: File, contentType: InformationFileType): Promise<UploadedFile> => ({
    key: await content.upload('/admin/information-requests/files/uploads', file, contentType),
    fileName: file.name,
    size: file.size,
  }),
};
