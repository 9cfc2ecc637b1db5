import * as z from 'zod';
import { articleStatusSchema } from '#shared/domain/editorial-status.ts';
import { isoInstantSchema, languageSchema, slugSchema } from '#shared/domain/text.ts';

/**
 * The admin's article picker (issue 15): articles found by words of their title in one language, for
 * linking a translation or choosing a featured article without typing an id (decision 198).
 */
export const ARTICLE_LOOKUP_MAX = 20;

export const articleLookupQuerySchema = z.object({
  language: languageSchema,
  q: z.string().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(ARTICLE_LOOKUP_MAX).default(10),
});
export type ArticleLookupQuery = z.infer<typeof articleLookupQuerySchema>;

export const articleLookupItemSchema = z.object({
  id: z.uuid(),
  language: languageSchema,
  title: z.string(),
  categorySlug: slugSchema,
  status: articleStatusSchema,
  updatedAt: isoInstantSchema,
  /** Set when the article already has a translation. */
  translationOf: z.uuid().optional(),
});
export type ArticleLookupItem = z.infer<typeof articleLookupItemSchema>;
