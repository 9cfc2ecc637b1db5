import { describe, expect, it } from 'vitest';
import { createSearchEngine, type SearchManifest, type SearchRequest } from '#shared/search/engine.ts';
import { buildIndex, readManifest, updateIndex } from '#shared/search/index-writer.ts';
import { searchRecordSchema } from '#shared/search/records.ts';
import { searchText } from '#shared/text/search-text.ts';
import { relevanceCorpus, relevanceQueries } from '../../bench/relevance.ts';

/** Tiered posting lists (decision 112): the first tier bounds what a query reads, never what it finds. */
const engine = createSearchEngine(searchText);
const records = relevanceCorpus(2000);

/** Reads pieces as parsed JSON, noting each path. */
function reader(files: Map<string, string>, seen = new Set<string>()) {
  return async (path: string) => {
    seen.add(path);
    const body = files.get(path);
    return body === undefined ? undefined : JSON.parse(body);
  };
}

/** The same index with every term shard holding its whole list: the engine without tiers. */
function withoutTiers(files: Map<string, string>): Map<string, string> {
  const out = new Map(files);
  for (const [path, body] of files) {
    const match = /^(.*)\/t\/(\d+-\d+)\.json$/.exec(path);
    if (!match) continue;
    const first: Record<string, number[]> = JSON.parse(body);
    const bands: Record<string, number[]>[] = [];
    for (let band = 1; files.has(`${match[1]}/c/${match[2]}-${band}.json`); band += 1)
      bands.push(JSON.parse(files.get(`${match[1]}/c/${match[2]}-${band}.json`) ?? '{}'));
    const whole: Record<string, number[]> = {};
    for (const [term, list] of Object.entries(first)) {
      if (term.startsWith(engine.TIER_MARK)) continue;
      const pairs: [number, number][] = [];
      for (const numbers of [list, ...bands.map((band) => band[term] ?? [])].map(engine.decodePostings))
        for (let at = 0; at + 1 < numbers.length; at += 2)
          pairs.push([numbers[at] ?? 0, numbers[at + 1] ?? 0]);
      whole[term] = engine.encodePostings(pairs.sort((a, b) => a[0] - b[0]).flat());
    }
    out.set(path, JSON.stringify(whole));
  }
  return out;
}

async function manifestOf(files: Map<string, string>): Promise<SearchManifest> {
  const manifest = await readManifest({ read: async (path) => files.get(path), write: async () => {} });
  if (!manifest) throw new Error('no manifest');
  return manifest;
}

const ranking = (answer: Awaited<ReturnType<typeof engine.search>>) =>
  answer.hits.map((hit) => [hit.head.key, hit.score]);

async function expectSameResults(files: Map<string, string>, requests: SearchRequest[]) {
  const plain = withoutTiers(files);
  const manifest = await manifestOf(files);
  let tieredTerms = 0;
  for (const body of files.values())
    if (body.includes(JSON.stringify(engine.TIER_MARK).slice(1, -1))) tieredTerms += 1;
  expect(tieredTerms).toBeGreaterThan(0);
  for (const request of requests) {
    const tiered = await engine.search(reader(files), manifest, request);
    const whole = await engine.search(reader(plain), manifest, request);
    expect({ q: request.q, hits: ranking(tiered) }).toEqual({ q: request.q, hits: ranking(whole) });
    expect(tiered.partial).toBe(whole.partial);
    expect(tiered.corrections).toEqual(whole.corrections);
    if (tiered.totalIsEstimate) expect(tiered.total).toBeGreaterThanOrEqual(Math.min(whole.total, 1));
    else expect(tiered.total).toBe(whole.total);
  }
}

const commonQueries = ['quang tri', 'tinh quang tri', 'thủ tục hành chính', 'tin tuc', 'ubnd tinh'];
const requestsOf = (queries: { q: string; filters?: SearchRequest['filters'] }[]): SearchRequest[] =>
  queries.flatMap(({ q, filters }) => [
    { q, filters, pageSize: 10 },
    { q, filters, pageSize: 8, page: 2 },
    { q, filters, pageSize: 10, facets: true, snippets: true },
  ]);

