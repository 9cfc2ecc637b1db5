import { countPageRating, listPageRatings } from '#shared/data/page-ratings.ts';
import { errors } from '#shared/domain/errors.ts';
import type { PageRating, PageRatingFigures, PageRatingInput } from '#shared/domain/page-rating.ts';
import { checkRateLimits, type RateLimit } from '#shared/participation/rate-limits.ts';
import { type RatedPage, ratedPageOf } from '#shared/site/page-rating.ts';

/**
 * A reader rates a page: the page must be one that carries the widget, and one address counts once per page
 * and day (and at most 30 ratings in ten minutes), through the same keyed-hash windows as feedback's public
 * writes; WAF's rate rule on POSTs under /api/feedback/ stands in front on AWS.
 */
export const PAGE_RATING_LIMITS = { perPagePerDay: 1, per10Minutes: 30 } as const;

export function ratingLimits(ip: string, path: string): RateLimit[] {
  return [
    {
      scope: 'page-rating-ip-10m',
      subject: { kind: 'ip', value: ip },
      limit: PAGE_RATING_LIMITS.per10Minutes,
      windowSeconds: 600,
    },
    {
      scope: 'page-rating-page-day',
      subject: { kind: 'ip', value: `${ip} ${path}` },
      limit: PAGE_RATING_LIMITS.perPagePerDay,
      windowSeconds: 86_400,
    },
  ];
}

export async function ratePage(
  input: PageRatingInput,
  sender: { ip: string },
  now = new Date(),
): Promise<RatedPage> {
  const rated = ratedPageOf(input.page);
  if (!rated) throw errors.field('page', 'Trang này không nhận đánh giá', 'This page does not take ratings');
  await checkRateLimits(ratingLimits(sender.ip, rated.path), now);
  await countPageRating(rated, input.useful === 'yes', now);
  return rated;
}

/** Pure: the figures per section from the pages' counters. */
export function ratingFigures(pages: PageRating[]): PageRatingFigures {
  const sections = new Map<string, { section: string; pages: number; useful: number; notUseful: number }>();
  for (const page of pages) {
    const entry = sections.get(page.section) ?? { section: page.section, pages: 0, useful: 0, notUseful: 0 };
    entry.pages += 1;
    entry.useful += page.useful;
    entry.notUseful += page.notUseful;
    sections.set(page.section, entry);
  }
  return {
    pages: [...pages].sort(
      (a, b) => b.useful + b.notUseful - (a.useful + a.notUseful) || a.path.localeCompare(b.path),
    ),
    sections: [...sections.values()].sort((a, b) => a.section.localeCompare(b.section)),
  };
}

export async function pageRatingFigures(): Promise<PageRatingFigures> {
  return ratingFigures(await listPageRatings());
}
