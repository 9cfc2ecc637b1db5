import type { RoutePolicy } from '#shared/auth/route-policy.ts';

/** Who may call each admin route of the gazette context. Anything not listed is refused. */
const officers = ['admin', 'gazette_officer'] as const;
const readers = ['admin', 'director', 'gazette_officer', 'agency'] as const;

export const gazettePolicy = {
  'GET /api/gazette/admin/me': readers,
  // The province's gazette rules (review criteria, deadlines): what the screens show.
  'GET /api/gazette/admin/settings': readers,
  // Agencies submit and correct their own documents (scoped to their agency in the handlers).
  'POST /api/gazette/admin/files/uploads': ['agency'],
  'POST /api/gazette/admin/documents': ['agency'],
  'PUT /api/gazette/admin/documents/:id': ['agency'],
  'GET /api/gazette/admin/documents': readers,
  'GET /api/gazette/admin/documents/:id': readers,
  'GET /api/gazette/admin/documents/:id/history': readers,
  'POST /api/gazette/admin/documents/:id/review': ['gazette_officer'],
  'POST /api/gazette/admin/documents/:id/corrections': ['gazette_officer'],
  'GET /api/gazette/admin/issues': ['admin', 'director', 'gazette_officer'],
  'POST /api/gazette/admin/issues': ['gazette_officer'],
  'GET /api/gazette/admin/issues/:id': ['admin', 'director', 'gazette_officer'],
  'GET /api/gazette/admin/issues/:id/history': ['admin', 'director', 'gazette_officer'],
  'POST /api/gazette/admin/issues/:id/send': ['gazette_officer'],
  // The director approves issues for publication (the seed: the director decides what is published).
  'POST /api/gazette/admin/issues/:id/decision': ['director'],
  'GET /api/gazette/admin/issues/:id/export': officers,
  'GET /api/gazette/admin/distribution': ['admin', 'director', 'gazette_officer'],
  'PUT /api/gazette/admin/distribution': officers,
} as const satisfies RoutePolicy;