describe('tiered posting lists', () => {
  const files = buildIndex(records, new Date('2026-12-01T00:00:00Z'));

  it('give the same hits, scores and order as whole lists on the relevance set and common words', async () => {
    await expectSameResults(files, requestsOf([...relevanceQueries, ...commonQueries.map((q) => ({ q }))]));
  });

  it('bound the bytes a common-word query reads: first tiers only, a fraction of the whole lists', async () => {
    const manifest = await manifestOf(files);
    const plain = withoutTiers(files);
    const termBytes = (store: Map<string, string>, seen: Set<string>) =>
      [...seen]
        .filter((path) => /\/[tc]\//.test(path))
        .reduce((sum, path) => sum + (store.get(path)?.length ?? 0), 0);
    const tieredSeen = new Set<string>();
    const answer = await engine.search(reader(files, tieredSeen), manifest, {
      q: 'quang tri',
      pageSize: 8,
    });
    const wholeSeen = new Set<string>();
    await engine.search(reader(plain, wholeSeen), manifest, { q: 'quang tri', pageSize: 8 });
    expect([...tieredSeen].filter((path) => path.includes('/c/'))).toEqual([]);
    expect(termBytes(files, tieredSeen)).toBeLessThan(termBytes(plain, wholeSeen) / 2);
    expect(answer.totalIsEstimate).toBe(true);
    expect(answer.hits).toHaveLength(8);
  });

  it('survive a compaction: results still equal the whole lists', async () => {
    const store = new Map(files);
    const pieceStore = {
      read: async (path: string) => store.get(path),
      write: async (path: string, body: string) => {
        store.set(path, body);
      },
    };
    let compacted = false;
    for (let index = 0; !compacted && index < 200; index += 1) {
      const base = records[index];
      if (!base) break;
      const record = searchRecordSchema.parse({
        ...base,
        key: `tier:new-${index}`,
        title: `${base.title} Quảng Trị`,
      });
      compacted = (await updateIndex(pieceStore, { upsert: [record], remove: [] })).compacted;
    }
    expect(compacted).toBe(true);
    await expectSameResults(store, requestsOf(commonQueries.map((q) => ({ q }))));
  });
});

describe('answers proven from part of the lists (decisions 113, 114)', () => {
  const files = buildIndex(records, new Date('2026-12-01T00:00:00Z'));

  it('mark a total and facet counts seen only in part as estimates, and give exact ones otherwise', async () => {
    const manifest = await manifestOf(files);
    const plain = withoutTiers(files);
    const request = { q: 'quang tri', pageSize: 10, facets: true };
    const rough = await engine.search(reader(files), manifest, request);
    const exact = await engine.search(reader(plain), manifest, request);
    expect(exact.totalIsEstimate).toBe(false);
    expect(exact.facetsAreEstimates).toBe(false);
    expect(rough.totalIsEstimate).toBe(true);
    expect(rough.facetsAreEstimates).toBe(true);
    expect(ranking(rough)).toEqual(ranking(exact));
    // Two significant figures, every value the exact answer counts listed, none it does not.
    const kinds = (answer: typeof rough) => (answer.facets.kind ?? []).map(([value]) => value).sort();
    expect(kinds(rough).every((value) => kinds(exact).includes(value))).toBe(true);
    for (const [, count] of rough.facets.kind ?? []) expect(String(count)).toMatch(/^[1-9]\d?0*$/);
    // A rare word's list is read whole: its counts are exact, and equal the untiered engine's.
    const rare = { q: 'typhoon', pageSize: 10, facets: true };
    const rareTiered = await engine.search(reader(files), manifest, rare);
    expect(rareTiered.totalIsEstimate).toBe(false);
    expect(rareTiered.facetsAreEstimates).toBe(false);
    expect(rareTiered.facets).toEqual((await engine.search(reader(plain), manifest, rare)).facets);
  });

  it('read the next impact band of a list that blocks the proof, not the rest of it', async () => {
    const manifest = await manifestOf(files);
    let readSomeBand = false;
    let stoppedBeforeTheLast = false;
    for (const q of ['dang ky kinh doanh', 'nong nghiep huu co', 'tinh quang tri', 'cai cach hanh chinh']) {
      const seen = new Set<string>();
      await engine.search(reader(files, seen), manifest, { q, pageSize: 8 });
      const bands = [...seen].filter((path) => path.includes('/c/'));
      if (bands.length > 0) readSomeBand = true;
      // Every band read is there, and no band is read before the one above it.
      for (const path of bands) {
        expect(files.has(path)).toBe(true);
        const match = /\/c\/(\d+-\d+)-(\d+)\.json$/.exec(path);
        const band = Number(match?.[2]);
        if (band > 1) expect(seen.has(path.replace(/-\d+\.json$/, `-${band - 1}.json`))).toBe(true);
      }
      // Some query reads less of the bands than its shards hold: the proof stopped at a band.
      const shards = new Set(bands.map((path) => path.replace(/-\d+\.json$/, '')));
      const all = [...files.keys()].filter((path) => shards.has(path.replace(/-\d+\.json$/, '')));
      const size = (paths: string[]) => paths.reduce((sum, path) => sum + (files.get(path)?.length ?? 0), 0);
      if (bands.length > 0 && size(bands) < size(all)) stoppedBeforeTheLast = true;
    }
    expect(readSomeBand).toBe(true);
    expect(stoppedBeforeTheLast).toBe(true);
    // Lists longer than two bands exist, so "the next band" is not "the rest".
    const deepest = Math.max(
      ...[...files.keys()].map((path) => Number(/\/c\/\d+-\d+-(\d+)\.json$/.exec(path)?.[1] ?? 0)),
    );
    expect(deepest).toBeGreaterThanOrEqual(3);
  });

  it('keep the manifest small: generation pages, not per-shard arrays', async () => {
    const small = buildIndex(records.slice(0, 100), new Date('2026-12-01T00:00:00Z'));
    const smallManifest = await manifestOf(small);
    const manifest = await manifestOf(files);
    expect(manifest.shards).toBeGreaterThan(smallManifest.shards);
    expect(manifest.generationPages).toHaveLength(Math.ceil(manifest.shards / engine.GENERATION_PAGE));
    expect(Object.keys(manifest).sort()).toEqual([
      'averageLength',
      'base',
      'docs',
      'format',
      'generationPages',
      'recent',
      'removed',
      'shards',
      'updatedAt',
    ]);
    // A fresh build names no generation page; a compaction writes the pages of the shards it touched.
    expect(manifest.generationPages.every((version) => version === 0)).toBe(true);
    expect((files.get('manifest.json') ?? '').length).toBeLessThan(1_000);
    const store = new Map(files);
    const written: string[] = [];
    const pieceStore = {
      read: async (path: string) => store.get(path),
      write: async (path: string, body: string) => {
        store.set(path, body);
        written.push(path);
      },
    };
    let compacted = false;
    for (let index = 0; !compacted && index < 200; index += 1) {
      const base = records[index];
      if (!base) break;
      written.length = 0;
      const record = searchRecordSchema.parse({ ...base, key: `gen:new-${index}` });
      compacted = (await updateIndex(pieceStore, { upsert: [record], remove: [] })).compacted;
    }
    expect(compacted).toBe(true);
    const after = await manifestOf(store);
    const pages = written.filter((path) => path.includes('/g/'));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBe(after.generationPages.filter((version) => version > 0).length);
    expect((store.get('manifest.json') ?? '').length).toBeLessThan(1_000);
    // The pieces a query reads after it are the compacted ones, found through the pages.
    const seen = new Set<string>();
    const answer = await engine.search(reader(store, seen), after, { q: 'quang tri', pageSize: 8 });
    expect(answer.hits).toHaveLength(8);
    expect([...seen].some((path) => path.includes('/g/'))).toBe(true);
    expect([...seen].filter((path) => path.includes('/t/')).every((path) => store.has(path))).toBe(true);
  });
});
