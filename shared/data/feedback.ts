import * as z from 'zod';
import { AlreadyDecided, DuplicateValue } from '#shared/domain/errors.ts';
import {
  type AgencyFeedbackStats,
  agencyFeedbackStatsSchema,
  type FeedbackContact,
  type FeedbackItem,
  type FeedbackStatus,
  type FeedbackTopic,
  feedbackContactSchema,
  feedbackItemSchema,
  feedbackTopicSchema,
  type PublishedFeedback,
  publishedFeedbackSchema,
} from '#shared/domain/feedback.ts';
import { tableName } from './clients.ts';
import { keys } from './keys.ts';
import { getItem, type Page, queryAll, queryPage } from './reads.ts';
import {
  advanceCounter,
  claimUnique,
  createItem,
  incrementCounters,
  putDerived,
  replaceVersioned,
  type TransactionWrite,
} from './transactions.ts';

/**
 * Storage of citizens' feedback: item shapes, the writes the feedback service composes into its
 * transactions, and reads. The contact (personal data) is its own item in the item's partition; only
 * `getFeedbackContact` reads it, and the service audits every staff read. The feedback service decides;
 * this module owns the keys.
 */
const codeKind = 'feedback-code';

function feedbackItem(item: FeedbackItem) {
  return {
    ...keys.feedback(item.id),
    ...keys.feedbackByStatus(item.status),
    ...keys.feedbackReceivedSort(item.receivedAt, item.id),
    ...(item.agencyId && item.forwardedAt
      ? { ...keys.feedbackOfAgency(item.agencyId), ...keys.feedbackForwardedSort(item.forwardedAt, item.id) }
      : {}),
    ...keys.feedbackOfTopic(item.topicSlug),
    ...keys.feedbackTopicSort(item.receivedAt, item.id),
    itemType: 'Feedback',
    ...item,
  };
}

const contactItem = (contact: FeedbackContact) => ({
  ...keys.feedbackContact(contact.feedbackId),
  itemType: 'FeedbackContact',
  ...contact,
});

/** What proves the sender's secret link, and what they sent (to tell a double post from a new one). */
export const feedbackAccessSchema = z.object({ secretHash: z.string(), submissionHash: z.string() });
export type FeedbackAccess = z.infer<typeof feedbackAccessSchema>;

export type QaOrdinals = { ordinal: number; topicOrdinal: number; agencyOrdinal: number };

function publishedItem(published: PublishedFeedback, ordinals: QaOrdinals) {
  return {
    ...keys.feedbackPublished(published.id),
    ...keys.feedbackQa(),
    ...keys.feedbackQaOfTopic(published.topicSlug),
    ...keys.feedbackQaOfAgency(published.agencyId),
    ...keys.feedbackQaSort(ordinals.ordinal, ordinals.topicOrdinal, ordinals.agencyOrdinal),
    itemType: 'PublishedFeedback',
    ...published,
    ...ordinals,
  };
}

/** A Q&A listing: all answers, one subject's, or one agency's. */
export type QaListing = { kind: 'all' } | { kind: 'topic'; slug: string } | { kind: 'agency'; id: string };
const listingName = (listing: QaListing) =>
  listing.kind === 'all'
    ? 'all'
    : listing.kind === 'topic'
      ? `topic#${listing.slug}`
      : `agency#${listing.id}`;

/** Another item holds the tracking code drawn: the service draws another. */
export class TrackingCodeTaken extends DuplicateValue {}

