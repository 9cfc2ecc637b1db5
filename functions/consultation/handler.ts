import { handle } from 'hono/aws-lambda';
import { consultationApp } from './app.ts';

/** Lambda entry: API Gateway HTTP API (payload v2) → the consultation Hono app. */
export const handler = handle(consultationApp);
