import type { BuildSpotCheck, ParityReport } from './checks.ts';
import type { Corpus } from './content.ts';
import type { CpuReading } from './cpu.ts';
import type { SubmissionRun } from './feedback.ts';
import type { HugoResult } from './hugo.ts';
import type { LoadReport } from './load.ts';
import type { BuildResult, RenderOnlyResult } from './prerender.ts';
import type { PublishSummary } from './publish.ts';
import type { PageWeight } from './weight.ts';

/** What one run of the bench records, and how it is shown: a console table and a markdown summary. */

export type HugoComparison = HugoResult & {
  /** Wall-clock time of the Hugo phase (writing the content files, both hugo runs) and the machine's CPU meanwhile. */
  cpu: CpuReading;
  /** See hugoRatios(). */
  ratios?: ReturnType<typeof hugoRatios>;
};

export type SizeResult = {
  articles: number;
  corpus: Corpus['stats'];
  load: LoadReport & { cpu: CpuReading };
  /** The second of two passes (the first, with JIT warm-up, is kept as firstPass). */
  renderOnly: RenderOnlyResult & { cpu: CpuReading; firstPass: RenderOnlyResult & { cpu: CpuReading } };
  buildWithoutUpload: BuildResult & { cpu: CpuReading };
  fullBuild: BuildResult & { cpu: CpuReading };
  checks: { build: BuildSpotCheck; store?: ParityReport };
  weight: PageWeight[];
  publish: PublishSummary;
  hugo?: HugoComparison | { skipped: string };
};

export type BenchResults = {
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  git: { commit: string; short: string; dirty: boolean };
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    java: string;
    hugo?: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd?: number[];
  };
  options: { sizes: number[]; publishRuns: number; warmupRuns: number; parallelBatches: number };
  notes: string[];
  sizes: SizeResult[];
  /** Public feedback submissions under load (bench/feedback.ts). */
  feedback?: SubmissionRun[];
};

const fmt = (value: number | undefined, digits = 0) =>
  value === undefined || Number.isNaN(value)
    ? '—'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ownCpu = (cpu: CpuReading) => cpu.nodeCpuSeconds + (cpu.childCpuSeconds ?? 0);
const cpuOf = (cpu: CpuReading) =>
  `${fmt(cpu.nodeCpuSeconds, 1)} s Node${cpu.childCpuSeconds !== undefined ? ` + ${fmt(cpu.childCpuSeconds, 1)} s JVM` : ''}`;
/** CPU the rest of the machine used during a phase (other people's work on a shared machine). */
const othersOf = (cpu: CpuReading, ours: number) =>
  cpu.machineBusySeconds === undefined ? '—' : `${fmt(Math.max(0, cpu.machineBusySeconds - ours), 1)} s`;

function hugoOf(size: SizeResult): HugoComparison | undefined {
  return size.hugo && !('skipped' in size.hugo) ? size.hugo : undefined;
}

type Row = [string, ...string[]];

/**
 * Ours over Hugo's, in pages per second of wall clock and per CPU-second (ours: Node + the DynamoDB Local
 * JVM; Hugo: its user + system time). Hugo's to-memory run still reads and parses its content, like our
 * build without upload; our render-only figure reads nothing, so its ratio flatters us.
 */
export function hugoRatios(size: SizeResult) {
  const h = hugoOf(size);
  if (!h) return undefined;
  const perCpu = (files: number, cpu: CpuReading) => files / ownCpu(cpu);
  return {
    wallFullVsDisk: size.fullBuild.filesPerSecond / h.pagesPerSecond,
    cpuFullVsDisk: h.cpuSeconds
      ? perCpu(size.fullBuild.files, size.fullBuild.cpu) / (h.pages / h.cpuSeconds)
      : Number.NaN,
    cpuNoUploadVsMemory: h.renderToMemoryCpuSeconds
      ? perCpu(size.buildWithoutUpload.files, size.buildWithoutUpload.cpu) /
        (h.pages / h.renderToMemoryCpuSeconds)
      : Number.NaN,
    cpuRenderOnlyVsMemory: h.renderToMemoryCpuSeconds
      ? perCpu(size.renderOnly.files, size.renderOnly.cpu) / (h.pages / h.renderToMemoryCpuSeconds)
      : Number.NaN,
  };
}

