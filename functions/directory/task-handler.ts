import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { directoryTaskSchema } from '#shared/domain/organisation.ts';
import { logger } from '#shared/observability/logger.ts';
import { runScheduledLinkCheck } from '#shared/organisation/service.ts';

/**
 * The directory's task function (qtp-directory-tasks): EventBridge Scheduler invokes it daily for the link
 * check (a chain of one-time schedules, shared/organisation/service.ts). Locally the local scheduler calls
 * this same handler. It logs counts only: the addresses are public, the officials' contacts are not logged.
 */
async function runTask(event: unknown) {
  directoryTaskSchema.parse(event);
  const dead = await runScheduledLinkCheck();
  logger.info('link check', { dead: dead.length });
  return { dead: dead.length };
}

export const handler = middy<unknown, unknown, Error, Context>(runTask).use(
  injectLambdaContext(logger, { resetKeys: true }),
);
