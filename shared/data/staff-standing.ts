import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type AccountStanding, accountStandingSchema } from '#shared/domain/staff-standing.ts';
import { dynamo, tableName } from './clients.ts';
import { keys } from './keys.ts';
import { parseStored } from './stored-shape.ts';

/*
 * The two reads and writes of every staff request (shared/staff/standing.ts), apart from the rest of the staff
 * records so that every function's bundle, the public ones included, carries only these.
 */

/**
 * What the token check needs (status, when sessions were last ended): one strongly consistent GetItem of two
 * attributes, on every staff request (docs/decisions.md 151).
 */
export async function getAccountStanding(username: string): Promise<AccountStanding | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.staffAccount(username),
      ConsistentRead: true,
      ProjectionExpression: '#status, tokensValidAfter',
      ExpressionAttributeNames: { '#status': 'status' },
    }),
  );
  return Item ? parseStored(accountStandingSchema, Item, `standing of ${username}`) : undefined;
}

/**
 * Records a sign-in (the token's `auth_time`) the first time a request carries it: a conditional write that
 * only ever moves the instant forward, so a token's later requests write nothing. Not audited: it is a fact
 * about use, not a change an administrator made.
 */
export async function noteSignIn(username: string, at: string): Promise<void> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.staffSignIn(username),
        UpdateExpression:
          'SET itemType = :type, username = :username, lastSignInAt = :at, #g1 = :g1, #g1s = :g1s',
        ConditionExpression: 'attribute_not_exists(lastSignInAt) OR lastSignInAt < :at',
        ExpressionAttributeNames: { '#g1': 'gsi1pk', '#g1s': 'gsi1sk' },
        ExpressionAttributeValues: {
          ':type': 'StaffSignIn',
          ':username': username,
          ':at': at,
          ':g1': keys.staffAll().gsi1pk,
          ':g1s': keys.staffSort(username, 'sign-in').gsi1sk,
        },
      }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return;
    throw error;
  }
}
