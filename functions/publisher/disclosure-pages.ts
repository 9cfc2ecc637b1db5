import { getDisclosure, listPublishedDisclosures } from '#shared/data/disclosures.ts';
import type { DisclosurePosition } from '#shared/domain/disclosure.ts';
import {
  allDisclosurePages,
  type DisclosurePageRef,
  disclosurePagesTouchedBy,
  disclosurePathOf,
  publicPositionOf,
} from '#shared/site/disclosure-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { SiteContext } from '#web/site/context.ts';
import {
  renderDisclosureCollection,
  renderDisclosureData,
  renderDisclosureFeed,
  renderDisclosureHome,
  renderDisclosureRecord,
  renderDisclosureSitemap,
  renderDisclosureYear,
} from '#web/site/disclosures/render.ts';
import { html, type RenderedFile, xml } from './site-files.ts';

/**
 * The disclosure pages of the public site: every page is made from the published records (a few hundred a
 * year: one read), so the pages and the open data always agree. A change renders what
 * `disclosurePagesTouchedBy` lists; a full rebuild renders every one.
 */
function renderOne(
  ctx: SiteContext,
  page: DisclosurePageRef,
  published: Awaited<ReturnType<typeof listPublishedDisclosures>>,
): RenderedFile | undefined {
  const path = disclosurePathOf(page);
  switch (page.kind) {
    case 'disclosure-home':
      return html(path, renderDisclosureHome(ctx, page.language, published));
    case 'disclosure-collection':
      return html(path, renderDisclosureCollection(ctx, page.language, page.collection, published));
    case 'disclosure-year':
      return html(path, renderDisclosureYear(ctx, page.language, page.year, published));
    case 'disclosure': {
      const record = published.find((each) => each.slug === page.slug);
      return record ? html(path, renderDisclosureRecord(ctx, page.language, record)) : undefined;
    }
    case 'disclosure-data':
      return xml(path, renderDisclosureData(ctx, published), 'application/json');
    case 'disclosure-year-data':
      return xml(path, renderDisclosureData(ctx, published, page.year), 'application/json');
    case 'disclosure-feed':
      return xml(
        path,
        renderDisclosureFeed(ctx, published, page.format),
        page.format === 'rss' ? 'application/rss+xml' : 'application/atom+xml',
      );
    case 'disclosure-sitemap':
      return xml(path, renderDisclosureSitemap(ctx, published), 'application/xml');
  }
}

async function renderAll(ctx: SiteContext, pages: DisclosurePageRef[]): Promise<RenderedFile[]> {
  const published = await listPublishedDisclosures();
  return pages
    .map((page) => renderOne(ctx, page, published))
    .filter((file): file is RenderedFile => file !== undefined);
}

/** One record published or withdrawn: what it was on before and is on now; its own pages go if it left. */
export async function disclosureChangePages(
  ctx: SiteContext,
  disclosureId: string,
  before: DisclosurePosition | undefined,
): Promise<{ files: RenderedFile[]; removed: string[] }> {
  const after = publicPositionOf(await getDisclosure(disclosureId));
  const touched = disclosurePagesTouchedBy({ before, after });
  return { files: await renderAll(ctx, touched.render), removed: touched.remove.map(disclosurePathOf) };
}

export async function allDisclosureFiles(ctx: SiteContext): Promise<RenderedFile[]> {
  return renderAll(ctx, allDisclosurePages(await listPublishedDisclosures()));
}

/** When the newest record was published, for the sitemap index; none while nothing is published. */
export async function disclosureSitemapEntry(): Promise<{ path: string; lastModified: string } | undefined> {
  const newest = (await listPublishedDisclosures())
    .map((record) => record.publishedAt ?? record.updatedAt)
    .sort()
    .at(-1);
  return newest ? { path: sitePaths.disclosureSitemap(), lastModified: newest } : undefined;
}
