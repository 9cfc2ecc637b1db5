import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { dynamo, tableName } from './clients.ts';
import { keys } from './keys.ts';

/**
 * The search index's manifest is read, changed and written back by each publication; two publishers at
 * once would lose one's change. A lease in the table lets one at a time: taken when absent or expired (a
 * publisher that died frees it when its lease ends), given back by its owner.
 */
const leaseItemSchema = z.object({
  pk: z.string(),
  sk: z.string(),
  owner: z.string(),
  leaseUntil: z.string(),
});

const conditionFailed = (error: unknown) =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

export async function acquireSearchIndexLease(owner: string, now: Date, leaseUntil: Date): Promise<boolean> {
  const item = leaseItemSchema.parse({
    ...keys.searchIndexLease(),
    owner,
    leaseUntil: leaseUntil.toISOString(),
  });
  try {
    await dynamo().send(
      new PutCommand({
        TableName: tableName(),
        Item: item,
        ConditionExpression: 'attribute_not_exists(pk) OR leaseUntil < :now',
        ExpressionAttributeValues: { ':now': now.toISOString() },
      }),
    );
    return true;
  } catch (error) {
    if (conditionFailed(error)) return false;
    throw error;
  }
}

export async function releaseSearchIndexLease(owner: string): Promise<void> {
  try {
    await dynamo().send(
      new DeleteCommand({
        TableName: tableName(),
        Key: keys.searchIndexLease(),
        ConditionExpression: '#owner = :owner',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':owner': owner },
      }),
    );
  } catch (error) {
    // Already expired and taken by another publisher: nothing of ours to give back.
    if (!conditionFailed(error)) throw error;
  }
}
