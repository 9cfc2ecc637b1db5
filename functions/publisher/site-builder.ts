import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { readEnv } from '#shared/config/env.ts';
import { pageObjectKey } from '#shared/config/site-paths.ts';
import {
  getPublishedBySlug,
  latestListingOrdinal,
  listAllPublished,
  listLatestPublished,
  listNewestInCategory,
  listPublishedByOrdinal,
  listPublishedInMonth,
  listSitemapMonths,
  type SitemapArticle,
} from '#shared/data/articles.ts';
import { s3 } from '#shared/data/clients.ts';
import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Category } from '#shared/domain/directory.ts';
import type { PublicationChange } from '#shared/domain/publication.ts';
import type { Language } from '#shared/domain/text.ts';
import { invalidationPaths, type PageRef, pathOf, touchedPages } from '#shared/editorial/touched-paths.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import {
  LISTING_PAGE_SIZE,
  listingBlockOf,
  type StaticPageId,
  sitePaths,
  staticPageSlugs,
} from '#shared/site/urls.ts';
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
import { allGazettePages } from './gazette-pages.ts';

/**
 * Renders pages of the public site from the table and writes them to the site bucket. All of a change's
 * pages are rendered in memory first and written only if every one rendered: a failed render leaves the
 * previous pages live. Each object write is atomic in S3, so a reader never sees half a page.
 */
export type RenderedFile = { path: string; body: string; contentType: string; cacheControl: string };
const languages: Language[] = ['vi', 'en'];
const FEED_SIZE = 20;
const HOME_LATEST = 10;
const HOME_PER_CATEGORY = 4;
const LEADERSHIP_CATEGORY = 'chi-dao-dieu-hanh';
/** Whole-site builds: files written per chunk, and pages rendered at once from table reads. */
const WRITE_CHUNK = 500;
const READ_BATCH = 32;

const html = (path: string, body: string): RenderedFile => ({
  path,
  body,
  contentType: 'text/html; charset=utf-8',
  // Browsers revalidate after 5 minutes; CloudFront is invalidated on every change.
  cacheControl: 'public, max-age=300',
});
const xml = (path: string, body: string, contentType: string): RenderedFile => ({
  path,
  body,
  contentType: `${contentType}; charset=utf-8`,
  cacheControl: 'public, max-age=300',
});

export { loadSiteContext as siteContext };

function categoryOf(ctx: SiteContext, slug: string): Category | undefined {
  return ctx.categories.find((category) => category.slug === slug);
}

/** Renders one page from current data; undefined when the page has nothing to show (e.g. not published). */
export async function renderPage(ctx: SiteContext, page: PageRef): Promise<RenderedFile | undefined> {
  const path = pathOf(page);
  switch (page.kind) {
    case 'home': {
      const byCategory = await Promise.all(
        ctx.categories.map(async (category) => ({
          category,
          articles: await listNewestInCategory(page.language, category.slug, HOME_PER_CATEGORY),
        })),
      );
      return html(
        path,
        renderHomePage(ctx, page.language, {
          latest: await listLatestPublished(page.language, HOME_LATEST),
          byCategory: byCategory.filter((block) => block.articles.length > 0),
          leadership: byCategory.find((block) => block.category.slug === LEADERSHIP_CATEGORY)?.articles ?? [],
        }),
      );
    }
    case 'article':
    case 'article-print': {
      const article = await getPublishedBySlug(page.language, page.slug);
      const category = article && categoryOf(ctx, article.categorySlug);
      if (!article || !category) return undefined;
      if (page.kind === 'article-print')
        return html(path, renderArticlePrintPage(ctx, article, { category }));
      const related = (await listNewestInCategory(article.language, category.slug, 6))
        .filter((other) => other.id !== article.id)
        .slice(0, 5);
      return html(path, renderArticlePage(ctx, article, { category, related }));
    }
    case 'category-front': {
      const category = categoryOf(ctx, page.categorySlug);
      if (!category) return undefined;
      const latest = await latestListingOrdinal(page.language, category.slug);
      const newestBlock = listingBlockOf(Math.max(latest, 0));
      const from = (newestBlock - 2) * LISTING_PAGE_SIZE;
      const articles =
        latest < 0 ? [] : await listPublishedByOrdinal(page.language, category.slug, from, latest);
      const olderPage = newestBlock - 2 >= 1 ? newestBlock - 2 : undefined;
      return html(path, renderCategoryFront(ctx, page.language, category, { articles, olderPage }));
    }
    case 'category-page': {
      const category = categoryOf(ctx, page.categorySlug);
      if (!category) return undefined;
      const latest = await latestListingOrdinal(page.language, category.slug);
      const newestBlock = listingBlockOf(Math.max(latest, 0));
      if (page.page > newestBlock) return undefined;
      const from = (page.page - 1) * LISTING_PAGE_SIZE;
      const articles = await listPublishedByOrdinal(
        page.language,
        category.slug,
        from,
        from + LISTING_PAGE_SIZE - 1,
      );
      return html(
        path,
        renderCategoryPage(ctx, page.language, category, {
          page: page.page,
          articles,
          newerPage: page.page < newestBlock ? page.page + 1 : undefined,
          olderPage: page.page > 1 ? page.page - 1 : undefined,
        }),
      );
    }
    case 'feed': {
      const category = page.categorySlug ? categoryOf(ctx, page.categorySlug) : undefined;
      if (page.categorySlug && !category) return undefined;
      const articles = category
        ? await listNewestInCategory(page.language, category.slug, FEED_SIZE)
        : await listLatestPublished(page.language, FEED_SIZE);
      return page.format === 'rss'
        ? xml(path, renderRssFeed(ctx, page.language, category, articles), 'application/rss+xml')
        : xml(path, renderAtomFeed(ctx, page.language, category, articles), 'application/atom+xml');
    }
    case 'sitemap-month': {
      const articles = await listPublishedInMonth(page.month);
      return xml(path, renderSitemapMonth(ctx, articles.map(sitemapEntry)), 'application/xml');
    }
    case 'sitemap-index':
      return xml(path, renderSitemapIndex(ctx, await listSitemapMonths()), 'application/xml');
  }
}

