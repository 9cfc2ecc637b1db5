import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import {
  type ConsultationFollower,
  consultationFollowerSchema,
  type FollowerEvent,
  FollowLinkExpired,
  followerIdSchema,
} from '#shared/domain/consultation-followers.ts';
import { DuplicateValue } from '#shared/domain/errors.ts';
import { dynamo, tableName } from './clients.ts';
import { keys } from './keys.ts';
import { getItem, queryAll } from './reads.ts';
import { storable } from './stored-shape.ts';
import { createItem, deleteExisting, type TransactionWrite } from './transactions.ts';

/**
 * Storage of a consultation's followers: one item per address in a partition of its own (never read by a
 * public page), the follow form's token claims, and the per-event notice marks. The follower services
 * (shared/consultation/followers.ts) decide; this module owns the keys and the conditions.
 */

/** The address already follows the consultation (confirmed): the service answers without a new link. */
export class AlreadyFollowing extends DuplicateValue {}
/** The follow form's token made a subscription already: a second post of the same copy of the form. */
export class FollowFormTokenUsed extends DuplicateValue {}

const epochSeconds = (instant: string) => Math.floor(Date.parse(instant) / 1000);

export const followerWrites = {
  /**
   * A new or renewed unconfirmed subscription (a new link replaces the old one); refused with
   * AlreadyFollowing once the address confirmed. `expiresAt` lets DynamoDB's TTL drop it when it lapses.
   */
  putPending: (follower: ConsultationFollower): TransactionWrite => ({
    request: {
      Put: {
        TableName: tableName(),
        Item: {
          ...keys.consultationFollower(follower.consultationId, follower.id),
          itemType: 'ConsultationFollower',
          ...storable(consultationFollowerSchema, follower, `follower ${follower.id}`),
          expiresAt: epochSeconds(follower.confirmBy),
        },
        ConditionExpression: 'attribute_not_exists(pk) OR #status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':pending': 'pending' },
      },
    },
    whenConditionFails: () => new AlreadyFollowing(follower.id),
  }),
  /** The follow form's token, claimed with the subscription it made (a second post of the form is the same). */
  claimFormToken: (token: string, followerId: string, expiresAt: Date) =>
    createItem(
      {
        ...keys.followFormToken(token),
        itemType: 'FollowFormToken',
        followerId,
        expiresAt: Math.floor(expiresAt.getTime() / 1000),
      },
      () => new FollowFormTokenUsed('form token'),
    ),
  /** Removes one follower (unsubscribed, or the retention period is over). */
  remove: (consultationId: string, followerId: string) =>
    deleteExisting(keys.consultationFollower(consultationId, followerId)),
};

export const getFollower = (consultationId: string, followerId: string) =>
  getItem(keys.consultationFollower(consultationId, followerId), consultationFollowerSchema);

export const getFollowFormTokenUse = (token: string) =>
  getItem(keys.followFormToken(token), z.object({ followerId: followerIdSchema }));

/** Every follower of a consultation, pending ones included. */
export function listFollowers(consultationId: string): Promise<ConsultationFollower[]> {
  const prefix = keys.consultationFollowersPrefix(consultationId);
  return queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    consultationFollowerSchema,
  );
}

const conditionFailed = (error: unknown) =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

/**
 * Confirms a subscription whose link carries the token with this hash, while it has not lapsed. A second
 * click on the same link finds it confirmed and changes nothing. Refused with FollowLinkExpired otherwise.
 */
export async function confirmFollower(
  consultationId: string,
  followerId: string,
  tokenHash: string,
  at: string,
): Promise<void> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.consultationFollower(consultationId, followerId),
        UpdateExpression:
          'SET #status = :confirmed, confirmedAt = if_not_exists(confirmedAt, :at) REMOVE expiresAt',
        ConditionExpression:
          'attribute_exists(pk) AND confirmTokenHash = :hash AND (#status = :confirmed OR confirmBy > :at)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':confirmed': 'confirmed', ':hash': tokenHash, ':at': at },
      }),
    );
  } catch (error) {
    if (conditionFailed(error)) throw new FollowLinkExpired(`follower ${followerId}`);
    throw error;
  }
}

/**
 * Removes a follower whose unsubscribe link carries this secret. Gone already (unsubscribed before, or the
 * address was deleted after the consultation) is done too; a wrong secret is FollowLinkExpired.
 */
export async function unsubscribeFollower(consultationId: string, followerId: string, secret: string) {
  try {
    await dynamo().send(
      new DeleteCommand({
        TableName: tableName(),
        Key: keys.consultationFollower(consultationId, followerId),
        ConditionExpression: 'attribute_not_exists(pk) OR unsubscribeSecret = :secret',
        ExpressionAttributeValues: { ':secret': secret },
      }),
    );
  } catch (error) {
    if (conditionFailed(error)) throw new FollowLinkExpired(`follower ${followerId}`);
    throw error;
  }
}

/**
 * Marks a confirmed follower as told of an event, before the mail goes: true if this call marked it, false
 * if it was marked already (a repeated task) or the follower is not confirmed. Each follower is told of
 * each event at most once.
 */
export async function claimNotice(
  consultationId: string,
  followerId: string,
  event: FollowerEvent,
  at: string,
): Promise<boolean> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.consultationFollower(consultationId, followerId),
        UpdateExpression: 'SET notified.#event = :at',
        ConditionExpression:
          'attribute_exists(pk) AND #status = :confirmed AND attribute_not_exists(notified.#event)',
        ExpressionAttributeNames: { '#status': 'status', '#event': event },
        ExpressionAttributeValues: { ':confirmed': 'confirmed', ':at': at },
      }),
    );
    return true;
  } catch (error) {
    if (conditionFailed(error)) return false;
    throw error;
  }
}
