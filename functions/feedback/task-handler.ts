import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { feedbackTaskSchema } from '#shared/domain/feedback.ts';
import { runFeedbackTask } from '#shared/feedback/tasks.ts';
import { logger } from '#shared/observability/logger.ts';

/**
 * The feedback task function: EventBridge Scheduler invokes it for deadlines (a reminder, a deadline
 * passed), the end of an answer's reopen period and the end of the retention period. Locally the local
 * scheduler calls this same handler.
 */
async function runTask(event: unknown) {
  const task = feedbackTaskSchema.parse(event);
  const result = await runFeedbackTask(task);
  logger.info('feedback task', { task: task.task, feedbackId: task.feedbackId, done: result.done });
  return result;
}

export const handler = middy<unknown, unknown, Error, Context>(runTask).use(
  injectLambdaContext(logger, { resetKeys: true }),
);
