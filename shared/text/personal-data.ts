import { foldDiacritics } from './vietnamese.ts';

/**
 * Finds personal data in text that is about to be published (a citizen's question, a comment): phone
 * numbers, e-mail addresses, ID-card numbers and street addresses. It flags, a person decides: the officer
 * sees each finding highlighted before anything goes public, and `maskPersonalData` offers a masked text.
 * Patterns follow Vietnamese usage: 0xx/+84 mobile and landline numbers, the 12-digit citizen ID (CCCD) and
 * the old 9-digit ID (CMND), and addresses written "số 12 đường Lê Lợi", "thôn 3", "kiệt 45 Hùng Vương".
 */
export type PersonalDataKind = 'phone' | 'email' | 'id-number' | 'address' | 'sender';
export type PersonalDataFinding = { kind: PersonalDataKind; start: number; end: number; text: string };

const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// +84 or 0, then 9–10 digits, allowing spaces, dots and dashes between groups.
const phone = /(?<![\p{N}])(?:\+84|0084|0)(?:[\s.-]?\d){8,10}(?![\p{N}])/gu;
// Runs of exactly 9 or 12 digits (CMND, CCCD), possibly grouped by spaces.
const idNumber = /(?<![\p{N}])(?:\d{12}|\d{9}|\d{3}\s\d{3}\s\d{3}(?:\s\d{3})?)(?![\p{N}])/gu;
// Address words are matched on folded text (so "Phường", "phuong" and "PHƯỜNG" all count) with the number
// or name that follows them.
const addressWords = [
  'so nha',
  'so',
  'duong',
  'pho',
  'kiet',
  'hem',
  'ngo',
  'ngach',
  'thon',
  'xom',
  'ap',
  'ban',
  'to dan pho',
  'khu pho',
  'to',
];
const address = new RegExp(
  // House and alley numbers ("12", "45/3", "7B"); a number that goes on into a year or letters is a
  // document number ("số 12/2024/QĐ-UBND"), not an address.
  `(?<![\\p{L}\\p{N}])(?:${addressWords.join('|')})\\s+(?:\\d{1,4}[\\p{L}]?(?:[/-]\\d{1,3})*)(?![/\\p{N}])(?:\\s*,?\\s*(?:duong|pho)\\s+(?:[\\p{Lu}\\p{L}]+\\s?){1,4})?`,
  'giu',
);

function collect(
  kind: PersonalDataKind,
  pattern: RegExp,
  searched: string,
  original: string,
): PersonalDataFinding[] {
  return [...searched.matchAll(pattern)].map((match) => {
    const start = match.index ?? 0;
    const end = start + match[0].trimEnd().length;
    return { kind, start, end, text: original.slice(start, end) };
  });
}

/**
 * Where values known to identify the sender (their name, address, phone, e-mail as they gave them) occur in
 * a text, whatever the case or the diacritics: a name is not a pattern, but the sender's own name is known.
 */
function findKnown(nfcText: string, folded: string, known: string[]): PersonalDataFinding[] {
  if (folded.length !== nfcText.length) return [];
  const findings: PersonalDataFinding[] = [];
  for (const value of known) {
    const needle = foldDiacritics(value.normalize('NFC').trim());
    if (needle.length < 3) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      findings.push({
        kind: 'sender',
        start: at,
        end: at + needle.length,
        text: nfcText.slice(at, at + needle.length),
      });
    }
  }
  return findings;
}

/**
 * Every finding, in order, without overlaps (an e-mail's digits are not also a phone number). `known` are
 * the sender's own details, looked for as they are.
 */
export function findPersonalData(text: string, known: string[] = []): PersonalDataFinding[] {
  // Folding keeps one character per character for Vietnamese letters in NFC (đ → d, ế → e), so offsets
  // found in the folded text point at the same letters of the original.
  const nfcText = text.normalize('NFC');
  const folded = foldDiacritics(nfcText);
  const sameLength = folded.length === nfcText.length;
  const findings = [
    ...collect('email', email, nfcText, nfcText),
    ...collect('phone', phone, nfcText, nfcText),
    ...collect('id-number', idNumber, nfcText, nfcText),
    ...(sameLength ? collect('address', address, folded, nfcText) : []),
    ...findKnown(nfcText, folded, known),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataFinding[] = [];
  for (const finding of findings) {
    const last = kept.at(-1);
    if (last && finding.start < last.end) continue;
    kept.push(finding);
  }
  return kept;
}

export const MASK = '[đã ẩn]';

/** The text with every finding replaced by a mask, for the officer to start the public version from. */
export function maskPersonalData(text: string, known: string[] = []): string {
  const nfcText = text.normalize('NFC');
  let masked = '';
  let from = 0;
  for (const finding of findPersonalData(nfcText, known)) {
    masked += nfcText.slice(from, finding.start) + MASK;
    from = finding.end;
  }
  return masked + nfcText.slice(from);
}
