/**
 * Vietnamese text utilities. Every piece of text that is stored or searched passes through here,
 * so that "Quảng Trị" typed on a phone (often NFD) and on a desktop (NFC) are the same string.
 */

/** NFC form: the composed form Vietnamese text is stored in. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Characters no stored text keeps: C0 controls but tab and line feed, DEL, C1 controls, lone surrogate
 * halves, and U+FFFE/U+FFFF. None of them can appear in an XML document (feeds, sitemaps), and none is
 * something a person meant to type; they arrive by pasting from other programs. Carriage returns are
 * line ends and become line feeds first.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The one normalisation of text at the boundary (docs/decisions.md): line ends to `\n`, the unwanted
 * characters above removed, then NFC. Idempotent; removing first means NFC sees the final neighbours.
 */
export function normalizeText(text: string): string {
  return nfc(text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').replace(LONE_SURROGATES, ''));
}

/** Recursively normalizes every string inside a JSON-like value (keys included), as normalizeText does. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return normalizeText(value) as T;
  if (Array.isArray(value)) return value.map((entry) => normalizeDeep(entry)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) out[normalizeText(key)] = normalizeDeep(entry);
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

/** Latin letters that no Unicode decomposition takes to ASCII. */
const latinLetters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', þ: 'th', ı: 'i' };

/**
 * Folds any text towards the slug alphabet: compatibility forms first (`²` → `2`, `Ⅻ` → `XII`,
 * full-width `Ａ` → `A`, `½` → `1⁄2`), marks removed, the d-like letters (đ, ð) to `d`, lower case.
 */
function foldToAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đð]/g, 'd')
    .replace(/[ßæœøłþı]/g, (letter) => latinLetters[letter] ?? letter);
}

/**
 * URL slug from a Vietnamese title: `Quảng Trị đón …` → `quang-tri-don-…`. Total onto the slug alphabet
 * (`[a-z0-9]` words joined by single hyphens, at most maxLength): anything else separates words or drops
 * out, so the result is a valid slug or empty (a title of only Chinese characters, say).
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldToAscii(normalizeText(text))
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .join('-');
  if (slug.length <= maxLength) return slug;
  // Cut on a word boundary so a slug never ends in half a word.
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength);
}
