import type { PutObjectCommandInput } from '@aws-sdk/client-s3';
import {
  type ArticlePageModel,
  type ArticleReads,
  renderPageModel,
} from '#functions/publisher/article-pages.ts';
import { fixedPages } from '#functions/publisher/fixed-pages.ts';
import {
  type ArticlePartition,
  buildWholeSite,
  partitionModels,
  planRebuild,
  spanningModels,
} from '#functions/publisher/rebuild.ts';
import { pageObjectKey } from '#shared/config/site-paths.ts';
import { s3 } from '#shared/data/clients.ts';
import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Language } from '#shared/domain/text.ts';
import { monthInVietnam } from '#shared/time/vietnam.ts';
import type { SiteContext } from '#web/site/render.ts';
import { withPeakRss } from './stats.ts';

/**
 * The three prerender figures, from the widest to the narrowest:
 *  - full build: buildWholeSite() as an operator's rebuild runs it: reads from DynamoDB Local, renders,
 *    PUTs every file to the S3 emulator over HTTP (16 at a time, the publisher's own concurrency);
 *  - build without upload: the same call with the S3 client's PutObject answered in-process (an SDK
 *    middleware), so reads + render, no upload;
 *  - render only: the publisher's own page models (functions/publisher/article-pages.ts), planned as
 *    buildWholeSite plans them but read from the articles already in memory, then rendered by the
 *    publisher's pure render: no I/O at all in the timed part.
 */

export type PageKind =
  | 'article'
  | 'article-print'
  | 'home'
  | 'category-front'
  | 'category-page'
  | 'feed'
  | 'sitemap'
  | 'fixed'
  | 'other';

export const pageKinds: PageKind[] = [
  'article',
  'article-print',
  'home',
  'category-front',
  'category-page',
  'feed',
  'sitemap',
  'fixed',
  'other',
];

/** Files that do not depend on articles: static pages, search pages, 404, robots.txt, the stylesheet. */
const fixedKeys = new Set(fixedPages.map((fixed) => pageObjectKey(fixed.path)));
export const fixedFileCount = fixedKeys.size;

/** The kind of page an object key of the site bucket holds (by the URL scheme of shared/site/urls.ts). */
export function kindOfKey(key: string): PageKind {
  if (key === 'index.html' || key === 'en/index.html') return 'home';
  if (/^(tin-tuc|en\/news)\/[^/]+\/(ban-in|print)\/index\.html$/.test(key)) return 'article-print';
  if (/^(tin-tuc|en\/news)\/[^/]+\/index\.html$/.test(key)) return 'article';
  if (/^(chuyen-muc|en\/section)\/[^/]+\/(trang|page)-\d+\/index\.html$/.test(key)) return 'category-page';
  if (/^(chuyen-muc|en\/section)\/[^/]+\/index\.html$/.test(key)) return 'category-front';
  if (/^(en\/)?feeds\//.test(key)) return 'feed';
  if (key === 'sitemap.xml' || /^sitemaps\/\d{4}-\d{2}\.xml$/.test(key)) return 'sitemap';
  if (fixedKeys.has(key)) return 'fixed';
  // Anything else the publisher writes that is not made of articles (the gazette's and feedback's pages).
  return 'other';
}

type KindTally = Record<PageKind, { files: number; bytes: number; ms: number }>;
const emptyTally = (): KindTally =>
  Object.fromEntries(pageKinds.map((kind) => [kind, { files: 0, bytes: 0, ms: 0 }])) as KindTally;

export type RenderOnlyResult = { files: number; seconds: number; filesPerSecond: number; byKind: KindTally };

const newestFirst = (a: PublishedArticle, b: PublishedArticle) =>
  `${b.firstPublishedAt}#${b.id}`.localeCompare(`${a.firstPublishedAt}#${a.id}`);

/**
 * The table's answers, from articles in memory: what the page models would read from DynamoDB Local
 * after the bench loaded these articles (the indexes' orders: gsi3 and gsi2 by first publication, gsi1 by
 * ordinal; a listing counter is its newest ordinal + 1; a sitemap month's date is its newest publication).
 */
function inMemoryReads(published: PublishedArticle[]): ArticleReads {
  const timeline = new Map<Language, PublishedArticle[]>();
  const listings = new Map<string, PublishedArticle[]>(); // newest ordinal first
  const bySlug = new Map<string, PublishedArticle>();
  const months = new Map<string, { lastModified: string; articles: PublishedArticle[] }>();
  const append = <K>(map: Map<K, PublishedArticle[]>, key: K, article: PublishedArticle) => {
    const list = map.get(key) ?? [];
    list.push(article);
    map.set(key, list);
  };
  const byTimeline = [...published].sort(newestFirst);
  for (const article of byTimeline) {
    append(timeline, article.language, article);
    append(listings, `${article.language}/${article.categorySlug}`, article);
    bySlug.set(`${article.language}/${article.slug}`, article);
  }
  for (const listing of listings.values()) listing.sort((a, b) => b.ordinal - a.ordinal);
  for (const article of [...byTimeline].reverse()) {
    const month = monthInVietnam(article.firstPublishedAt);
    const entry = months.get(month) ?? { lastModified: article.publishedAt, articles: [] };
    entry.articles.push(article);
    if (entry.lastModified < article.publishedAt) entry.lastModified = article.publishedAt;
    months.set(month, entry);
  }
  const listing = (language: Language, categorySlug: string) =>
    listings.get(`${language}/${categorySlug}`) ?? [];
  return {
    publishedBySlug: async (language, slug) => bySlug.get(`${language}/${slug}`),
    latestPublished: async (language, limit) => (timeline.get(language) ?? []).slice(0, limit),
    newestInCategory: async (language, categorySlug, limit) =>
      listing(language, categorySlug).slice(0, limit),
    latestOrdinal: async (language, categorySlug) => listing(language, categorySlug)[0]?.ordinal ?? -1,
    publishedByOrdinal: async (language, categorySlug, from, to) =>
      listing(language, categorySlug).filter(
        (article) => article.ordinal >= Math.max(0, from) && article.ordinal <= Math.max(0, to),
      ),
    publishedInMonth: async (month) => months.get(month)?.articles ?? [],
    sitemapMonths: async () =>
      [...months.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, entry]) => ({ month, lastModified: entry.lastModified })),
    otherSitemaps: async () => [],
  };
}

