import { randomUUID } from 'node:crypto';
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { readEnv } from '#shared/config/env.ts';
import { deleteSchedule, putSchedule, type ScheduleTarget } from '#shared/data/schedules.ts';
import type { ConsultationTask } from '#shared/domain/consultation.ts';
import type { FollowerTask } from '#shared/domain/consultation-followers.ts';
import type { FeedbackTask } from '#shared/domain/feedback.ts';
import type { DirectoryTask } from '#shared/domain/organisation.ts';
import type { PublisherEvent } from '#shared/domain/publication.ts';

/**
 * Scheduled publication. On AWS, a one-time EventBridge Scheduler schedule invokes the publisher function
 * with the event at the given instant. On one machine, the schedule is an item in DynamoDB and the local
 * scheduler (infra/local/scheduler.ts) invokes the same handler with the same event when it falls due.
 * Schedules are named after what they publish, so scheduling again replaces, and a stale one is harmless:
 * the handler checks the article still waits for that instant.
 */
/**
 * What a schedule invokes: the publisher (articles), the gazette workflow's task function (issues), or the
 * feedback task function (deadlines, closing, anonymisation).
 */
export type { ScheduleTarget };
export type ScheduleRequest =
  | { name: string; at: string; target: 'publisher'; event: PublisherEvent }
  | { name: string; at: string; target: 'gazette-tasks'; event: { step: 'release-issue'; issueId: string } }
  | { name: string; at: string; target: 'feedback-tasks'; event: FeedbackTask }
  | { name: string; at: string; target: 'consultation-tasks'; event: ConsultationTask | FollowerTask }
  | { name: string; at: string; target: 'directory-tasks'; event: DirectoryTask };

const targetArnVariable = {
  publisher: 'PUBLISHER_FUNCTION_ARN',
  'gazette-tasks': 'GAZETTE_TASK_FUNCTION_ARN',
  'feedback-tasks': 'FEEDBACK_TASK_FUNCTION_ARN',
  'consultation-tasks': 'CONSULTATION_TASK_FUNCTION_ARN',
  'directory-tasks': 'DIRECTORY_TASK_FUNCTION_ARN',
} as const satisfies Record<ScheduleTarget, string>;

let schedulerClient: SchedulerClient | undefined;

/** On AWS the schedule group and the scheduler's role are set; locally they are not. */
function awsScheduler() {
  const env = readEnv();
  const group = env.SCHEDULE_GROUP_NAME;
  const roleArn = env.SCHEDULER_ROLE_ARN;
  return group && roleArn ? { group, roleArn } : undefined;
}

/** `at()` takes a local date-time without offset; we give it in Vietnam's zone, as editors chose it. */
function atExpression(instant: string): string {
  const local = new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 19);
  return `at(${local})`;
}

export async function schedule(request: ScheduleRequest): Promise<void> {
  const aws = awsScheduler();
  if (aws) {
    const targetArn = readEnv()[targetArnVariable[request.target]];
    if (!targetArn) throw new Error(`${targetArnVariable[request.target]} is not set`);
    const target = { ...aws, targetArn };
    schedulerClient ??= new SchedulerClient({});
    await cancel(request.name);
    await schedulerClient.send(
      new CreateScheduleCommand({
        Name: request.name,
        GroupName: target.group,
        ScheduleExpression: atExpression(request.at),
        ScheduleExpressionTimezone: 'Asia/Ho_Chi_Minh',
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'DELETE',
        Target: {
          Arn: target.targetArn,
          RoleArn: target.roleArn,
          Input: JSON.stringify(request.event),
          RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 3600 },
        },
        ClientToken: randomUUID(),
      }),
    );
    return;
  }
  await putSchedule(request);
}

export async function cancel(name: string): Promise<void> {
  const target = awsScheduler();
  if (target) {
    schedulerClient ??= new SchedulerClient({});
    try {
      await schedulerClient.send(new DeleteScheduleCommand({ Name: name, GroupName: target.group }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException) && !(error instanceof ConflictException)) throw error;
    }
    return;
  }
  await deleteSchedule(name);
}
