import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createSearchEngine, type SearchManifest, type SearchRequest } from '#shared/search/engine.ts';
import { buildIndex, type PieceStore, readManifest, updateIndex } from '#shared/search/index-writer.ts';
import { searchRecordSchema } from '#shared/search/records.ts';
import { forgetSearchPieces, s3PieceStore } from '#shared/search/store.ts';
import { searchText } from '#shared/text/search-text.ts';
import { startLocalStack } from '../infra/local/stack.ts';
import { ndcgAt10, relevanceCorpus, relevanceQueries } from './relevance.ts';

/**
 * The search index's figures (docs/performance.md §6), for `npm run bench -- --only search` or on its own:
 * `npx tsx bench/search.ts --sizes 1000,10000`. Per size: full build time and size; the pieces and time one
 * publication costs; the bytes a browser downloads for a first and a next query, by kind of piece, raw and
 * gzipped (what the CDN sends); the API's query latency in process (every piece parsed: warm; none: cold,
 * S3 excluded) and through the real local gateway (JavaScript off: the rendered results page, the index
 * pieces in s3rver; cold = a fresh search store, so its S3 reads are timed too); nDCG@10 on the relevance
 * set. Wall time and CPU time side by side, with the load average.
 */
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
/** What the JavaScript-off page asks (functions/content/search.ts) and what the as-you-type box asks. */
const apiRequest = (q: string): SearchRequest => ({ q, pageSize: 10, facets: true, snippets: true });
const browserRequest = (q: string): SearchRequest => ({ q, pageSize: 8 });

