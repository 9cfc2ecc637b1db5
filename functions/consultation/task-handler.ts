import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { runConsultationTask } from '#shared/consultation/tasks.ts';
import { consultationTaskSchema } from '#shared/domain/consultation.ts';
import { logger } from '#shared/observability/logger.ts';

/**
 * The consultation task function: EventBridge Scheduler invokes it when a comment period opens and when it
 * closes. Locally the local scheduler calls this same handler.
 */
async function runTask(event: unknown) {
  const task = consultationTaskSchema.parse(event);
  const result = await runConsultationTask(task);
  logger.info('consultation task', {
    task: task.task,
    consultationId: task.consultationId,
    done: result.done,
  });
  return result;
}

export const handler = middy<unknown, unknown, Error, Context>(runTask).use(
  injectLambdaContext(logger, { resetKeys: true }),
);
