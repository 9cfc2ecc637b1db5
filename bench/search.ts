import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createSearchEngine } from '#shared/search/engine.ts';
import { buildIndex, type PieceStore, readManifest, updateIndex } from '#shared/search/index-writer.ts';
import { searchRecordSchema } from '#shared/search/records.ts';
import { searchText } from '#shared/text/search-text.ts';
import { ndcgAt10, relevanceCorpus, relevanceQueries } from './relevance.ts';

/**
 * The search index's figures: `npx tsx bench/search.ts --sizes 1000,10000`. In one process, on the pieces
 * in memory (what S3 and the CDN hold, byte for byte): full build time and size, the pieces and time one
 * publication costs, query latency with every piece already parsed (a warm API function) and with none
 * (a cold start, parse included, S3 round trips excluded), the bytes a browser downloads for a first and a
 * next query, and nDCG@10 over the relevance set. Wall time and CPU time side by side, with the load.
 */
const { values: args } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000' }, publishes: { type: 'string', default: '40' } },
});
const engine = createSearchEngine(searchText);
const queries = [
  'dang ky kinh doanh',
  'thủ tục hành chính',
  'cải cách hành chính',
  'quang tri',
  '12/2024/QĐ-UBND',
  'du lich bien',
  'nong nghiep huu co',
  'khu kinh tế',
  'tourism',
  'typhon preparedness',
  '"chuyển đổi số"',
  'xuat khau go',
];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function memoryStore(files: Map<string, string>) {
  const written: string[] = [];
  const store: PieceStore = {
    read: async (path) => files.get(path),
    write: async (path, body) => {
      files.set(path, body);
      written.push(path);
    },
  };
  return { store, written };
}

