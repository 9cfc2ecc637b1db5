import { diffWords } from 'diff';
import type { DraftArticle, DraftClause, DraftStructure } from '#shared/domain/consultation.ts';

/**
 * The redline between two versions of a draft: the parts aligned, each with a word-level diff of its text
 * (jsdiff's `diffWords`, which keeps Vietnamese words whole when the text is NFC: precomposed letters are in
 * its word characters, combining marks are not). Pure: no I/O.
 */
export type SegmentOp = 'same' | 'ins' | 'del';
export type Segment = { op: SegmentOp; text: string };
export type PartChange = 'same' | 'changed' | 'inserted' | 'removed';

export type RedlineClause = {
  oldAnchor?: string;
  newAnchor?: string;
  oldNumber?: number;
  newNumber?: number;
  change: PartChange;
  text: Segment[];
};
export type RedlineArticle = {
  oldAnchor?: string;
  newAnchor?: string;
  oldNumber?: number;
  newNumber?: number;
  change: PartChange;
  /** Renumbered: the same article under another number (articles were inserted or removed before it). */
  moved: boolean;
  /** The heading it sits under: the new version's, or the previous one's for an article removed. */
  chapterAnchor?: string;
  sectionAnchor?: string;
  title: Segment[];
  intro: Segment[];
  clauses: RedlineClause[];
};
export type RedlineHeading = {
  kind: 'chapter' | 'section';
  anchor: string;
  change: PartChange;
  /** `II`, `1`: the new number, or the old one for a heading removed. */
  number: string;
  title: Segment[];
};
export type Redline = {
  preamble: Segment[];
  headings: RedlineHeading[];
  articles: RedlineArticle[];
};

const nfc = (value: string) => value.normalize('NFC');

export function wordDiff(before: string, after: string): Segment[] {
  const segments: Segment[] = [];
  for (const change of diffWords(nfc(before), nfc(after))) {
    const op: SegmentOp = change.added ? 'ins' : change.removed ? 'del' : 'same';
    const last = segments.at(-1);
    if (last && last.op === op) last.text += change.value;
    else if (change.value !== '') segments.push({ op, text: change.value });
  }
  return segments;
}

const only = (op: SegmentOp, text: string): Segment[] => (text === '' ? [] : [{ op, text: nfc(text) }]);
const changedIn = (segments: Segment[]) => segments.some((segment) => segment.op !== 'same');

