import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { DuplicateValue } from '#shared/domain/errors.ts';
import { dynamo, tableName } from './clients.ts';
import { keys } from './keys.ts';
import { getItem } from './reads.ts';
import { createItem } from './transactions.ts';

/**
 * Storage shared by every public form (feedback, comments on drafts, questions for dialogues): one-time
 * form tokens and rate-limit windows. Both expire through DynamoDB's TTL.
 */

/** What a form token made: the record a second post of the same form is answered with. */
export const formTokenUseSchema = z.object({
  kind: z.enum(['feedback', 'consultation-comment', 'dialogue-question']),
  id: z.uuid(),
});
export type FormTokenUse = z.infer<typeof formTokenUseSchema>;

/** The form token was used by an earlier post: the caller answers with what that post made. */
export class FormTokenUsed extends DuplicateValue {}

/** Marks a token used, in the transaction of what the post creates (so a double post creates nothing). */
export const claimFormToken = (token: string, use: FormTokenUse, expiresAt: Date) =>
  createItem(
    {
      ...keys.formToken(token),
      itemType: 'FormToken',
      ...use,
      expiresAt: Math.floor(expiresAt.getTime() / 1000),
    },
    () => new FormTokenUsed(token),
  );

export const getFormTokenUse = (token: string) => getItem(keys.formToken(token), formTokenUseSchema);

// Rate limits: not part of any change's transaction, as they count attempts, accepted or not.

/**
 * Counts one attempt in the current window of a limit and tells whether it is within the limit. The count
 * moves only while under the limit (a conditional ADD), so a flood does not grow it; DynamoDB's TTL
 * removes old windows.
 */
export async function countAttempt(
  scope: string,
  subject: string,
  window: { start: string; expiresAt: Date },
  limit: number,
): Promise<boolean> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.rateWindow(scope, subject, window.start),
        UpdateExpression: 'ADD #count :one SET itemType = :type, expiresAt = :expiresAt',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
        ExpressionAttributeNames: { '#count': 'attempts' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':limit': limit,
          ':type': 'RateWindow',
          ':expiresAt': Math.floor(window.expiresAt.getTime() / 1000),
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}
