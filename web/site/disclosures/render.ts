/**
 * Disclosures on the public site: pure, synchronous render functions like web/site/render.ts.
 */
import type { Disclosure, DisclosureCollection } from '#shared/domain/disclosure.ts';
import type { Language } from '#shared/domain/text.ts';
import { disclosureSitemapEntries } from '#shared/site/disclosure-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { SiteContext } from '../context.ts';
import { type FeedEvent, renderEventFeed } from '../event-feed.ts';
import { renderDocument } from '../html.ts';
import { renderSitemapMonth } from '../sitemap.ts';
import {
  DisclosureCollectionPage,
  DisclosureHomePage,
  DisclosureRecordPage,
  DisclosureYearPage,
  disclosureText,
} from './pages.tsx';

export { renderDisclosureData } from './open-data.ts';

/** The disclosures' sitemap (sitemaps.org, with each page's other language). */
export const renderDisclosureSitemap = (ctx: SiteContext, records: Disclosure[]) =>
  renderSitemapMonth(ctx, disclosureSitemapEntries(records));

export const renderDisclosureHome = (ctx: SiteContext, language: Language, records: Disclosure[]) =>
  renderDocument(DisclosureHomePage({ ctx, language, records }));
export const renderDisclosureCollection = (
  ctx: SiteContext,
  language: Language,
  collection: DisclosureCollection,
  records: Disclosure[],
) => renderDocument(DisclosureCollectionPage({ ctx, language, collection, records }));
export const renderDisclosureYear = (
  ctx: SiteContext,
  language: Language,
  year: number,
  records: Disclosure[],
) => renderDocument(DisclosureYearPage({ ctx, language, year, records }));
export const renderDisclosureRecord = (ctx: SiteContext, language: Language, record: Disclosure) =>
  renderDocument(DisclosureRecordPage({ ctx, language, record }));

/** One entry per publication of a record (Vietnamese, as the participation feeds are). */
export function disclosureFeedEvents(records: Disclosure[]): FeedEvent[] {
  return records.map((record) => ({
    id: `${sitePaths.disclosure('vi', record.slug)}#${record.publishedAt ?? record.updatedAt}`,
    title: record.titleVi,
    path: sitePaths.disclosure('vi', record.slug),
    at: record.publishedAt ?? record.updatedAt,
    summary: `${record.summaryVi} (${record.issuingBody})`,
  }));
}

export const renderDisclosureFeed = (ctx: SiteContext, records: Disclosure[], format: 'rss' | 'atom') =>
  renderEventFeed(
    ctx,
    {
      title: disclosureText.vi.section,
      description: disclosureText.vi.intro,
      pagePath: sitePaths.disclosures('vi'),
      rssPath: sitePaths.disclosureRssFeed(),
      atomPath: sitePaths.disclosureAtomFeed(),
      events: disclosureFeedEvents(records),
    },
    format,
  );
