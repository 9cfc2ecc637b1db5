import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { errors } from '#shared/domain/errors.ts';
import type { Principal, Role } from '#shared/domain/roles.ts';
import type { TokenVerifier } from './token-verifier.ts';

/**
 * The roles allowed on each admin route, keyed `METHOD /full/route/path` exactly as the route is
 * registered. A route missing from its context's table is refused to everyone: deny by default.
 */
export type RoutePolicy = Readonly<Record<string, readonly Role[]>>;

export type AuthVariables = { principal: Principal; correlationId: string };

export const policyKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

const declaredPolicies = new WeakMap<object, RoutePolicy>();

/** The policy table a requireRoles middleware enforces, found from the app's route list (tests read it). */
export function declaredPolicyOf(handler: unknown): RoutePolicy | undefined {
  return typeof handler === 'function' ? declaredPolicies.get(handler) : undefined;
}

/**
 * Authenticates the caller from the bearer token and authorizes them against the route's policy.
 * Mount it on the admin prefix of a context app; it finds the route that will answer the request.
 */
export function requireRoles(
  policy: RoutePolicy,
  verifier: () => TokenVerifier,
): MiddlewareHandler<{ Variables: AuthVariables }> {
  const middleware: MiddlewareHandler<{ Variables: AuthVariables }> = async function authorizeAdminRoute(
    c,
    next,
  ) {
    const token = bearerToken(c.req.header('authorization'));
    if (!token) throw errors.unauthenticated('no bearer token');
    const principal = await verifier()(token);

    // The answering route is the last matched one that is not middleware (method ALL).
    const route = matchedRoutes(c).findLast((candidate) => candidate.method !== 'ALL');
    if (route) {
      const allowed = policy[policyKey(route.method, route.path)];
      if (!allowed) throw errors.forbidden(`no access policy for ${policyKey(route.method, route.path)}`);
      if (!principal.roles.some((role) => allowed.includes(role))) throw errors.forbidden();
    }
    c.set('principal', principal);
    await next();
  };
  declaredPolicies.set(middleware, policy);
  return middleware;
}
