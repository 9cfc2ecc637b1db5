import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Password hashes for the local token issuer (one machine only; on AWS Cognito keeps the credentials):
 * node:crypto's scrypt (N 2^15, r 8, p 1, a 16-byte salt, a 32-byte key), stored as
 * `scrypt$<N>$<r>$<p>$<salt>$<key>` in base64url so the parameters can change later.
 */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const given = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A one-time initial password for a new local account: 16 characters from a 144-bit draw. */
export function newInitialPassword(): string {
  return randomBytes(12).toString('base64url');
}
