import type { RoutePolicy } from '#shared/auth/route-policy.ts';

/**
 * Who may call each admin route of online dialogues. Anything not listed is refused. The feedback officer
 * schedules dialogues and moderates questions; answers are entered by the staff at the session (the
 * officer, the director), since the leaders dictate them rather than type them.
 */
const viewers = ['admin', 'director', 'feedback_officer'] as const;
const officers = ['admin', 'feedback_officer'] as const;
const answerDesk = ['admin', 'director', 'feedback_officer'] as const;

export const dialoguePolicy = {
  'GET /api/dialogues/admin/settings': viewers,
  'GET /api/dialogues/admin/dialogues': viewers,
  'POST /api/dialogues/admin/dialogues': officers,
  'GET /api/dialogues/admin/dialogues/:id': viewers,
  'PUT /api/dialogues/admin/dialogues/:id': officers,
  'GET /api/dialogues/admin/dialogues/:id/questions': viewers,
  'POST /api/dialogues/admin/dialogues/:id/questions/:questionId/publish': officers,
  'POST /api/dialogues/admin/dialogues/:id/questions/:questionId/reject': officers,
  'PUT /api/dialogues/admin/dialogues/:id/questions/:questionId/public-text': officers,
  'POST /api/dialogues/admin/dialogues/:id/questions/:questionId/assign': officers,
  'POST /api/dialogues/admin/dialogues/:id/questions/:questionId/answer': answerDesk,
} as const satisfies RoutePolicy;
