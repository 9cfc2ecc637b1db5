import { getPublishedPageBySlug, listPublishedPages } from '#shared/data/pages.ts';
import type { PublishedPage } from '#shared/domain/page.ts';
import type { Language } from '#shared/domain/text.ts';
import { type ManagedPageRef, managedPagePath } from '#shared/site/page-touches.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { renderManagedPage, type SiteContext } from '#web/site/render.ts';
import { renderSitemapMonth } from '#web/site/sitemap.ts';
import { html, type RenderedFile, xml } from './site-files.ts';

/** The files of managed pages: one page after a change, every live one at a rebuild. */
const languages: Language[] = ['vi', 'en'];

export async function renderManagedRef(
  ctx: SiteContext,
  ref: ManagedPageRef,
): Promise<RenderedFile | undefined> {
  const page = await getPublishedPageBySlug(ref.language, ref.slug);
  return page ? html(managedPagePath(ref), renderManagedPage(ctx, page)) : undefined;
}

const livePages = async () => (await Promise.all(languages.map(listPublishedPages))).flat();

function sitemapOf(ctx: SiteContext, pages: PublishedPage[]): RenderedFile {
  const entries = pages.map((page) => ({
    path: sitePaths.managedPage(page.language, page.slug),
    lastModified: page.publishedAt,
    ...(page.translationSlug
      ? {
          alternates: [
            {
              language: page.language === 'vi' ? ('en' as const) : ('vi' as const),
              path: sitePaths.managedPage(page.language === 'vi' ? 'en' : 'vi', page.translationSlug),
            },
          ],
        }
      : {}),
  }));
  return xml(sitePaths.pagesSitemap(), renderSitemapMonth(ctx, entries), 'application/xml');
}

/** The pages' sitemap (sitemaps.org): every live page with its translation; the sitemap index links it. */
export async function pagesSitemapFile(ctx: SiteContext): Promise<RenderedFile> {
  return sitemapOf(ctx, await livePages());
}

/** When the newest page was approved, for the sitemap index; none while no page is live. */
export async function pagesSitemapEntry(): Promise<{ path: string; lastModified: string } | undefined> {
  const newest = (await livePages())
    .map((page) => page.publishedAt)
    .sort()
    .at(-1);
  return newest ? { path: sitePaths.pagesSitemap(), lastModified: newest } : undefined;
}

export async function allManagedPages(ctx: SiteContext): Promise<RenderedFile[]> {
  const pages = await livePages();
  return [
    ...pages.map((page) =>
      html(
        managedPagePath({ kind: 'managed-page', language: page.language, slug: page.slug }),
        renderManagedPage(ctx, page),
      ),
    ),
    sitemapOf(ctx, pages),
  ];
}
