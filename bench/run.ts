import './env.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listArticles } from '#shared/data/articles.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { PreflightError } from '../infra/local/preflight.ts';
import { type LocalStack, startLocalStack } from '../infra/local/stack.ts';
import { expectedPages, spotCheckBuild, storeParity } from './checks.ts';
import { makeCorpus } from './content.ts';
import { cpuMeter } from './cpu.ts';
import { measureFeedbackSubmissions } from './feedback.ts';
import { buildWithHugo, hugoVersion } from './hugo.ts';
import { loadCorpus, publishedOf } from './load.ts';
import {
  articleModelsInMemory,
  buildFull,
  buildWithoutUpload,
  kindOfKey,
  type PageKind,
  pageKinds,
  renderOnly,
} from './prerender.ts';
import { measurePublishLatency } from './publish.ts';
import { describeRebuild, measureRebuild } from './rebuild.ts';
import {
  type BenchResults,
  consoleTables,
  definitions,
  hugoRatios,
  markdownSummary,
  resultFileName,
  type SizeResult,
} from './report.ts';
import { measureSearch, searchTable, writeSearchResults } from './search.ts';
import { progress } from './stats.ts';
import { measurePage } from './weight.ts';

/**
 * `npm run bench`: the portal's performance figures on this machine, from a fresh clone, with nothing to
 * install beyond `npm ci` (and Java 17 for DynamoDB Local; Hugo is optional, for the comparison).
 *
 *   npm run bench                          1,000 and 10,000 articles, 10 timed publications each
 *   npm run bench -- --sizes 1000 --runs 5 a quicker look
 *   npm run bench -- --no-hugo --keep-tmp   skip Hugo; keep the temporary sites under bench/results/tmp/
 *   npm run bench -- --only search          only these parts (site, feedback, search, rebuild; default the first three)
 *   npm run bench -- --report bench/results/<file>.json   print the tables of a past run, rewrite latest.md
 *   npm run bench -- --only rebuild --workers 4 --sizes 1000   the full rebuild through its fan-out only
 *   npm run bench -- --only cold-start       bundle bytes, module init and first request per function
 *
 * It starts its own engines (DynamoDB Local in memory, s3rver in bench/results/tmp/), one pair per size,
 * with its own table (`qtp-bench-<size>`), and never touches .data/. It prints a table and writes
 * bench/results/<date>-<commit>.json and bench/results/latest.md. docs/performance.md explains the figures.
 */

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    parallel: { type: 'string', default: '4' },
    'no-hugo': { type: 'boolean', default: false },
    /** With `--only rebuild`: partitions rendered at once by the fan-out (bench/rebuild.ts). */
    workers: { type: 'string', default: '2' },
    /** With --only rebuild: write the files to s3rver (staged, then promoted) instead of answering PUTs in-process. */
    'rebuild-upload': { type: 'boolean', default: false },
    'keep-tmp': { type: 'boolean', default: false },
    /** Posts per feedback scenario; 0 skips the feedback submissions. */
    'feedback-requests': { type: 'string', default: '400' },
    'feedback-connections': { type: 'string', default: '8' },
    /** Re-renders the tables and latest.md from a results file, without measuring anything. */
    report: { type: 'string' },
    /**
     * Comma-separated parts to run: site (build, weight, publish), feedback, search; and, not in the default,
     * rebuild (the full rebuild through its fan-out) or cold-start (alone: bench/cold-start.ts).
     */
    only: { type: 'string', default: 'site,feedback,search' },
    help: { type: 'boolean', default: false },
  },
});

const repoRoot = resolve(import.meta.dirname, '..');
const resultsDir = join(repoRoot, 'bench', 'results');