function rows(results: BenchResults): { title: string; rows: Row[] }[] {
  const sizes = results.sizes;
  const head: Row = ['', ...sizes.map((size) => `${fmt(size.articles)} articles`)];
  const each = (label: string, cell: (size: SizeResult) => string): Row => [label, ...sizes.map(cell)];
  const anyHugo = sizes.some((size) => hugoOf(size));
  const home = (size: SizeResult) => size.weight.find((page) => page.label === 'home');
  const article = (size: SizeResult) => size.weight.find((page) => page.label === 'article');
  return [
    {
      title: '1. Full prerender (buildWholeSite)',
      rows: [
        head,
        each('content loaded (items, s)', (s) => `${fmt(s.load.items)} items, ${fmt(s.load.seconds, 1)} s`),
        each(
          'files written (of which gazette/other)',
          (s) => `${fmt(s.fullBuild.files)} (${fmt(s.buildWithoutUpload.byKind?.other.files ?? 0)})`,
        ),
        each('full build: read + render + PUT to s3rver (s)', (s) => fmt(s.fullBuild.seconds, 1)),
        each('full build: pages/s', (s) => fmt(s.fullBuild.filesPerSecond)),
        each('full build: CPU', (s) => cpuOf(s.fullBuild.cpu)),
        each('full build: pages per CPU-second (Node + JVM)', (s) =>
          fmt(s.fullBuild.files / ownCpu(s.fullBuild.cpu)),
        ),
        each('other processes on the machine meanwhile (CPU)', (s) =>
          othersOf(s.fullBuild.cpu, ownCpu(s.fullBuild.cpu)),
        ),
        each('build without upload: read + render (s)', (s) => fmt(s.buildWithoutUpload.seconds, 1)),
        each('build without upload: pages/s', (s) => fmt(s.buildWithoutUpload.filesPerSecond)),
        each('render only, in memory, warm (s)', (s) => fmt(s.renderOnly.seconds, 1)),
        each('render only: pages/s', (s) => fmt(s.renderOnly.filesPerSecond)),
        each(
          '→ upload share of full build',
          (s) =>
            `${fmt((100 * (s.fullBuild.seconds - s.buildWithoutUpload.seconds)) / s.fullBuild.seconds)} %`,
        ),
        each('CPU split: render / reads / upload (s)', (s) => {
          const render = ownCpu(s.renderOnly.cpu);
          const noUpload = ownCpu(s.buildWithoutUpload.cpu);
          return `${fmt(render, 1)} / ${fmt(noUpload - render, 1)} / ${fmt(ownCpu(s.fullBuild.cpu) - noUpload, 1)}`;
        }),
        each(
          'RSS during buildWholeSite, no upload: start → peak (MB)',
          (s) => `${fmt(s.buildWithoutUpload.startRssMb)} → ${fmt(s.buildWithoutUpload.peakRssMb)}`,
        ),
      ],
    },
    ...(anyHugo
      ? [
          {
            title: '2. Hugo on the same content',
            rows: [
              head,
              each('hugo pages written (excl. alias stubs)', (s) => fmt(hugoOf(s)?.pages)),
              each('hugo --quiet to disk: s, pages/s', (s) => {
                const h = hugoOf(s);
                return h ? `${fmt(h.seconds, 1)} s, ${fmt(h.pagesPerSecond)}/s` : '—';
              }),
              each('hugo to disk: CPU s, pages per CPU-second', (s) => {
                const h = hugoOf(s);
                return h?.cpuSeconds ? `${fmt(h.cpuSeconds, 1)} s, ${fmt(h.pages / h.cpuSeconds)}` : '—';
              }),
              each('hugo --renderToMemory: s, CPU s', (s) => {
                const h = hugoOf(s);
                return h
                  ? `${fmt(h.renderToMemorySeconds, 1)} s, ${fmt(h.renderToMemoryCpuSeconds, 1)} s`
                  : '—';
              }),
              each('other processes during the Hugo phase (CPU)', (s) => {
                const h = hugoOf(s);
                return h
                  ? othersOf(
                      h.cpu,
                      (h.cpuSeconds ?? 0) + (h.renderToMemoryCpuSeconds ?? 0) + h.cpu.nodeCpuSeconds,
                    )
                  : '—';
              }),
              each('ours/hugo: full build vs to disk, pages/s', (s) => fmt(hugoRatios(s)?.wallFullVsDisk, 2)),
              each('ours/hugo: full build vs to disk, per CPU-s', (s) =>
                fmt(hugoRatios(s)?.cpuFullVsDisk, 2),
              ),
              each('ours/hugo: no upload vs to memory, per CPU-s', (s) =>
                fmt(hugoRatios(s)?.cpuNoUploadVsMemory, 2),
              ),
              each('ours/hugo: render only vs to memory, per CPU-s', (s) =>
                fmt(hugoRatios(s)?.cpuRenderOnlyVsMemory, 2),
              ),
              each('mean article page: ours / hugo', (s) => {
                const ours = s.buildWithoutUpload.byKind
                  ? s.buildWithoutUpload.byKind.article.bytes /
                    Math.max(1, s.buildWithoutUpload.byKind.article.files)
                  : Number.NaN;
                const theirs = hugoOf(s)?.articlePageBytes.mean;
                return `${kb(ours)} / ${theirs ? kb(theirs) : '—'}`;
              }),
            ] as Row[],
          },
        ]
      : []),
    {
      title: '3. Publish-to-live latency (approve → page live through the gateway)',
      rows: [
        head,
        each('runs (after warm-up)', (s) => fmt(s.publish.runs.length)),
        each('median (ms)', (s) => fmt(s.publish.totalMs.median)),
        each('p90 (ms)', (s) => fmt(s.publish.totalMs.p90)),
        each('of which publisher, median (ms)', (s) => fmt(s.publish.publisherMs.median)),
        each(
          '  publisher: reads + render / writes, median (ms)',
          (s) => `${fmt(s.publish.publisherReadRenderMs.median)} / ${fmt(s.publish.publisherWriteMs.median)}`,
        ),
        each(
          '  publisher: DynamoDB requests / S3 PUTs',
          (s) =>
            `${s.publish.dynamoRequests.min === s.publish.dynamoRequests.max ? s.publish.dynamoRequests.min : `${s.publish.dynamoRequests.min}–${s.publish.dynamoRequests.max}`} / ${s.publish.runs[0]?.s3Puts ?? '—'}`,
        ),
        each('  slowest touched page, read + render alone (ms)', (s) => {
          const slowest = [...s.publish.touchedPageCosts].sort((a, b) => b.ms - a.ms)[0];
          return slowest ? `${slowest.kind} ${fmt(slowest.ms)}` : '—';
        }),
        each('  other touched pages, read + render alone (ms)', (s) => {
          const [, ...rest] = [...s.publish.touchedPageCosts].sort((a, b) => b.ms - a.ms);
          return rest.length
            ? `${fmt(Math.min(...rest.map((c) => c.ms)))}–${fmt(Math.max(...rest.map((c) => c.ms)))}`
            : '—';
        }),
        each(
          'pages re-rendered (min / median / max)',
          (s) =>
            `${s.publish.pagesRendered.min} / ${s.publish.pagesRendered.median} / ${s.publish.pagesRendered.max}`,
        ),
      ],
    },
    {
      title: '4. Page weight and JavaScript (gzip: zlib level 9)',
      rows: [
        head,
        each('home: raw / gzip', (s) => {
          const page = home(s);
          return page ? `${kb(page.rawBytes)} / ${kb(page.gzipBytes)}` : '—';
        }),
        each('article: raw / gzip', (s) => {
          const page = article(s);
          return page ? `${kb(page.rawBytes)} / ${kb(page.gzipBytes)}` : '—';
        }),
        each('stylesheet: raw / gzip', (s) => {
          const css = home(s)?.stylesheets[0];
          return css ? `${kb(css.rawBytes)} / ${kb(css.gzipBytes)}` : '—';
        }),
        each('script elements other than JSON-LD (count, bytes)', (s) =>
          s.weight.map((page) => `${page.label} ${page.scripts.count}, ${page.scripts.bytes} B`).join('; '),
        ),
        each(
          'inline handlers / javascript: URLs',
          (s) =>
            `${s.weight.reduce((sum, page) => sum + page.scripts.inlineEventHandlers, 0)} / ${s.weight.reduce((sum, page) => sum + page.scripts.javascriptUrls, 0)}`,
        ),
      ],
    },
    {
      title: 'Checks',
      rows: [
        head,
        each('build: every kind of page, expected counts, content', (s) =>
          s.checks.build.ok ? 'ok' : `FAILED: ${s.checks.build.problems.join('; ')}`,
        ),
        each('store: bulk-loaded items = workflow items', (s) =>
          s.checks.store
            ? s.checks.store.ok
              ? 'ok'
              : `FAILED: ${s.checks.store.differences.join('; ')}`
            : '—',
        ),
        each('home shows the last published article', (s) => (s.publish.homeShowsNewest ? 'ok' : 'FAILED')),
      ],
    },
    ...feedbackRows(results.feedback),
  ];
}

