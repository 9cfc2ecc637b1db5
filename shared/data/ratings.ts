import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type PageRating, pageRatingSchema, type RatingAnswer, sectionOf } from '#shared/domain/rating.ts';
import { dynamo, tableName } from './clients.ts';
import { keys } from './keys.ts';
import { getItem, queryAll } from './reads.ts';

/**
 * Readers' usefulness ratings: one counter item per page path. A rating is one UpdateItem with ADD, so
 * concurrent clicks never lose a count and need no read first. Anonymous counters carry no personal data
 * and no audit record (docs/decisions.md 157): nothing in them is anyone's action to account for.
 */
export async function countRating(path: string, answer: RatingAnswer, now = new Date()): Promise<void> {
  const { language, section } = sectionOf(path);
  await dynamo().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.pageRating(path),
      UpdateExpression:
        'ADD #counted :one, #other :zero SET itemType = :type, #path = :path, #language = :language, ' +
        '#section = :section, updatedAt = :now, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
      ExpressionAttributeNames: {
        '#counted': answer === 'yes' ? 'useful' : 'notUseful',
        '#other': answer === 'yes' ? 'notUseful' : 'useful',
        '#path': 'path',
        '#language': 'language',
        '#section': 'section',
      },
      ExpressionAttributeValues: {
        ':one': 1,
        ':zero': 0,
        ':type': 'PageRating',
        ':path': path,
        ':language': language,
        ':section': section,
        ':now': now.toISOString(),
        ...prefixed(keys.ratingsAll()),
        ...prefixed(keys.ratingSort(language, section, path)),
      },
    }),
  );
}

const prefixed = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [`:${name}`, value]));

export const getPageRating = (path: string): Promise<PageRating | undefined> =>
  getItem(keys.pageRating(path), pageRatingSchema);

/**
 * Every page's counters, by language, section and path. One partition: a province's portal has thousands
 * of pages, tens of bytes each, well inside what one query reads in a few pages.
 */
export const listRatings = (): Promise<PageRating[]> =>
  queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.ratingsAll().gsi1pk } },
    pageRatingSchema,
  );
