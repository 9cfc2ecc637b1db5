import { handle } from 'hono/aws-lambda';
import { contentPublicApp } from './public-app.ts';

/** Lambda entry: API Gateway HTTP API (payload v2), public routes → the content context's public app. */
export const handler = handle(contentPublicApp);
