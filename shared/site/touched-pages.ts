import type { ListingPosition, PublicationChange } from '#shared/domain/publication.ts';
import type { Language } from '#shared/domain/text.ts';
import { blockOrdinals, frontShowsBlock, listingBlockOf, newestBlockOf } from './geometry.ts';
import { sitePaths } from './urls.ts';

/**
 * Which public pages one change of a published article touches. The publisher re-renders exactly these
 * (and, on AWS, invalidates exactly these paths); nothing else on the site changes.
 *
 * Listing pages are numbered from the oldest article (geometry.ts), so a new article lands on the newest
 * page and older pages never shift: the cost of a publication does not grow with the site.
 */
export type { ListingPosition, PublicationChange };

/** One page of the site made of articles: what the publisher renders, touches and invalidates. */
export type PageRef =
  | { kind: 'home'; language: Language }
  | { kind: 'article'; language: Language; slug: string }
  | { kind: 'article-print'; language: Language; slug: string }
  | { kind: 'category-front'; language: Language; categorySlug: string }
  | { kind: 'category-page'; language: Language; categorySlug: string; page: number }
  | { kind: 'feed'; format: 'rss' | 'atom'; language: Language; categorySlug?: string }
  | { kind: 'sitemap-month'; month: string }
  | { kind: 'sitemap-index' };

export function pathOf(page: PageRef): string {
  switch (page.kind) {
    case 'home':
      return sitePaths.home(page.language);
    case 'article':
      return sitePaths.article(page.language, page.slug);
    case 'article-print':
      return sitePaths.articlePrint(page.language, page.slug);
    case 'category-front':
      return sitePaths.category(page.language, page.categorySlug);
    case 'category-page':
      return sitePaths.categoryPage(page.language, page.categorySlug, page.page);
    case 'feed':
      return page.format === 'rss'
        ? sitePaths.rssFeed(page.language, page.categorySlug)
        : sitePaths.atomFeed(page.language, page.categorySlug);
    case 'sitemap-month':
      return sitePaths.sitemapMonth(page.month);
    case 'sitemap-index':
      return sitePaths.sitemapIndex();
  }
}

/** The pages an article's presence at one listing position shows up on. */
function pagesShowing(position: ListingPosition, latestOrdinal: number): PageRef[] {
  const { language, slug, categorySlug, ordinal } = position;
  const block = listingBlockOf(ordinal);
  const newestBlock = newestBlockOf(Math.max(latestOrdinal, ordinal));
  const pages: PageRef[] = [
    { kind: 'article', language, slug },
    { kind: 'article-print', language, slug },
    { kind: 'home', language },
    { kind: 'category-page', language, categorySlug, page: block },
    { kind: 'feed', format: 'rss', language, categorySlug },
    { kind: 'feed', format: 'atom', language, categorySlug },
    { kind: 'feed', format: 'rss', language },
    { kind: 'feed', format: 'atom', language },
    { kind: 'sitemap-month', month: position.sitemapMonth },
    { kind: 'sitemap-index' },
  ];
  if (frontShowsBlock(block, newestBlock)) pages.push({ kind: 'category-front', language, categorySlug });
  // The first article of a block creates that page: the block before it gains a "newer" link.
  if (ordinal === blockOrdinals(block).from && block > 1) {
    pages.push({ kind: 'category-page', language, categorySlug, page: block - 1 });
  }
  return pages;
}

/**
 * Pages to render and pages to delete for one change. `latestOrdinal` gives, per `language/category`,
 * the newest ordinal allocated in that listing (it decides whether the category's front page shows it).
 */
export function touchedPages(
  change: PublicationChange,
  latestOrdinal: (language: Language, categorySlug: string) => number,
): { render: PageRef[]; remove: PageRef[] } {
  const render = new Map<string, PageRef>();
  const remove = new Map<string, PageRef>();
  const add = (target: Map<string, PageRef>, pages: PageRef[]) => {
    for (const page of pages) target.set(pathOf(page), page);
  };
  for (const position of [change.before, change.after]) {
    if (position)
      add(render, pagesShowing(position, latestOrdinal(position.language, position.categorySlug)));
  }
  if (change.before && !change.after) {
    // Taken down: its own pages go; every listing it was on is rendered without it.
    const { language, slug } = change.before;
    for (const page of [
      { kind: 'article', language, slug },
      { kind: 'article-print', language, slug },
    ] satisfies PageRef[]) {
      render.delete(pathOf(page));
      remove.set(pathOf(page), page);
    }
  }
  if (change.translation) add(render, [{ kind: 'article', ...change.translation }]);
  return { render: [...render.values()], remove: [...remove.values()] };
}

/** Paths for a CDN invalidation: exactly the touched ones. */
export function invalidationPaths(pages: { render: PageRef[]; remove: PageRef[] }): string[] {
  return [...pages.render, ...pages.remove].map(pathOf).sort();
}
