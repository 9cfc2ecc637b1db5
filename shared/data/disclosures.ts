import { type Disclosure, disclosureSchema } from '#shared/domain/disclosure.ts';
import { keys } from './keys.ts';
import { getItem, queryAll } from './reads.ts';
import { storable } from './stored-shape.ts';
import { createItem, replaceVersioned } from './transactions.ts';

/**
 * Storage of disclosure records: one item each, listed by date in gsi1. A province discloses some hundreds
 * a year, so the lists read them all. The disclosure service decides; this module owns the keys.
 */
const disclosureItem = (record: Disclosure) => ({
  ...keys.disclosure(record.id),
  ...keys.disclosuresAll(),
  ...keys.disclosureDateSort(record.date, record.id),
  itemType: 'Disclosure',
  ...storable(disclosureSchema, record, `disclosure ${record.id}`),
});

export const disclosureWrites = {
  create: (record: Disclosure) => createItem(disclosureItem(record)),
  replace: (record: Disclosure, expectedVersion: number) =>
    replaceVersioned(disclosureItem(record), expectedVersion),
};

export const getDisclosure = (id: string) => getItem(keys.disclosure(id), disclosureSchema);

/** Every record, newest date first. */
export async function listDisclosures(): Promise<Disclosure[]> {
  return queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.disclosuresAll().gsi1pk }, newestFirst: true },
    disclosureSchema,
  );
}

export async function listPublishedDisclosures(): Promise<Disclosure[]> {
  return (await listDisclosures()).filter((record) => record.status === 'published');
}

/** The published record with this slug (the slug carries the id's first eight characters). */
export async function publishedDisclosureBySlug(slug: string): Promise<Disclosure | undefined> {
  return (await listPublishedDisclosures()).find((record) => record.slug === slug);
}
