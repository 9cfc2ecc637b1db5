import { countAttempt } from '#shared/data/participation.ts';
import { AppError } from '#shared/domain/errors.ts';
import { pseudonym } from './client.ts';

/**
 * Rate limits on public writes (feedback, comments on drafts, questions for dialogues), kept in DynamoDB
 * with a TTL: fixed windows per pseudonymous subject (an IP, a phone or e-mail). On AWS a WAF rate-based
 * rule in front of CloudFront stops floods before they reach Lambda; these limits are the per-person rule
 * behind it, and they hold locally too.
 */
export type RateLimit = {
  scope: string;
  subject: { kind: 'ip' | 'contact'; value: string };
  limit: number;
  windowSeconds: number;
};

export class RateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'rate-limited',
      'Bạn đã gửi quá nhiều lần trong thời gian ngắn; vui lòng thử lại sau',
      'Too many submissions in a short time; please try again later',
      `try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
    );
  }
}

/** Counts one attempt against every limit; refuses with RateLimited when any is exhausted. */
export async function checkRateLimits(limits: RateLimit[], now = new Date()): Promise<void> {
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000;
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    const end = start + windowMs;
    const allowed = await countAttempt(
      limit.scope,
      pseudonym(limit.subject.kind, limit.subject.value),
      { start: new Date(start).toISOString(), expiresAt: new Date(end + windowMs) },
      limit.limit,
    );
    if (!allowed) throw new RateLimited(Math.max(1, Math.round((end - now.getTime()) / 1000)));
  }
}
