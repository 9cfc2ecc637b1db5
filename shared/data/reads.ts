import { createHmac, timingSafeEqual } from 'node:crypto';
import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { errors } from '#shared/domain/errors.ts';
import { dynamo, tableName } from './clients.ts';
import type { PrimaryKey } from './keys.ts';
import { parseStored } from './stored-shape.ts';
import type { IndexName } from './table-design.ts';

/**
 * Reads one item and parses it with its schema (keys and bookkeeping attributes are stripped). An item
 * its schema refuses is the portal's fault: StoredShapeError, a 500, never the caller's 400.
 */
export async function getItem<S extends z.ZodType>(
  key: PrimaryKey,
  schema: S,
): Promise<z.output<S> | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }),
  );
  return Item ? parseStored(schema, Item, `${key.pk} ${key.sk}`) : undefined;
}

export type Page<T> = { items: T[]; nextCursor?: string };

type QuerySpec = {
  index?: IndexName;
  partition: { name: string; value: string };
  sortBeginsWith?: { name: string; value: string };
  /** Sort key bounds (inclusive), instead of a prefix. */
  sortBetween?: { name: string; from: string; to: string };
  /** Sort key lower bound (inclusive). */
  sortFrom?: { name: string; value: string };
  /** Only these attributes are read (a sitemap needs no article bodies). */
  projection?: string[];
  /** Equality filters applied after the key condition (they do not reduce read capacity). */
  filter?: Record<string, string | number | boolean>;
  newestFirst?: boolean;
  limit?: number;
  cursor?: string;
};

function keyCondition(spec: QuerySpec) {
  const names: Record<string, string> = { '#pk': spec.partition.name };
  const values: Record<string, unknown> = { ':pk': spec.partition.value };
  let expression = '#pk = :pk';
  if (spec.sortBeginsWith) {
    names['#sk'] = spec.sortBeginsWith.name;
    values[':prefix'] = spec.sortBeginsWith.value;
    expression += ' AND begins_with(#sk, :prefix)';
  } else if (spec.sortBetween) {
    names['#sk'] = spec.sortBetween.name;
    values[':from'] = spec.sortBetween.from;
    values[':to'] = spec.sortBetween.to;
    expression += ' AND #sk BETWEEN :from AND :to';
  } else if (spec.sortFrom) {
    names['#sk'] = spec.sortFrom.name;
    values[':from'] = spec.sortFrom.value;
    expression += ' AND #sk >= :from';
  }
  const filters = Object.entries(spec.filter ?? {}).map(([name, value], index) => {
    names[`#f${index}`] = name;
    values[`:f${index}`] = value;
    return `#f${index} = :f${index}`;
  });
  return { expression, filter: filters.length ? filters.join(' AND ') : undefined, names, values };
}

type StartKey = Record<string, unknown>;

/**
 * Page cursors are opaque to clients and signed: `<base64url JSON of the LastEvaluatedKey>.<HMAC-SHA256>`,
 * keyed with CURSOR_SIGNING_KEY over the listing (index and partition) and the key. A client can only hand
 * back a cursor the portal gave it for the same listing, so it cannot steer a query to other items, or
 * make DynamoDB refuse a start key it never issued (which would be a 500). Anything else is a 400 naming
 * the `cursor` parameter.
 */
function cursorKey(): string {
  const key = readEnv().CURSOR_SIGNING_KEY;
  if (!key) throw new Error('CURSOR_SIGNING_KEY is not set: this function cannot hand out page cursors');
  return key;
}

const cursorSignature = (spec: QuerySpec, payload: string) =>
  createHmac('sha256', cursorKey())
    .update(`${spec.index ?? 'table'}\n${spec.partition.name}=${spec.partition.value}\n${payload}`)
    .digest();

function encodeCursor(spec: QuerySpec, key: StartKey): string {
  const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
  return `${payload}.${cursorSignature(spec, payload).toString('base64url')}`;
}

const invalidCursor = () =>
  errors.validation([
    {
      path: 'cursor',
      messageVi: 'Con trỏ trang không hợp lệ; hãy tải lại danh sách từ đầu',
      messageEn: 'The page cursor is not valid; load the list again from its first page',
    },
  ]);

function decodeCursor(spec: QuerySpec, cursor: string): StartKey {
  const [payload, signature, ...rest] = cursor.split('.');
  if (!payload || !signature || rest.length > 0) throw invalidCursor();
  const expected = cursorSignature(spec, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalidCursor();
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return Object.fromEntries(Object.entries(parsed));
  } catch {
    // A signed payload always parses; fall through to the same answer anyway.
  }
  throw invalidCursor();
}

/** One page of a key-condition query, parsed item by item. */
export async function queryPage<S extends z.ZodType>(spec: QuerySpec, schema: S): Promise<Page<z.output<S>>> {
  const page = await queryFrom(spec, schema, spec.cursor ? decodeCursor(spec, spec.cursor) : undefined);
  return {
    items: page.items,
    ...(page.lastKey ? { nextCursor: encodeCursor(spec, page.lastKey) } : {}),
  };
}

async function queryFrom<S extends z.ZodType>(
  spec: QuerySpec,
  schema: S,
  startKey: StartKey | undefined,
): Promise<{ items: z.output<S>[]; lastKey?: StartKey }> {
  const condition = keyCondition(spec);
  const projected = (spec.projection ?? []).map((name, index) => {
    condition.names[`#p${index}`] = name;
    return `#p${index}`;
  });
  const input: QueryCommandInput = {
    ...(projected.length > 0 ? { ProjectionExpression: projected.join(', ') } : {}),
    TableName: tableName(),
    IndexName: spec.index,
    KeyConditionExpression: condition.expression,
    FilterExpression: condition.filter,
    ExpressionAttributeNames: condition.names,
    ExpressionAttributeValues: condition.values,
    ScanIndexForward: !spec.newestFirst,
    Limit: spec.limit,
    ExclusiveStartKey: startKey,
  };
  const result = await dynamo().send(new QueryCommand(input));
  const listing = `${spec.index ?? 'table'} ${spec.partition.value}`;
  return {
    items: (result.Items ?? []).map((item) =>
      parseStored(schema, item, `${item.pk} ${item.sk} in ${listing}`),
    ),
    ...(result.LastEvaluatedKey ? { lastKey: result.LastEvaluatedKey } : {}),
  };
}

/**
 * Every item of a query, following pages (for bounded collections: categories, an entity's history).
 * The start keys never leave the process, so they are not signed.
 */
export async function queryAll<S extends z.ZodType>(
  spec: Omit<QuerySpec, 'cursor'>,
  schema: S,
): Promise<z.output<S>[]> {
  const all: z.output<S>[] = [];
  let startKey: StartKey | undefined;
  do {
    const page = await queryFrom(spec, schema, startKey);
    all.push(...page.items);
    startKey = page.lastKey;
  } while (startKey);
  return all;
}
