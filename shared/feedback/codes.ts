import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { readEnv } from '#shared/config/env.ts';
import { TRACKING_ALPHABET } from '#shared/domain/feedback.ts';

/**
 * Tracking codes and secret links. The code (`PA-2026-7K3Q9`) is public: it shows the timeline, which holds
 * no personal data. The secret (32 characters) is the sender's alone: with it they rate, reopen or ask for
 * deletion. Only its SHA-256 is stored. A form post that carries a one-time form token gets a secret derived
 * from that token, so posting the same form twice gives the same receipt, secret link included.
 */
export function newTrackingCode(year: number): string {
  let suffix = '';
  for (let index = 0; index < 5; index += 1) suffix += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return `PA-${year}-${suffix}`;
}

export function newSecret(formToken?: string): string {
  if (!formToken) return randomBytes(24).toString('base64url');
  return createHmac('sha256', readEnv().PARTICIPATION_HASH_KEY)
    .update(`feedback-secret:${formToken}`)
    .digest('base64url')
    .slice(0, 32);
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** What makes two posts the same submission: the text and who sent it, whatever the spacing. */
export function submissionHash(fields: Record<string, string | undefined>): string {
  const normalized = Object.keys(fields)
    .sort()
    .map((name) => `${name}=${(fields[name] ?? '').normalize('NFC').replace(/\s+/g, ' ').trim()}`)
    .join('\n');
  return createHash('sha256').update(normalized).digest('hex');
}
