import type { RoutePolicy } from '#shared/auth/route-policy.ts';

/**
 * Requests for information to agencies (issue 15; docs/decisions.md 185): the portal's staff ask and cancel,
 * the agency asked answers (its own agency's only: shared/auth/agency-scope.ts, checked by the service), an
 * editor starts an article from the answers. Served by the content API; merged into contentPolicy.
 */
const staff = ['admin', 'director', 'editor'] as const;
const staffAndAgencies = ['admin', 'director', 'editor', 'agency'] as const;

export const informationRequestsPolicy = {
  'GET /api/content/admin/information-requests': staffAndAgencies,
  'POST /api/content/admin/information-requests': staff,
  // Not under /information-requests/, where it would also match /:id.
  'GET /api/content/admin/information-request-due-date': staff,
  'POST /api/content/admin/information-requests/files/uploads': ['agency'],
  'GET /api/content/admin/information-requests/:id': staffAndAgencies,
  'GET /api/content/admin/information-requests/:id/history': staffAndAgencies,
  'POST /api/content/admin/information-requests/:id/cancel': staff,
  'POST /api/content/admin/information-requests/:id/answers': ['agency'],
  'GET /api/content/admin/information-requests/:id/answers/:answer/files/:index': staffAndAgencies,
  // The article is created by the existing article creation: its writers.
  'POST /api/content/admin/information-requests/:id/article': ['admin', 'editor'],
} as const satisfies RoutePolicy;
