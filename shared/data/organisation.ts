import { createHash } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import type { Actor, AuditedEntityType } from '#shared/domain/audit.ts';
import { DuplicateValue, errors } from '#shared/domain/errors.ts';
import {
  type ExternalLink,
  externalLinkSchema,
  type LinkCheck,
  linkCheckSchema,
  type Official,
  officialSchema,
  type Unit,
  unitSchema,
} from '#shared/domain/organisation.ts';
import { changedFields, recordAudit } from './audit.ts';
import { dynamo, tableName } from './clients.ts';
import { keys, type PrimaryKey } from './keys.ts';
import { getItem, queryAll } from './reads.ts';
import { storable } from './stored-shape.ts';
import { createItem, replaceVersioned, runTransaction } from './transactions.ts';

/**
 * The organisation as data: units, focal-point officials and external links, each an item of its own
 * partition, listed through gsi1 by order; and the last check of each external address. Every change is
 * one transaction with its audit record (a PUT replaces the record with what was sent).
 */

type Keyed = { id: string; order: number; version: number };

function referenceStore<S extends z.ZodType<Keyed>>(spec: {
  type: AuditedEntityType;
  schema: S;
  key: (id: string) => PrimaryKey;
  listing: () => { gsi1pk: string };
  duplicate: { messageVi: string; messageEn: string };
}) {
  type Record = z.output<S>;
  const itemOf = (record: Record) => ({
    ...spec.key(record.id),
    ...spec.listing(),
    ...keys.orderedSort(record.order, record.id),
    itemType: spec.type,
    ...(storable(spec.schema, record as z.input<S>, `${spec.type} ${record.id}`) as Keyed),
  });
  const get = (id: string): Promise<Record | undefined> => getItem(spec.key(id), spec.schema);
  return {
    list: (): Promise<Record[]> =>
      queryAll({ index: 'gsi1', partition: { name: 'gsi1pk', value: spec.listing().gsi1pk } }, spec.schema),
    get,
    async create(record: Record, actor: Actor): Promise<Record> {
      await runTransaction([
        createItem(
          itemOf(record),
          () => new DuplicateValue(`${spec.type} “${record.id}”`, [{ path: 'id', ...spec.duplicate }]),
        ),
        recordAudit({ type: spec.type, id: record.id }, actor, 'create'),
      ]);
      return record;
    },
    async replace(current: Record, next: Record, expectedVersion: number, actor: Actor): Promise<Record> {
      const stored = { ...next, version: expectedVersion + 1 };
      await runTransaction([
        replaceVersioned(itemOf(stored), expectedVersion),
        recordAudit({ type: spec.type, id: current.id }, actor, 'update', {
          changedFields: changedFields(current, stored),
        }),
      ]);
      return stored;
    },
  };
}

const codeTaken = { messageVi: 'Đã có mục dùng mã này', messageEn: 'This code is already used' };

export const units = referenceStore({
  type: 'Unit',
  schema: unitSchema,
  key: keys.unit,
  listing: keys.unitListing,
  duplicate: codeTaken,
});
export const officials = referenceStore({
  type: 'Official',
  schema: officialSchema,
  key: keys.official,
  listing: keys.officialListing,
  duplicate: codeTaken,
});
export const externalLinks = referenceStore({
  type: 'ExternalLink',
  schema: externalLinkSchema,
  key: keys.externalLink,
  listing: keys.externalLinkListing,
  duplicate: codeTaken,
});

export async function requireUnit(id: string): Promise<Unit> {
  const unit = await units.get(id);
  if (!unit) throw errors.notFound(`unit “${id}”`);
  return unit;
}
export type { ExternalLink, Official, Unit };

const urlHash = (url: string) => createHash('sha256').update(url).digest('hex').slice(0, 32);

/** The last check of each address. A check is a measurement, not a change of anyone's record: no audit. */
export async function listLinkChecks(): Promise<LinkCheck[]> {
  return queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.linkCheckListing().gsi1pk } },
    linkCheckSchema,
  );
}

export const getLinkCheck = (url: string) => getItem(keys.linkCheck(urlHash(url)), linkCheckSchema);

export async function putLinkCheck(check: LinkCheck): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.linkCheck(urlHash(check.url)),
        ...keys.linkCheckListing(),
        gsi1sk: check.url,
        itemType: 'LinkCheck',
        ...storable(linkCheckSchema, check, `link check ${check.url}`),
      },
    }),
  );
}
