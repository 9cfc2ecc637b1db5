import { createHmac } from 'node:crypto';
import { readEnv } from '#shared/config/env.ts';

/**
 * Who is sending, as far as abuse resistance needs to know, without keeping who they are: an IP address or
 * a contact (phone, e-mail) is stored only as a keyed hash. The key (PARTICIPATION_HASH_KEY) stays in the
 * configuration, so a hash cannot be reversed by hashing every IPv4 address or phone number.
 */
export function pseudonym(kind: 'ip' | 'contact', value: string): string {
  return createHmac('sha256', readEnv().PARTICIPATION_HASH_KEY)
    .update(`${kind}:${value.normalize('NFC').trim().toLowerCase()}`)
    .digest('base64url')
    .slice(0, 32);
}

/**
 * The caller's IP address. Behind CloudFront and API Gateway the HTTP API's `sourceIp` is the viewer's
 * address; locally the gateway passes the socket's. Headers a client can set (X-Forwarded-For) are not
 * trusted: a bot would put a new address in each request.
 */
export type ClientAddress = string;
