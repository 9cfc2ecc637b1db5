import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '#shared/search/engine.ts';
import {
  buildIndex,
  type PieceStore,
  RECENT_LIMIT_BYTES,
  readManifest,
  updateIndex,
} from '#shared/search/index-writer.ts';
import { type SearchRecordInput, searchRecordSchema } from '#shared/search/records.ts';
import { searchText } from '#shared/text/search-text.ts';

const engine = createSearchEngine(searchText);

function memoryStore(initial = new Map<string, string>()) {
  const files = new Map(initial);
  const writes: string[] = [];
  const store: PieceStore = {
    read: async (path) => files.get(path),
    write: async (path, body) => {
      files.set(path, body);
      writes.push(path);
    },
  };
  return { files, writes, store };
}

const record = (input: Partial<SearchRecordInput> & { key: string; title: string }) =>
  searchRecordSchema.parse({
    kind: 'article',
    language: 'vi',
    url: `/tin-tuc/${input.key}/`,
    date: '2026-01-01',
    fields: [{ text: input.title, weight: 3 }],
    excerpt: input.title,
    ...input,
  });

const corpus = [
  record({ key: 'a', title: 'Hướng dẫn đăng ký kinh doanh trực tuyến', date: '2026-01-02' }),
  record({ key: 'b', title: 'Đăng ký thường trú tại Đông Hà', date: '2026-01-03' }),
  record({ key: 'c', title: 'Cải cách thủ tục hành chính năm 2026', date: '2026-01-04' }),
  record({ key: 'd', title: 'Thủ tướng thăm trường học, chính quyền hành động nhanh', date: '2026-01-05' }),
  record({
    key: 'e',
    kind: 'legal-document',
    title: 'Quyết định 12/2024/QĐ-UBND về phí',
    fields: [
      { text: '12/2024/QĐ-UBND', weight: 5 },
      { text: 'Quyết định về phí tham quan', weight: 3 },
    ],
    filters: { documentType: 'decision', issuer: 'UBND tỉnh' },
  }),
  record({
    key: 'f',
    kind: 'legal-document',
    title: 'Quyết định 13/2024/QĐ-UBND về lệ phí',
    fields: [
      { text: '13/2024/QĐ-UBND', weight: 5 },
      { text: 'Quyết định về lệ phí', weight: 3 },
    ],
  }),
  record({ key: 'g', title: 'Dang ky xe may (viết không dấu)', date: '2026-01-06' }),
  record({ key: 'h', language: 'en', title: 'Tourism in Quang Tri grows', date: '2026-01-07' }),
];

async function query(files: Map<string, string>, q: string, filters = {}) {
  const manifest = await readManifest({ read: async (path) => files.get(path), write: async () => {} });
  if (!manifest) throw new Error('no manifest');
  const read = async (path: string) => {
    const body = files.get(path);
    return body === undefined ? undefined : JSON.parse(body);
  };
  return engine.search(read, manifest, { q, filters, facets: true, snippets: true });
}
const keys = (answer: Awaited<ReturnType<typeof query>>) => answer.hits.map((hit) => hit.head.key);

describe('Vietnamese search text', () => {
  it('folds tones, vowel marks and đ, and keeps the written form as a term of its own', () => {
    expect(searchText.fold('Đăng ký Quảng Trị')).toBe('dang ky quang tri');
    const terms = searchText.fieldTerms('Đăng ký', true);
    expect([...terms.keys()].sort()).toEqual(['=ký', '=đăng', 'dang', 'dang ky', 'ky']);
  });
  it('keeps a number/symbol whole and does not pair words across punctuation', () => {
    const terms = searchText.fieldTerms('Quyết định 12/2024/QĐ-UBND. Hà Nội', true);
    expect(terms.has('12/2024/qd-ubnd')).toBe(true);
    expect(terms.has('ubnd ha')).toBe(false);
    expect(terms.has('ha noi')).toBe(true);
  });
  it('parses quoted phrases, words with marks and symbols', () => {
    const parsed = searchText.parseQuery('"thủ tục hành chính" 12/2024/QĐ-UBND');
    expect(parsed.requiredBigrams).toEqual(['thu tuc', 'tuc hanh', 'hanh chinh']);
    expect(parsed.parts[0]).toEqual({ folded: 'thu', exact: '=thủ' });
    expect(parsed.symbols).toEqual(['12/2024/qd-ubnd']);
  });
  it('is one edit away for insertions, deletions, substitutions and swaps only', () => {
    expect(searchText.withinOneEdit('chinh', 'chnih')).toBe(true);
    expect(searchText.withinOneEdit('chinh', 'chin')).toBe(true);
    expect(searchText.withinOneEdit('chinh', 'chonh')).toBe(true);
    expect(searchText.withinOneEdit('chinh', 'cinhx')).toBe(false);
  });
  it('marks the matched words of a snippet', () => {
    const cut = searchText.snippet('Người dân đăng ký trực tuyến', searchText.parseQuery('dang ky'));
    expect(cut.marks.map(([start, end]) => cut.text.slice(start, end))).toEqual(['đăng', 'ký']);
  });
});

