import * as z from 'zod';
import { renderPage } from '#functions/publisher/article-pages.ts';
import { getPublished, latestListingOrdinal } from '#shared/data/articles.ts';
import { dynamo, s3 } from '#shared/data/clients.ts';
import { articleSchema } from '#shared/domain/article.ts';
import type { Role } from '#shared/domain/roles.ts';
import { registerLocalPublisher } from '#shared/publication/publisher-port.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { type PageRef, pathOf, touchedPages } from '#shared/site/touched-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { monthInVietnam } from '#shared/time/vietnam.ts';
import { localAccounts } from '../infra/local/accounts.ts';
import type { LocalStack } from '../infra/local/stack.ts';
import type { SyntheticArticle } from './content.ts';
import { median, percentile, progress } from './stats.ts';

/**
 * Publish-to-live latency through the local stack's real HTTP API: an editor creates and submits an
 * article; the timed part starts when the director's approve request is sent and ends when the article's
 * page, fetched through the gateway (CloudFront's stand-in, reading the site bucket), shows the new title.
 * Locally the content API awaits the publisher in-process, so the page is normally live when approve
 * answers; the poll is there so the figure never depends on that.
 */

export type PublishRun = {
  category: string;
  totalMs: number;
  approveResponseMs: number;
  publisherMs: number;
  /** Inside the publisher: from its start to its first PutObject (reads + rendering), then the writes. */
  publisherReadRenderMs: number;
  publisherWriteMs: number;
  /** Requests the publisher made: DynamoDB reads and S3 writes. */
  dynamoRequests: number;
  s3Puts: number;
  pagesRendered: number;
  pagesRemoved: number;
  pathsInvalidated: number;
  fetchAttempts: number;
};

export type PublishSummary = {
  runs: PublishRun[];
  warmupRuns: number;
  totalMs: { median: number; p90: number; min: number; max: number };
  approveResponseMs: { median: number; p90: number };
  publisherMs: { median: number; p90: number };
  publisherReadRenderMs: { median: number };
  publisherWriteMs: { median: number };
  dynamoRequests: { min: number; max: number };
  pagesRendered: { min: number; median: number; max: number };
  homeShowsNewest: boolean;
  /** Read + render time of each page the last publication touched, one at a time (median of 3), in ms. */
  touchedPageCosts: { path: string; kind: PageRef['kind']; ms: number }[];
};

/**
 * What each touched page costs to read and render, measured one page at a time (the publisher renders
 * them concurrently, so its time is the slowest page's, not the sum). Shows which read grows with the data.
 */
async function touchedPageCosts(articleId: string): Promise<PublishSummary['touchedPageCosts']> {
  const published = await getPublished(articleId);
  if (!published) return [];
  const latest = await latestListingOrdinal(published.language, published.categorySlug);
  const { render } = touchedPages(
    {
      after: {
        language: published.language,
        slug: published.slug,
        categorySlug: published.categorySlug,
        ordinal: published.ordinal,
        sitemapMonth: monthInVietnam(published.firstPublishedAt),
      },
    },
    () => latest,
  );
  const ctx = await loadSiteContext();
  const costs: PublishSummary['touchedPageCosts'] = [];
  for (const page of render) {
    const times: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const start = performance.now();
      await renderPage(ctx, page);
      times.push(performance.now() - start);
    }
    costs.push({ path: pathOf(page), kind: page.kind, ms: median(times) });
  }
  return costs;
}

const reportSchema = z.object({
  rendered: z.array(z.string()),
  removed: z.array(z.string()),
  invalidated: z.array(z.string()),
});

function accountWithRole(role: Role) {
  const account = localAccounts.find((candidate) => candidate.groups.includes(role));
  if (!account) throw new Error(`no local account has the role ${role}`);
  return account;
}

