import { handle } from 'hono/aws-lambda';
import { feedbackApp } from './app.ts';

/** Lambda entry: API Gateway HTTP API (payload v2) → the feedback Hono app. */
export const handler = handle(feedbackApp);