function feedbackRows(runs: SubmissionRun[] | undefined): { title: string; rows: Row[] }[] {
  if (!runs || runs.length === 0) return [];
  const head: Row = ['', ...runs.map((run) => `${run.scenario} (${run.connections} connections)`)];
  const each = (label: string, cell: (run: SubmissionRun) => string): Row => [label, ...runs.map(cell)];
  return [
    {
      title: '6. Feedback submissions through the local gateway (autocannon)',
      rows: [
        head,
        each('posts, wall seconds', (r) => `${fmt(r.requests)}, ${fmt(r.seconds, 1)} s`),
        each(
          'accepted (201) / rate-limited (429) / other',
          (r) =>
            `${fmt(r.accepted)} / ${fmt(r.rateLimited)} / ${
              Object.entries(r.otherStatuses)
                .map(([status, count]) => `${status}×${count}`)
                .join(' ') || '0'
            }`,
        ),
        each('accepted per second (wall)', (r) => fmt(r.perSecond, 1)),
        each('accepted per CPU-second (server + load generator + JVM)', (r) =>
          fmt(r.acceptedPerCpuSecond, 1),
        ),
        each(
          'latency p50 / p99 / max (ms)',
          (r) => `${fmt(r.latencyMs.p50)} / ${fmt(r.latencyMs.p99)} / ${fmt(r.latencyMs.max)}`,
        ),
        each('stored exactly once (count, distinct codes)', (r) =>
          r.storedExactlyOnce
            ? `ok (${fmt(r.storedCount)})`
            : `FAILED: ${fmt(r.storedCount)} stored for ${fmt(r.accepted)} accepted`,
        ),
      ],
    },
  ];
}