export const feedbackWrites = {
  create: (item: FeedbackItem) => createItem(feedbackItem(item)),
  replace: (item: FeedbackItem, expectedVersion: number) =>
    replaceVersioned(feedbackItem(item), expectedVersion),
  /** The tracking code belongs to one item (a collision makes the service draw another). */
  claimCode: (code: string, id: string) =>
    claimUnique(codeKind, code, keys.feedback(id).pk, () => new TrackingCodeTaken(code)),
  putContact: (contact: FeedbackContact) => createItem(contactItem(contact)),
  /** Removes the sender's personal data (retention over, or their request). */
  removeContact: (id: string): TransactionWrite => ({
    request: { Delete: { TableName: tableName(), Key: keys.feedbackContact(id) } },
    whenConditionFails: () => new AlreadyDecided(`contact of ${id}`),
  }),
  putAccess: (id: string, access: FeedbackAccess) =>
    createItem({ ...keys.feedbackAccess(id), itemType: 'FeedbackAccess', ...access }),
  /** The public Q&A entry, rebuilt whole on every publication (its ordinals are kept). */
  putPublished: (published: PublishedFeedback, ordinals: QaOrdinals) =>
    putDerived(publishedItem(published, ordinals)),
  /** Gives `current` as the next ordinal of a Q&A listing; refused with CounterMoved if it was taken. */
  advanceQaListing: (listing: QaListing, current: number) =>
    advanceCounter(keys.feedbackQaCounter(listingName(listing)), current),
  /** Pre-aggregated figures, kept in the transactions of the changes they count. */
  countForAgency: (agencyId: string, agencyName: string, increments: Record<string, number>) =>
    incrementCounters(keys.feedbackStats(`AGENCY#${agencyId}`), increments, { agencyId, agencyName }),
  countTotals: (increments: Record<string, number>) =>
    incrementCounters(keys.feedbackStats('TOTALS'), increments),
  putTopic: (topic: FeedbackTopic, expectedVersion?: number) => {
    const item = {
      ...keys.feedbackTopic(topic.slug),
      ...keys.feedbackTopics(),
      ...keys.feedbackTopicOrderSort(topic.order, topic.slug),
      itemType: 'FeedbackTopic',
      ...topic,
    };
    return expectedVersion === undefined
      ? createItem(item, () => new DuplicateValue(`topic ${topic.slug}`))
      : replaceVersioned(item, expectedVersion);
  },
};

// Reads.

export const getFeedback = (id: string) => getItem(keys.feedback(id), feedbackItemSchema);
export const getFeedbackAccess = (id: string) => getItem(keys.feedbackAccess(id), feedbackAccessSchema);
/** The sender's personal data. Callers audit staff reads (shared/feedback/contacts.ts). */
export const getFeedbackContact = (id: string) => getItem(keys.feedbackContact(id), feedbackContactSchema);
export const getPublishedFeedback = (id: string) =>
  getItem(keys.feedbackPublished(id), publishedFeedbackSchema);

const ownerSchema = z.object({ ownerPk: z.string() });

