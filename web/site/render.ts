/**
 * The public site renderer: pure, synchronous functions from domain data to complete HTML and XML
 * documents. The publisher (functions/publisher) calls them and writes the results to the site bucket;
 * the content API calls renderSearchPage and renderArticlePage (preview). No clock, no environment, no
 * I/O: the same input always gives the same bytes (ctx.generatedAt stands in for "now").
 *
 * Plain .ts (callers import `#web/site/render.ts`): the pages are JSX components in pages/, called here
 * as functions.
 */
import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Category } from '#shared/domain/directory.ts';
import type { Unit } from '#shared/domain/organisation.ts';
import type { PublishedPage } from '#shared/domain/page.ts';
import type { Language } from '#shared/domain/text.ts';
import type { SiteContext } from './context.ts';
import {
  AgenciesPage,
  ContactsPage,
  type DirectoryData,
  LinksPage,
  OrganisationPage,
  UnitPage,
} from './directory/pages.tsx';
import { renderDocument } from './html.ts';
import { ArticlePage } from './pages/ArticlePage.tsx';
import { ArticlePrintPage } from './pages/ArticlePrintPage.tsx';
import { CategoryPage } from './pages/CategoryPage.tsx';
import { type HomeModel, HomePage } from './pages/HomePage.tsx';
import { ManagedPage } from './pages/ManagedPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { type RatingAnswerModel, RatingAnswerPage } from './pages/RatingAnswerPage.tsx';
import { SearchPage, type SearchPageModel } from './pages/SearchPage.tsx';

export type { SiteContext } from './context.ts';
export { renderAtomFeed, renderRssFeed } from './feeds.ts';
export type { HomeModel } from './pages/HomePage.tsx';
export type { RatingAnswerModel } from './pages/RatingAnswerPage.tsx';
export { renderRobots, renderSitemapIndex, renderSitemapMonth } from './sitemap.ts';
export { siteStylesheet } from './styles.ts';

export function renderHomePage(ctx: SiteContext, language: Language, model: HomeModel): string {
  return renderDocument(HomePage({ ctx, language, model }));
}

/** The category's front page: its newest articles, and a link to the newest full listing block. */
export function renderCategoryFront(
  ctx: SiteContext,
  language: Language,
  category: Category,
  model: { articles: PublishedArticle[] /* newest first */; olderPage?: number },
): string {
  return renderDocument(
    CategoryPage({ ctx, language, category, articles: model.articles, olderPage: model.olderPage }),
  );
}

/** Listing block `page` of a category (1 = the oldest); `newerPage` undefined links back to the front. */
export function renderCategoryPage(
  ctx: SiteContext,
  language: Language,
  category: Category,
  model: {
    page: number;
    articles: PublishedArticle[] /* newest first */;
    newerPage?: number;
    olderPage?: number;
  },
): string {
  return renderDocument(
    CategoryPage({
      ctx,
      language,
      category,
      articles: model.articles,
      page: model.page,
      newerPage: model.newerPage,
      olderPage: model.olderPage,
    }),
  );
}

export function renderArticlePage(
  ctx: SiteContext,
  article: PublishedArticle,
  model: { category: Category; related: PublishedArticle[]; preview?: boolean },
): string {
  return renderDocument(
    ArticlePage({
      ctx,
      article,
      category: model.category,
      related: model.related,
      preview: model.preview ?? false,
    }),
  );
}

export function renderArticlePrintPage(
  ctx: SiteContext,
  article: PublishedArticle,
  model: { category: Category },
): string {
  return renderDocument(ArticlePrintPage({ ctx, article, category: model.category }));
}

export function renderManagedPage(
  ctx: SiteContext,
  page: PublishedPage,
  options: { preview?: boolean } = {},
): string {
  return renderDocument(ManagedPage({ ctx, page, preview: options.preview ?? false }));
}

export function renderSearchPage(ctx: SiteContext, language: Language, model: SearchPageModel): string {
  return renderDocument(SearchPage({ ctx, language, model }));
}

export function renderNotFoundPage(ctx: SiteContext): string {
  return renderDocument(NotFoundPage({ ctx }));
}

/** The organisation and the directory, from data (web/site/directory/pages.tsx). */
export type { DirectoryData } from './directory/pages.tsx';

export function renderDirectoryPage(
  ctx: SiteContext,
  language: Language,
  data: DirectoryData,
  page: { kind: 'organisation' | 'contacts' | 'links' | 'agencies' } | { kind: 'unit'; unit: Unit },
): string {
  switch (page.kind) {
    case 'organisation':
      return renderDocument(OrganisationPage({ ctx, language, data }));
    case 'contacts':
      return renderDocument(ContactsPage({ ctx, language, data }));
    case 'links':
      return renderDocument(LinksPage({ ctx, language, data }));
    case 'agencies':
      return renderDocument(AgenciesPage({ ctx, language, data }));
    case 'unit':
      return renderDocument(UnitPage({ ctx, language, data, unit: page.unit }));
  }
}

/** The content API's answer to a rating posted without JavaScript (thanks, or the problem). */
export function renderRatingAnswerPage(ctx: SiteContext, model: RatingAnswerModel): string {
  return renderDocument(RatingAnswerPage({ ctx, model }));
}
