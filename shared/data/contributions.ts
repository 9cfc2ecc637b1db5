import { type Contribution, contributionSchema } from '#shared/domain/contribution.ts';
import { keys } from './keys.ts';
import { getItem, queryPage } from './reads.ts';
import { storable } from './stored-shape.ts';
import { createItem, replaceVersioned } from './transactions.ts';

/**
 * Storage of agencies' contributions: one item each, listed by when they were received, all of them (gsi1,
 * the editors' queue) and per agency (gsi2, the agency's own list). The contribution service decides; this
 * module owns the keys.
 */
const contributionItem = (record: Contribution) => ({
  ...keys.contribution(record.id),
  ...keys.contributionsAll(),
  ...keys.contributionsOfAgency(record.agency.id),
  ...keys.contributionReceivedSort(record.receivedAt, record.id),
  itemType: 'Contribution',
  ...storable(contributionSchema, record, `contribution ${record.id}`),
});

export const contributionWrites = {
  create: (record: Contribution) => createItem(contributionItem(record)),
  replace: (record: Contribution, expectedVersion: number) =>
    replaceVersioned(contributionItem(record), expectedVersion),
};

export const getContribution = (id: string) => getItem(keys.contribution(id), contributionSchema);

/** The lists show the newest items; older ones are reached through their article or the audit trail. */
const LIST_LIMIT = 200;

/** The newest contributions of every agency (the editors' queue). */
export async function listContributions(): Promise<Contribution[]> {
  const page = await queryPage(
    {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: keys.contributionsAll().gsi1pk },
      newestFirst: true,
      limit: LIST_LIMIT,
    },
    contributionSchema,
  );
  return page.items;
}

/** The newest contributions of one agency (what it sees). */
export async function listContributionsOfAgency(agencyId: string): Promise<Contribution[]> {
  const page = await queryPage(
    {
      index: 'gsi2',
      partition: { name: 'gsi2pk', value: keys.contributionsOfAgency(agencyId).gsi2pk },
      newestFirst: true,
      limit: LIST_LIMIT,
    },
    contributionSchema,
  );
  return page.items;
}
