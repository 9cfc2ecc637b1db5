import * as z from 'zod';
import { auditEntrySchema } from '#shared/domain/audit.ts';
import {
  type DisclosureDecision,
  type disclosureInputSchema,
  disclosureSchema,
  PDF_TYPE,
  XLSX_TYPE,
} from '#shared/domain/disclosure.ts';
import { contextClient, type UploadedFile } from './transport.ts';

/**
 * The disclosures API (functions/content/disclosures.ts; who may call what: shared/auth/policies/content.ts),
 * typed by the schemas of shared/domain/disclosure.ts.
 */
const content = contextClient('/api/content');

/**
 * A record as the form sends it: a collection not chosen yet goes as '' and the year as typed, and both come
 * back as their fields' errors, with every other problem, in one answer.
 */
export type DisclosureBody = Omit<z.input<typeof disclosureInputSchema>, 'collection' | 'year'> & {
  collection: string;
  year: string;
};

export type DisclosureFileType = typeof PDF_TYPE | typeof XLSX_TYPE;

/** The content type the API accepts for a file, from its type or (when the browser gives none) its name. */
export function disclosureFileType(file: File): DisclosureFileType | undefined {
  if (/\.pdf$/i.test(file.name) && (file.type === '' || /pdf/i.test(file.type))) return PDF_TYPE;
  if (/\.xlsx$/i.test(file.name) && (file.type === '' || file.type === XLSX_TYPE)) return XLSX_TYPE;
  return undefined;
}

const path = (id: string, rest = '') => `/admin/disclosures/${encodeURIComponent(id)}${rest}`;
const fileLinkSchema = z.object({ url: z.string() });

export const disclosuresApi = {
  list: () => content.items(disclosureSchema, 'GET', '/admin/disclosures'),
  get: (id: string) => content.json(disclosureSchema, 'GET', path(id)),
  history: (id: string) => content.items(auditEntrySchema, 'GET', path(id, '/history')),
  create: (input: DisclosureBody) =>
    content.json(disclosureSchema, 'POST', '/admin/disclosures', { body: input }),
  update: (id: string, input: DisclosureBody & { expectedVersion: number }) =>
    content.json(disclosureSchema, 'PUT', path(id), { body: input }),
  decide: (id: string, decision: DisclosureDecision) =>
    content.json(disclosureSchema, 'POST', path(id, '/decision'), { body: decision }),
  /** A file to check before publishing: a presigned link of a few minutes. */
  fileLink: async (id: string, index: number) =>
    (await content.json(fileLinkSchema, 'GET', path(id, `/files/${index}`))).url,
  /** A file uploaded to storage by ticket; its key goes in the record's `fileKeys`. */
  uploadFile: async (file: File, contentType: DisclosureFileType): Promise<UploadedFile> => ({
    key: await content.upload('/admin/disclosures/files/uploads', file, contentType),
    fileName: file.name,
    size: file.size,
  }),
};
