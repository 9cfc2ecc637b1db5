import type { RoutePolicy } from '#shared/auth/route-policy.ts';

/** Who may call each admin route of the feedback context. Anything not listed is refused. */
export const feedbackPolicy = {
  'GET /api/feedback/admin/me': ['admin', 'director', 'feedback_officer', 'agency'],
} as const satisfies RoutePolicy;
