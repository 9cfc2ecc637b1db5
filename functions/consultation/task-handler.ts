import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { runFollowerTask } from '#shared/consultation/followers.ts';
import { runConsultationTask } from '#shared/consultation/tasks.ts';
import { consultationTaskSchema } from '#shared/domain/consultation.ts';
import { followerTaskSchema } from '#shared/domain/consultation-followers.ts';
import { logger } from '#shared/observability/logger.ts';

/**
 * The consultation task function: EventBridge Scheduler invokes it when a comment period opens and when it
 * closes, and for the followers (a notice to send, addresses to delete). Locally the local scheduler calls
 * this same handler.
 */
const taskSchema = z.union([consultationTaskSchema, followerTaskSchema]);

async function runTask(event: unknown) {
  const task = taskSchema.parse(event);
  const result = 'at' in task ? await runConsultationTask(task) : await runFollowerTask(task);
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