function words(value: string): Set<string> {
  return new Set(
    nfc(value)
      .toLocaleLowerCase('vi')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

/** Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 && right.size === 0) return 1;
  let common = 0;
  for (const word of left) if (right.has(word)) common += 1;
  return (2 * common) / (left.size + right.size);
}

const SIMILAR = 0.5;

/**
 * Pairs the parts of two versions. First by number when the text still looks alike; then, for what is
 * left, by the most similar text, so that when an article is inserted or removed the ones after it (all
 * renumbered) pair with their old selves and show as moved with their small edits, instead of every later
 * article showing as deleted and inserted again; last, by number whatever the text (a part rewritten in
 * place). What stays unpaired was inserted or removed. The result follows the new order, a removed part
 * placed after the part that preceded it in the old order.
 */
export function alignParts<T>(
  before: T[],
  after: T[],
  numberOf: (part: T) => number,
  textOf: (part: T) => string,
): { before?: T; after?: T }[] {
  const pairOfNew = new Map<number, number>();
  const pairOfOld = new Map<number, number>();
  const pair = (oldIndex: number, newIndex: number) => {
    pairOfNew.set(newIndex, oldIndex);
    pairOfOld.set(oldIndex, newIndex);
  };
  const free = (oldIndex: number, newIndex: number) => !pairOfOld.has(oldIndex) && !pairOfNew.has(newIndex);

  after.forEach((part, newIndex) => {
    const oldIndex = before.findIndex((old) => numberOf(old) === numberOf(part));
    if (
      oldIndex >= 0 &&
      free(oldIndex, newIndex) &&
      similarity(textOf(before[oldIndex] as T), textOf(part)) >= SIMILAR
    )
      pair(oldIndex, newIndex);
  });
  const candidates: { oldIndex: number; newIndex: number; score: number; distance: number }[] = [];
  before.forEach((old, oldIndex) => {
    if (pairOfOld.has(oldIndex)) return;
    after.forEach((part, newIndex) => {
      if (pairOfNew.has(newIndex)) return;
      const score = similarity(textOf(old), textOf(part));
      if (score >= SIMILAR)
        candidates.push({ oldIndex, newIndex, score, distance: Math.abs(oldIndex - newIndex) });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance);
  for (const candidate of candidates)
    if (free(candidate.oldIndex, candidate.newIndex)) pair(candidate.oldIndex, candidate.newIndex);
  after.forEach((part, newIndex) => {
    const oldIndex = before.findIndex((old) => numberOf(old) === numberOf(part));
    if (oldIndex >= 0 && free(oldIndex, newIndex)) pair(oldIndex, newIndex);
  });

  // Removed parts go after the new place of their nearest paired predecessor in the old order.
  const removedAfter = new Map<number, number[]>();
  before.forEach((_, oldIndex) => {
    if (pairOfOld.has(oldIndex)) return;
    let anchor = -1;
    for (let previous = oldIndex - 1; previous >= 0; previous -= 1) {
      const newIndex = pairOfOld.get(previous);
      if (newIndex !== undefined) {
        anchor = newIndex;
        break;
      }
    }
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), oldIndex]);
  });
  const aligned: { before?: T; after?: T }[] = [];
  const pushRemoved = (newIndex: number) => {
    for (const oldIndex of removedAfter.get(newIndex) ?? []) aligned.push({ before: before[oldIndex] as T });
  };
  pushRemoved(-1);
  after.forEach((part, newIndex) => {
    const oldIndex = pairOfNew.get(newIndex);
    aligned.push(oldIndex === undefined ? { after: part } : { before: before[oldIndex] as T, after: part });
    pushRemoved(newIndex);
  });
  return aligned;
}

const articleText = (article: DraftArticle) =>
  [article.title, article.intro, ...article.clauses.map((clause) => clause.text)].join('\n');
/** Titles tell articles apart best; an untitled article is compared by its text. */
const articleKey = (article: DraftArticle) => (article.title.trim() ? article.title : articleText(article));

function clauseRedline(before: DraftClause | undefined, after: DraftClause | undefined): RedlineClause {
  const text =
    before && after
      ? wordDiff(before.text, after.text)
      : only(after ? 'ins' : 'del', (after ?? before)?.text ?? '');
  return {
    ...(before ? { oldAnchor: before.anchor, oldNumber: before.number } : {}),
    ...(after ? { newAnchor: after.anchor, newNumber: after.number } : {}),
    change: !before
      ? 'inserted'
      : !after
        ? 'removed'
        : changedIn(text) || before.number !== after.number
          ? 'changed'
          : 'same',
    text,
  };
}

function articleRedline(before: DraftArticle | undefined, after: DraftArticle | undefined): RedlineArticle {
  const placed = after ?? before;
  const heading = {
    ...(placed?.chapterAnchor ? { chapterAnchor: placed.chapterAnchor } : {}),
    ...(placed?.sectionAnchor ? { sectionAnchor: placed.sectionAnchor } : {}),
  };
  const ids = {
    ...(before ? { oldAnchor: before.anchor, oldNumber: before.number } : {}),
    ...(after ? { newAnchor: after.anchor, newNumber: after.number } : {}),
  };
  if (!before || !after) {
    const op = after ? 'ins' : 'del';
    const article = after ?? before;
    return {
      ...ids,
      ...heading,
      change: after ? 'inserted' : 'removed',
      moved: false,
      title: only(op, article?.title ?? ''),
      intro: only(op, article?.intro ?? ''),
      clauses: (article?.clauses ?? []).map((clause) =>
        after ? clauseRedline(undefined, clause) : clauseRedline(clause, undefined),
      ),
    };
  }
  const title = wordDiff(before.title, after.title);
  const intro = wordDiff(before.intro, after.intro);
  const clauses = alignParts(
    before.clauses,
    after.clauses,
    (clause) => clause.number,
    (clause) => clause.text,
  ).map((pair) => clauseRedline(pair.before, pair.after));
  const changed = changedIn(title) || changedIn(intro) || clauses.some((clause) => clause.change !== 'same');
  return {
    ...ids,
    ...heading,
    change: changed ? 'changed' : 'same',
    moved: before.number !== after.number,
    title,
    intro,
    clauses,
  };
}

function headingsRedline(before: DraftStructure, after: DraftStructure): RedlineHeading[] {
  const headingsOf = (structure: DraftStructure) => [
    ...structure.chapters.map((chapter) => ({
      kind: 'chapter' as const,
      anchor: chapter.anchor,
      number: chapter.number,
      title: chapter.title,
    })),
    ...(structure.sections ?? []).map((section) => ({
      kind: 'section' as const,
      anchor: section.anchor,
      number: String(section.number),
      title: section.title,
    })),
  ];
  const old = new Map(headingsOf(before).map((heading) => [heading.anchor, heading]));
  const fresh = headingsOf(after);
  const kept = new Set(fresh.map((heading) => heading.anchor));
  return [
    ...fresh.map((heading): RedlineHeading => {
      const previous = old.get(heading.anchor);
      const title = previous ? wordDiff(previous.title, heading.title) : only('ins', heading.title);
      return {
        kind: heading.kind,
        anchor: heading.anchor,
        number: heading.number,
        change: !previous ? 'inserted' : changedIn(title) ? 'changed' : 'same',
        title,
      };
    }),
    ...[...old.values()]
      .filter((heading) => !kept.has(heading.anchor))
      .map(
        (heading): RedlineHeading => ({ ...heading, change: 'removed', title: only('del', heading.title) }),
      ),
  ];
}

export function redlineOf(before: DraftStructure, after: DraftStructure): Redline {
  return {
    preamble: wordDiff(before.preamble, after.preamble),
    headings: headingsRedline(before, after),
    articles: alignParts(before.articles, after.articles, (article) => article.number, articleKey).map(
      (pair) => articleRedline(pair.before, pair.after),
    ),
  };
}

/**
 * The parts a redline shows as changed, each under every anchor it had (new and old), articles and clauses:
 * what links to the comments and report issues behind a change are looked up by.
 */
export type ChangedPart = {
  anchor: string;
  change: Exclude<PartChange, 'same'>;
  removed: boolean;
  anchors: string[];
};
export function changedParts(redline: Redline): ChangedPart[] {
  const parts: ChangedPart[] = [];
  const add = (part: { oldAnchor?: string; newAnchor?: string; change: PartChange }) => {
    const anchor = part.newAnchor ?? part.oldAnchor;
    if (part.change === 'same' || !anchor) return;
    parts.push({
      anchor,
      change: part.change,
      removed: part.newAnchor === undefined,
      anchors: [...new Set([part.newAnchor, part.oldAnchor].filter((a) => a !== undefined))],
    });
  };
  for (const article of redline.articles) {
    add(article);
    for (const clause of article.clauses) add(clause);
  }
  return parts;
}
