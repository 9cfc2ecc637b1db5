import { handle } from 'hono/aws-lambda';
import { contentAdminApp } from './app.ts';

/** Lambda entry: API Gateway HTTP API (payload v2) → the content context's staff app (/admin/). */
export const handler = handle(contentAdminApp);
