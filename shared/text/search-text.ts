/**
 * The search's text normalisation: one module for indexing, for the API's queries and for the browser's.
 * Everything lives inside one factory with no imports, so the site can ship the very same code to the
 * browser (`searchTextSource`): the index and both query paths cannot disagree on what a term is.
 *
 * Terms of a text (docs/decisions.md, 106):
 * - `hanh`       a syllable or word, folded (lower case, marks removed, đ → d);
 * - `=hành`      the same as written, when it carries marks (a query typed with marks ranks these first);
 * - `thu tuc`    two neighbouring folded syllables: multi-syllable words and phrases rank above scattered ones;
 * - `12/2024/qd-ubnd`  a document number/symbol, whole and folded, so it is found exactly.
 */
export function createSearchText() {
  const EXACT = '=';
  const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

  // Words repeat (a language has a few thousand syllables): fold each once.
  const folded = new Map<string, string>();
  function fold(text: string): string {
    let found = folded.get(text);
    if (found === undefined) {
      found = text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase();
      if (folded.size > 100_000) folded.clear();
      folded.set(text, found);
    }
    return found;
  }

  function lower(text: string): string {
    return text.toLowerCase();
  }

  type Token = { folded: string; exact: string; start: number; end: number };

  // Whether a UTF-16 unit is part of a word (a letter or digit): decided once per unit, then looked up.
  const wordUnits = new Uint8Array(65536);
  function isWordUnit(code: number): boolean {
    let known = wordUnits[code] ?? 0;
    if (known === 0) {
      known = code >= 0xd800 && code <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
      wordUnits[code] = known;
    }
    return known === 1;
  }

  /** The words of a text, in order, with where they are (for highlighting). */
  function tokens(text: string): Token[] {
    const found: Token[] = [];
    const nfcText = text.normalize('NFC');
    let start = -1;
    for (let index = 0; index <= nfcText.length; index += 1) {
      const inWord = index < nfcText.length && isWordUnit(nfcText.charCodeAt(index));
      if (inWord && start < 0) start = index;
      else if (!inWord && start >= 0) {
        const word = nfcText.slice(start, index);
        // The text is NFC already: lower case keeps it so.
        found.push({ folded: fold(word), exact: lower(word), start, end: index });
        start = -1;
      }
    }
    return found;
  }

  /** Number/symbol-like words (`12/2024/QĐ-UBND`, `QĐ-UBND`): words joined by / . - with no space, folded, whole. */
  function symbols(text: string, words?: Token[]): string[] {
    const nfcText = text.normalize('NFC');
    const list = words ?? tokens(nfcText);
    const found: string[] = [];
    let run = '';
    let length = 0;
    list.forEach((token, index) => {
      run = length === 0 ? token.folded : run + token.folded;
      length += 1;
      const next = list[index + 1];
      const between = next ? nfcText.slice(token.end, next.start) : '';
      if (next && (between === '/' || between === '.' || between === '-' || between === '–')) {
        run += between === '–' ? '-' : between;
        return;
      }
      if (length > 1) found.push(run);
      run = '';
      length = 0;
    });
    return found;
  }

  /** Every term a field contributes, with how often. */
  function fieldTerms(text: string, withBigrams: boolean): Map<string, number> {
    const counts = new Map<string, number>();
    const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
    const nfcText = text.normalize('NFC');
    const words = tokens(nfcText);
    words.forEach((token, index) => {
      add(token.folded);
      if (token.exact !== token.folded) add(EXACT + token.exact);
      const next = words[index + 1];
      // Neighbours only within a run of words: a comma or full stop ends the phrase.
      if (withBigrams && next && /^\s*$/u.test(nfcText.slice(token.end, next.start)))
        add(`${token.folded} ${next.folded}`);
    });
    for (const symbol of symbols(nfcText, words)) add(symbol);
    return counts;
  }

  type QueryPart = {
    /** The folded term that must match (or one of its typo neighbours). */
    folded: string;
    /** The form as typed when it carries marks: exact matches score more. */
    exact?: string;
  };
  type ParsedQuery = {
    parts: QueryPart[];
    /** Neighbouring folded syllables, scored when present (phrases and multi-syllable words). */
    bigrams: string[];
    /** Bigrams a quoted phrase requires. */
    requiredBigrams: string[];
    symbols: string[];
  };

  /** A query as typed: quoted phrases, words, symbols. At most 12 words count. */
  function parseQuery(query: string): ParsedQuery {
    const parts: QueryPart[] = [];
    const bigrams: string[] = [];
    const requiredBigrams: string[] = [];
    const symbolTerms = symbols(query);
    const segments = query.normalize('NFC').split('"');
    segments.forEach((segment, index) => {
      const quoted = index % 2 === 1;
      // Bigrams stay within a run of words: a comma or stop separates, as it does in the index.
      for (const run of segment.split(/[,;.!?:()]+(?:\s|$)|[,;!?:()]/u)) {
        const words = tokens(run);
        words.forEach((token, position) => {
          if (parts.length >= 12) return;
          if (!parts.some((part) => part.folded === token.folded && part.exact === exactOf(token)))
            parts.push({ folded: token.folded, exact: exactOf(token) });
          const next = words[position + 1];
          if (next) {
            const bigram = `${token.folded} ${next.folded}`;
            bigrams.push(bigram);
            if (quoted) requiredBigrams.push(bigram);
          }
        });
      }
    });
    return {
      parts,
      bigrams: [...new Set(bigrams)],
      requiredBigrams: [...new Set(requiredBigrams)],
      symbols: symbolTerms,
    };
  }

  function exactOf(token: Token): string | undefined {
    return token.exact !== token.folded ? EXACT + token.exact : undefined;
  }

  /** The term and every form with one letter deleted: the deletion neighbourhood of one-typo search. */
  function deletions(term: string): string[] {
    const letters = [...term];
    const out = new Set<string>([term]);
    for (let index = 0; index < letters.length; index += 1)
      out.add(letters.slice(0, index).join('') + letters.slice(index + 1).join(''));
    return [...out];
  }

  /** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
  function withinOneEdit(a: string, b: string): boolean {
    if (a === b) return true;
    const x = [...a];
    const y = [...b];
    if (Math.abs(x.length - y.length) > 1) return false;
    let start = 0;
    while (start < x.length && start < y.length && x[start] === y[start]) start += 1;
    let endX = x.length - 1;
    let endY = y.length - 1;
    while (endX >= start && endY >= start && x[endX] === y[endY]) {
      endX -= 1;
      endY -= 1;
    }
    const restX = endX - start + 1;
    const restY = endY - start + 1;
    if (restX <= 1 && restY <= 1) return true;
    // A swap of two neighbours.
    return restX === 2 && restY === 2 && x[start] === y[start + 1] && x[start + 1] === y[start];
  }

  /** Shard of a term: FNV-1a over its UTF-16 units, so every runtime computes the same number. */
  function shardOf(term: string, shards: number): number {
    let hash = 0x811c9dc5;
    for (let index = 0; index < term.length; index += 1) {
      hash ^= term.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % shards;
  }

  /**
   * A snippet of text around the first place the query's words occur, with the matching words marked
   * as [start, end) ranges into the snippet. Matching is folded, so "dang ky" marks "đăng ký".
   */
  function snippet(
    text: string,
    query: ParsedQuery,
    length = 220,
  ): { text: string; marks: [number, number][] } {
    const wanted = new Set(query.parts.map((part) => part.folded));
    const words = tokens(text);
    const nfcText = text.normalize('NFC');
    const first = words.find((token) => wanted.has(token.folded));
    let from = first ? Math.max(0, first.start - 60) : 0;
    if (from > 0) {
      const space = nfcText.indexOf(' ', from);
      from = space >= 0 && space < (first?.start ?? 0) ? space + 1 : from;
    }
    let to = Math.min(nfcText.length, from + length);
    if (to < nfcText.length) {
      const space = nfcText.lastIndexOf(' ', to);
      if (space > from) to = space;
    }
    const marks: [number, number][] = words
      .filter((token) => token.start >= from && token.end <= to && wanted.has(token.folded))
      .map((token) => [token.start - from, token.end - from]);
    const prefix = from > 0 ? '… ' : '';
    const suffix = to < nfcText.length ? ' …' : '';
    return {
      text: prefix + nfcText.slice(from, to) + suffix,
      marks: marks.map(([start, end]) => [start + prefix.length, end + prefix.length]),
    };
  }

  return { EXACT, fold, tokens, symbols, fieldTerms, parseQuery, deletions, withinOneEdit, shardOf, snippet };
}

export type SearchText = ReturnType<typeof createSearchText>;
export type ParsedQuery = ReturnType<SearchText['parseQuery']>;

export const searchText: SearchText = createSearchText();
