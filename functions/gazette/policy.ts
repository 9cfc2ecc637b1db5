import type { RoutePolicy } from '#shared/auth/route-policy.ts';

/** Who may call each admin route of the gazette context. Anything not listed is refused. */
export const gazettePolicy: RoutePolicy = {
  'GET /api/gazette/admin/me': ['admin', 'director', 'gazette_officer', 'agency'],
};
