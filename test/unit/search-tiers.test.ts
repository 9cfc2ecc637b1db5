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
