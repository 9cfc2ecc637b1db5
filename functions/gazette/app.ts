import { Hono } from 'hono';
import { type ContextEnv, createAdminApp, createContextApp } from '#shared/http/context-app.ts';
import { gazettePolicy } from './policy.ts';

/**
 * Gazette context (Công báo): legal documents submitted by agencies, their review, numbered issues.
 * The workflow itself arrives with the gazette issue; this is the context's app and its guard.
 */
const publicRoutes = new Hono<ContextEnv>().get('/health', (c) => c.json({ context: 'gazette', ok: true }));

const adminRoutes = createAdminApp(gazettePolicy).get('/me', (c) => c.json(c.get('principal')));

export const gazetteApp = createContextApp('/api/gazette')
  .route('/', publicRoutes)
  .route('/admin', adminRoutes);
export type GazetteApp = typeof gazetteApp;
