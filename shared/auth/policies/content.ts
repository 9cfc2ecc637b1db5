import type { RoutePolicy } from '#shared/auth/route-policy.ts';
import { allRoles } from '#shared/domain/roles.ts';
import { informationRequestsPolicy } from './information-requests.ts';
import { ratingsPolicy } from './ratings.ts';
import { reportsPolicy } from './reports.ts';
import { staffPolicy } from './staff.ts';

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
  // The media library and the article picker (issue 15, decisions 198 and 199).
  'GET /api/content/admin/media/assets': newsroom,
  'GET /api/content/admin/media/assets/:id': newsroom,
  'PUT /api/content/admin/media/assets/:id': writers,
  'GET /api/content/admin/article-lookup': newsroom,

  // Disclosures (decision 171): editors prepare, the director publishes and withdraws.
  'GET /api/content/admin/disclosures': newsroom,
  'POST /api/content/admin/disclosures': writers,
  'GET /api/content/admin/disclosures/:id': newsroom,
  'PUT /api/content/admin/disclosures/:id': writers,
  'POST /api/content/admin/disclosures/:id/decision': approvers,
  'GET /api/content/admin/disclosures/:id/history': newsroom,
  'GET /api/content/admin/disclosures/:id/files/:index': newsroom,
  'POST /api/content/admin/disclosures/files/uploads': writers,

  // Agencies' contributions (decisions 178–184): an agency sends and reads its own (agency-scope.ts); the
  // newsroom reads every agency's; editors (and the admin) take or decline, editors inside their area only.
  'GET /api/content/admin/contributions': [...newsroom, 'agency'],
  'POST /api/content/admin/contributions': ['agency'],
  'GET /api/content/admin/contributions/:id': [...newsroom, 'agency'],
  'GET /api/content/admin/contributions/:id/history': [...newsroom, 'agency'],
  'POST /api/content/admin/contributions/:id/take': writers,
  'POST /api/content/admin/contributions/:id/decline': writers,

  'POST /api/content/admin/categories': ['admin'],
  'PUT /api/content/admin/categories/:slug': ['admin'],
  'GET /api/content/admin/categories/:slug/history': newsroom,
  'POST /api/content/admin/agencies': ['admin'],
  'PUT /api/content/admin/agencies/:id': ['admin'],
  'GET /api/content/admin/agencies/:id/history': ['admin', 'director', 'gazette_officer', 'feedback_officer'],

  // The organisation as data (issue 13): the administrator keeps it; the newsroom may read it.
  'GET /api/content/admin/units': ['admin', 'director', 'editor'],
  'POST /api/content/admin/units': ['admin'],
  'PUT /api/content/admin/units/:id': ['admin'],
  'GET /api/content/admin/units/:id/history': ['admin', 'director', 'editor'],
  'GET /api/content/admin/officials': ['admin', 'director', 'editor'],
  'POST /api/content/admin/officials': ['admin'],
  'PUT /api/content/admin/officials/:id': ['admin'],
  'GET /api/content/admin/officials/:id/history': ['admin', 'director', 'editor'],
  'GET /api/content/admin/links': ['admin', 'director', 'editor'],
  'POST /api/content/admin/links': ['admin'],
  'PUT /api/content/admin/links/:id': ['admin'],
  'GET /api/content/admin/links/:id/history': ['admin', 'director', 'editor'],
  'GET /api/content/admin/link-checks': ['admin'],
  'POST /api/content/admin/link-checks': ['admin'],
  // The full rebuild (decision 141): the administrator's alone.
  'POST /api/content/admin/rebuilds': ['admin'],
  'GET /api/content/admin/rebuilds/:id': ['admin'],
  // Staff accounts (shared/auth/policies/staff.ts).
  ...staffPolicy,
  ...ratingsPolicy,
  // Requests for information to agencies (shared/auth/policies/information-requests.ts).
  ...informationRequestsPolicy,
  ...reportsPolicy,
} as const satisfies RoutePolicy;