function sitemapEntry(article: SitemapArticle) {
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

/** Pages that do not depend on articles: static pages, search pages, robots, 404, the stylesheet. */
function fixedFiles(ctx: SiteContext): RenderedFile[] {
  const staticPages = Object.keys(staticPageSlugs).flatMap((id) =>
    languages.map((language) => {
      const pageId = id as StaticPageId;
      return html(sitePaths.staticPage(language, pageId), renderStaticPage(ctx, language, pageId));
    }),
  );
  return [
    ...staticPages,
    ...languages.map((language) =>
      html(sitePaths.search(language), renderSearchPage(ctx, language, { query: '', results: [] })),
    ),
    html(sitePaths.notFound(), renderNotFoundPage(ctx)),
    {
      path: sitePaths.robots(),
      body: renderRobots(ctx),
      contentType: 'text/plain; charset=utf-8',
      cacheControl: 'public, max-age=3600',
    },
    {
      path: sitePaths.stylesheet(),
      body: siteStylesheet,
      contentType: 'text/css; charset=utf-8',
      cacheControl: 'public, max-age=3600',
    },
  ];
}

/** Writes and invalidates a set of already-rendered files (gazette pages). */
export async function publishFiles(files: RenderedFile[]): Promise<PublishReport> {
  await writeFiles(files);
  const paths = files.map((file) => file.path).sort();
  await invalidate(paths);
  return { rendered: paths, removed: [], invalidated: paths };
}

/** Writes files with bounded concurrency (S3 accepts thousands of PUTs per second per prefix). */
async function writeFiles(files: RenderedFile[], concurrency = 16): Promise<void> {
  const bucket = readEnv().SITE_BUCKET;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      if (!file) return;
      await s3().send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: pageObjectKey(file.path),
          Body: file.body,
          ContentType: file.contentType,
          CacheControl: file.cacheControl,
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
}

async function removeFiles(paths: string[]): Promise<void> {
  const bucket = readEnv().SITE_BUCKET;
  await Promise.all(
    paths.map((path) => s3().send(new DeleteObjectCommand({ Bucket: bucket, Key: pageObjectKey(path) }))),
  );
}

let cloudFront: CloudFrontClient | undefined;

/** On AWS: invalidate exactly the touched paths. Locally there is no cache in front of the bucket. */
async function invalidate(paths: string[]): Promise<void> {
  const distributionId = process.env.DISTRIBUTION_ID;
  if (!distributionId || paths.length === 0) return;
  cloudFront ??= new CloudFrontClient({});
  await cloudFront.send(
    new CreateInvalidationCommand({
      DistributionId: distributionId,
      InvalidationBatch: {
        CallerReference: `${Date.now()}-${paths.length}`,
        Paths: { Quantity: paths.length, Items: paths },
      },
    }),
  );
}

export type PublishReport = { rendered: string[]; removed: string[]; invalidated: string[] };

/**
 * Listings are read from global secondary indexes, which DynamoDB updates a moment after the write
 * (eventually consistent). Before rendering, wait until each change shows in its listing, so a page is
 * never rendered from the state before the change. DynamoDB Local is immediate; on AWS this is
 * usually well under a second.
 */
async function awaitListings(changes: PublicationChange[]): Promise<void> {
  for (const change of changes) {
    const expected = change.after ?? change.before;
    if (!expected) continue;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const listed = await listPublishedByOrdinal(
        expected.language,
        expected.categorySlug,
        expected.ordinal,
        expected.ordinal,
      );
      const present = listed.some((article) => article.slug === expected.slug);
      if (present === (change.after !== undefined)) break;
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
  }
}

/** Re-renders exactly the pages the changes touch. */
export async function applyChanges(
  changes: PublicationChange[],
  options: { now?: Date; render?: typeof renderPage } = {},
): Promise<PublishReport> {
  const ctx = await loadSiteContext(options.now);
  const renderOne = options.render ?? renderPage;
  await awaitListings(changes);
  const ordinals = new Map<string, number>();
  for (const change of changes) {
    for (const position of [change.before, change.after]) {
      if (!position) continue;
      const key = `${position.language}/${position.categorySlug}`;
      if (!ordinals.has(key))
        ordinals.set(key, await latestListingOrdinal(position.language, position.categorySlug));
    }
  }
  const render = new Map<string, PageRef>();
  const remove = new Map<string, PageRef>();
  for (const change of changes) {
    const pages = touchedPages(change, (language, category) => ordinals.get(`${language}/${category}`) ?? -1);
    for (const page of pages.render) render.set(pathOf(page), page);
    for (const page of pages.remove) remove.set(pathOf(page), page);
  }
  for (const path of remove.keys()) render.delete(path);

  // Every page is rendered before any is written: if one fails, the site stays as it was.
  const files = (await Promise.all([...render.values()].map((page) => renderOne(ctx, page)))).filter(
    (file): file is RenderedFile => file !== undefined,
  );
  await writeFiles(files);
  await removeFiles([...remove.keys()]);
  const invalidated = invalidationPaths({ render: [...render.values()], remove: [...remove.values()] });
  await invalidate(invalidated);
  return { rendered: files.map((file) => file.path), removed: [...remove.keys()], invalidated };
}

/** Every page of the site: first deployment, a change of templates, or an operator's rebuild. */
export async function buildWholeSite(now = new Date()): Promise<{ files: number }> {
  const ctx = await loadSiteContext(now);
  const pages: PageRef[] = [{ kind: 'sitemap-index' }];
  for (const month of await listSitemapMonths()) pages.push({ kind: 'sitemap-month', month: month.month });
  for (const language of languages) {
    pages.push({ kind: 'home', language });
    pages.push({ kind: 'feed', format: 'rss', language }, { kind: 'feed', format: 'atom', language });
    for (const category of ctx.categories) {
      const latest = await latestListingOrdinal(language, category.slug);
      pages.push({ kind: 'category-front', language, categorySlug: category.slug });
      pages.push({ kind: 'feed', format: 'rss', language, categorySlug: category.slug });
      pages.push({ kind: 'feed', format: 'atom', language, categorySlug: category.slug });
      for (let page = 1; latest >= 0 && page <= listingBlockOf(latest); page += 1) {
        pages.push({ kind: 'category-page', language, categorySlug: category.slug, page });
      }
    }
  }
  // A whole-site build writes as it goes, in chunks, so memory stays bounded (a 10,000-article site would not
  // fit in the publisher's memory at once). Each page is written whole; pages not yet rewritten stay as they were.
  let written = 0;
  let pending: RenderedFile[] = [];
  const emit = async (files: RenderedFile[], force = false) => {
    pending.push(...files);
    if (pending.length >= WRITE_CHUNK || (force && pending.length > 0)) {
      await writeFiles(pending);
      written += pending.length;
      pending = [];
    }
  };
  await emit([...fixedFiles(ctx), ...(await allGazettePages(ctx))]);
  // Article pages straight from one read of every live article, rather than two reads per page.
  for (const language of languages) {
    const articles = await listAllPublished(language);
    const newestByCategory = new Map<string, PublishedArticle[]>();
    for (const article of articles) {
      const list = newestByCategory.get(article.categorySlug) ?? [];
      if (list.length < 6) list.push(article);
      newestByCategory.set(article.categorySlug, list);
    }
    for (const article of articles) {
      const category = categoryOf(ctx, article.categorySlug);
      if (!category) continue;
      const related = (newestByCategory.get(category.slug) ?? [])
        .filter((other) => other.id !== article.id)
        .slice(0, 5);
      await emit([
        html(
          sitePaths.article(language, article.slug),
          renderArticlePage(ctx, article, { category, related }),
        ),
        html(
          sitePaths.articlePrint(language, article.slug),
          renderArticlePrintPage(ctx, article, { category }),
        ),
      ]);
    }
  }
  // Listing pages, feeds and sitemaps read from the table: a few dozen at a time, within the SDK's sockets.
  for (let start = 0; start < pages.length; start += READ_BATCH) {
    const batch = await Promise.all(
      pages.slice(start, start + READ_BATCH).map((page) => renderPage(ctx, page)),
    );
    await emit(batch.filter((file): file is RenderedFile => file !== undefined));
  }
  await emit([], true);
  await invalidate(['/*']);
  return { files: written };
}
