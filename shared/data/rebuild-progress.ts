import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { RebuildRunning } from '#shared/domain/errors.ts';
import {
  type partitionFailureSchema,
  type RebuildProgress,
  rebuildProgressSchema,
} from '#shared/domain/rebuild.ts';
import { dynamo, tableName } from './clients.ts';
import { keys } from './keys.ts';
import { getItem } from './reads.ts';

/**
 * A full rebuild's progress, one item per rebuild: the planner creates it, each worker counts itself in
 * with an atomic ADD (workers run concurrently), RecordOutcome lists the failures, the last step closes it.
 * An operator reads it while the rebuild runs (README "Full re-render"); it expires after 30 days.
 */
const RETENTION_SECONDS = 30 * 24 * 3600;

export async function startRebuildProgress(rebuildId: string, total: number, at: string): Promise<void> {
  const progress: RebuildProgress = {
    rebuildId,
    status: 'rendering',
    startedAt: at,
    updatedAt: at,
    total,
    rendered: 0,
    promoted: 0,
    failed: [],
  };
  // A retried plan starts the count again: the Map that follows renders every partition anew.
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.rebuildProgress(rebuildId),
        itemType: 'RebuildProgress',
        ...progress,
        expiresAt: Math.floor(Date.parse(at) / 1000) + RETENTION_SECONDS,
      },
    }),
  );
}

export async function countRebuildPartition(
  rebuildId: string,
  counter: 'rendered' | 'promoted',
): Promise<void> {
  await dynamo().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.rebuildProgress(rebuildId),
      UpdateExpression: 'ADD #counter :one SET updatedAt = :now',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#counter': counter },
      ExpressionAttributeValues: { ':one': 1, ':now': new Date().toISOString() },
    }),
  );
}

export async function updateRebuildProgress(
  rebuildId: string,
  change: {
    status: RebuildProgress['status'];
    failed?: z.infer<typeof partitionFailureSchema>[];
    files?: number;
  },
): Promise<void> {
  const fields: Record<string, unknown> = { status: change.status, updatedAt: new Date().toISOString() };
  if (change.failed) fields.failed = change.failed;
  if (change.files !== undefined) fields.files = change.files;
  const names = Object.keys(fields);
  await dynamo().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.rebuildProgress(rebuildId),
      UpdateExpression: `SET ${names.map((name) => `#${name} = :${name}`).join(', ')}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
      ExpressionAttributeValues: Object.fromEntries(names.map((name) => [`:${name}`, fields[name]])),
    }),
  );
}

export const getRebuildProgress = (rebuildId: string) =>
  getItem(keys.rebuildProgress(rebuildId), rebuildProgressSchema);

/** A rebuild that has not ended after this long is taken as lost (the state machine's own timeout is 6 h). */
const ADMIN_REBUILD_STALE_MS = 6 * 3600_000;
/** The planner writes the progress within seconds; none after this long means the start failed. */
const ADMIN_REBUILD_UNPLANNED_MS = 5 * 60_000;
const adminRebuildSchema = z.object({ rebuildId: z.string(), startedAt: z.string() });

/**
 * Claims the admin's one rebuild at a time: refused while the last one the admin started is still running
 * (its progress not `done` or `failed`, and younger than the machine's timeout). The claim is conditional on
 * the pointer read, so two administrators pressing at once start one rebuild.
 */
export async function claimAdminRebuild(rebuildId: string, at: Date): Promise<void> {
  const latest = await getItem(keys.adminRebuild(), adminRebuildSchema);
  const age = latest ? at.getTime() - Date.parse(latest.startedAt) : Number.POSITIVE_INFINITY;
  if (latest && age < ADMIN_REBUILD_STALE_MS) {
    const progress = await getRebuildProgress(latest.rebuildId);
    const running = progress
      ? progress.status !== 'done' && progress.status !== 'failed'
      : age < ADMIN_REBUILD_UNPLANNED_MS;
    if (running) throw new RebuildRunning(latest.rebuildId);
  }
  try {
    await dynamo().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.adminRebuild(), itemType: 'AdminRebuild', rebuildId, startedAt: at.toISOString() },
        ConditionExpression: latest ? 'rebuildId = :previous' : 'attribute_not_exists(pk)',
        ...(latest ? { ExpressionAttributeValues: { ':previous': latest.rebuildId } } : {}),
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new RebuildRunning(rebuildId);
    throw error;
  }
}
