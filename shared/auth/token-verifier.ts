import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import { errors } from '#shared/domain/errors.ts';
import { type Principal, principalSchema, roleSchema } from '#shared/domain/roles.ts';

/**
 * Verifies Cognito ID tokens — and, by the same code, the local issuer's, which signs tokens of the same
 * shape and serves its keys at the same well-known path. jose was chosen over aws-jwt-verify because the
 * local issuer is plain http on localhost, which aws-jwt-verify's fetcher refuses (docs/decisions.md).
 */
export type TokenVerifierConfig = {
  issuer: string;
  audience: string;
  jwksUrl?: string;
  /**
   * After the token verified: whether its account still stands (not disabled, its sessions not ended since
   * the token was issued). verifierFromEnv gives shared/staff/standing.ts; it throws to refuse.
   */
  accountStanding?: (facts: { username: string; issuedAt?: number; authTime?: number }) => Promise<void>;
};
export type TokenVerifier = (token: string) => Promise<Principal>;

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySetFor(jwksUrl: string) {
  let keySet = keySets.get(jwksUrl);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
    keySets.set(jwksUrl, keySet);
  }
  return keySet;
}

/** Roles are the caller's Cognito groups; groups that are not portal roles are ignored. */
export function principalFromClaims(claims: JWTPayload): Principal {
  const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : [];
  const roles = groups.flatMap((group) => {
    const role = roleSchema.safeParse(group);
    return role.success ? [role.data] : [];
  });
  const parsed = principalSchema.safeParse({
    userId: claims.sub,
    username: claims['cognito:username'] ?? claims.sub,
    displayName: claims.name ?? claims['cognito:username'] ?? claims.sub,
    roles,
    agencyId: claims['custom:agency_id'] || undefined,
  });
  if (!parsed.success) throw errors.forbidden('the token carries no portal role');
  if (parsed.data.roles.includes('agency') && !parsed.data.agencyId) {
    throw errors.forbidden('an agency account must name its agency');
  }
  return parsed.data;
}

export function createTokenVerifier(config: TokenVerifierConfig): TokenVerifier {
  const jwksUrl = config.jwksUrl ?? `${config.issuer.replace(/\/$/, '')}/.well-known/jwks.json`;
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keySetFor(jwksUrl), {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ['RS256'],
        clockTolerance: 5,
      });
      // Cognito access tokens lack the custom attributes the portal needs; only ID tokens are accepted.
      if (payload.token_use !== 'id') throw errors.unauthenticated('an ID token is required');
      const principal = principalFromClaims(payload);
      await config.accountStanding?.({
        username: principal.username,
        ...(typeof payload.iat === 'number' ? { issuedAt: payload.iat } : {}),
        ...(typeof payload.auth_time === 'number' ? { authTime: payload.auth_time } : {}),
      });
      return principal;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw errors.unauthenticated('the token has expired');
      if (error instanceof joseErrors.JOSEError) throw errors.unauthenticated('the token is not valid');
      throw error;
    }
  };
}
