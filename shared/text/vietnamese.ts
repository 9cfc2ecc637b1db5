/**
 * Vietnamese text utilities. Every piece of text that is stored or searched passes through here,
 * so that "Quảng Trị" typed on a phone (often NFD) and on a desktop (NFC) are the same string.
 */

/** NFC form: the composed form Vietnamese text is stored in. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Recursively NFC-normalizes every string inside a JSON-like value (keys included). */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((entry) => normalizeDeep(entry)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) out[nfc(key)] = normalizeDeep(entry);
    return out as T;
  }
  return value;
}

/**
 * Folds text for diacritic-insensitive matching: lower case, tone and vowel marks removed,
 * đ → d (đ is a separate letter, not a d with a combining mark, so NFD alone leaves it).
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Search terms of a text: folded words, punctuation dropped, for building and querying indexes. */
export function searchTerms(text: string): string[] {
  return foldDiacritics(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}

/** URL slug from a Vietnamese title: `Quảng Trị đón …` → `quang-tri-don-…`. */
export function slugify(text: string, maxLength = 80): string {
  const slug = searchTerms(text).join('-');
  if (slug.length <= maxLength) return slug;
  // Cut on a word boundary so a slug never ends in half a word.
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength);
}