export async function feedbackIdByCode(code: string): Promise<string | undefined> {
  const guard = await getItem(keys.unique(codeKind, code), ownerSchema);
  return guard?.ownerPk.replace(/^FEEDBACK#/, '');
}

/** An officer's queue: the items of a status, oldest received first. */
export async function listFeedbackByStatus(
  status: FeedbackStatus,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<FeedbackItem>> {
  return queryPage(
    {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: keys.feedbackByStatus(status).gsi1pk },
      limit: page.limit,
      ...(page.cursor ? { cursor: page.cursor } : {}),
    },
    feedbackItemSchema,
  );
}

/** An agency's inbox: what was forwarded to it, most recent first. */
export async function listFeedbackOfAgency(
  agencyId: string,
  page: { limit: number; cursor?: string | undefined; status?: FeedbackStatus | undefined },
): Promise<Page<FeedbackItem>> {
  return queryPage(
    {
      index: 'gsi2',
      partition: { name: 'gsi2pk', value: keys.feedbackOfAgency(agencyId).gsi2pk },
      newestFirst: true,
      limit: page.limit,
      ...(page.status ? { filter: { status: page.status } } : {}),
      ...(page.cursor ? { cursor: page.cursor } : {}),
    },
    feedbackItemSchema,
  );
}

/** The newest items of a subject (where the officer looks for duplicates). */
export async function listRecentFeedbackOfTopic(topicSlug: string, limit: number): Promise<FeedbackItem[]> {
  const page = await queryPage(
    {
      index: 'gsi3',
      partition: { name: 'gsi3pk', value: keys.feedbackOfTopic(topicSlug).gsi3pk },
      newestFirst: true,
      limit,
    },
    feedbackItemSchema,
  );
  return page.items;
}

const counterSchema = z.object({ next: z.number().int().min(0) });
export async function nextQaOrdinal(listing: QaListing): Promise<number> {
  return (await getItem(keys.feedbackQaCounter(listingName(listing)), counterSchema))?.next ?? 0;
}

const qaIndex = (listing: QaListing) =>
  listing.kind === 'all'
    ? { index: 'gsi1' as const, name: 'gsi1pk', sk: 'gsi1sk', value: keys.feedbackQa().gsi1pk }
    : listing.kind === 'topic'
      ? {
          index: 'gsi2' as const,
          name: 'gsi2pk',
          sk: 'gsi2sk',
          value: keys.feedbackQaOfTopic(listing.slug).gsi2pk,
        }
      : {
          index: 'gsi3' as const,
          name: 'gsi3pk',
          sk: 'gsi3sk',
          value: keys.feedbackQaOfAgency(listing.id).gsi3pk,
        };

/** Published answers whose ordinal in a listing falls in [from, to], newest first. */
export async function listPublishedFeedback(
  listing: QaListing,
  from: number,
  to: number,
): Promise<PublishedFeedback[]> {
  const index = qaIndex(listing);
  const sort = (ordinal: number) => keys.feedbackQaSort(Math.max(0, ordinal), 0, 0).gsi1sk;
  return queryAll(
    {
      index: index.index,
      partition: { name: index.name, value: index.value },
      sortBetween: { name: index.sk, from: sort(from), to: sort(to) },
      newestFirst: true,
    },
    publishedFeedbackSchema,
  );
}

/** The newest published answers (the feed, the feedback home page). */
export async function listNewestPublishedFeedback(limit: number): Promise<PublishedFeedback[]> {
  const page = await queryPage(
    {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: keys.feedbackQa().gsi1pk },
      newestFirst: true,
      limit,
    },
    publishedFeedbackSchema,
  );
  return page.items;
}

export async function listFeedbackTopics(): Promise<FeedbackTopic[]> {
  return queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.feedbackTopics().gsi1pk } },
    feedbackTopicSchema,
  );
}
export const getFeedbackTopic = (slug: string) => getItem(keys.feedbackTopic(slug), feedbackTopicSchema);

/**
 * The histogram is kept as top-level counters `histogram_<days>` (DynamoDB's ADD cannot create a map entry
 * in a map that does not exist yet); reading gathers them into `workingDaysHistogram`.
 */
const storedAgencyStatsSchema = z.preprocess((value) => {
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const histogram = Object.fromEntries(
    entries.filter(([name]) => name.startsWith('histogram_')).map(([name, count]) => [name.slice(10), count]),
  );
  return {
    received: 0,
    answered: 0,
    answeredOnTime: 0,
    reopened: 0,
    ratingCount: 0,
    ratingSum: 0,
    ...Object.fromEntries(entries),
    workingDaysHistogram: histogram,
  };
}, agencyFeedbackStatsSchema);

export async function listAgencyFeedbackStats(): Promise<AgencyFeedbackStats[]> {
  const prefix = keys.feedbackStatsPrefix();
  return queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    storedAgencyStatsSchema,
  );
}

const totalsSchema = z.object({
  received: z.number().int().default(0),
  rejected: z.number().int().default(0),
  merged: z.number().int().default(0),
  published: z.number().int().default(0),
});
export async function getFeedbackTotals(): Promise<z.infer<typeof totalsSchema>> {
  return (await getItem(keys.feedbackStats('TOTALS'), totalsSchema)) ?? totalsSchema.parse({});
}
