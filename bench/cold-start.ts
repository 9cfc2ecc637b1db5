import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  bundleFunction,
  contributors,
  eagerBytes,
  type FunctionBundle,
  portalFunctionBundles,
} from '../infra/bundles.ts';
import { sourceMapNodeOptions } from '../infra/constructs/bundling.ts';
import { localAccounts } from '../infra/local/accounts.ts';
import { localApiGatewayEvent } from '../infra/local/lambda-context.ts';
import type { LocalStack } from '../infra/local/stack.ts';
import { median, round } from './stats.ts';

/**
 * Cold starts, per function (`npm run bench -- --only cold-start`): each function bundled as CDK bundles it
 * (infra/constructs/bundling.ts), then
 * - its bundle's bytes, gzipped bytes and largest contributors (esbuild's metafile);
 * - module initialisation: the median of `runs` fresh `node` processes, each timing `import()` of the bundle
 *   (wall and CPU time of the process), as deployed and again with NODE_OPTIONS=--enable-source-maps;
 * - the first request through the handler: a fresh process imports the bundle and invokes its handler once
 *   with an API Gateway (payload 2.0) event against the local engines, as Lambda's first invocation does.
 * Lambda's own start (the runtime, the sandbox, downloading the code) is not on this machine to measure.
 */
export type ColdStartFunction = {
  serviceName: string;
  entry: string;
  publicPath: boolean;
  bytes: number;
  gzipBytes: number;
  /** Bytes of the modules an import evaluates (the rest is behind a dynamic import()). */
  eagerBytes: number;
  mapBytes: number;
  contributors: Array<{ name: string; bytes: number }>;
  /** As deployed: no NODE_OPTIONS. */
  init: { ms: number; cpuMs: number; minMs: number; maxMs: number };
  /** The same bundle with NODE_OPTIONS=--enable-source-maps (the setting before decision 127). */
  initWithSourceMaps: { ms: number; cpuMs: number };
  firstRequests: Array<{ label: string; status: number; initMs: number; requestMs: number; cpuMs: number }>;
};

const contextOfFolder: Record<string, string> = {
  content: 'content',
  gazette: 'gazette',
  feedback: 'feedback',
  consultation: 'consultations',
  dialogue: 'dialogues',
};

/** The harmless variables every function needs to load (shared/config/env.ts); no engine is reached. */
const loadEnvironment = (serviceName: string): Record<string, string> => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  AWS_REGION: 'ap-southeast-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  TABLE_NAME: 'qtp-bench-cold-start',
  SITE_BUCKET: 'qtp-site',
  MEDIA_BUCKET: 'qtp-media',
  ARCHIVE_BUCKET: 'qtp-archive',
  AUTH_ISSUER: 'http://localhost:9/auth',
  AUTH_AUDIENCE: 'qtp-local',
  PUBLIC_BASE_URL: 'http://localhost:3000',
  POWERTOOLS_SERVICE_NAME: serviceName,
  POWERTOOLS_LOG_LEVEL: 'WARN',
});

const run = promisify(execFile);

// The child's own clock and CPU meter around import(), so node's start-up is not counted.
const importScript = `
const cpu = process.cpuUsage(); const start = performance.now();
await import(process.argv[1]);
const ms = performance.now() - start; const used = process.cpuUsage(cpu);
process.stdout.write('\\n@@' + JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000 }));
process.exit(0);`;

const invokeScript = `
const event = JSON.parse(process.env.COLD_START_EVENT);
const context = { awsRequestId: 'cold-start', functionName: process.env.POWERTOOLS_SERVICE_NAME,
  getRemainingTimeInMillis: () => 29000, callbackWaitsForEmptyEventLoop: false };
const cpu = process.cpuUsage(); const start = performance.now();
const { handler } = await import(process.argv[1]);
const loaded = performance.now();
const response = await handler(event, context);
const done = performance.now(); const used = process.cpuUsage(cpu);
process.stdout.write('\\n@@' + JSON.stringify({ status: response.statusCode, initMs: loaded - start,
  requestMs: done - loaded, cpuMs: (used.user + used.system) / 1000 }));
process.exit(0);`;

async function child<T>(script: string, bundleFile: string, env: Record<string, string>): Promise<T> {
  const { stdout } = await run(
    process.execPath,
    ['--input-type=module', '-e', script, pathToFileURL(bundleFile).href],
    { env, maxBuffer: 16 * 1024 * 1024 },
  );
  const marker = stdout.lastIndexOf('\n@@');
  if (marker < 0) throw new Error(`no measurement from ${bundleFile}: ${stdout.slice(-500)}`);
  return JSON.parse(stdout.slice(marker + 3)) as T;
}

async function initTimes(file: string, env: Record<string, string>, runs: number) {
  const samples: Array<{ ms: number; cpuMs: number }> = [];
  for (let index = 0; index < runs; index += 1) samples.push(await child(importScript, file, env));
  const wall = samples.map((sample) => sample.ms);
  return {
    ms: round(median(wall)),
    cpuMs: round(median(samples.map((sample) => sample.cpuMs))),
    minMs: round(Math.min(...wall)),
    maxMs: round(Math.max(...wall)),
  };
}

