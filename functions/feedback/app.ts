import { Hono } from 'hono';
import { feedbackPolicy } from '#shared/auth/policies/feedback.ts';
import { type ContextEnv, createAdminApp, createContextApp } from '#shared/http/context-app.ts';

/**
 * Feedback context: citizens' feedback and petitions, comments on drafts, Q&A.
 * Its capabilities arrive with their own issue; this is the context's app and its guard.
 */
const publicRoutes = new Hono<ContextEnv>().get('/health', (c) => c.json({ context: 'feedback', ok: true }));

const adminRoutes = createAdminApp(feedbackPolicy).get('/me', (c) => c.json(c.get('principal')));

export const feedbackApp = createContextApp('/api/feedback')
  .route('/', publicRoutes)
  .route('/admin', adminRoutes);
