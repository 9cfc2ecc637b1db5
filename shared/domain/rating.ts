import * as z from 'zod';
import { bilingual, isoInstantSchema, type Language, languageSchema } from './text.ts';

/**
 * A reader's one-click rating of a page's usefulness ("Hữu ích / Không hữu ích"), anonymous: what is kept
 * is a counter per page, never who rated (docs/decisions.md 155–159).
 */

/** Longest page path a rating names (an article's path is far shorter: `/en/news/<100-char slug>/`). */
export const RATED_PATH_MAX = 300;

/**
 * A public site page's path: starts with '/', slug segments each ending in '/', so no '..', no query,
 * no '#' (a key segment), no staff or API paths.
 */
export const ratedPathSchema = z
  .string()
  .trim()
  .max(RATED_PATH_MAX)
  .regex(
    /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/,
    bilingual(
      'Đường dẫn trang không hợp lệ (phải là một trang của Cổng, ví dụ /tin-tuc/ten-bai/)',
      'Not a page of the portal (a path such as /en/news/article-slug/)',
    ),
  )
  .refine(
    (path) => !/^\/(?:en\/)?(?:api|admin)\//.test(path),
    bilingual('Trang quản trị và API không được đánh giá', 'Staff and API paths cannot be rated'),
  );

export const ratingAnswerSchema = z.enum(['yes', 'no'], {
  error: bilingual('Chọn “Hữu ích” hoặc “Không hữu ích”', 'Choose “Useful” or “Not useful”'),
});
export type RatingAnswer = z.infer<typeof ratingAnswerSchema>;

export const ratingInputSchema = z.object({ path: ratedPathSchema, answer: ratingAnswerSchema });
export type RatingInput = z.infer<typeof ratingInputSchema>;

/** One page's counters, as the admin reads them. */
export const pageRatingSchema = z.object({
  path: z.string(),
  language: languageSchema,
  section: z.string(),
  useful: z.number().int().min(0),
  notUseful: z.number().int().min(0),
  updatedAt: isoInstantSchema,
});
export type PageRating = z.infer<typeof pageRatingSchema>;

/** The section a home page's ratings count under (it has no first segment). */
export const HOME_SECTION = 'trang-chu';

/** A path's language and section: `/en/news/x/` → en, news; `/tin-tuc/x/` → vi, tin-tuc; `/` → vi, trang-chu. */
export function sectionOf(path: string): { language: Language; section: string } {
  const segments = path.split('/').filter(Boolean);
  const language: Language = segments[0] === 'en' ? 'en' : 'vi';
  const rest = language === 'en' ? segments.slice(1) : segments;
  return { language, section: rest[0] ?? HOME_SECTION };
}

/** A section's totals over its pages, and the share of "useful" (undefined with no ratings). */
export type SectionTotals = {
  language: Language;
  section: string;
  pages: number;
  useful: number;
  notUseful: number;
};

export function sectionTotals(ratings: readonly PageRating[]): SectionTotals[] {
  const totals = new Map<string, SectionTotals>();
  for (const rating of ratings) {
    const key = `${rating.language}#${rating.section}`;
    const total = totals.get(key) ?? {
      language: rating.language,
      section: rating.section,
      pages: 0,
      useful: 0,
      notUseful: 0,
    };
    total.pages += 1;
    total.useful += rating.useful;
    total.notUseful += rating.notUseful;
    totals.set(key, total);
  }
  return [...totals.values()].sort(
    (a, b) => a.language.localeCompare(b.language) || a.section.localeCompare(b.section),
  );
}

/** The share of "useful" answers, 0–1; undefined when nobody answered. */
export const usefulShare = (counts: { useful: number; notUseful: number }): number | undefined =>
  counts.useful + counts.notUseful === 0 ? undefined : counts.useful / (counts.useful + counts.notUseful);
