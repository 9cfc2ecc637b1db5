import { randomUUID } from 'node:crypto';
import { ConflictException, CreateScheduleCommand, DeleteScheduleCommand, ResourceNotFoundException, SchedulerClient } from '@aws-sdk/client-scheduler';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { dynamo, tableName } from '#shared/data/clients.ts';
import { keys } from '#shared/data/keys.ts';
import { queryPage } from '#shared/data/reads.ts';
import type { PublisherEvent } from '#shared/domain/publication.ts';

/**
 * Scheduled publication. On AWS, a one-time EventBridge Scheduler schedule invokes the publisher function
 * with the event at the given instant. On one machine, the schedule is an item in DynamoDB and the local
 * scheduler (infra/local/scheduler.ts) invokes the same handler with the same event when it falls due.
 * Schedules are named after what they publish, so scheduling again replaces, and a stale one is harmless:
 * the handler checks the article still waits for that instant.
 */
export type ScheduleRequest = { name: string; at: string; event: PublisherEvent };

const scheduleItemSchema = z.object({ name: z.string(), at: z.string(), event: z.unknown() });

let schedulerClient: SchedulerClient | undefined;

function awsTarget() {
  const group = process.env.SCHEDULE_GROUP_NAME;
  const targetArn = process.env.PUBLISHER_FUNCTION_ARN;
  const roleArn = process.env.SCHEDULER_ROLE_ARN;
  return group && targetArn && roleArn ? { group, targetArn, roleArn } : undefined;
}

/** `at()` takes a local date-time without offset; we give it in Vietnam's zone, as editors chose it. */
function atExpression(instant: string): string {
  const local = new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 19);
  return `at(${local})`;
}

export async function schedule(request: ScheduleRequest): Promise<void> {
  const target = awsTarget();
  if (target) {
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
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.schedule(request.name),
        ...keys.schedulesDue(),
        ...keys.scheduleSort(request.at, request.name),
        itemType: 'Schedule',
        name: request.name,
        at: request.at,
        event: request.event,
      },
    }),
  );
}

export async function cancel(name: string): Promise<void> {
  const target = awsTarget();
  if (target) {
    schedulerClient ??= new SchedulerClient({});
    try {
      await schedulerClient.send(new DeleteScheduleCommand({ Name: name, GroupName: target.group }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException) && !(error instanceof ConflictException)) throw error;
    }
    return;
  }
  await dynamo().send(new DeleteCommand({ TableName: tableName(), Key: keys.schedule(name) }));
}

/** Local stand-in only: schedules due at `now`, oldest first. */
export async function dueSchedules(now: Date, limit = 25): Promise<{ name: string; at: string; event: unknown }[]> {
  const page = await queryPage(
    {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: keys.schedulesDue().gsi1pk },
      sortBetween: { name: 'gsi1sk', from: '0', to: `${now.toISOString()}#~` },
      limit,
    },
    scheduleItemSchema,
  );
  return page.items;
}

/** Local stand-in only: takes a due schedule; false if another poller took it first. */
export async function claimDueSchedule(name: string): Promise<boolean> {
  try {
    await dynamo().send(
      new DeleteCommand({ TableName: tableName(), Key: keys.schedule(name), ConditionExpression: 'attribute_exists(pk)' }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}