describe('the search engine', () => {
  const files = buildIndex(corpus, new Date('2026-02-01T00:00:00Z'));

  it('finds "đăng ký" typed without marks, and ranks the exact spelling first when typed with them', async () => {
    expect(keys(await query(files, 'dang ky'))).toEqual(expect.arrayContaining(['a', 'b', 'g']));
    expect(
      keys(await query(files, 'đăng ký'))
        .slice(0, 2)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(keys(await query(files, 'dang ky'))[0]).toBe('g');
  });
  it('ranks the words together above the same syllables scattered', async () => {
    expect(keys(await query(files, 'thủ tục hành chính'))[0]).toBe('c');
    expect(keys(await query(files, '"thu tuc hanh chinh"'))).toEqual(['c']);
  });
  it('finds a word with one letter wrong', async () => {
    const answer = await query(files, 'truc tuyeen');
    expect(keys(answer)).toEqual(['a']);
    expect(answer.corrections).toEqual([['tuyeen', 'tuyen']]);
  });
  it('finds a document number exactly', async () => {
    expect(keys(await query(files, '12/2024/QĐ-UBND'))).toEqual(['e']);
  });
  it('filters and counts by kind and language', async () => {
    const answer = await query(files, 'quyet dinh', { documentType: 'decision' });
    expect(keys(answer)).toEqual(['e']);
    expect(answer.facets.kind).toEqual([['legal-document', 1]]);
    expect(answer.facets.documentType).toEqual([['decision', 1]]);
    expect(keys(await query(files, 'tourism', { language: 'en' }))).toEqual(['h']);
    expect(keys(await query(files, 'tourism', { language: 'vi' }))).toEqual([]);
  });
  it('breaks ties by recency', async () => {
    const answer = await query(files, 'phi');
    expect(answer.hits.map((hit) => hit.head.key)).toContain('e');
  });
});

describe('incremental updates', () => {
  it('publishing, revising or withdrawing one item writes two pieces, at 100 items as at 2,000', async () => {
    for (const size of [100, 2000]) {
      const many = Array.from({ length: size }, (_, index) =>
        record({ key: `k${index}`, title: `Bài số ${index} về giao thông nông thôn ${index % 7}` }),
      );
      const { store, writes, files } = memoryStore(buildIndex(many));
      writes.length = 0;
      const fresh = record({ key: 'new', title: 'Khánh thành cầu Hiền Lương mới' });
      expect((await updateIndex(store, { upsert: [fresh], remove: [] })).written).toHaveLength(2);
      expect(writes).toHaveLength(2);
      expect(keys(await query(files, 'hien luong'))).toEqual(['new']);
      // Revising a base item: the old version is marked removed, the new one is found.
      writes.length = 0;
      await updateIndex(store, {
        upsert: [record({ key: 'k5', title: 'Bài đã sửa về cầu Hiền Lương' })],
        remove: [],
      });
      expect(writes).toHaveLength(2);
      expect(keys(await query(files, 'hien luong')).sort()).toEqual(['k5', 'new']);
      expect(keys(await query(files, 'bai so 5 giao thong'))).not.toContain('k5');
      // Withdrawing: one recent item, one base item.
      writes.length = 0;
      await updateIndex(store, { upsert: [], remove: ['new', 'k6'] });
      expect(writes.length).toBeLessThanOrEqual(2);
      expect(keys(await query(files, 'hien luong'))).toEqual(['k5']);
      expect(keys(await query(files, 'bai so 6 giao thong'))).not.toContain('k6');
    }
  });

  it('compacts the recent segment into the base when it outgrows its bound, and finds everything after', async () => {
    const { store, files } = memoryStore(buildIndex([record({ key: 'base', title: 'Nền tảng ban đầu' })]));
    const long = 'nông nghiệp công nghệ cao '.repeat(200);
    let compacted = false;
    let index = 0;
    while (!compacted && index < 200) {
      const report = await updateIndex(store, {
        upsert: [record({ key: `p${index}`, title: `Tin ${index} ${long}`, excerpt: long })],
        remove: [],
      });
      compacted = report.compacted;
      index += 1;
    }
    expect(compacted).toBe(true);
    expect(index).toBeGreaterThan(3);
    const manifest = await readManifest(store);
    expect(manifest?.recent).toBeNull();
    expect(manifest?.docs).toBe(index + 1);
    expect((await query(files, 'nong nghiep')).total).toBe(index);
    expect(keys(await query(files, 'nen tang'))).toEqual(['base']);
    expect(RECENT_LIMIT_BYTES).toBeGreaterThan(0);
  });
});
