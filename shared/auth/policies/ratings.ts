import type { RoutePolicy } from '#shared/auth/route-policy.ts';

/** Who may read readers' usefulness ratings (content context's admin routes; merged into contentPolicy). */
export const ratingsPolicy = {
  'GET /api/content/admin/ratings': ['admin', 'director'],
} as const satisfies RoutePolicy;
