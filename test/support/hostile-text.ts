import fc from 'fast-check';
import { normalizeText } from '#shared/text/vietnamese.ts';

/**
 * Text that has broken text handling somewhere: control characters (NUL, backspace, escape, C1), line
 * ends, bidi controls, combining marks, decomposed Vietnamese, compatibility characters (the ones that
 * once made unusable slugs: `km²`, `½`, `Ⅻ`, full-width letters, `Ð`), astral and emoji sequences, lone
 * surrogates and non-characters, invisible spaces, markup and entity fragments, path and template syntax.
 */
export const hostilePieces: readonly string[] = [
  '\u0000',
  '\b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u000b',
  '\u000c',
  '\r\n',
  '\r',
  '\t',
  '\n',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u061c',
  '\u0301\u0301\u0301',
  'e\u0301',
  'Quảng Trị'.normalize('NFD'),
  'Đông Hà',
  'Ｑｕａｎｇ Ｔｒｉ',
  'km²',
  '½',
  'Ⅻ',
  'Ð',
  'ǅ',
  'ﬁ',
  'ß',
  'İ',
  '😀',
  '👩‍👩‍👧',
  '🇻🇳',
  '𝔘𝔫𝔦',
  '\u{10FFFF}',
  '\u{E0001}',
  '\ud800',
  '\udc00',
  '\uffff',
  '\ufffe',
  '\ufeff',
  '\u200b',
  '\u00a0',
  '\u3000',
  '\u2028',
  '\u2029',
  '中文标题',
  'عنوان',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  ']]>',
  '<![CDATA[',
  '&amp;',
  '&#0;',
  '&bogus;',
  "'",
  '"',
  '\\',
  '%E0%A4%A',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax typed as text is the point.
  '${x}',
  '-',
  '--',
  '/',
  '..',
  '#',
  '?',
];

const vietnameseWords = ['Quảng', 'Trị', 'đón', 'đoàn', 'công', 'tác', 'Hướng', 'Hóa', 'phát', 'triển'];

/** One hostile fragment: a known piece, arbitrary code points (astral, surrogates), or arbitrary graphemes. */
export const hostileFragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostilePieces) },
  { weight: 2, arbitrary: fc.constantFrom(...vietnameseWords) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },
);

/**
 * Hostile text that still fits [minLength, maxLength] once normalized and trimmed, as the schemas count
 * it: padded with Vietnamese words while too short, cut while too long.
 */
export function hostileText(options: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> {
  const minLength = options.minLength ?? 0;
  const maxLength = options.maxLength ?? 200;
  return fc
    .tuple(fc.array(hostileFragment, { maxLength: 10 }), fc.constantFrom(...vietnameseWords), fc.boolean())
    .map(([fragments, word, spaced]) => {
      let text = fragments.join(spaced ? ' ' : '');
      const counted = (value: string) => normalizeText(value).trim().length;
      while (counted(text) < minLength) text = `${word} ${text} ${word}`;
      while (counted(text) > maxLength || text.length > maxLength * 2) text = text.slice(0, -1);
      return text;
    });
}

/**
 * Extreme sizes for a bounded text: empty, blank, one below and one above the bounds, long (bodies get
 * their own megabyte-sized case; this one still fits in a URL).
 */
export function extremeText(options: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> {
  const min = options.minLength ?? 0;
  const max = options.maxLength ?? 200;
  return fc.constantFrom(
    '',
    '   ',
    '\u0000'.repeat(Math.max(1, min)),
    'a'.repeat(Math.max(0, min - 1)),
    // Bounded by what one JSON body may carry (512 KB): oversized bodies are a case of their own.
    'ả'.repeat(Math.min(max, 50_000)),
    'a'.repeat(Math.min(max + 1, 250_000)),
    'Quảng Trị '.repeat(150),
  );
}

/** Numbers at and past every edge a schema or a JSON codec can have. */
export const extremeNumber: fc.Arbitrary<number> = fc.constantFrom(
  0,
  -0,
  -1,
  1,
  0.5,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
);