async function measure(size: number) {
  const records = relevanceCorpus(Math.round(size * 0.9));
  const load = loadavg()[0];
  let start = performance.now();
  let cpu = process.cpuUsage();
  const files = buildIndex(records);
  const build = { wallMs: performance.now() - start, cpuMs: cpuMs(cpu) };
  const bytes = [...files.values()].reduce((sum, body) => sum + body.length, 0);
  const termPieces = [...files.keys()].filter((path) => /\/t\//.test(path));
  const gzipSample = termPieces.slice(0, 20).map((path) => {
    const body = files.get(path) ?? '';
    return { raw: body.length, gzip: gzipSync(body).length };
  });
  const gzipRatio =
    gzipSample.reduce((sum, s) => sum + s.gzip, 0) /
    Math.max(
      1,
      gzipSample.reduce((sum, s) => sum + s.raw, 0),
    );

  const parsedCache = new Map<string, unknown>();
  const fetched = new Set<string>();
  const reader = (cache: Map<string, unknown>, seen: Set<string>) => async (path: string) => {
    seen.add(path);
    if (cache.has(path)) return cache.get(path);
    const body = files.get(path);
    const value = body === undefined ? undefined : JSON.parse(body);
    cache.set(path, value);
    return value;
  };
  const manifest = await readManifest({ read: async (path) => files.get(path), write: async () => {} });
  if (!manifest) throw new Error('no manifest');
  // Relevance.
  const warmRead = reader(parsedCache, fetched);
  let ndcg = 0;
  for (const query of relevanceQueries) {
    const answer = await engine.search(warmRead, manifest, {
      q: query.q,
      filters: query.filters,
      pageSize: 10,
    });
    ndcg += ndcgAt10(
      answer.hits.map((hit) => hit.head.key),
      query.first,
    );
  }
  ndcg /= relevanceQueries.length;
  // Cold: nothing parsed yet (a new function instance), one query each.
  const cold: number[] = [];
  const browserFirst: number[] = [];
  const browserNext: number[] = [];
  for (const q of queries) {
    const seen = new Set<string>();
    const cache = new Map<string, unknown>();
    start = performance.now();
    await engine.search(reader(cache, seen), manifest, { q, pageSize: 10, facets: true, snippets: true });
    cold.push(performance.now() - start);
    // The browser: the manifest, then what the as-you-type query reads (no facets, no snippets).
    const browserSeen = new Set<string>(['manifest.json']);
    await engine.search(reader(new Map(), browserSeen), manifest, { q, pageSize: 8 });
    const first = [...browserSeen].reduce((sum, path) => sum + (files.get(path)?.length ?? 0), 0);
    browserFirst.push(first);
    // A next query typed after this one: only pieces not yet downloaded.
    const next = queries[(queries.indexOf(q) + 1) % queries.length] ?? q;
    const nextSeen = new Set<string>();
    await engine.search(reader(new Map(), nextSeen), manifest, { q: next, pageSize: 8 });
    browserNext.push(
      [...nextSeen]
        .filter((path) => !browserSeen.has(path))
        .reduce((sum, path) => sum + (files.get(path)?.length ?? 0), 0),
    );
  }
  // Warm: every piece parsed (the API function's memory), 20 rounds of the queries.
  const warm: number[] = [];
  cpu = process.cpuUsage();
  const warmStart = performance.now();
  for (let round = 0; round < 20; round += 1)
    for (const q of queries) {
      start = performance.now();
      await engine.search(warmRead, manifest, { q, pageSize: 10, facets: true, snippets: true });
      warm.push(performance.now() - start);
    }
  const warmCpuPerQuery = cpuMs(cpu) / warm.length;
  const warmWallPerQuery = (performance.now() - warmStart) / warm.length;
  // Publications: each writes the pieces it touches into the store; count and time them.
  const { store, written } = memoryStore(files);
  const publishes = Number(args.publishes);
  const publishTimes: number[] = [];
  const publishPieces: number[] = [];
  let compactions = 0;
  for (let index = 0; index < publishes; index += 1) {
    const base = records[index % records.length];
    if (!base) break;
    const record = searchRecordSchema.parse({
      ...base,
      key: `bench:new-${index}`,
      title: `${base.title} (mới ${index})`,
    });
    written.length = 0;
    start = performance.now();
    const report = await updateIndex(store, { upsert: [record], remove: [] });
    publishTimes.push(performance.now() - start);
    publishPieces.push(written.length);
    if (report.compacted) compactions += 1;
  }
  const plain = publishPieces.filter((_, index) => publishPieces[index] === 2).length;
  return {
    size,
    records: records.length,
    load1: load,
    build: { wallS: build.wallMs / 1000, cpuS: build.cpuMs / 1000 },
    index: {
      pieces: files.size,
      megabytes: bytes / 1e6,
      shards: manifest.shards,
      termPieceGzipRatio: gzipRatio,
    },
    query: {
      warmP50Ms: percentile(warm, 50),
      warmP99Ms: percentile(warm, 99),
      warmCpuMsPerQuery: warmCpuPerQuery,
      warmWallMsPerQuery: warmWallPerQuery,
      coldP50Ms: percentile(cold, 50),
      coldMaxMs: Math.max(...cold),
    },
    browser: {
      firstQueryKbMedian: percentile(browserFirst, 50) / 1000,
      firstQueryKbMax: Math.max(...browserFirst) / 1000,
      nextQueryKbMedian: percentile(browserNext, 50) / 1000,
    },
    publish: {
      runs: publishTimes.length,
      piecesWhenNotCompacting: 2,
      publicationsWritingTwoPieces: plain,
      compactions,
      compactionPiecesMax: Math.max(...publishPieces),
      p50Ms: percentile(publishTimes, 50),
      maxMs: Math.max(...publishTimes),
    },
    ndcgAt10: ndcg,
  };
}

const results = [];
for (const size of (args.sizes ?? '1000').split(',').map(Number)) {
  const result = await measure(size);
  console.log(JSON.stringify(result, null, 2));
  results.push(result);
}
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/search-${new Date().toISOString().slice(0, 10)}-${commit}.json`;
writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), commit, results }, null, 2)}\n`);
console.log(`written ${file}`);