export type SearchBenchOptions = {
  sizes: number[];
  publishes: number;
  /** Rounds of the query set for the warm figures. */
  rounds: number;
  /** Where the gateway's s3rver keeps its files; false skips the gateway. */
  gatewayDir: string | false;
  progress?: (line: string) => void;
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const kbMedian = (bytes: number[]) => round(percentile(bytes, 50) / 1000);

/** The kind of a piece, from its path: manifest, g (generations), t (terms), c (bands), h, x, m, n, k, r. */
const familyOf = (path: string) => (path === 'manifest.json' ? 'manifest' : (path.split('/').at(-2) ?? path));

async function measureSize(size: number, options: SearchBenchOptions) {
  const say = options.progress ?? (() => {});
  let records: ReturnType<typeof relevanceCorpus> | undefined = relevanceCorpus(Math.round(size * 0.9));
  const recordCount = records.length;
  const publishBase = records.slice(0, options.publishes);
  const load = loadavg()[0] ?? 0;
  let start = performance.now();
  let cpu = process.cpuUsage();
  const files = buildIndex(records);
  records = undefined; // only the built pieces are needed from here: let the records go
  const build = { wallS: round((performance.now() - start) / 1000), cpuS: round(cpuMs(cpu) / 1000) };
  say(`  search ${size}: built ${files.size} pieces in ${build.wallS} s (${build.cpuS} s CPU)`);
  let bytes = 0;
  for (const body of files.values()) bytes += body.length;
  const gzipSizes = new Map<string, number>();
  const gzipOf = (path: string) => {
    let found = gzipSizes.get(path);
    if (found === undefined) {
      found = gzipSync(files.get(path) ?? '').length;
      gzipSizes.set(path, found);
    }
    return found;
  };

  const parsed = new Map<string, unknown>();
  const reader = (cache: Map<string, unknown>, seen?: Set<string>) => async (path: string) => {
    seen?.add(path);
    if (cache.has(path)) return cache.get(path);
    const body = files.get(path);
    const value = body === undefined ? undefined : JSON.parse(body);
    cache.set(path, value);
    return value;
  };
  const found = await readManifest({ read: async (path) => files.get(path), write: async () => {} });
  if (!found) throw new Error('no manifest');
  const manifest: SearchManifest = found;
  const warmRead = reader(parsed);
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

  // The browser: the manifest, then what the as-you-type query reads; a next query, what it adds.
  const apiPieces = new Set<string>(['manifest.json']);
  const cold: number[] = [];
  const first: { raw: number; gzip: number; byFamily: Record<string, number> }[] = [];
  const next: { raw: number; gzip: number }[] = [];
  let estimatedTotals = 0;
  for (const [index, q] of queries.entries()) {
    const seen = new Set<string>();
    start = performance.now();
    await engine.search(reader(new Map(), seen), manifest, apiRequest(q));
    cold.push(performance.now() - start);
    for (const path of seen) apiPieces.add(path);
    const browserSeen = new Set<string>(['manifest.json']);
    const answer = await engine.search(reader(new Map(), browserSeen), manifest, browserRequest(q));
    if (answer.totalIsEstimate) estimatedTotals += 1;
    const byFamily: Record<string, number> = {};
    for (const path of browserSeen)
      byFamily[familyOf(path)] = (byFamily[familyOf(path)] ?? 0) + (files.get(path)?.length ?? 0);
    first.push({
      raw: Object.values(byFamily).reduce((sum, value) => sum + value, 0),
      gzip: [...browserSeen].reduce((sum, path) => sum + gzipOf(path), 0),
      byFamily,
    });
    const following = queries[(index + 1) % queries.length] ?? q;
    const nextSeen = new Set<string>();
    await engine.search(reader(new Map(), nextSeen), manifest, browserRequest(following));
    const added = [...nextSeen].filter((path) => !browserSeen.has(path));
    next.push({
      raw: added.reduce((sum, path) => sum + (files.get(path)?.length ?? 0), 0),
      gzip: added.reduce((sum, path) => sum + gzipOf(path), 0),
    });
  }
  // The median query's breakdown, and each family's median over the queries.
  const families = [...new Set(first.flatMap((entry) => Object.keys(entry.byFamily)))].sort();
  const familyMedians = Object.fromEntries(
    families.map((family) => [family, kbMedian(first.map((entry) => entry.byFamily[family] ?? 0))]),
  );
  const perQuery = Object.fromEntries(
    queries.map((q, index) => [
      q,
      Object.fromEntries(
        Object.entries(first[index]?.byFamily ?? {}).map(([family, value]) => [family, round(value / 1000)]),
      ),
    ]),
  );

  // The API in process: every piece parsed (a warm function), CPU beside wall.
  const warm: number[] = [];
  cpu = process.cpuUsage();
  for (let pass = 0; pass < options.rounds; pass += 1)
    for (const q of queries) {
      start = performance.now();
      await engine.search(warmRead, manifest, apiRequest(q));
      warm.push(performance.now() - start);
    }
  const warmCpuPerQuery = cpuMs(cpu) / warm.length;

  const gateway = options.gatewayDir
    ? await measureGateway(files, apiPieces, join(options.gatewayDir, `search-${size}`), size, options)
    : undefined;
  if (gateway)
    say(`  search ${size}: gateway warm p50 ${gateway.warm.p50Ms} ms, cold p50 ${gateway.cold.p50Ms} ms`);

  // Publications: each writes the pieces it touches into the store; count and time them.
  const written: string[] = [];
  const store: PieceStore = {
    read: async (path) => files.get(path),
    write: async (path, body) => {
      files.set(path, body);
      written.push(path);
    },
  };
  const publishTimes: number[] = [];
  const publishPieces: number[] = [];
  const compactionTimes: number[] = [];
  for (let index = 0; index < options.publishes; index += 1) {
    const base = publishBase[index % publishBase.length];
    if (!base) break;
    const record = searchRecordSchema.parse({
      ...base,
      key: `bench:new-${index}`,
      title: `${base.title} (mới ${index})`,
    });
    written.length = 0;
    start = performance.now();
    const report = await updateIndex(store, { upsert: [record], remove: [] });
    const elapsed = performance.now() - start;
    publishTimes.push(elapsed);
    publishPieces.push(written.length);
    if (report.compacted) compactionTimes.push(elapsed);
  }
  return {
    size,
    records: recordCount,
    load1: load,
    build,
    index: { pieces: files.size, megabytes: round(bytes / 1e6), shards: manifest.shards },
    browser: {
      firstQueryKb: {
        median: kbMedian(first.map((entry) => entry.raw)),
        max: round(Math.max(...first.map((entry) => entry.raw)) / 1000),
        gzipMedian: kbMedian(first.map((entry) => entry.gzip)),
        gzipMax: round(Math.max(...first.map((entry) => entry.gzip)) / 1000),
      },
      nextQueryKb: {
        median: kbMedian(next.map((entry) => entry.raw)),
        gzipMedian: kbMedian(next.map((entry) => entry.gzip)),
      },
      /** Raw KB by kind of piece, the median over the queries of each. */
      firstQueryKbByFamilyMedian: familyMedians,
      firstQueryKbByFamilyPerQuery: perQuery,
      queriesWithEstimatedTotal: estimatedTotals,
    },
    inProcess: {
      warmP50Ms: round(percentile(warm, 50), 2),
      warmP99Ms: round(percentile(warm, 99), 2),
      warmCpuMsPerQuery: round(warmCpuPerQuery, 2),
      coldP50Ms: round(percentile(cold, 50)),
      coldMaxMs: round(Math.max(...cold)),
    },
    ...(gateway ? { gateway } : {}),
    publish: {
      runs: publishTimes.length,
      piecesWritten: [...new Set(publishPieces)].sort((a, b) => a - b),
      publicationsWritingTwoPieces: publishPieces.filter((count) => count === 2).length,
      compactions: compactionTimes.length,
      compactionPiecesMax: Math.max(0, ...publishPieces),
      compactionMaxS: round(Math.max(0, ...compactionTimes) / 1000),
      p50Ms: round(percentile(publishTimes, 50)),
    },
    ndcgAt10: round(ndcg, 3),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/**
 * The JavaScript-off path through the local gateway: the results page as the public gets it, the index in
 * s3rver's site bucket. Only the pieces these queries read are uploaded (the engine reads exactly those,
 * whatever else the bucket holds), so a 100,000-item run does not spend minutes on uploads.
 */
async function measureGateway(
  files: Map<string, string>,
  pieces: Set<string>,
  scratchDir: string,
  size: number,
  options: SearchBenchOptions,
) {
  const stack = await startLocalStack({
    scratchDir,
    port: 0,
    tableName: `qtp-bench-search-${size}`,
    scheduler: false,
  });
  try {
    // Pieces a query looks for and does not find (a shard without a band, say) stay absent, as in S3.
    const paths = [...pieces].filter((path) => path !== 'manifest.json' && files.has(path));
    let at = 0;
    const upload = async () => {
      while (at < paths.length) {
        const path = paths[at++];
        if (path !== undefined) await s3PieceStore.write(path, files.get(path) ?? '');
      }
    };
    await Promise.all(Array.from({ length: 16 }, upload));
    await s3PieceStore.write('manifest.json', files.get('manifest.json') ?? '');
    // The page (what the public gets: it also reads the categories from the table and renders), and the
    // JSON answer (the search alone through the gateway).
    const get = async (q: string, page = true) => {
      const started = performance.now();
      const response = await fetch(`${stack.url}/api/content/search?q=${encodeURIComponent(q)}&lang=vi`, {
        headers: { accept: page ? 'text/html' : 'application/json' },
      });
      const body = await response.text();
      if (!response.ok || !body.includes(page ? 'search-summary' : '"hits"'))
        throw new Error(`gateway search “${q}”: ${response.status}`);
      return performance.now() - started;
    };
    for (const q of queries) await get(q); // compile the route and the renderer once
    const cold: number[] = [];
    let cpu = process.cpuUsage();
    for (let pass = 0; pass < 2; pass += 1)
      for (const q of queries) {
        forgetSearchPieces(); // a new function instance: nothing read yet
        cold.push(await get(q));
      }
    const coldCpu = cpuMs(cpu) / cold.length;
    for (const q of queries) await get(q); // the cold passes left the store cold: warm it again, unmeasured
    const warm: number[] = [];
    cpu = process.cpuUsage();
    for (let pass = 0; pass < options.rounds; pass += 1) for (const q of queries) warm.push(await get(q));
    const warmCpu = cpuMs(cpu) / warm.length;
    const json: number[] = [];
    cpu = process.cpuUsage();
    for (let pass = 0; pass < options.rounds; pass += 1)
      for (const q of queries) json.push(await get(q, false));
    const jsonCpu = cpuMs(cpu) / json.length;
    return {
      piecesUploaded: pieces.size,
      warm: {
        p50Ms: round(percentile(warm, 50)),
        p99Ms: round(percentile(warm, 99)),
        cpuMsPerQuery: round(warmCpu),
      },
      warmJson: {
        p50Ms: round(percentile(json, 50)),
        p99Ms: round(percentile(json, 99)),
        cpuMsPerQuery: round(jsonCpu),
      },
      cold: {
        p50Ms: round(percentile(cold, 50)),
        p99Ms: round(percentile(cold, 99)),
        cpuMsPerQuery: round(coldCpu),
      },
    };
  } finally {
    await stack.stop();
    rmSync(scratchDir, { recursive: true, force: true });
  }
}

export type SearchSizeResult = Awaited<ReturnType<typeof measureSize>>;

export async function measureSearch(options: SearchBenchOptions): Promise<SearchSizeResult[]> {
  const results: SearchSizeResult[] = [];
  for (const size of options.sizes) results.push(await measureSize(size, options));
  return results;
}

/** The figures the goals of issue 10 need, one column per size. */
export function searchTable(results: SearchSizeResult[]): string {
  const rows: [string, (result: SearchSizeResult) => string][] = [
    ['items indexed', (r) => String(r.records)],
    ['load average at start', (r) => r.load1.toFixed(1)],
    ['full build, wall / CPU s', (r) => `${r.build.wallS} / ${r.build.cpuS}`],
    ['index pieces / MB / shards', (r) => `${r.index.pieces} / ${r.index.megabytes} / ${r.index.shards}`],
    [
      'publication: pieces (non-compacting)',
      (r) => `${r.publish.publicationsWritingTwoPieces} of ${r.publish.runs} wrote 2`,
    ],
    ['compaction: pieces / s', (r) => `${r.publish.compactionPiecesMax} / ${r.publish.compactionMaxS}`],
    [
      'gateway warm p50 / p99 ms',
      (r) => (r.gateway ? `${r.gateway.warm.p50Ms} / ${r.gateway.warm.p99Ms}` : '-'),
    ],
    ['gateway warm CPU ms/query', (r) => (r.gateway ? String(r.gateway.warm.cpuMsPerQuery) : '-')],
    [
      'gateway warm JSON p50 / p99 ms (CPU)',
      (r) =>
        r.gateway
          ? `${r.gateway.warmJson.p50Ms} / ${r.gateway.warmJson.p99Ms} (${r.gateway.warmJson.cpuMsPerQuery})`
          : '-',
    ],
    [
      'gateway cold p50 / p99 ms (CPU)',
      (r) =>
        r.gateway
          ? `${r.gateway.cold.p50Ms} / ${r.gateway.cold.p99Ms} (${r.gateway.cold.cpuMsPerQuery})`
          : '-',
    ],
    ['engine warm p50 / p99 ms (in process)', (r) => `${r.inProcess.warmP50Ms} / ${r.inProcess.warmP99Ms}`],
    ['engine warm CPU ms/query', (r) => String(r.inProcess.warmCpuMsPerQuery)],
    [
      'browser first query KB raw median / max',
      (r) => `${r.browser.firstQueryKb.median} / ${r.browser.firstQueryKb.max}`,
    ],
    [
      'browser first query KB gzip median / max',
      (r) => `${r.browser.firstQueryKb.gzipMedian} / ${r.browser.firstQueryKb.gzipMax}`,
    ],
    [
      'first query by piece (KB raw, medians)',
      (r) =>
        Object.entries(r.browser.firstQueryKbByFamilyMedian)
          .map(([family, kb]) => `${family} ${kb}`)
          .join(', '),
    ],
    [
      'browser next query KB raw / gzip median',
      (r) => `${r.browser.nextQueryKb.median} / ${r.browser.nextQueryKb.gzipMedian}`,
    ],
    ['nDCG@10', (r) => r.ndcgAt10.toFixed(2)],
    ['peak RSS MB (process so far)', (r) => String(r.peakRssMb)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [
    `${'search'.padEnd(width)} | ${results.map((r) => String(r.size).padStart(12)).join(' | ')}`,
  ];
  for (const [label, cell] of rows)
    lines.push(`${label.padEnd(width)} | ${results.map((r) => cell(r).padStart(12)).join(' | ')}`);
  return lines.join('\n');
}

/** bench/results/search-<date>-<commit>.json */
export function writeSearchResults(results: SearchSizeResult[]): string {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
  const directory = resolve(import.meta.dirname, 'results');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `search-${new Date().toISOString().slice(0, 10)}-${commit}.json`);
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), commit, results }, null, 2)}\n`);
  return file;
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  await import('./env.ts');
  const { values: args } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      publishes: { type: 'string', default: '40' },
      rounds: { type: 'string', default: '20' },
      'no-gateway': { type: 'boolean', default: false },
    },
  });
  const scratch = resolve(import.meta.dirname, 'results', 'tmp', `search-${Date.now()}`);
  const results = await measureSearch({
    sizes: (args.sizes ?? '1000').split(',').map(Number),
    publishes: Number(args.publishes),
    rounds: Number(args.rounds),
    gatewayDir: args['no-gateway'] ? false : scratch,
    progress: (line) => console.log(line),
  });
  rmSync(scratch, { recursive: true, force: true });
  console.log(JSON.stringify(results, null, 2));
  console.log(searchTable(results));
  console.log(`written ${writeSearchResults(results)}`);
  process.exit(0);
}
