import {
  getPublished,
  getPublishedBySlug,
  latestListingOrdinal,
  listLatestPublished,
  listNewestInCategory,
  listPublishedByOrdinal,
  listPublishedInMonth,
  listSitemapMonths,
  type SitemapArticle,
} from '#shared/data/articles.ts';
import { listConsultations } from '#shared/data/consultations.ts';
import { listDialogues } from '#shared/data/dialogues.ts';
import { listNewestPublishedFeedback } from '#shared/data/feedback.ts';
import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Category } from '#shared/domain/directory.ts';
import type { Language } from '#shared/domain/text.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { blockOrdinals, frontOf, newestBlockOf } from '#shared/site/geometry.ts';
import { type PageRef, pathOf } from '#shared/site/touched-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import {
  type HomeModel,
  renderArticlePage,
  renderArticlePrintPage,
  renderAtomFeed,
  renderCategoryFront,
  renderCategoryPage,
  renderHomePage,
  renderRssFeed,
  renderSitemapIndex,
  renderSitemapMonth,
  type SiteContext,
} from '#web/site/render.ts';
import { disclosureSitemapEntry } from './disclosure-pages.ts';
import { pagesSitemapEntry } from './managed-pages.ts';
import { html, type RenderedFile, xml } from './site-files.ts';

/**
 * The pages of the site made of articles (a PageRef each): which data each one shows, and rendering it.
 * Each page goes in two steps: its model is read (`readPageModel`, through `ArticleReads`), then rendered
 * (`renderPageModel`, pure). A caller that already holds the articles (a rebuild partition, the bench)
 * builds models with the pure builders below, or reads them through its own `ArticleReads`.
 */

/** The reads the page models make. `tableReads` is the table; the bench answers them from memory. */
export type ArticleReads = {
  publishedBySlug(language: Language, slug: string): Promise<PublishedArticle | undefined>;
  /** The language's newest articles, newest first. */
  latestPublished(language: Language, limit: number): Promise<PublishedArticle[]>;
  /** A category listing's newest articles, newest first. */
  newestInCategory(language: Language, categorySlug: string, limit: number): Promise<PublishedArticle[]>;
  /** Newest ordinal allocated in a listing, -1 when none. */
  latestOrdinal(language: Language, categorySlug: string): Promise<number>;
  /** Articles whose ordinals fall in [from, to], newest first. */
  publishedByOrdinal(
    language: Language,
    categorySlug: string,
    from: number,
    to: number,
  ): Promise<PublishedArticle[]>;
  publishedInMonth(month: string): Promise<SitemapArticle[]>;
  sitemapMonths(): Promise<{ month: string; lastModified: string }[]>;
  /** Sitemaps besides the months' (the published answers to citizens' feedback). */
  otherSitemaps(): Promise<{ path: string; lastModified: string }[]>;
  /** The article the admin features on the home page (menus: home blocks). */
  publishedById?(id: string): Promise<PublishedArticle | undefined>;
};

export const tableReads: ArticleReads = {
  publishedBySlug: getPublishedBySlug,
  publishedById: getPublished,
  latestPublished: listLatestPublished,
  newestInCategory: listNewestInCategory,
  latestOrdinal: latestListingOrdinal,
  publishedByOrdinal: listPublishedByOrdinal,
  publishedInMonth: listPublishedInMonth,
  sitemapMonths: listSitemapMonths,
  otherSitemaps: async () => {
    const [[newest], consultations, dialogues, pages, disclosures] = await Promise.all([
      listNewestPublishedFeedback(1),
      listConsultations(),
      listDialogues(),
      pagesSitemapEntry(),
      disclosureSitemapEntry(),
    ]);
    // Consultations and online dialogues: one sitemap each, dated by their latest change.
    const latestOf = (items: { updatedAt: string }[]) =>
      items
        .map((item) => item.updatedAt)
        .sort()
        .at(-1);
    const latestConsultation = latestOf(consultations);
    const latestDialogue = latestOf(dialogues);
    return [
      ...(newest ? [{ path: sitePaths.feedbackSitemap(), lastModified: newest.publishedAt }] : []),
      ...(latestConsultation
        ? [{ path: consultationPaths.sitemap(), lastModified: latestConsultation }]
        : []),
      ...(latestDialogue ? [{ path: sitePaths.dialogueSitemap(), lastModified: latestDialogue }] : []),
      ...(pages ? [pages] : []),
      ...(disclosures ? [disclosures] : []),
    ];
  },
};

