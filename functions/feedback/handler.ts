import { handle } from 'hono/aws-lambda';
import { feedbackAdminApp } from './app.ts';

/** Lambda entry: API Gateway HTTP API (payload v2) → the feedback context's staff app (/admin/). */
export const handler = handle(feedbackAdminApp);
