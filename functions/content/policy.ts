import type { RoutePolicy } from '#shared/auth/route-policy.ts';
import { allRoles } from '#shared/domain/roles.ts';

/** Who may call each admin route of the content context. Anything not listed is refused. */
export const contentPolicy: RoutePolicy = {
  'GET /api/content/admin/me': allRoles,
  'POST /api/content/admin/categories': ['admin'],
  'PUT /api/content/admin/categories/:slug': ['admin'],
  'GET /api/content/admin/categories/:slug/history': ['admin', 'director', 'editor'],
  'POST /api/content/admin/agencies': ['admin'],
  'PUT /api/content/admin/agencies/:id': ['admin'],
  'GET /api/content/admin/agencies/:id/history': ['admin', 'director', 'gazette_officer', 'feedback_officer'],
};
