import * as z from 'zod';
import { languageSchema } from '#shared/domain/text.ts';

/**
 * What the index knows of one public item, whatever its kind. A kind plugs into search by a descriptor
 * (shared/search/kinds.ts) that turns its records into these; the engine never learns about kinds.
 */
export const searchKindSchema = z.enum([
  'article',
  'legal-document',
  'gazette-issue',
  'feedback-answer',
  'consultation',
  'dialogue',
  'disclosure',
  'page',
  'unit',
]);
export type SearchKind = z.infer<typeof searchKindSchema>;

export const searchFieldSchema = z.object({
  text: z.string(),
  /** How much a match here counts: number/symbol 5, title 3, summary and tags 2, body 1. */
  weight: z.number().positive(),
  /** Neighbouring syllables as terms too (phrases); off for lists such as tags. */
  bigrams: z.boolean().default(true),
});

export const searchRecordSchema = z.object({
  /** Unique across kinds and languages, stable across revisions: `article:<id>`. */
  key: z.string().min(1),
  kind: searchKindSchema,
  language: languageSchema,
  url: z.string().startsWith('/'),
  title: z.string(),
  /** The day it was published or issued, YYYY-MM-DD: the recency tie-break and the year filter. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
  fields: z.array(searchFieldSchema).min(1),
  /** Plain text the snippets are cut from. */
  excerpt: z.string(),
  filters: z
    .object({ category: z.string(), issuer: z.string(), documentType: z.string() })
    .partial()
    .default({}),
});
export type SearchRecord = z.infer<typeof searchRecordSchema>;
export type SearchRecordInput = z.input<typeof searchRecordSchema>;

/** A descriptor: how one kind's record becomes a search record. */
export type SearchDescriptor<T> = {
  kind: SearchKind;
  describe: (item: T) => SearchRecordInput;
};

export function describe<T>(descriptor: SearchDescriptor<T>, item: T): SearchRecord {
  return searchRecordSchema.parse({ ...descriptor.describe(item), kind: descriptor.kind });
}
