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

  'POST /api/content/admin/media/uploads': writers,
  'POST /api/content/admin/media/uploads/complete': writers,

  // Disclosures (decision 156): editors prepare, the director publishes and withdraws.
  'GET /api/content/admin/disclosures': newsroom,
  'POST /api/content/admin/disclosures': writers,
  'GET /api/content/admin/disclosures/:id': newsroom,
  'PUT /api/content/admin/disclosures/:id': writers,
  'POST /api/content/admin/disclosures/:id/decision': approvers,
  'GET /api/content/admin/disclosures/:id/history': newsroom,
  'GET /api/content/admin/disclosures/:id/files/:index': newsroom,
  'POST /api/content/admin/disclosures/files/uploads': writers,

  'POST /api/content/admin/categories': ['admin'],
  'PUT /api/content/admin/categories/:slug': ['admin'],
  'GET /api/content/admin/categories/:slug/history': newsroom,
  'POST /api/content/admin/agencies': ['admin'],
  'PUT /api/content/admin/agencies/:id': ['admin'],
  'GET /api/content/admin/agencies/:id/history': ['admin', 'director', 'gazette_officer', 'feedback_officer'],
} as const satisfies RoutePolicy;