type FirstRequest = { label: string; event: () => Promise<unknown> };

/** Representative requests per API context: the public paths citizens wait on, and one staff request. */
async function requestsFor(stack: LocalStack, context: string, admin: boolean): Promise<FirstRequest[]> {
  const eventOf = (path: string, init: RequestInit & { body?: string } = {}) => {
    const request = new Request(`${stack.url}${path}`, init);
    return {
      ...localApiGatewayEvent(request, `198.51.100.${Math.floor(Math.random() * 250) + 1}`),
      body: init.body ?? null,
    };
  };
  const json = { accept: 'application/json' };
  if (admin) {
    const account = localAccounts.find((candidate) => candidate.username === 'quantri');
    if (!account) throw new Error('no local account quantri');
    return [
      {
        label: `GET /api/${context}/admin/me (staff token)`,
        event: async () =>
          eventOf(`/api/${context}/admin/me`, {
            headers: { ...json, authorization: `Bearer ${await stack.issuer.mint(account)}` },
          }),
      },
    ];
  }
  switch (context) {
    case 'content':
      return [
        {
          label: 'GET /api/content/search?q=…',
          event: async () => eventOf('/api/content/search?q=quảng%20trị', { headers: json }),
        },
      ];
    case 'gazette':
      return [
        {
          label: 'GET /api/gazette/documents?q=…',
          event: async () => eventOf('/api/gazette/documents?q=quyết%20định', { headers: json }),
        },
      ];
    case 'feedback': {
      const submission = (tag: string) =>
        new URLSearchParams({
          kind: 'phan-anh',
          topicSlug: stack.env.COLD_START_TOPIC ?? '',
          title: `Phản ánh đo khởi động lạnh (${tag})`,
          content:
            'Nội dung phản ánh đo khởi động lạnh: đèn đường trên tuyến phố chính không sáng vào buổi tối.',
          name: 'Người gửi thử',
          address: 'Phường Đồng Hới, tỉnh Quảng Trị',
          email: `lanh.${tag}@example.vn`,
          consent: 'yes',
          consentNoticeVersion: '2026-12-01',
          website: '',
        }).toString();
      const form = { ...json, 'content-type': 'application/x-www-form-urlencoded' };
      return [
        {
          label: 'POST /api/feedback/submissions',
          event: async () =>
            eventOf('/api/feedback/submissions', {
              method: 'POST',
              headers: form,
              body: submission(`${Date.now()}`),
            }),
        },
        {
          label: 'GET /api/feedback/track?code&key',
          event: async () => {
            // A real receipt to look up, submitted through the in-process gateway first.
            const response = await fetch(`${stack.url}/api/feedback/submissions`, {
              method: 'POST',
              headers: { ...form, 'x-forwarded-for': '203.0.113.7' },
              body: submission(`track-${Date.now()}`),
            });
            const receipt = (await response.json()) as { code?: string; key?: string; secretLink?: string };
            const query = new URLSearchParams({ code: receipt.code ?? '', key: receipt.key ?? '' });
            return eventOf(`/api/feedback/track?${query}`, { headers: json });
          },
        },
      ];
    }
    default:
      // A draft or dialogue that does not exist: one table read, a 404 problem.
      return [
        {
          label: `GET /api/${context}/khong-co (404)`,
          event: async () => eventOf(`/api/${context}/khong-co`, { headers: json }),
        },
      ];
  }
}

export type ColdStartOptions = {
  runs: number;
  firstRequestRuns: number;
  workDir: string;
  /** Engines for the first requests; without, only bundles and init are measured. */
  stack?: LocalStack;
  bundles?: FunctionBundle[];
  root?: string;
  progress?: (line: string) => void;
};

