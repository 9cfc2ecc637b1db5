import { handle } from 'hono/aws-lambda';
import { gazetteApp } from './app.ts';

/** Lambda entry: API Gateway HTTP API (payload v2) → the gazette Hono app. */
export const handler = handle(gazetteApp);
