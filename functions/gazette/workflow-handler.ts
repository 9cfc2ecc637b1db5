import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { runGazetteStep } from '#shared/gazette/workflow/run-step.ts';
import { logger } from '#shared/observability/logger.ts';

/**
 * The gazette state machines' task function (and EventBridge Scheduler's target at an issue's publication
 * time). Locally the workflow runner and the scheduler call this same handler.
 */
export const handler = middy<unknown, unknown, Error, Context>(runGazetteStep).use(
  injectLambdaContext(logger, { resetKeys: true }),
);
