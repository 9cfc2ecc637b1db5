import { COMPOSED_HANDLER } from 'hono/utils/constants';
import type { ZodType } from 'zod';
import { declaredPolicyOf, policyKey, type RoutePolicy } from '#shared/auth/route-policy.ts';
import type { Role } from '#shared/domain/roles.ts';
import { declaredInputOf } from '#shared/http/validation.ts';

/**
 * Every route of the context apps, found in the apps themselves: method and path as registered, the
 * inputs each declared with validate(), and the roles its context's policy lets through. A route added
 * to any app is found here without being listed anywhere.
 */
export type DiscoveredRoute = {
  context: string;
  method: string;
  path: string;
  inputs: Partial<Record<'json' | 'query' | 'param' | 'form' | 'header', ZodType>>;
  /** Undefined for public routes; the roles the policy allows on an admin route (maybe none). */
  roles?: readonly Role[];
};

type RegisteredRoute = { method: string; path: string; handler: unknown };

/** Sub-apps with their own error handler are wrapped when mounted; the original is kept on the wrapper. */
function originOf(handler: unknown): unknown {
  let current = handler;
  while (typeof current === 'function' && COMPOSED_HANDLER in current) {
    current = Reflect.get(current, COMPOSED_HANDLER);
  }
  return current;
}

export function discoverRoutes(apps: Record<string, { routes: RegisteredRoute[] }>): DiscoveredRoute[] {
  return Object.entries(apps).flatMap(([context, app]) => {
    const policy: RoutePolicy | undefined = app.routes
      .map((route) => declaredPolicyOf(originOf(route.handler)))
      .find((found) => found !== undefined);
    const byRoute = new Map<string, DiscoveredRoute>();
    for (const route of app.routes) {
      if (route.method === 'ALL') continue;
      const key = policyKey(route.method, route.path);
      const entry = byRoute.get(key) ?? { context, method: route.method, path: route.path, inputs: {} };
      const input = declaredInputOf(originOf(route.handler));
      if (input && input.target in { json: 1, query: 1, param: 1, form: 1, header: 1 }) {
        entry.inputs = { ...entry.inputs, [input.target]: input.schema };
      }
      if (route.path.includes('/admin/')) entry.roles = policy?.[key] ?? [];
      byRoute.set(key, entry);
    }
    return [...byRoute.values()];
  });
}

/** The `:name` parameters of a route path, in order. */
export const pathParameters = (path: string) =>
  [...path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1] ?? '');

/** A query string from generated values: arrays repeat the parameter, objects go as JSON. */
export function queryString(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return '';
  const params = new URLSearchParams();
  for (const [name, entry] of Object.entries(value)) {
    for (const item of Array.isArray(entry) ? entry : [entry]) {
      if (item === undefined) continue;
      params.append(name, typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
