import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { dynamo, tableName } from './clients.ts';
import { keys } from './keys.ts';
import { getItem, queryPage } from './reads.ts';

/**
 * The local stand-in of EventBridge Scheduler keeps its schedules here: one item per schedule name, in the
 * due index (gsi1) by the time it may fire next. On AWS EventBridge Scheduler keeps them; this module is
 * used only when the scheduler port runs locally (shared/publication/scheduler.ts, infra/local/scheduler.ts).
 */
export const scheduleTargetSchema = z.enum([
  'publisher',
  'gazette-tasks',
  'feedback-tasks',
  'consultation-tasks',
  'directory-tasks',
]);
export type ScheduleTarget = z.infer<typeof scheduleTargetSchema>;

const scheduleItemSchema = z.object({
  name: z.string(),
  at: z.string(),
  target: scheduleTargetSchema.default('publisher'),
  event: z.unknown(),
  /** When the local scheduler may fire it next: `at`, then the end of each attempt's lease. */
  dueAt: z.string().optional(),
  attempts: z.number().int().min(0).default(0),
});
export type DueSchedule = z.infer<typeof scheduleItemSchema>;

/** Files (or replaces: names are unique) a schedule. */
export async function putSchedule(schedule: {
  name: string;
  at: string;
  target: ScheduleTarget;
  event: unknown;
}) {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.schedule(schedule.name),
        ...keys.schedulesDue(),
        ...keys.scheduleSort(schedule.at, schedule.name),
        itemType: 'Schedule',
        ...schedule,
        dueAt: schedule.at,
        attempts: 0,
      },
    }),
  );
}

export async function deleteSchedule(name: string): Promise<void> {
  await dynamo().send(new DeleteCommand({ TableName: tableName(), Key: keys.schedule(name) }));
}

/** Schedules due at `now`, oldest first. */
export async function dueSchedules(now: Date, limit = 25): Promise<DueSchedule[]> {
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

const conditionFailed = (error: unknown) =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

/**
 * Takes a due schedule for one attempt, as EventBridge Scheduler hands an event to
 * its target: the schedule is not deleted but moved out of reach until `leaseUntil`, when it falls due
 * again unless the attempt completed. So a process that dies while the target runs leaves the schedule to
 * fire again (at least once; the handlers are idempotent). Returns the attempt number, or undefined if
 * another poller took this attempt first (or the schedule was replaced or cancelled meanwhile).
 */
export async function claimDueSchedule(due: DueSchedule, leaseUntil: Date): Promise<number | undefined> {
  const attempt = due.attempts + 1;
  const leaseEnd = leaseUntil.toISOString();
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.schedule(due.name),
        UpdateExpression: 'SET #sk = :leased, #dueAt = :leaseEnd, #attempts = :attempt',
        ConditionExpression: '#sk = :seen',
        ExpressionAttributeNames: { '#sk': 'gsi1sk', '#dueAt': 'dueAt', '#attempts': 'attempts' },
        ExpressionAttributeValues: {
          ':leased': keys.scheduleSort(leaseEnd, due.name).gsi1sk,
          ':seen': keys.scheduleSort(due.dueAt ?? due.at, due.name).gsi1sk,
          ':leaseEnd': leaseEnd,
          ':attempt': attempt,
        },
      }),
    );
    return attempt;
  } catch (error) {
    if (conditionFailed(error)) return undefined;
    throw error;
  }
}

/** The attempt succeeded; the schedule goes, unless it was replaced since. */
export async function completeSchedule(name: string, attempt: number): Promise<void> {
  try {
    await dynamo().send(
      new DeleteCommand({
        TableName: tableName(),
        Key: keys.schedule(name),
        ConditionExpression: '#attempts = :attempt',
        ExpressionAttributeNames: { '#attempts': 'attempts' },
        ExpressionAttributeValues: { ':attempt': attempt },
      }),
    );
  } catch (error) {
    if (!conditionFailed(error)) throw error;
  }
}

/**
 * No more attempts (EventBridge Scheduler's retry policy would send the event to the
 * failure queue). The item stays, out of the due index, with the reason, for a person to look at.
 */
export async function abandonSchedule(name: string, attempt: number, failure: string): Promise<void> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.schedule(name),
        UpdateExpression: 'REMOVE #pk, #sk SET #failure = :failure',
        ConditionExpression: '#attempts = :attempt',
        ExpressionAttributeNames: {
          '#pk': 'gsi1pk',
          '#sk': 'gsi1sk',
          '#failure': 'failure',
          '#attempts': 'attempts',
        },
        ExpressionAttributeValues: { ':attempt': attempt, ':failure': failure.slice(0, 1000) },
      }),
    );
  } catch (error) {
    if (!conditionFailed(error)) throw error;
  }
}

/** The schedule of that name, if one is pending (for tests and tools). */
export async function pendingSchedule(name: string) {
  return getItem(keys.schedule(name), scheduleItemSchema);
}
