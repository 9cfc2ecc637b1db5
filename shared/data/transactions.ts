import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  type AppError,
  ConcurrentChange,
  CounterMoved,
  DuplicateValue,
  errors,
  VersionConflict,
} from '#shared/domain/errors.ts';
import { normalizeDeep } from '#shared/text/vietnamese.ts';
import { dynamo, tableName } from './clients.ts';
import { keys, type PrimaryKey } from './keys.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Item = PrimaryKey & Record<string, unknown>;

/**
 * The generic writes every entity module of shared/data composes (each entity module builds its items and
 * keys; nothing outside shared/data calls these with a key of its own).
 *
 * One write of a transaction, with the error a person should see when its condition fails.
 * DynamoDB reports which item's condition failed (CancellationReasons, in request order), so each
 * write carries its own explanation.
 */
export type TransactionWrite = { request: TransactItem; whenConditionFails: () => AppError };

/** A new item; refused if its key is taken. */
export function createItem(item: Item, whenExists: () => AppError = () => new DuplicateValue(item.pk)) {
  return {
    request: {
      Put: {
        TableName: tableName(),
        Item: normalizeDeep(item),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    whenConditionFails: whenExists,
  } satisfies TransactionWrite;
}

/**
 * Replaces an item only if it still has the version the caller read (optimistic concurrency).
 * The stored version becomes expectedVersion + 1.
 */
export function replaceVersioned(item: Item, expectedVersion: number): TransactionWrite {
  return {
    request: {
      Put: {
        TableName: tableName(),
        Item: normalizeDeep({ ...item, version: expectedVersion + 1 }),
        ConditionExpression: 'attribute_exists(pk) AND #version = :expectedVersion',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expectedVersion': expectedVersion },
      },
    },
    whenConditionFails: () => new VersionConflict(`${item.pk} is no longer at version ${expectedVersion}`),
  };
}

/** Sets and removes attributes of an existing item, outside its version (links, projections). */
export function updateAttributes(
  key: PrimaryKey,
  changes: { set?: Record<string, unknown>; remove?: string[] },
  whenMissing: () => AppError = () => errors.notFound(key.pk),
): TransactionWrite {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(changes.set ?? {}).map(([name, value], index) => {
    names[`#s${index}`] = name;
    values[`:s${index}`] = value;
    return `#s${index} = :s${index}`;
  });
  const removes = (changes.remove ?? []).map((name, index) => {
    names[`#r${index}`] = name;
    return `#r${index}`;
  });
  const expression = [
    sets.length ? `SET ${sets.join(', ')}` : '',
    removes.length ? `REMOVE ${removes.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    request: {
      Update: {
        TableName: tableName(),
        Key: key,
        UpdateExpression: expression,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: names,
        ...(Object.keys(values).length ? { ExpressionAttributeValues: normalizeDeep(values) } : {}),
      },
    },
    whenConditionFails: whenMissing,
  };
}

/**
 * Adds to numeric attributes of an item, creating it (with `fields`) when it is missing: pre-aggregated
 * counters kept in the same transaction as the changes they count.
 */
export function incrementCounters(
  key: PrimaryKey,
  increments: Record<string, number>,
  fields: Record<string, unknown> = {},
): TransactionWrite {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const adds = Object.entries(increments).map(([name, value], index) => {
    names[`#a${index}`] = name;
    values[`:a${index}`] = value;
    return `#a${index} :a${index}`;
  });
  const sets = Object.entries(fields).map(([name, value], index) => {
    names[`#s${index}`] = name;
    values[`:s${index}`] = value;
    return `#s${index} = :s${index}`;
  });
  return {
    request: {
      Update: {
        TableName: tableName(),
        Key: key,
        UpdateExpression: [
          adds.length ? `ADD ${adds.join(', ')}` : '',
          sets.length ? `SET ${sets.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join(' '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: normalizeDeep(values),
      },
    },
    whenConditionFails: () => new ConcurrentChange(key.pk),
  };
}

/** Writes a derived item (a projection, an index entry) whatever was there: it is rebuilt from records. */
export function putDerived(item: Item): TransactionWrite {
  return {
    request: { Put: { TableName: tableName(), Item: normalizeDeep(item) } },
    whenConditionFails: () => new ConcurrentChange(item.pk),
  };
}

/** Deletes a derived item (an index entry) whether or not it is there. */
export function deleteDerived(key: PrimaryKey): TransactionWrite {
  return {
    request: { Delete: { TableName: tableName(), Key: key } },
    whenConditionFails: () => new ConcurrentChange(key.pk),
  };
}

/** Deletes an item that must exist. */
export function deleteExisting(key: PrimaryKey, whenMissing: () => AppError = () => errors.notFound(key.pk)) {
  return {
    request: { Delete: { TableName: tableName(), Key: key, ConditionExpression: 'attribute_exists(pk)' } },
    whenConditionFails: whenMissing,
  } satisfies TransactionWrite;
}

/**
 * Moves a counter from `current` to `current + 1`; refused if someone else moved it first, so the value
 * read is the one allocated (no gaps, no duplicates).
 */
export function advanceCounter(key: PrimaryKey, current: number): TransactionWrite {
  return {
    request: {
      Put: {
        TableName: tableName(),
        Item: { ...key, itemType: 'Counter', next: current + 1 },
        ConditionExpression:
          current === 0 ? 'attribute_not_exists(pk) OR #next = :current' : '#next = :current',
        ExpressionAttributeNames: { '#next': 'next' },
        ExpressionAttributeValues: { ':current': current },
      },
    },
    whenConditionFails: () => new CounterMoved(`${key.pk} moved on from ${current}`),
  };
}

/** Claims a unique value (a slug, a document number) for an owner; refused if anyone holds it. */
export function claimUnique(
  kind: string,
  value: string,
  ownerPk: string,
  whenHeld: () => AppError = () => new DuplicateValue(`${kind} “${value}”`),
): TransactionWrite {
  return {
    request: {
      Put: {
        TableName: tableName(),
        Item: normalizeDeep({ ...keys.unique(kind, value), itemType: 'UniqueGuard', kind, value, ownerPk }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    whenConditionFails: whenHeld,
  };
}

/** Releases a unique value, only if the given owner holds it. */
export function releaseUnique(kind: string, value: string, ownerPk: string): TransactionWrite {
  return {
    request: {
      Delete: {
        TableName: tableName(),
        Key: keys.unique(kind, value),
        ConditionExpression: 'ownerPk = :ownerPk',
        ExpressionAttributeValues: { ':ownerPk': ownerPk },
      },
    },
    whenConditionFails: () => new VersionConflict(`${kind} “${value}” is not held by ${ownerPk}`),
  };
}

const MAX_WRITES = 100; // DynamoDB's limit on items in one TransactWriteItems call.

/**
 * Runs writes all-or-nothing. A failed condition becomes the AppError of the write that failed;
 * a clash with another transaction in flight is reported as a conflict (the caller may retry).
 */
export async function runTransaction(writes: TransactionWrite[]): Promise<void> {
  if (writes.length === 0) return;
  if (writes.length > MAX_WRITES) throw new Error(`A transaction holds at most ${MAX_WRITES} writes`);
  try {
    await dynamo().send(new TransactWriteCommand({ TransactItems: writes.map((write) => write.request) }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      const failedAt = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
      const failedWrite = writes[failedAt];
      if (failedWrite) throw failedWrite.whenConditionFails();
      if (reasons.some((reason) => reason.Code === 'TransactionConflict')) {
        throw new ConcurrentChange('another change to the same item was in progress');
      }
    }
    throw error;
  }
}
