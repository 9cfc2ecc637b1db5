import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, SignJWT } from 'jose';
import * as z from 'zod';
import { getLocalCredential, getStaffAccount } from '#shared/data/staff.ts';
import { AccountDisabled, errors } from '#shared/domain/errors.ts';
import { onError } from '#shared/http/problem.ts';
import { validate } from '#shared/http/validation.ts';
import { verifyPassword } from '#shared/staff/passwords.ts';
import type { LocalAccount } from './accounts.ts';
import { writeFileAtomicallySync } from './durable-files.ts';

/**
 * Stands in for Cognito on one machine: signs ID tokens shaped like Cognito's (`cognito:groups`,
 * `cognito:username`, `custom:agency_id`, `token_use: id`, `auth_time`) and serves its public key at the
 * same well-known path, so the API verifies them by the code it runs on AWS. It signs in from the staff
 * accounts in the table (the administrator's, and the demo accounts seeded there): a disabled account is
 * refused, roles and agency are the record's, the password is checked against its scrypt hash.
 */
export type LocalIssuer = {
  issuerUrl: string;
  audience: string;
  app: Hono;
  /** Signs a token for an account; tests also forge expired or foreign ones with the overrides. */
  mint: (
    account: Omit<LocalAccount, 'password'> & { password?: string },
    overrides?: { expiresInSeconds?: number; issuer?: string; claims?: JWTPayload },
  ) => Promise<string>;
};

const TOKEN_LIFETIME_SECONDS = 60 * 60;
const KEY_ID = 'qtp-local-1';

async function storedKey(keyFile: string) {
  try {
    const jwk: JWK = JSON.parse(readFileSync(keyFile, 'utf8'));
    const privateKey = await importJWK(jwk, 'RS256');
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
    return { privateKey, publicJwk };
  } catch {
    // Written whole since it is written atomically; an older version could leave half a file.
    console.warn(`${keyFile} could not be read: made a new signing key (earlier tokens no longer verify).`);
    return undefined;
  }
}

async function loadOrCreateKey(keyFile?: string) {
  const stored = keyFile && existsSync(keyFile) ? await storedKey(keyFile) : undefined;
  if (stored) return stored;
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  if (keyFile) writeFileAtomicallySync(keyFile, JSON.stringify(await exportJWK(privateKey)));
  return { privateKey, publicJwk: await exportJWK(publicKey) };
}

/** Checked when the username is unknown, so both refusals take the same time. */
const NO_ACCOUNT_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const loginSchema = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

export async function createLocalIssuer(options: {
  issuerUrl: string;
  audience: string;
  keyFile?: string;
}): Promise<LocalIssuer> {
  const { privateKey, publicJwk } = await loadOrCreateKey(options.keyFile);

  const mint: LocalIssuer['mint'] = async (account, overrides = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      'cognito:username': account.username,
      'cognito:groups': account.groups,
      name: account.name,
      email: account.email,
      token_use: 'id',
      ...(account.agencyId ? { 'custom:agency_id': account.agencyId } : {}),
      ...overrides.claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
      .setSubject(`local-${account.username}`)
      .setIssuer(overrides.issuer ?? options.issuerUrl)
      .setAudience(options.audience)
      .setIssuedAt(now)
      .setJti(randomUUID())
      .setExpirationTime(now + (overrides.expiresInSeconds ?? TOKEN_LIFETIME_SECONDS))
      .sign(privateKey);
  };

  const app = new Hono()
    .get('/.well-known/jwks.json', (c) =>
      c.json({ keys: [{ ...publicJwk, kid: KEY_ID, alg: 'RS256', use: 'sig' }] }),
    )
    .get('/.well-known/openid-configuration', (c) =>
      c.json({
        issuer: options.issuerUrl,
        jwks_uri: `${options.issuerUrl}/.well-known/jwks.json`,
        token_endpoint: `${options.issuerUrl}/token`,
        id_token_signing_alg_values_supported: ['RS256'],
      }),
    )
    .post('/token', validate('json', loginSchema), async (c) => {
      const { username, password } = c.req.valid('json');
      const [account, passwordHash] = await Promise.all([
        getStaffAccount(username),
        getLocalCredential(username),
      ]);
      const matches = await verifyPassword(password, passwordHash ?? NO_ACCOUNT_HASH);
      if (!account || !passwordHash || !matches) throw errors.unauthenticated('wrong username or password');
      if (account.status === 'disabled') throw new AccountDisabled(`account ${username}`);
      const idToken = await mint(
        { ...account, groups: account.roles },
        { claims: { auth_time: Math.floor(Date.now() / 1000) } },
      );
      return c.json({ idToken, tokenType: 'Bearer', expiresIn: TOKEN_LIFETIME_SECONDS });
    });
  app.onError(onError);

  return { issuerUrl: options.issuerUrl, audience: options.audience, app, mint };
}