const FEED_SIZE = 20;
const HOME_LATEST = 10;
const HOME_PER_CATEGORY = 4;
const RELATED_SIZE = 5;
/** An article page reads its category's newest articles for its related block, itself perhaps among them. */
export const RELATED_READ = RELATED_SIZE + 1;
const LEADERSHIP_CATEGORY = 'chi-dao-dieu-hanh';

export type ArticlePageModel =
  | { kind: 'home'; path: string; language: Language; model: HomeModel }
  | {
      kind: 'article';
      path: string;
      article: PublishedArticle;
      category: Category;
      related: PublishedArticle[];
    }
  | { kind: 'article-print'; path: string; article: PublishedArticle; category: Category }
  | {
      kind: 'category-front';
      path: string;
      language: Language;
      category: Category;
      articles: PublishedArticle[];
      olderPage?: number;
    }
  | {
      kind: 'category-page';
      path: string;
      language: Language;
      category: Category;
      page: number;
      articles: PublishedArticle[];
      newerPage?: number;
      olderPage?: number;
    }
  | {
      kind: 'feed';
      path: string;
      format: 'rss' | 'atom';
      language: Language;
      category?: Category;
      articles: PublishedArticle[];
    }
  | { kind: 'sitemap-month'; path: string; articles: SitemapArticle[] }
  | {
      kind: 'sitemap-index';
      path: string;
      months: { month: string; lastModified: string }[];
      others: { path: string; lastModified: string }[];
    };

export function categoryOf(ctx: SiteContext, slug: string): Category | undefined {
  return ctx.categories.find((category) => category.slug === slug);
}

// Pure builders: a page's model from articles already read.

/** `newestInCategory`: the category's RELATED_READ newest articles, newest first. */
export function articleModel(
  article: PublishedArticle,
  category: Category,
  newestInCategory: PublishedArticle[],
): ArticlePageModel {
  const related = newestInCategory.filter((other) => other.id !== article.id).slice(0, RELATED_SIZE);
  return {
    kind: 'article',
    path: sitePaths.article(article.language, article.slug),
    article,
    category,
    related,
  };
}

export function articlePrintModel(article: PublishedArticle, category: Category): ArticlePageModel {
  return {
    kind: 'article-print',
    path: sitePaths.articlePrint(article.language, article.slug),
    article,
    category,
  };
}

/** `blockArticles`: the block's articles, newest first; `newestBlock`: the listing's newest block. */
export function categoryPageModel(
  language: Language,
  category: Category,
  page: number,
  newestBlock: number,
  blockArticles: PublishedArticle[],
): ArticlePageModel {
  return {
    kind: 'category-page',
    path: sitePaths.categoryPage(language, category.slug, page),
    language,
    category,
    page,
    articles: blockArticles,
    newerPage: page < newestBlock ? page + 1 : undefined,
    olderPage: page > 1 ? page - 1 : undefined,
  };
}

// Reads: the model of one page from current data.

async function readHome(
  ctx: SiteContext,
  language: Language,
  reads: ArticleReads,
): Promise<ArticlePageModel> {
  const byCategory = await Promise.all(
    ctx.categories.map(async (category) => ({
      category,
      articles: await reads.newestInCategory(language, category.slug, HOME_PER_CATEGORY),
    })),
  );
  const featuredId = ctx.navigation?.menus.home?.featuredArticleIds?.[language];
  const featured = featuredId ? await reads.publishedById?.(featuredId) : undefined;
  return {
    kind: 'home',
    path: sitePaths.home(language),
    language,
    model: {
      ...(featured?.language === language ? { featured } : {}),
      latest: await reads.latestPublished(language, HOME_LATEST),
      byCategory: byCategory.filter((block) => block.articles.length > 0),
      leadership: byCategory.find((block) => block.category.slug === LEADERSHIP_CATEGORY)?.articles ?? [],
    },
  };
}

async function readArticle(
  ctx: SiteContext,
  page: Extract<PageRef, { kind: 'article' | 'article-print' }>,
  reads: ArticleReads,
): Promise<ArticlePageModel | undefined> {
  const article = await reads.publishedBySlug(page.language, page.slug);
  const category = article && categoryOf(ctx, article.categorySlug);
  if (!article || !category) return undefined;
  if (page.kind === 'article-print') return articlePrintModel(article, category);
  return articleModel(
    article,
    category,
    await reads.newestInCategory(article.language, category.slug, RELATED_READ),
  );
}

