import type { RoutePolicy } from '#shared/auth/route-policy.ts';
import { allRoles } from '#shared/domain/roles.ts';

/** Who may call each admin route of the content context. Anything not listed is refused. */
const newsroom = ['admin', 'director', 'editor'] as const;
const writers = ['admin', 'editor'] as const;
const approvers = ['director'] as const;

export const contentPolicy = {
  'GET /api/content/admin/me': allRoles,

  'GET /api/content/admin/articles': newsroom,
  'POST /api/content/admin/articles': writers,
  'GET /api/content/admin/articles/:id': newsroom,
  'PUT /api/content/admin/articles/:id': writers,
  'POST /api/content/admin/articles/:id/submit': writers,
  // Approval is the director's alone (the seed: the director decides what goes live).
  'POST /api/content/admin/articles/:id/approve': approvers,
  'POST /api/content/admin/articles/:id/return': approvers,
  'POST /api/content/admin/articles/:id/unpublish': approvers,
  'POST /api/content/admin/articles/:id/archive': ['admin', 'director'],
  'GET /api/content/admin/articles/:id/history': newsroom,
  'GET /api/content/admin/articles/:id/revisions': newsroom,
  'GET /api/content/admin/articles/:id/preview': newsroom,
  'GET /api/content/admin/review-queue': ['admin', 'director'],

  // Managed pages: the articles' workflow and roles (docs/decisions.md 142); menus are the admin's.
  'GET /api/content/admin/pages': newsroom,
  'POST /api/content/admin/pages': writers,
  'GET /api/content/admin/pages/:id': newsroom,
  'PUT /api/content/admin/pages/:id': writers,
  'POST /api/content/admin/pages/:id/submit': writers,
  'POST /api/content/admin/pages/:id/approve': approvers,
  'POST /api/content/admin/pages/:id/return': approvers,
  'POST /api/content/admin/pages/:id/unpublish': approvers,
  'GET /api/content/admin/pages/:id/history': newsroom,
  'GET /api/content/admin/pages/:id/revisions': newsroom,
  'GET /api/content/admin/pages/:id/preview': newsroom,
  'GET /api/content/admin/page-review-queue': ['admin', 'director'],
  'GET /api/content/admin/menus/:id': newsroom,
  'PUT /api/content/admin/menus/:id': ['admin'],
  'GET /api/content/admin/menus/:id/history': newsroom,

  'POST /api/content/admin/media/uploads': writers,
  'POST /api/content/admin/media/uploads/complete': writers,

  'POST /api/content/admin/categories': ['admin'],
  'PUT /api/content/admin/categories/:slug': ['admin'],
  'GET /api/content/admin/categories/:slug/history': newsroom,
  'POST /api/content/admin/agencies': ['admin'],
  'PUT /api/content/admin/agencies/:id': ['admin'],
  'GET /api/content/admin/agencies/:id/history': ['admin', 'director', 'gazette_officer', 'feedback_officer'],
} as const satisfies RoutePolicy;
