import { handle } from 'hono/aws-lambda';
import { contentApp } from './app.ts';

/** Lambda entry: API Gateway HTTP API (payload v2) → the content Hono app. */
export const handler = handle(contentApp);
