import { type PageRating, pageRatingSchema } from '#shared/domain/page-rating.ts';
import { keys } from './keys.ts';
import { queryAll } from './reads.ts';
import { incrementCounters, runTransaction } from './transactions.ts';

/**
 * Page ratings: one counter item per rated page, no record of who rated (the rate limits keep only keyed
 * hashes, with a TTL). A count is no change of a record a person made, so it has no audit record.
 */
export async function countPageRating(
  rated: { path: string; section: string },
  useful: boolean,
  now = new Date(),
): Promise<void> {
  await runTransaction([
    incrementCounters(
      keys.pageRating(rated.path),
      { useful: useful ? 1 : 0, notUseful: useful ? 0 : 1 },
      {
        ...keys.pageRatingsAll(),
        ...keys.pageRatingSort(rated.section, rated.path),
        itemType: 'PageRating',
        path: rated.path,
        section: rated.section,
        updatedAt: now.toISOString(),
      },
    ),
  ]);
}

/** Every rated page, by section then path. */
export async function listPageRatings(): Promise<PageRating[]> {
  return queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.pageRatingsAll().gsi1pk } },
    pageRatingSchema,
  );
}