function apiClient(stack: LocalStack) {
  const tokens = new Map<Role, string>();
  return async (role: Role, path: string, body: unknown) => {
    let token = tokens.get(role);
    if (!token) {
      token = await stack.issuer.mint(accountWithRole(role));
      tokens.set(role, token);
    }
    const response = await fetch(`${stack.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return articleSchema.parse(JSON.parse(text));
  };
}

async function fetchUntil(url: string, contains: string, timeoutMs = 10_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url);
    const text = await response.text();
    if (response.status === 200 && text.includes(contains)) return attempt;
    if (performance.now() > deadline)
      throw new Error(`${url} did not show “${contains}” within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function measurePublishLatency(
  stack: LocalStack,
  options: { runs: number; warmup: number; categories: string[]; sample: SyntheticArticle[]; label: string },
): Promise<PublishSummary> {
  const post = apiClient(stack);
  type Seen = {
    ms: number;
    report: z.infer<typeof reportSchema>;
    firstPutAt?: number;
    lastPutEndAt?: number;
    start: number;
    dynamoRequests: number;
    s3Puts: number;
  };
  const seen: { last?: Seen; current?: Seen } = {};
  // Read through a function: the wrapper sets it during the request, which flow analysis cannot see.
  const lastReport = () => seen.last;
  // The stack registers its publisher in-process; this wrapper only watches what it reports.
  registerLocalPublisher(async (event) => {
    const current: Seen = {
      ms: 0,
      report: { rendered: [], removed: [], invalidated: [] },
      start: performance.now(),
      dynamoRequests: 0,
      s3Puts: 0,
    };
    seen.current = current;
    try {
      const result = await stack.invokePublisher(event);
      current.ms = performance.now() - current.start;
      current.report = reportSchema.parse(result);
      seen.last = current;
    } finally {
      seen.current = undefined;
    }
  });
  // Counting middlewares, active only while the publisher runs (publications here are one at a time).
  const watch = 'bench-publish-watch';
  dynamo().middlewareStack.add(
    (next) => async (args) => {
      if (seen.current) seen.current.dynamoRequests += 1;
      return next(args);
    },
    { step: 'initialize', name: watch },
  );
  s3().middlewareStack.add(
    (next, context) => async (args) => {
      const current = seen.current;
      if (!current || context.commandName !== 'PutObjectCommand') return next(args);
      current.s3Puts += 1;
      current.firstPutAt ??= performance.now();
      try {
        return await next(args);
      } finally {
        current.lastPutEndAt = performance.now();
      }
    },
    { step: 'initialize', name: watch },
  );
  const runs: PublishRun[] = [];
  let newestTitle = '';
  let newestId = '';
  try {
    for (let index = 0; index < options.warmup + options.runs; index += 1) {
      const category = options.categories[index % options.categories.length] ?? 'kinh-te';
      const source = options.sample[index % options.sample.length];
      if (!source) throw new Error('no sample article');
      const marker = `${options.label}-${index + 1}-${Date.now().toString(36)}`;
      const title = `Quảng Trị công bố kết quả đo thời gian đăng bài lần ${index + 1} mã ${marker}`;
      let article = await post('editor', '/api/content/admin/articles', {
        language: 'vi',
        title,
        summary: source.summary,
        bodyHtml: source.bodyHtml,
        categorySlug: category,
        tags: source.tags,
      });
      article = await post('editor', `/api/content/admin/articles/${article.id}/submit`, {
        expectedVersion: article.version,
      });
      seen.last = undefined;

      const start = performance.now();
      article = await post('director', `/api/content/admin/articles/${article.id}/approve`, {
        expectedVersion: article.version,
      });
      const approved = performance.now();
      const fetchAttempts = await fetchUntil(`${stack.url}${sitePaths.article('vi', article.slug)}`, title);
      const live = performance.now();

      if (article.status !== 'published') throw new Error(`approve left the article ${article.status}`);
      const report = lastReport();
      if (!report) throw new Error('the publisher was not called');
      newestTitle = title;
      newestId = article.id;
      if (index < options.warmup) continue;
      runs.push({
        category,
        totalMs: live - start,
        approveResponseMs: approved - start,
        publisherMs: report.ms,
        publisherReadRenderMs: (report.firstPutAt ?? report.start + report.ms) - report.start,
        publisherWriteMs:
          report.firstPutAt !== undefined && report.lastPutEndAt !== undefined
            ? report.lastPutEndAt - report.firstPutAt
            : 0,
        dynamoRequests: report.dynamoRequests,
        s3Puts: report.s3Puts,
        pagesRendered: report.report.rendered.length,
        pagesRemoved: report.report.removed.length,
        pathsInvalidated: report.report.invalidated.length,
        fetchAttempts,
      });
    }
  } finally {
    registerLocalPublisher(async (event) => {
      await stack.invokePublisher(event);
    });
    dynamo().middlewareStack.remove(watch);
    s3().middlewareStack.remove(watch);
  }
  const home = await (await fetch(`${stack.url}/`)).text();
  const totals = runs.map((run) => run.totalMs);
  const rendered = runs.map((run) => run.pagesRendered);
  const summary: PublishSummary = {
    runs,
    warmupRuns: options.warmup,
    totalMs: {
      median: median(totals),
      p90: percentile(totals, 90),
      min: Math.min(...totals),
      max: Math.max(...totals),
    },
    approveResponseMs: {
      median: median(runs.map((run) => run.approveResponseMs)),
      p90: percentile(
        runs.map((run) => run.approveResponseMs),
        90,
      ),
    },
    publisherMs: {
      median: median(runs.map((run) => run.publisherMs)),
      p90: percentile(
        runs.map((run) => run.publisherMs),
        90,
      ),
    },
    publisherReadRenderMs: { median: median(runs.map((run) => run.publisherReadRenderMs)) },
    publisherWriteMs: { median: median(runs.map((run) => run.publisherWriteMs)) },
    dynamoRequests: {
      min: Math.min(...runs.map((run) => run.dynamoRequests)),
      max: Math.max(...runs.map((run) => run.dynamoRequests)),
    },
    pagesRendered: { min: Math.min(...rendered), median: median(rendered), max: Math.max(...rendered) },
    homeShowsNewest: home.includes(newestTitle),
    touchedPageCosts: newestId ? await touchedPageCosts(newestId) : [],
  };
  progress(
    `  publish latency: median ${summary.totalMs.median.toFixed(0)} ms, p90 ${summary.totalMs.p90.toFixed(0)} ms, ${summary.pagesRendered.median} pages re-rendered`,
  );
  return summary;
}
