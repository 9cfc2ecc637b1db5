import { countRating } from '#shared/data/ratings.ts';
import type { RatingInput } from '#shared/domain/rating.ts';
import { checkRateLimits, publicFormLimits, type RateLimit } from '#shared/participation/rate-limits.ts';

/**
 * A reader rates a page: the rate limits first (per address in 10 minutes and a day, as every public form,
 * and per address and page in a day, so one reader cannot push one page's figures), then one atomic
 * counter update. The address is only ever a keyed hash inside the limits (shared/participation/client.ts);
 * the counter keeps no trace of who rated.
 */
export const ratingLimits = { ipPer10Minutes: 30, ipPerDay: 300, samePagePerDay: 3 } as const;

export function ratingRateLimits(ip: string, path: string): RateLimit[] {
  return [
    ...publicFormLimits('rating', { ip, contacts: [] }, { ...ratingLimits, contactPerDay: 0 }),
    {
      scope: 'rating-page-day',
      subject: { kind: 'ip', value: `${ip} ${path}` },
      limit: ratingLimits.samePagePerDay,
      windowSeconds: 86_400,
    },
  ];
}

export async function ratePage(input: RatingInput, client: { ip: string }, now = new Date()): Promise<void> {
  await checkRateLimits(ratingRateLimits(client.ip, input.path), now);
  await countRating(input.path, input.answer, now);
}
