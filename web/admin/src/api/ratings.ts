import * as z from 'zod';
import { pageRatingSchema } from '#shared/domain/rating.ts';
import { languageSchema } from '#shared/domain/text.ts';
import { contextClient } from './transport.ts';

/**
 * Readers' usefulness ratings of public pages (functions/content/ratings.ts; who may read them:
 * shared/auth/policies/ratings.ts): every page's counters and each section's totals.
 */
const content = contextClient('/api/content');

export const ratingsAnswerSchema = z.object({
  items: z.array(pageRatingSchema),
  sections: z.array(
    z.object({
      language: languageSchema,
      section: z.string(),
      pages: z.number().int(),
      useful: z.number().int(),
      notUseful: z.number().int(),
    }),
  ),
});
export type RatingsAnswer = z.infer<typeof ratingsAnswerSchema>;

export const ratingsApi = {
  list: () => content.json(ratingsAnswerSchema, 'GET', '/admin/ratings'),
};