/**
 * The models of every page of the site made of articles, as buildWholeSite plans them: its partitions
 * made of articles, then the pages that span them. Gazette pages (kind `other`, which need gazette data
 * the bench does not load) are left out.
 */
export async function articleModelsInMemory(
  ctx: SiteContext,
  published: PublishedArticle[],
): Promise<ArticlePageModel[]> {
  const reads = inMemoryReads(published);
  const partitions = (await planRebuild(ctx, reads)).filter(
    (partition): partition is ArticlePartition =>
      partition.kind === 'listing' || partition.kind === 'sitemap-months',
  );
  const models: ArticlePageModel[] = [];
  for (const partition of partitions) models.push(...(await partitionModels(ctx, partition, reads)));
  models.push(...(await spanningModels(ctx, reads)));
  return models;
}

/** Renders the fixed files and the given page models with the publisher's own renderers, timed by kind. */
export function renderOnly(ctx: SiteContext, models: ArticlePageModel[]): RenderOnlyResult {
  const byKind = emptyTally();
  const start = performance.now();
  const emit = (path: string, render: () => { body: string | Uint8Array }) => {
    const began = performance.now();
    const { body } = render();
    const tally = byKind[kindOfKey(pageObjectKey(path))];
    tally.ms += performance.now() - began;
    tally.files += 1;
    tally.bytes += Buffer.byteLength(body);
  };
  for (const fixed of fixedPages) emit(fixed.path, () => fixed.render(ctx));
  for (const model of models) emit(model.path, () => renderPageModel(ctx, model));
  const seconds = (performance.now() - start) / 1000;
  const files = pageKinds.reduce((sum, kind) => sum + byKind[kind].files, 0);
  return { files, seconds, filesPerSecond: files / seconds, byKind };
}

export type BuildResult = {
  files: number;
  seconds: number;
  filesPerSecond: number;
  peakRssMb: number;
  /** Resident memory when the build started: the bench's own data, the emulator, the gateway. */
  startRssMb: number;
  /** Only for the build without upload: what would have been written, by kind. */
  byKind?: KindTally;
};

const SKIP_PUT = 'bench-skip-put-object';

/**
 * Answers every PutObject of the publisher's S3 client in-process (an SDK middleware), handing its key and
 * body to `onPut`: reads and renders run as they are, nothing is uploaded. Returns the undo.
 */
export function answerPutsInProcess(
  onPut: (key: string, body: string) => void = () => undefined,
): () => void {
  const client = s3();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'PutObjectCommand') return next(args);
      const input = args.input as PutObjectCommandInput;
      onPut(input.Key ?? '', typeof input.Body === 'string' ? input.Body : '');
      return { output: { $metadata: {} }, response: {} } as Awaited<ReturnType<typeof next>>;
    },
    { step: 'initialize', name: SKIP_PUT },
  );
  return () => client.middlewareStack.remove(SKIP_PUT);
}

/** buildWholeSite() with every PutObject answered in-process: reads and renders, no upload. */
export async function buildWithoutUpload(): Promise<BuildResult & { keys: string[] }> {
  const byKind = emptyTally();
  const keys: string[] = [];
  const undo = answerPutsInProcess((key, body) => {
    keys.push(key);
    const tally = byKind[kindOfKey(key)];
    tally.files += 1;
    tally.bytes += Buffer.byteLength(body);
  });
  try {
    const start = performance.now();
    const { value, peakRssMb, startRssMb } = await withPeakRss(() => buildWholeSite());
    const seconds = (performance.now() - start) / 1000;
    return {
      files: value.files,
      seconds,
      filesPerSecond: value.files / seconds,
      peakRssMb,
      startRssMb,
      byKind,
      keys,
    };
  } finally {
    undo();
  }
}

/** buildWholeSite() as is: reads, renders and writes every file to the S3 emulator. */
export async function buildFull(): Promise<BuildResult> {
  const start = performance.now();
  const { value, peakRssMb, startRssMb } = await withPeakRss(() => buildWholeSite());
  const seconds = (performance.now() - start) / 1000;
  return { files: value.files, seconds, filesPerSecond: value.files / seconds, peakRssMb, startRssMb };
}