export async function measureColdStarts(options: ColdStartOptions): Promise<ColdStartFunction[]> {
  const results: ColdStartFunction[] = [];
  const bundles = options.bundles ?? portalFunctionBundles();
  for (const bundle of bundles) {
    const outdir = join(options.workDir, bundle.serviceName);
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(outdir, { recursive: true });
    const built = await bundleFunction(bundle, outdir, {}, options.root);
    const env = loadEnvironment(bundle.serviceName);
    const init = await initTimes(built.file, env, options.runs);
    const mapped = await initTimes(built.file, { ...env, NODE_OPTIONS: sourceMapNodeOptions }, options.runs);

    const firstRequests: ColdStartFunction['firstRequests'] = [];
    const folder = dirname(bundle.entry);
    const context = contextOfFolder[basename(folder)];
    const http = ['handler.ts', 'public-handler.ts'].includes(basename(bundle.entry));
    if (options.stack && context && http) {
      // A context split in two: this is its staff half, behind the /admin/ routes only.
      const admin =
        !bundle.publicPath && bundles.some((other) => other.publicPath && dirname(other.entry) === folder);
      for (const request of await requestsFor(options.stack, context, admin)) {
        const samples = [];
        for (let index = 0; index < options.firstRequestRuns; index += 1) {
          const event = await request.event();
          samples.push(
            await child<{ status: number; initMs: number; requestMs: number; cpuMs: number }>(
              invokeScript,
              built.file,
              {
                ...options.stack.env,
                POWERTOOLS_SERVICE_NAME: bundle.serviceName,
                POWERTOOLS_LOG_LEVEL: 'WARN',
                PATH: process.env.PATH ?? '',
                COLD_START_EVENT: JSON.stringify(event),
              },
            ),
          );
        }
        firstRequests.push({
          label: request.label,
          status: samples[0]?.status ?? 0,
          initMs: round(median(samples.map((sample) => sample.initMs))),
          requestMs: round(median(samples.map((sample) => sample.requestMs))),
          cpuMs: round(median(samples.map((sample) => sample.cpuMs))),
        });
      }
    }
    const result: ColdStartFunction = {
      serviceName: bundle.serviceName,
      entry: bundle.entry,
      publicPath: bundle.publicPath,
      bytes: built.bytes,
      gzipBytes: gzipSync(readFileSync(built.file)).length,
      eagerBytes: eagerBytes(built.metafile).eager,
      mapBytes: readFileSync(`${built.file}.map`).length,
      contributors: contributors(built.metafile).slice(0, 8),
      init,
      initWithSourceMaps: { ms: mapped.ms, cpuMs: mapped.cpuMs },
      firstRequests,
    };
    options.progress?.(
      `  ${bundle.serviceName}: ${kb(result.bytes)} KB (${kb(result.gzipBytes)} gzip), init ${init.ms} ms (CPU ${init.cpuMs}), with --enable-source-maps ${mapped.ms} ms (CPU ${mapped.cpuMs})` +
        firstRequests.map((first) => `; ${first.label} → ${first.status} in ${first.requestMs} ms`).join(''),
    );
    options.progress?.(`    ${result.contributors.map((c) => `${c.name} ${kb(c.bytes)}`).join(', ')}`);
    results.push(result);
  }
  return results;
}

const kb = (bytes: number) => Math.round(bytes / 1024);

/** The table docs/performance.md carries. */
export function coldStartTable(results: ColdStartFunction[]): string {
  const rows = results.map((result) => {
    const first = result.firstRequests
      .map((request) => `${request.label}: ${request.status}, ${request.requestMs} ms`)
      .join('<br>');
    return `| ${result.serviceName}${result.publicPath ? ' (public)' : ''} | ${kb(result.bytes)} | ${kb(result.gzipBytes)} | ${kb(result.eagerBytes)} | ${result.init.ms} (${result.init.minMs}–${result.init.maxMs}) | ${result.init.cpuMs} | ${result.initWithSourceMaps.ms} / ${result.initWithSourceMaps.cpuMs} | ${first || '—'} |`;
  });
  return [
    '| Function | Bundle KB | gzip KB | Evaluated at init KB | Init ms, median (min–max) | Init CPU ms | With --enable-source-maps: ms / CPU ms | First request through the handler |',
    '|---|--:|--:|--:|--:|--:|--:|---|',
    ...rows,
  ].join('\n');
}

/** `npm run bench -- --only cold-start [--runs 10]`: engines, demo data, then every function. */
export async function coldStartBench(options: {
  runs: number;
  resultsDir: string;
  commit: string;
  progress: (line: string) => void;
}): Promise<void> {
  const { startLocalStack } = await import('../infra/local/stack.ts');
  const { seedIfEmpty } = await import('../infra/local/seed.ts');
  const { seedFeedbackIfEmpty, seedFeedbackTopics } = await import('../infra/local/seed-feedback.ts');
  const workDir = join(options.resultsDir, 'tmp', `cold-start-${Date.now()}`);
  const load = { atStart: loadavg() };
  const stack = await startLocalStack({
    scratchDir: join(workDir, 's3'),
    port: 0,
    tableName: 'qtp-bench-cold-start',
    scheduler: false,
    trustForwardedFor: true,
  });
  try {
    await seedIfEmpty();
    await seedFeedbackIfEmpty();
    // The search reads the index pieces a rebuild writes.
    await stack.invokePublisher({ type: 'rebuild-site' });
    stack.env.COLD_START_TOPIC = seedFeedbackTopics[0]?.slug ?? '';
    options.progress(
      `cold starts: ${options.runs} fresh processes per function, load average ${load.atStart[0]?.toFixed(2)}`,
    );
    const functions = await measureColdStarts({
      runs: options.runs,
      firstRequestRuns: 3,
      workDir: join(workDir, 'bundles'),
      stack,
      progress: options.progress,
    });
    const results = {
      startedAt: new Date().toISOString(),
      commit: options.commit,
      node: process.version,
      cpus: cpus().length,
      loadAverage: { ...load, atEnd: loadavg() },
      runs: options.runs,
      functions,
    };
    const file = join(
      options.resultsDir,
      `cold-start-${results.startedAt.slice(0, 10)}-${options.commit}.json`,
    );
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    console.log(
      `\n${coldStartTable(functions)}\n\nLoad average ${load.atStart.map((v) => v.toFixed(2)).join(' ')} → ${results.loadAverage.atEnd.map((v) => v.toFixed(2)).join(' ')}; wrote ${file}`,
    );
  } finally {
    await stack.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
