import type { RoutePolicy } from '#shared/auth/route-policy.ts';

/**
 * Who may call each admin route of the consultation context. Anything not listed is refused. Agency users
 * reach only their own agency's consultations (shared/auth/agency-scope.ts, applied by the services).
 */
const staff = ['admin', 'feedback_officer', 'agency'] as const;
// The officer moderates comments and approves the drafting agency's report.
const officers = ['admin', 'feedback_officer'] as const;

export const consultationPolicy = {
  'GET /api/consultations/admin/settings': staff,
  'GET /api/consultations/admin/consultations': staff,
  'POST /api/consultations/admin/consultations': staff,
  'POST /api/consultations/admin/draft-structure': staff,
  'POST /api/consultations/admin/draft-structure/docx': staff,
  'GET /api/consultations/admin/consultations/:id': staff,
  'POST /api/consultations/admin/consultations/:id/comments/:commentId/moderation': officers,
  // The commenter's contact: the drafting agency may need to reach them; every read is audited.
  'GET /api/consultations/admin/consultations/:id/comments/:commentId/contact': staff,
  'PUT /api/consultations/admin/consultations/:id/report': ['agency', 'feedback_officer'],
  'POST /api/consultations/admin/consultations/:id/report/decision': officers,
  // A new version of the draft after the period closed: the drafting agency, as with the report.
  'POST /api/consultations/admin/consultations/:id/versions': ['agency', 'feedback_officer'],
  'POST /api/consultations/admin/files/uploads': staff,
  // The document adopted from the draft: the agency (its own drafts) or the officer names it once published.
  'GET /api/consultations/admin/adoptable-documents': staff,
  'PUT /api/consultations/admin/consultations/:id/adopted-document': staff,
} as const satisfies RoutePolicy;
