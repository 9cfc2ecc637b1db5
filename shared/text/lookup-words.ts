import { searchTerms } from './vietnamese.ts';

/**
 * The words a short text (an article's title, an image's alt text and file name) is found by in the
 * admin's pickers (decision 198): folded as the search folds them (marks dropped, đ → d, lower case), each
 * word once, bounded in number and length so an index entry per word stays a few writes of a transaction.
 * A query matches when each of its words begins some word of the text: "dang ky" finds "Đăng ký kết hôn",
 * "dang k" while the editor is still typing.
 */
export const MAX_INDEXED_WORDS = 24;
export const MAX_WORD_LENGTH = 40;
export const MAX_QUERY_WORDS = 6;

export function indexedWords(text: string): string[] {
  const words = new Set<string>();
  for (const term of searchTerms(text)) {
    if (words.size >= MAX_INDEXED_WORDS) break;
    words.add(term.slice(0, MAX_WORD_LENGTH));
  }
  return [...words];
}

/** The words of a query, as the index holds them; empty when there is nothing to look for. */
export function queryWords(query: string): string[] {
  return [...new Set(searchTerms(query).map((term) => term.slice(0, MAX_WORD_LENGTH)))].slice(
    0,
    MAX_QUERY_WORDS,
  );
}

/** The word the index is read by: the longest, the one fewest texts begin a word with. */
export function anchorWord(words: readonly string[]): string | undefined {
  return words.reduce<string | undefined>(
    (best, word) => (best === undefined || word.length > best.length ? word : best),
    undefined,
  );
}

/** Whether every query word begins one of the text's words. */
export function matchesWords(textWords: readonly string[], query: readonly string[]): boolean {
  return query.every((word) => textWords.some((candidate) => candidate.startsWith(word)));
}

/** The index entries a change of text adds and removes. */
export function wordChanges(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  return {
    added: after.filter((word) => !before.includes(word)),
    removed: before.filter((word) => !after.includes(word)),
  };
}
