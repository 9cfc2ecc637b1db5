import type { RoutePolicy } from '#shared/auth/route-policy.ts';

/**
 * Staff accounts (issue 13): the administrator's alone. They are served by the content API (the portal's
 * reference data lives there), so the routes are under /api/content/admin/staff.
 */
export const staffPolicy = {
  'GET /api/content/admin/staff': ['admin'],
  'POST /api/content/admin/staff': ['admin'],
  'GET /api/content/admin/staff/:username': ['admin'],
  'PUT /api/content/admin/staff/:username': ['admin'],
  'POST /api/content/admin/staff/:username/disable': ['admin'],
  'POST /api/content/admin/staff/:username/enable': ['admin'],
  'GET /api/content/admin/staff/:username/history': ['admin'],
} as const satisfies RoutePolicy;
