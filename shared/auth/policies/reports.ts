import type { RoutePolicy } from '#shared/auth/route-policy.ts';

/**
 * Who may read the reports on the portal's activity (issue 15; content context's admin routes, merged into
 * contentPolicy): the director and the administrator. The recount rewrites counters: the administrator's.
 */
export const reportsPolicy = {
  'GET /api/content/admin/reports': ['admin', 'director'],
  'GET /api/content/admin/reports/csv': ['admin', 'director'],
  'GET /api/content/admin/reports/pdf': ['admin', 'director'],
  'POST /api/content/admin/reports/recount': ['admin'],
} as const satisfies RoutePolicy;
