import { describe, expect, it } from 'vitest';
import { parseDraftText } from '#shared/consultation/draft-text.ts';
import { alignParts, changedParts, redlineOf, similarity, wordDiff } from '#shared/consultation/redline.ts';
import type { DraftStructure } from '#shared/domain/consultation.ts';
import { sampleDraftText } from '../support/consultation.ts';

function structure(text: string): DraftStructure {
  const parsed = parseDraftText(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.structure;
}

const inserted = (segments: { op: string; text: string }[]) =>
  segments.filter((segment) => segment.op === 'ins').map((segment) => segment.text.trim());
const deleted = (segments: { op: string; text: string }[]) =>
  segments.filter((segment) => segment.op === 'del').map((segment) => segment.text.trim());

describe('wordDiff: a word-level redline of Vietnamese text', () => {
  it('marks whole Vietnamese words inserted and deleted, not letters', () => {
    const segments = wordDiff(
      'Thương nhân kinh doanh tại chợ.',
      'Thương nhân, hộ kinh doanh cá thể tại chợ.',
    );
    expect(inserted(segments)).toEqual([', hộ', 'cá thể']);
    expect(deleted(segments)).toEqual([]);
    expect(segments.map((segment) => segment.text).join('')).toBe(
      'Thương nhân, hộ kinh doanh cá thể tại chợ.',
    );
  });

  it('compares decomposed (NFD) text as its NFC form', () => {
    const segments = wordDiff('Nội quy chợ'.normalize('NFD'), 'Nội quy chợ');
    expect(segments).toEqual([{ op: 'same', text: 'Nội quy chợ' }]);
  });

  it('reads a replaced word as a deletion and an insertion', () => {
    const segments = wordDiff('Mỗi chợ có nội quy.', 'Mỗi chợ phải có nội quy.');
    expect(inserted(segments)).toEqual(['phải']);
    const replaced = wordDiff('niêm yết tại cổng chợ', 'niêm yết tại nhà lồng chợ');
    expect(deleted(replaced)).toEqual(['cổng']);
    expect(inserted(replaced)).toEqual(['nhà lồng']);
  });
});

describe('similarity and alignParts', () => {
  it('scores shared words', () => {
    expect(similarity('Phạm vi điều chỉnh', 'Phạm vi điều chỉnh')).toBe(1);
    expect(similarity('Phạm vi điều chỉnh', 'Đối tượng áp dụng')).toBe(0);
  });

  it('pairs a renumbered part with its old self, not with the part that now has its number', () => {
    const before = [
      { n: 1, t: 'Phạm vi điều chỉnh' },
      { n: 2, t: 'Đối tượng áp dụng' },
    ];
    const after = [
      { n: 1, t: 'Phạm vi điều chỉnh' },
      { n: 2, t: 'Giải thích từ ngữ' },
      { n: 3, t: 'Đối tượng áp dụng' },
    ];
    const aligned = alignParts(
      before,
      after,
      (part) => part.n,
      (part) => part.t,
    );
    expect(aligned.map((pair) => [pair.before?.n, pair.after?.n])).toEqual([
      [1, 1],
      [undefined, 2],
      [2, 3],
    ]);
  });

  it('places a removed part after the one that preceded it', () => {
    const before = [
      { n: 1, t: 'Phạm vi điều chỉnh' },
      { n: 2, t: 'Giải thích từ ngữ' },
      { n: 3, t: 'Đối tượng áp dụng' },
    ];
    const after = [
      { n: 1, t: 'Phạm vi điều chỉnh' },
      { n: 2, t: 'Đối tượng áp dụng' },
    ];
    const aligned = alignParts(
      before,
      after,
      (part) => part.n,
      (part) => part.t,
    );
    expect(aligned.map((pair) => [pair.before?.n, pair.after?.n])).toEqual([
      [1, 1],
      [2, undefined],
      [3, 2],
    ]);
  });

  it('pairs a part retitled in place by its number', () => {
    const aligned = alignParts(
      [{ n: 1, t: 'Phạm vi' }],
      [{ n: 1, t: 'Đối tượng' }],
      (part) => part.n,
      (part) => part.t,
    );
    expect(aligned).toHaveLength(1);
    expect(aligned[0]?.before?.n).toBe(1);
  });
});

describe('redlineOf: two versions of a draft', () => {
  const first = structure(sampleDraftText);

  it('shows an unchanged draft as unchanged', () => {
    const redline = redlineOf(first, first);
    expect(redline.articles.every((article) => article.change === 'same' && !article.moved)).toBe(true);
    expect(changedParts(redline)).toEqual([]);
  });

  it('shows an article inserted before others as inserted, and the renumbered ones as moved', () => {
    const second = structure(
      sampleDraftText
        .replace('Điều 3. Nội quy chợ', 'Điều 4. Nội quy chợ')
        .replace(
          'Điều 2. Đối tượng áp dụng',
          'Điều 2. Giải thích từ ngữ\nChợ là nơi mua bán.\nĐiều 3. Đối tượng áp dụng',
        )
        .replace('2. Nội quy được niêm yết tại cổng chợ.', '2. Nội quy được niêm yết tại nhà lồng chợ.'),
    );
    const redline = redlineOf(first, second);
    expect(redline.articles.map((article) => [article.oldNumber, article.newNumber, article.change])).toEqual(
      [
        [1, 1, 'same'],
        [undefined, 2, 'inserted'],
        [2, 3, 'same'],
        [3, 4, 'changed'],
      ],
    );
    expect(redline.articles[2]?.moved).toBe(true);
    const rules = redline.articles[3];
    expect(rules?.moved).toBe(true);
    expect(rules?.clauses.map((clause) => clause.change)).toEqual(['same', 'changed']);
    expect(deleted(rules?.clauses[1]?.text ?? [])).toEqual(['cổng']);
    expect(inserted(rules?.clauses[1]?.text ?? [])).toEqual(['nhà lồng']);
    expect(changedParts(redline)).toEqual([
      { anchor: 'dieu-2', change: 'inserted', removed: false, anchors: ['dieu-2'] },
      { anchor: 'dieu-4', change: 'changed', removed: false, anchors: ['dieu-4', 'dieu-3'] },
      {
        anchor: 'dieu-4-khoan-2',
        change: 'changed',
        removed: false,
        anchors: ['dieu-4-khoan-2', 'dieu-3-khoan-2'],
      },
    ]);
  });

  it('shows a removed article and clause as removed, with their text deleted', () => {
    const second = structure(
      sampleDraftText
        .replace('Điều 1. Phạm vi điều chỉnh\nQuy định này quy định về quản lý chợ.\n', '')
        .replace('Điều 2.', 'Điều 1.')
        .replace('Điều 3.', 'Điều 2.')
        .replace('\n2. Thương nhân kinh doanh tại chợ.', ''),
    );
    const redline = redlineOf(first, second);
    expect(redline.articles.map((article) => [article.oldNumber, article.newNumber, article.change])).toEqual(
      [
        [1, undefined, 'removed'],
        [2, 1, 'changed'],
        [3, 2, 'same'],
      ],
    );
    expect(deleted(redline.articles[0]?.intro ?? [])).toEqual(['Quy định này quy định về quản lý chợ.']);
    expect(redline.articles[1]?.clauses.map((clause) => clause.change)).toEqual(['same', 'removed']);
  });

  it('diffs chapter and section headings by anchor', () => {
    const second = structure(
      sampleDraftText
        .replace('TỔ CHỨC QUẢN LÝ', 'TỔ CHỨC QUẢN LÝ CHỢ\nMục 1. Nội quy')
        .replace('Chương I\n', 'Chương I\n'),
    );
    const redline = redlineOf(first, second);
    const chapter = redline.headings.find((heading) => heading.anchor === 'chuong-ii');
    expect(chapter?.change).toBe('changed');
    expect(inserted(chapter?.title ?? [])).toEqual(['CHỢ']);
    const section = redline.headings.find((heading) => heading.anchor === 'chuong-ii-muc-1');
    expect(section).toMatchObject({ kind: 'section', change: 'inserted', number: '1' });
    expect(redline.articles.at(-1)?.sectionAnchor).toBe('chuong-ii-muc-1');
  });
});