/** Plain-text tables for the terminal. */
export function consoleTables(results: BenchResults): string {
  return rows(results)
    .map(({ title, rows: table }) => {
      const widths = (table[0] ?? []).map((_, column) =>
        Math.max(...table.map((row) => (row[column] ?? '').length)),
      );
      const lines = table.map((row) =>
        row
          .map((cell, column) =>
            column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
          )
          .join('  '),
      );
      return `${title}\n${lines.join('\n')}`;
    })
    .join('\n\n');
}

/** The same tables in markdown, with the run's context: bench/results/latest.md. */
export function markdownSummary(results: BenchResults): string {
  const m = results.machine;
  const tables = rows(results)
    .map(({ title, rows: table }) => {
      const [header = [''], ...body] = table;
      const line = (row: string[]) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
      return `### ${title}\n\n${line(header)}\n| --- |${' ---: |'.repeat(header.length - 1)}\n${body.map(line).join('\n')}`;
    })
    .join('\n\n');
  return `# Benchmark results — ${results.startedAt.slice(0, 10)} (${results.git.short}${results.git.dirty ? ', uncommitted changes' : ''})

Produced by \`npm run bench\` (bench/run.ts); what each figure includes is explained in docs/performance.md.
Raw data: \`${resultFileName(results)}\`.

Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB RAM, ${m.platform}, Node ${m.node}, ${m.java}${m.hugo ? `, ${m.hugo.split(' ').slice(0, 2).join(' ')}` : ', Hugo not installed'}.
Engines: DynamoDB Local (in memory, own JVM), s3rver (in the bench's Node process, files in a temp dir).
Load average (1 min) at start ${m.loadAverageAtStart[0]?.toFixed(2)}${m.loadAverageAtEnd ? `, at end ${m.loadAverageAtEnd[0]?.toFixed(2)}` : ''}; the bench took ${Math.round(results.durationSeconds)} s.

${tables}

${definitions.map((note) => `- ${note}`).join('\n')}
`;
}

/** What the figures include; written into each results file and below the tables of latest.md. */
export const definitions = [
  'Full build = buildWholeSite(): DynamoDB reads + rendering + PutObject of every file to s3rver over HTTP (16 in flight). Build without upload = the same call with PutObject answered in-process by an SDK middleware. Render only = the renderers on the in-memory articles, the same pages (same bytes per page kind, checked), no I/O; the second of two passes (the first pays JIT warm-up).',
  'Pages/s counts every file written (HTML pages, feeds, sitemaps, robots.txt, the stylesheet, and the gazette front pages the publisher also writes, counted as “other”); Hugo’s count excludes its alias redirect stubs.',
  'CPU: Node = this process (bench, build, and the in-process s3rver and gateway); JVM = DynamoDB Local; Hugo = user + system of the hugo process. The CPU split is render only / (without upload − render only) / (full − without upload).',
  'Publish latency: from sending the director’s approve request to the article page, fetched through the local gateway, showing the new title; 1 warm-up run, then median and p90 by nearest rank.',
  'Wall-clock figures depend on what else runs on the machine (see “other processes”); per-CPU-second figures are steadier across runs.',
];

export function resultFileName(results: BenchResults): string {
  return `bench/results/${results.startedAt.slice(0, 10)}-${results.git.short}.json`;
}
