import { handle } from 'hono/aws-lambda';
import { dialogueApp } from './app.ts';

/** Lambda entry: API Gateway HTTP API (payload v2) → the online dialogues Hono app. */
export const handler = handle(dialogueApp);
