import * as z from 'zod';
import { bilingual } from './text.ts';

/** A reader's rating of a page ("Hữu ích / Không hữu ích"): the page and the answer, nothing about the reader. */
export const pageRatingInputSchema = z.object({
  page: z.string().min(1).max(200),
  useful: z.enum(['yes', 'no'], { error: bilingual('Hãy chọn một câu trả lời', 'Choose an answer') }),
});
export type PageRatingInput = z.infer<typeof pageRatingInputSchema>;

/** The counters of one page. */
export const pageRatingSchema = z.object({
  path: z.string(),
  section: z.string(),
  useful: z.number().int().min(0).default(0),
  notUseful: z.number().int().min(0).default(0),
  updatedAt: z.string(),
});
export type PageRating = z.infer<typeof pageRatingSchema>;

export const pageRatingFiguresSchema = z.object({
  pages: z.array(pageRatingSchema),
  sections: z.array(
    z.object({
      section: z.string(),
      pages: z.number().int(),
      useful: z.number().int(),
      notUseful: z.number().int(),
    }),
  ),
});
export type PageRatingFigures = z.infer<typeof pageRatingFiguresSchema>;