async function readCategoryFront(
  ctx: SiteContext,
  language: Language,
  categorySlug: string,
  reads: ArticleReads,
): Promise<ArticlePageModel | undefined> {
  const category = categoryOf(ctx, categorySlug);
  if (!category) return undefined;
  const latest = await reads.latestOrdinal(language, category.slug);
  const front = frontOf(latest);
  return {
    kind: 'category-front',
    path: sitePaths.category(language, category.slug),
    language,
    category,
    articles: latest < 0 ? [] : await reads.publishedByOrdinal(language, category.slug, front.from, front.to),
    olderPage: front.olderBlock,
  };
}

async function readCategoryPage(
  ctx: SiteContext,
  page: Extract<PageRef, { kind: 'category-page' }>,
  reads: ArticleReads,
): Promise<ArticlePageModel | undefined> {
  const category = categoryOf(ctx, page.categorySlug);
  if (!category) return undefined;
  const newestBlock = newestBlockOf(await reads.latestOrdinal(page.language, category.slug));
  if (page.page > newestBlock) return undefined;
  const { from, to } = blockOrdinals(page.page);
  const articles = await reads.publishedByOrdinal(page.language, category.slug, from, to);
  return categoryPageModel(page.language, category, page.page, newestBlock, articles);
}

async function readFeed(
  ctx: SiteContext,
  page: Extract<PageRef, { kind: 'feed' }>,
  reads: ArticleReads,
): Promise<ArticlePageModel | undefined> {
  const category = page.categorySlug ? categoryOf(ctx, page.categorySlug) : undefined;
  if (page.categorySlug && !category) return undefined;
  const articles = category
    ? await reads.newestInCategory(page.language, category.slug, FEED_SIZE)
    : await reads.latestPublished(page.language, FEED_SIZE);
  return {
    kind: 'feed',
    path: pathOf(page),
    format: page.format,
    language: page.language,
    category,
    articles,
  };
}

/** The model of one page from current data; undefined when the page has nothing to show (e.g. not published). */
export async function readPageModel(
  ctx: SiteContext,
  page: PageRef,
  reads: ArticleReads = tableReads,
): Promise<ArticlePageModel | undefined> {
  switch (page.kind) {
    case 'home':
      return readHome(ctx, page.language, reads);
    case 'article':
    case 'article-print':
      return readArticle(ctx, page, reads);
    case 'category-front':
      return readCategoryFront(ctx, page.language, page.categorySlug, reads);
    case 'category-page':
      return readCategoryPage(ctx, page, reads);
    case 'feed':
      return readFeed(ctx, page, reads);
    case 'sitemap-month':
      return {
        kind: 'sitemap-month',
        path: pathOf(page),
        articles: await reads.publishedInMonth(page.month),
      };
    case 'sitemap-index':
      return {
        kind: 'sitemap-index',
        path: pathOf(page),
        months: await reads.sitemapMonths(),
        others: await reads.otherSitemaps(),
      };
  }
}

// Rendering: pure, from a model.

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

export function renderPageModel(ctx: SiteContext, model: ArticlePageModel): RenderedFile {
  switch (model.kind) {
    case 'home':
      return html(model.path, renderHomePage(ctx, model.language, model.model));
    case 'article':
      return html(
        model.path,
        renderArticlePage(ctx, model.article, { category: model.category, related: model.related }),
      );
    case 'article-print':
      return html(model.path, renderArticlePrintPage(ctx, model.article, { category: model.category }));
    // The renderers take the models as they are: each reads only its own fields.
    case 'category-front':
      return html(model.path, renderCategoryFront(ctx, model.language, model.category, model));
    case 'category-page':
      return html(model.path, renderCategoryPage(ctx, model.language, model.category, model));
    case 'feed': {
      const rss = model.format === 'rss';
      const body = (rss ? renderRssFeed : renderAtomFeed)(
        ctx,
        model.language,
        model.category,
        model.articles,
      );
      return xml(model.path, body, rss ? 'application/rss+xml' : 'application/atom+xml');
    }
    case 'sitemap-month':
      return xml(model.path, renderSitemapMonth(ctx, model.articles.map(sitemapEntry)), 'application/xml');
    case 'sitemap-index':
      return xml(model.path, renderSitemapIndex(ctx, model.months, model.others), 'application/xml');
  }
}

/** Reads and renders one page; undefined when the page has nothing to show. */
export async function renderPage(
  ctx: SiteContext,
  page: PageRef,
  reads: ArticleReads = tableReads,
): Promise<RenderedFile | undefined> {
  const model = await readPageModel(ctx, page, reads);
  return model && renderPageModel(ctx, model);
}
