import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { z } from 'zod';
import { dynamo, tableName } from './clients.ts';
import type { PrimaryKey } from './keys.ts';
import type { IndexName } from './table-design.ts';

/** Reads one item and parses it with its schema (keys and bookkeeping attributes are stripped). */
export async function getItem<S extends z.ZodType>(
  key: PrimaryKey,
  schema: S,
): Promise<z.output<S> | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }),
  );
  return Item ? schema.parse(Item) : undefined;
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

/** Cursors are opaque to clients: the LastEvaluatedKey, base64url JSON. */
const encodeCursor = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');
function decodeCursor(cursor: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return parsed && typeof parsed === 'object' ? Object.fromEntries(Object.entries(parsed)) : undefined;
  } catch {
    return undefined;
  }
}

/** One page of a key-condition query, parsed item by item. */
export async function queryPage<S extends z.ZodType>(spec: QuerySpec, schema: S): Promise<Page<z.output<S>>> {
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
    ExclusiveStartKey: spec.cursor ? decodeCursor(spec.cursor) : undefined,
  };
  const result = await dynamo().send(new QueryCommand(input));
  return {
    items: (result.Items ?? []).map((item) => schema.parse(item)),
    nextCursor: result.LastEvaluatedKey ? encodeCursor(result.LastEvaluatedKey) : undefined,
  };
}

/** Every item of a query, following pages (for bounded collections: categories, an entity's history). */
export async function queryAll<S extends z.ZodType>(
  spec: Omit<QuerySpec, 'cursor'>,
  schema: S,
): Promise<z.output<S>[]> {
  const all: z.output<S>[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage({ ...spec, cursor }, schema);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
