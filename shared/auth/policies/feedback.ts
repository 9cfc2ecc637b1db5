import type { RoutePolicy } from '#shared/auth/route-policy.ts';

/**
 * Who may call each admin route of the feedback context. Anything not listed is refused. Agency users reach
 * only what was forwarded to their agency (shared/auth/agency-scope.ts, applied by the feedback service).
 */
const staff = ['admin', 'director', 'feedback_officer', 'agency'] as const;
const officers = ['admin', 'feedback_officer'] as const;
// The director approves every answer before it is published, as for every public content (decision 54).
const approvers = ['director'] as const;

export const feedbackPolicy = {
  'GET /api/feedback/admin/me': staff,
  'GET /api/feedback/admin/settings': staff,
  'GET /api/feedback/admin/feedback': staff,
  'GET /api/feedback/admin/feedback/:id': staff,
  // The sender's contact: those who may need to reach them; every read is audited.
  // The answer's public page before approval: those who decide on it or route it (not the agency).
  'GET /api/feedback/admin/feedback/:id/preview': ['admin', 'director', 'feedback_officer'],
  'GET /api/feedback/admin/feedback/:id/contact': ['admin', 'director', 'feedback_officer'],
  'GET /api/feedback/admin/feedback/:id/attachments/:index': staff,
  'POST /api/feedback/admin/feedback/:id/classify': officers,
  'POST /api/feedback/admin/feedback/:id/reject': officers,
  'POST /api/feedback/admin/feedback/:id/merge': officers,
  'POST /api/feedback/admin/feedback/:id/forward': officers,
  'PUT /api/feedback/admin/feedback/:id/public-text': officers,
  'POST /api/feedback/admin/feedback/:id/decline': ['agency'],
  'POST /api/feedback/admin/feedback/:id/answer': ['agency'],
  'POST /api/feedback/admin/feedback/:id/decision': approvers,
  'POST /api/feedback/admin/files/uploads': ['agency'],
  'GET /api/feedback/admin/topics': staff,
  'POST /api/feedback/admin/topics': officers,
  'PUT /api/feedback/admin/topics/:slug': officers,
  'GET /api/feedback/admin/calendars': staff,
  // Page ratings: counters only (decision 157); whoever answers for the pages' content reads them.
  'GET /api/feedback/admin/page-ratings': ['admin', 'director', 'editor'],
  // The holiday calendar is the administrator's (it governs every deadline of the portal).
  'PUT /api/feedback/admin/calendars/:year': ['admin'],
} as const satisfies RoutePolicy;
