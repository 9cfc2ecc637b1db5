import { handle } from 'hono/aws-lambda';
import { feedbackPublicApp } from './public-app.ts';

/** Lambda entry: API Gateway HTTP API (payload v2), public routes → the feedback context's public app. */
export const handler = handle(feedbackPublicApp);
