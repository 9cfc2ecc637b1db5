import { readEnv } from '#shared/config/env.ts';
import { checkAccountStanding } from '#shared/staff/standing.ts';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.ts';

let cached: { key: string; verifier: TokenVerifier } | undefined;

/**
 * The verifier for this process's configured issuer (Cognito on AWS, the local issuer on one machine), with the
 * account check of shared/staff/standing.ts.
 */
export function verifierFromEnv(): TokenVerifier {
  const env = readEnv();
  const key = `${env.AUTH_ISSUER}|${env.AUTH_AUDIENCE}|${env.AUTH_JWKS_URL ?? ''}`;
  if (cached?.key !== key) {
    cached = {
      key,
      verifier: createTokenVerifier({
        issuer: env.AUTH_ISSUER,
        audience: env.AUTH_AUDIENCE,
        jwksUrl: env.AUTH_JWKS_URL,
        // A disabled account's next request is refused, whatever its token says (docs/decisions.md 151).
        accountStanding: checkAccountStanding,
      }),
    };
  }
  return cached.verifier;
}
