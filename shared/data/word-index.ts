import * as z from 'zod';
import {
  anchorWord,
  indexedWords,
  matchesWords,
  queryWords,
  wordChanges,
} from '#shared/text/lookup-words.ts';
import { keys } from './keys.ts';
import { queryPage } from './reads.ts';
import { deleteDerived, putDerived, type TransactionWrite } from './transactions.ts';

/**
 * The word index of the admin's pickers (decision 198): one small item per folded word of an owner's text
 * (an article's title, an image's alt text and file name), in gsi1 under its scope and sorted by the word.
 * A lookup is one prefix query on the query's longest word, read for at most READ_BOUND entries, and
 * filtered on the other words in memory: what a keystroke costs does not grow with the table. Entries are
 * written in the transaction of the change whose text they index.
 */
export type WordScope = `article-title-${'vi' | 'en'}` | 'media';

/** At most this many index entries are read per lookup (two pages of a query). */
export const READ_BOUND = 200;
const PAGE = 100;

const entrySchema = z.object({ ownerId: z.string(), words: z.array(z.string()) });

function entryItem(scope: WordScope, ownerId: string, word: string, words: string[]) {
  return {
    ...keys.wordEntry(scope, ownerId, word),
    ...keys.wordsOfScope(scope),
    ...keys.wordSort(word, ownerId),
    itemType: 'WordEntry',
    ownerId,
    words,
  };
}

/**
 * The writes that make the index say `after` for an owner whose text was `before` (undefined: new).
 * Every current word is put again (each entry carries all the words, for the in-memory filter), removed
 * words are deleted: at most 2 × MAX_INDEXED_WORDS writes.
 */
export function wordIndexWrites(
  scope: WordScope,
  ownerId: string,
  before: string | undefined,
  after: string,
): TransactionWrite[] {
  const words = indexedWords(after);
  const { removed } = wordChanges(before === undefined ? [] : indexedWords(before), words);
  return [
    ...words.map((word) => putDerived(entryItem(scope, ownerId, word, words))),
    ...removed.map((word) => deleteDerived(keys.wordEntry(scope, ownerId, word))),
  ];
}

/**
 * The owners whose text matches every word of the query, at most `limit`, in the index's order (by the
 * anchor word); `bounded` says the read stopped at READ_BOUND entries before the end.
 */
export async function findByWords(
  scope: WordScope,
  query: string,
  limit: number,
): Promise<{ ownerIds: string[]; bounded: boolean }> {
  const words = queryWords(query);
  const anchor = anchorWord(words);
  if (!anchor) return { ownerIds: [], bounded: false };
  const found = new Set<string>();
  let cursor: string | undefined;
  let read = 0;
  do {
    const page = await queryPage(
      {
        index: 'gsi1',
        partition: { name: 'gsi1pk', value: keys.wordsOfScope(scope).gsi1pk },
        sortBeginsWith: { name: 'gsi1sk', value: anchor },
        limit: PAGE,
        cursor,
      },
      entrySchema,
    );
    read += page.items.length;
    for (const entry of page.items) {
      if (found.size >= limit) break;
      if (matchesWords(entry.words, words)) found.add(entry.ownerId);
    }
    cursor = page.nextCursor;
  } while (cursor && found.size < limit && read < READ_BOUND);
  return { ownerIds: [...found], bounded: Boolean(cursor) && read >= READ_BOUND };
}