function git(...gitArgs: string[]): string {
  try {
    return execFileSync('git', gitArgs, {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

function javaVersion(): string {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return (`${probe.stderr ?? ''}${probe.stdout ?? ''}`.split('\n')[0] ?? 'java: unknown').trim();
}

const categoriesOrder = [
  'chi-dao-dieu-hanh',
  'kinh-te',
  'van-hoa-xa-hoi',
  'doi-ngoai-noi-chinh',
  'nong-nghiep',
  'da-phuong-tien',
  'lich-su-van-hoa',
];

async function main(): Promise<void> {
  if (args.help) {
    console.log(
      'npm run bench [-- --sizes 1000,10000] [--runs 10] [--warmup 1] [--parallel 4] [--no-hugo] [--keep-tmp]',
    );
    return;
  }
  if (args.only === 'cold-start') {
    const { coldStartBench } = await import('./cold-start.ts');
    return coldStartBench({
      runs: Math.max(1, Number(args.runs)),
      resultsDir,
      commit: git('rev-parse', '--short', 'HEAD') || 'nogit',
      progress,
    });
  }
  if (args.report) {
    const past = JSON.parse(readFileSync(resolve(args.report), 'utf8')) as BenchResults;
    writeFileSync(join(resultsDir, 'latest.md'), markdownSummary(past));
    console.log(`${consoleTables(past)}\n\nRewrote bench/results/latest.md from ${args.report}.`);
    return;
  }
  const sizes = args.sizes
    .split(',')
    .map((size) => Number(size.trim()))
    .filter((size) => Number.isInteger(size) && size > 0);
  if (sizes.length === 0) throw new Error(`--sizes: no valid size in “${args.sizes}”`);
  const publishRuns = Math.max(1, Number(args.runs));
  const warmupRuns = Math.max(0, Number(args.warmup));
  const parallel = Math.max(1, Number(args.parallel));
  const only = new Set(args.only.split(',').map((part) => part.trim()));

  const startedAt = new Date();
  const hugo = args['no-hugo'] ? undefined : hugoVersion();
  if (!args['no-hugo'] && !hugo) {
    console.log(
      'Hugo is not installed: the Hugo comparison is skipped (everything else runs). To include it: sudo apt-get install hugo',
    );
  }
  const commit = git('rev-parse', 'HEAD');
  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    durationSeconds: 0,
    git: {
      commit: commit || 'unknown',
      short: git('rev-parse', '--short', 'HEAD') || 'nogit',
      dirty: git('status', '--porcelain').length > 0,
    },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      java: javaVersion(),
      ...(hugo ? { hugo } : {}),
      loadAverageAtStart: loadavg(),
    },
    options: { sizes, publishRuns, warmupRuns, parallelBatches: parallel },
    notes: [],
    sizes: [],
  };
  console.log(
    `Benchmark: ${sizes.join(' and ')} articles; ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(2)}`,
  );

  const runDir = join(resultsDir, 'tmp', `run-${startedAt.getTime()}`);
  mkdirSync(runDir, { recursive: true });
  let stack: LocalStack | undefined;
  // A stack being started when a signal arrives is awaited, then stopped: its JVM must not outlive us.
  let starting: Promise<LocalStack> | undefined;
  const cleanUp = async () => {
    const pending = starting;
    starting = undefined;
    if (pending) stack = await pending.catch(() => stack);
    const running = stack;
    stack = undefined;
    if (running) await running.stop();
    if (!args['keep-tmp']) rmSync(runDir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: stopping the engines…`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    for (const size of only.has('site') || only.has('rebuild') ? sizes : []) {
      progress(`== ${size.toLocaleString('en-US')} articles ==`);
      const corpus = makeCorpus(size);
      progress(
        `  corpus: ${corpus.stats.vi} vi + ${corpus.stats.en} en, bodies ${corpus.stats.bodyBytes.min}–${corpus.stats.bodyBytes.max} B (median ${corpus.stats.bodyBytes.median}), ${corpus.stats.firstPublishedFrom.slice(0, 10)} → ${corpus.stats.firstPublishedTo.slice(0, 10)}`,
      );
      starting = startLocalStack({
        scratchDir: join(runDir, `s3-${size}`),
        port: 0,
        tableName: `qtp-bench-${size}`,
        scheduler: false,
      });
      stack = await starting;
      starting = undefined;
      progress(`  engines up (DynamoDB Local in memory, s3rver); gateway ${stack.url}`);

      let meter = cpuMeter();
      const load = await loadCorpus(corpus.articles, parallel);
      const loadCpu = meter();
      progress(
        `  loaded ${load.items} items in ${load.seconds.toFixed(1)} s (${Math.round(load.itemsPerSecond)} items/s)`,
      );
      if (only.has('rebuild')) {
        const rebuild = await measureRebuild({
          workers: Number(args.workers),
          upload: args['rebuild-upload'],
        });
        progress(describeRebuild(rebuild));
        writeFileSync(
          join(resultsDir, `rebuild-${size}-w${rebuild.workers}.json`),
          JSON.stringify(rebuild, null, 2),
        );
      }
      if (!only.has('site')) {
        await stack.stop();
        stack = undefined;
        continue;
      }

      const ctx = await loadSiteContext();
      // The publisher's page models, read from the corpus in memory; only their rendering is timed.
      const models = await articleModelsInMemory(ctx, corpus.articles.map(publishedOf));
      // Twice: the first pass also pays for JIT compilation of the renderers (it matters at 1,000).
      meter = cpuMeter();
      const renderedCold = renderOnly(ctx, models);
      const renderColdCpu = meter();
      meter = cpuMeter();
      const rendered = renderOnly(ctx, models);
      const renderCpu = meter();
      progress(
        `  render only: ${rendered.files} files in ${rendered.seconds.toFixed(1)} s (${Math.round(rendered.filesPerSecond)}/s; first pass ${renderedCold.seconds.toFixed(1)} s)`,
      );

      meter = cpuMeter();
      const withoutUpload = await buildWithoutUpload();
      const withoutUploadCpu = meter();
      progress(
        `  buildWholeSite without upload: ${withoutUpload.files} files in ${withoutUpload.seconds.toFixed(1)} s (${Math.round(withoutUpload.filesPerSecond)}/s)`,
      );

      meter = cpuMeter();
      const full = await buildFull();
      const fullCpu = meter();
      progress(
        `  buildWholeSite to s3rver: ${full.files} files in ${full.seconds.toFixed(1)} s (${Math.round(full.filesPerSecond)}/s)`,
      );

      const built = Object.fromEntries(pageKinds.map((kind) => [kind, 0])) as Record<PageKind, number>;
      for (const key of withoutUpload.keys) built[kindOfKey(key)] += 1;
      const buildCheck = await spotCheckBuild(
        stack.url,
        corpus.articles,
        built,
        expectedPages(
          corpus.articles,
          ctx.categories.map((c) => c.slug),
        ),
      );
      buildCheck.expected.other = built.other;
      if (full.files !== withoutUpload.files || full.files - built.other !== rendered.files) {
        buildCheck.ok = false;
        buildCheck.problems.push(
          `file counts differ: full ${full.files}, without upload ${withoutUpload.files}, render only ${rendered.files} (+ ${built.other} other)`,
        );
      }
      // Render only must have produced the same pages: same bytes per kind as buildWholeSite wrote.
      for (const kind of pageKinds) {
        const ours = rendered.byKind[kind].bytes;
        const written = withoutUpload.byKind?.[kind].bytes ?? 0;
        if (kind !== 'other' && ours !== written) {
          buildCheck.ok = false;
          buildCheck.problems.push(`${kind}: render only ${ours} bytes, buildWholeSite ${written} bytes`);
        }
      }
      progress(`  build check: ${buildCheck.ok ? 'ok' : buildCheck.problems.join('; ')}`);

      // Weight: the Vietnamese home page and a typical article (cover image, tags, related block).
      const sample = [...corpus.articles]
        .reverse()
        .find((article) => article.language === 'vi' && article.coverImage && article.tags.length > 1);
      const weight = [await measurePage(stack.url, 'home', '/')];
      if (sample) weight.push(await measurePage(stack.url, 'article', `/tin-tuc/${sample.slug}/`));
      weight.push(
        await measurePage(stack.url, 'category', `/chuyen-muc/${sample?.categorySlug ?? 'kinh-te'}/`),
      );

      const publish = await measurePublishLatency(stack, {
        runs: publishRuns,
        warmup: warmupRuns,
        categories: categoriesOrder,
        sample: corpus.articles.filter((article) => article.language === 'vi').slice(0, 50),
        label: `b${size}`,
      });

      // One article through the API against one bulk-loaded: the same items in the table?
      const workflowArticle = await latestWorkflowArticle();
      const loadedArticle = corpus.articles.find(
        (article) => article.language === 'vi' && !article.coverImage && !article.translationOf,
      );
      const store =
        workflowArticle && loadedArticle ? await storeParity(workflowArticle, loadedArticle) : undefined;
      progress(`  store check: ${store ? (store.ok ? 'ok' : store.differences.join('; ')) : 'not run'}`);

      await stack.stop();
      stack = undefined;

      const result: SizeResult = {
        articles: size,
        corpus: corpus.stats,
        load: { ...load, cpu: loadCpu },
        renderOnly: { ...rendered, cpu: renderCpu, firstPass: { ...renderedCold, cpu: renderColdCpu } },
        buildWithoutUpload: {
          files: withoutUpload.files,
          seconds: withoutUpload.seconds,
          filesPerSecond: withoutUpload.filesPerSecond,
          peakRssMb: withoutUpload.peakRssMb,
          startRssMb: withoutUpload.startRssMb,
          ...(withoutUpload.byKind ? { byKind: withoutUpload.byKind } : {}),
          cpu: withoutUploadCpu,
        },
        fullBuild: { ...full, cpu: fullCpu },
        checks: { build: buildCheck, ...(store ? { store } : {}) },
        weight,
        publish,
      };
      if (hugo) {
        meter = cpuMeter();
        const hugoResult = buildWithHugo(join(runDir, `hugo-${size}`), corpus.articles, ctx.categories);
        progress(
          `  hugo: ${hugoResult.pages} pages in ${hugoResult.seconds.toFixed(1)} s (${Math.round(hugoResult.pagesPerSecond)}/s), to memory ${hugoResult.renderToMemorySeconds.toFixed(1)} s`,
        );
        result.hugo = { ...hugoResult, cpu: meter() };
        result.hugo.ratios = hugoRatios(result);
        if (!args['keep-tmp']) rmSync(join(runDir, `hugo-${size}`), { recursive: true, force: true });
      } else {
        result.hugo = { skipped: args['no-hugo'] ? '--no-hugo' : 'hugo is not installed' };
      }
      results.sizes.push(result);
      if (!args['keep-tmp']) rmSync(join(runDir, `s3-${size}`), { recursive: true, force: true });
    }
    const feedbackRequests = Math.max(0, Number(args['feedback-requests']));
    if (feedbackRequests > 0 && only.has('feedback')) {
      progress('feedback submissions: starting a stack…');
      starting = startLocalStack({
        scratchDir: join(runDir, 's3-feedback'),
        tableName: 'qtp-bench-feedback',
        scheduler: false,
        trustForwardedFor: true,
      });
      stack = await starting;
      starting = undefined;
      results.feedback = await measureFeedbackSubmissions(stack, {
        requests: feedbackRequests,
        connections: Math.max(1, Number(args['feedback-connections'])),
      });
      for (const run of results.feedback) {
        progress(
          `  ${run.scenario}: ${run.accepted} accepted, ${run.rateLimited} rate-limited, ${run.perSecond.toFixed(1)}/s, p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms, stored once: ${run.storedExactlyOnce}`,
        );
      }
      await stack.stop();
      stack = undefined;
    }
    if (only.has('search')) {
      progress('search index (bench/search.ts)…');
      const search = await measureSearch({
        sizes,
        publishes: 40,
        rounds: 20,
        gatewayDir: runDir,
        progress,
      });
      progress(`${searchTable(search)}\n  wrote ${writeSearchResults(search)}`);
    }
  } finally {
    await cleanUp();
  }
  // The rebuild's figures are written per size beside the results (bench/results/rebuild-<size>-w<n>.json).

  const finishedAt = new Date();
  results.finishedAt = finishedAt.toISOString();
  results.durationSeconds = (finishedAt.getTime() - startedAt.getTime()) / 1000;
  results.machine.loadAverageAtEnd = loadavg();
  results.notes.push(...definitions);
  // `--only search` / `--only rebuild` write their own files (bench/results/) and leave latest.md alone.
  if (results.sizes.length === 0 && !results.feedback) return;
  const jsonPath = join(repoRoot, resultFileName(results));
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'latest.md'), markdownSummary(results));
  console.log(`\n${consoleTables(results)}\n`);
  console.log(
    `Wrote ${resultFileName(results)} and bench/results/latest.md (${Math.round(results.durationSeconds)} s).`,
  );
}

/** The newest article the publish runs created (the admin list: most recently changed first). */
async function latestWorkflowArticle(): Promise<{ id: string; slug: string } | undefined> {
  const page = await listArticles({ status: 'published', limit: 1 });
  const article = page.items[0];
  return article ? { id: article.id, slug: article.slug } : undefined;
}

main().catch((error: unknown) => {
  if (error instanceof PreflightError) console.error(error.message);
  else console.error('The benchmark failed:', error);
  process.exitCode = 1;
});
