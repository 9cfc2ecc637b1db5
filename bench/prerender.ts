import type { PutObjectCommandInput } from '@aws-sdk/client-s3';
import { buildWholeSite, siteContext } from '#functions/publisher/site-builder.ts';
import { pageObjectKey } from '#shared/config/site-paths.ts';
import { s3 } from '#shared/data/clients.ts';
import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Language } from '#shared/domain/text.ts';
import {
  LISTING_PAGE_SIZE,
  listingBlockOf,
  type StaticPageId,
  sitePaths,
  staticPageSlugs,
} from '#shared/site/urls.ts';
import { monthInVietnam } from '#shared/time/vietnam.ts';
import {
  renderArticlePage,
  renderArticlePrintPage,
  renderAtomFeed,
  renderCategoryFront,
  renderCategoryPage,
  renderHomePage,
  renderNotFoundPage,
  renderRobots,
  renderRssFeed,
  renderSearchPage,
  renderSitemapIndex,
  renderSitemapMonth,
  renderStaticPage,
  type SiteContext,
  siteStylesheet,
} from '#web/site/render.ts';
import { withPeakRss } from './stats.ts';

/**
 * The three prerender figures, from the widest to the narrowest:
 *  - full build: buildWholeSite() as an operator's rebuild runs it: reads from DynamoDB Local, renders,
 *    PUTs every file to the S3 emulator over HTTP (16 at a time, the publisher's own concurrency);
 *  - build without upload: the same call with the S3 client's PutObject answered in-process (an SDK
 *    middleware), so reads + render, no upload;
 *  - render only: the renderers called on the articles already in memory, the same pages with the same
 *    models as buildWholeSite builds them: no I/O at all.
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
const fixedKeys = new Set(
  [
    ...(Object.keys(staticPageSlugs) as StaticPageId[]).flatMap((id) => [
      sitePaths.staticPage('vi', id),
      sitePaths.staticPage('en', id),
    ]),
    sitePaths.search('vi'),
    sitePaths.search('en'),
    sitePaths.notFound(),
    sitePaths.robots(),
    sitePaths.stylesheet(),
  ].map(pageObjectKey),
);
export const fixedFileCount = fixedKeys.size;

/** The kind of page an object key of the site bucket holds (by the URL scheme of shared/site/urls.ts). */
export function kindOfKey(key: string): PageKind {
  if (key === 'index.html' || key === 'en/index.html') return 'home';
  if (/^(tin-tuc|en\/news)\/[^/]+\/(ban-in|print)\/index\.html$/.test(key)) return 'article-print';
  if (/^(tin-tuc|en\/news)\/[^/]+\/index\.html$/.test(key)) return 'article';
  if (/^(chuyen-muc|en\/section)\/[^/]+\/(trang|page)-\d+\/index\.html$/.test(key)) return 'category-page';
  if (/^(chuyen-muc|en\/section)\/[^/]+\/index\.html$/.test(key)) return 'category-front';
  if (/^(en\/)?feeds\//.test(key)) return 'feed';
  if (key === 'sitemap.xml' || key.startsWith('sitemaps/')) return 'sitemap';
  if (fixedKeys.has(key)) return 'fixed';
  // Anything else the publisher writes that is not made of articles (today: the gazette's front pages).
  return 'other';
}

type KindTally = Record<PageKind, { files: number; bytes: number; ms: number }>;
const emptyTally = (): KindTally =>
  Object.fromEntries(pageKinds.map((kind) => [kind, { files: 0, bytes: 0, ms: 0 }])) as KindTally;

export type RenderOnlyResult = { files: number; seconds: number; filesPerSecond: number; byKind: KindTally };

const languages: Language[] = ['vi', 'en'];

/**
 * Renders every page of the site made of articles, and the fixed files, from in-memory articles as
 * buildWholeSite would, and times it by kind. Pages of kind `other` (the gazette's, which need gazette
 * data the bench does not load) are not rendered here.
 */
export function renderOnly(ctx: SiteContext, published: PublishedArticle[]): RenderOnlyResult {
  const byKind = emptyTally();
  const start = performance.now();
  const emit = (path: string, render: () => string) => {
    const began = performance.now();
    const body = render();
    const tally = byKind[kindOfKey(pageObjectKey(path))];
    tally.ms += performance.now() - began;
    tally.files += 1;
    tally.bytes += Buffer.byteLength(body);
  };

  // Fixed files (the stylesheet is a constant string: counted, nothing to render).
  for (const id of Object.keys(staticPageSlugs) as StaticPageId[]) {
    for (const language of languages)
      emit(sitePaths.staticPage(language, id), () => renderStaticPage(ctx, language, id));
  }
  for (const language of languages) {
    emit(sitePaths.search(language), () => renderSearchPage(ctx, language, { query: '', results: [] }));
  }
  emit(sitePaths.notFound(), () => renderNotFoundPage(ctx));
  emit(sitePaths.robots(), () => renderRobots(ctx));
  byKind.fixed.files += 1; // the stylesheet: a constant, written as is
  byKind.fixed.bytes += Buffer.byteLength(siteStylesheet);

  const categoryOf = (slug: string) => ctx.categories.find((category) => category.slug === slug);
  const months = new Map<string, { lastModified: string; articles: PublishedArticle[] }>();
  for (const language of languages) {
    // Timeline order (gsi3: firstPublishedAt#id, newest first) and listings by ordinal (gsi1).
    const timeline = published
      .filter((article) => article.language === language)
      .sort((a, b) => `${b.firstPublishedAt}#${b.id}`.localeCompare(`${a.firstPublishedAt}#${a.id}`));
    const listing = new Map<string, PublishedArticle[]>(); // by ordinal, oldest first
    for (const article of [...timeline].reverse()) {
      const list = listing.get(article.categorySlug) ?? [];
      list[article.ordinal] = article;
      listing.set(article.categorySlug, list);
    }
    const newestInCategory = (slug: string, limit: number) => {
      const list = listing.get(slug) ?? [];
      return list.slice(Math.max(0, list.length - limit)).reverse();
    };
    const byOrdinal = (slug: string, from: number, to: number) =>
      (listing.get(slug) ?? []).slice(Math.max(0, from), Math.max(0, to) + 1).reverse();

    // Article pages: the related block is each category's newest articles, as buildWholeSite does.
    for (const article of timeline) {
      const category = categoryOf(article.categorySlug);
      if (!category) continue;
      const related = newestInCategory(category.slug, 6)
        .filter((other) => other.id !== article.id)
        .slice(0, 5);
      emit(sitePaths.article(language, article.slug), () =>
        renderArticlePage(ctx, article, { category, related }),
      );
      emit(sitePaths.articlePrint(language, article.slug), () =>
        renderArticlePrintPage(ctx, article, { category }),
      );
    }

    const byCategory = ctx.categories.map((category) => ({
      category,
      articles: newestInCategory(category.slug, 4),
    }));
    emit(sitePaths.home(language), () =>
      renderHomePage(ctx, language, {
        latest: timeline.slice(0, 10),
        byCategory: byCategory.filter((block) => block.articles.length > 0),
        leadership: byCategory.find((block) => block.category.slug === 'chi-dao-dieu-hanh')?.articles ?? [],
      }),
    );
    const latestFeed = timeline.slice(0, 20);
    emit(sitePaths.rssFeed(language), () => renderRssFeed(ctx, language, undefined, latestFeed));
    emit(sitePaths.atomFeed(language), () => renderAtomFeed(ctx, language, undefined, latestFeed));

    for (const category of ctx.categories) {
      const latest = (listing.get(category.slug)?.length ?? 0) - 1;
      const newestBlock = listingBlockOf(Math.max(latest, 0));
      const from = (newestBlock - 2) * LISTING_PAGE_SIZE;
      const olderPage = newestBlock - 2 >= 1 ? newestBlock - 2 : undefined;
      emit(sitePaths.category(language, category.slug), () =>
        renderCategoryFront(ctx, language, category, {
          articles: latest < 0 ? [] : byOrdinal(category.slug, from, latest),
          olderPage,
        }),
      );
      const feed = newestInCategory(category.slug, 20);
      emit(sitePaths.rssFeed(language, category.slug), () => renderRssFeed(ctx, language, category, feed));
      emit(sitePaths.atomFeed(language, category.slug), () => renderAtomFeed(ctx, language, category, feed));
      for (let page = 1; latest >= 0 && page <= newestBlock; page += 1) {
        const first = (page - 1) * LISTING_PAGE_SIZE;
        emit(sitePaths.categoryPage(language, category.slug, page), () =>
          renderCategoryPage(ctx, language, category, {
            page,
            articles: byOrdinal(category.slug, first, first + LISTING_PAGE_SIZE - 1),
            newerPage: page < newestBlock ? page + 1 : undefined,
            olderPage: page > 1 ? page - 1 : undefined,
          }),
        );
      }
    }
  }

  // Sitemaps: one per month of first publication (both languages, oldest first), and the index.
  for (const article of [...published].sort((a, b) =>
    `${a.firstPublishedAt}#${a.id}`.localeCompare(`${b.firstPublishedAt}#${b.id}`),
  )) {
    const month = monthInVietnam(article.firstPublishedAt);
    const entry = months.get(month) ?? { lastModified: article.publishedAt, articles: [] };
    entry.articles.push(article);
    if (entry.lastModified < article.publishedAt) entry.lastModified = article.publishedAt;
    months.set(month, entry);
  }
  const monthList = [...months.entries()].sort(([a], [b]) => a.localeCompare(b));
  emit(sitePaths.sitemapIndex(), () =>
    renderSitemapIndex(
      ctx,
      monthList.map(([month, entry]) => ({ month, lastModified: entry.lastModified })),
    ),
  );
  for (const [month, entry] of monthList) {
    emit(sitePaths.sitemapMonth(month), () => renderSitemapMonth(ctx, entry.articles.map(sitemapEntry)));
  }

  const seconds = (performance.now() - start) / 1000;
  const files = pageKinds.reduce((sum, kind) => sum + byKind[kind].files, 0);
  return { files, seconds, filesPerSecond: files / seconds, byKind };
}

/** The publisher's sitemap entry (functions/publisher/site-builder.ts keeps its own private copy). */
function sitemapEntry(article: PublishedArticle) {
  const other: Language = article.language === 'vi' ? 'en' : 'vi';
  return {
    path: sitePaths.article(article.language, article.slug),
    lastModified: article.publishedAt,
    ...(article.translationSlug
      ? {
          alternates: [
            { language: article.language, path: sitePaths.article(article.language, article.slug) },
            { language: other, path: sitePaths.article(other, article.translationSlug) },
          ],
        }
      : {}),
  };
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

/** buildWholeSite() with every PutObject answered in-process: reads and renders, no upload. */
export async function buildWithoutUpload(): Promise<BuildResult & { keys: string[] }> {
  const byKind = emptyTally();
  const keys: string[] = [];
  const client = s3();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'PutObjectCommand') return next(args);
      const input = args.input as PutObjectCommandInput;
      const key = input.Key ?? '';
      const body = typeof input.Body === 'string' ? input.Body : '';
      keys.push(key);
      const tally = byKind[kindOfKey(key)];
      tally.files += 1;
      tally.bytes += Buffer.byteLength(body);
      return { output: { $metadata: {} }, response: {} } as Awaited<ReturnType<typeof next>>;
    },
    { step: 'initialize', name: SKIP_PUT },
  );
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
    client.middlewareStack.remove(SKIP_PUT);
  }
}

/** buildWholeSite() as is: reads, renders and writes every file to the S3 emulator. */
export async function buildFull(): Promise<BuildResult> {
  const start = performance.now();
  const { value, peakRssMb, startRssMb } = await withPeakRss(() => buildWholeSite());
  const seconds = (performance.now() - start) / 1000;
  return { files: value.files, seconds, filesPerSecond: value.files / seconds, peakRssMb, startRssMb };
}

export { siteContext };
