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

/** The limits every public form applies: per address in 10 minutes and in a day, per phone or e-mail in a day. */
export function publicFormLimits(
  form: string,
  sender: { ip: string; contacts: (string | undefined)[] },
  limits: { ipPer10Minutes: number; ipPerDay: number; contactPerDay: number },
): RateLimit[] {
  const ip = { kind: 'ip' as const, value: sender.ip };
  return [
    { scope: `${form}-ip-10m`, subject: ip, limit: limits.ipPer10Minutes, windowSeconds: 600 },
    { scope: `${form}-ip-day`, subject: ip, limit: limits.ipPerDay, windowSeconds: 86_400 },
    ...sender.contacts.flatMap((contact) =>
      contact
        ? [
            {
              scope: `${form}-contact-day`,
              subject: { kind: 'contact' as const, value: contact },
              limit: limits.contactPerDay,
              windowSeconds: 86_400,
            },
          ]
        : [],
    ),
  ];
}
