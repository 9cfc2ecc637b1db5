import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { absoluteUrl, type SiteContext } from './context.ts';
import { escapeXml } from './html.ts';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * The sitemap index: one child sitemap per month of first publication, and the others (the published
 * answers to citizens' feedback) after them (sitemaps.org protocol).
 */
export function renderSitemapIndex(
  ctx: SiteContext,
  months: { month: string; lastModified: string }[],
  others: { path: string; lastModified: string }[] = [],
): string {
  const entries = [
    ...months.map(({ month, lastModified }) => ({ path: sitePaths.sitemapMonth(month), lastModified })),
    ...others,
  ].map(
    ({ path, lastModified }) =>
      `<sitemap><loc>${escapeXml(absoluteUrl(ctx, path))}</loc><lastmod>${escapeXml(lastModified)}</lastmod></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/** The language a page path belongs to, by the URL scheme: English pages live under the English home. */
const languageOfPath = (path: string): Language => (path.startsWith(sitePaths.home('en')) ? 'en' : 'vi');

/**
 * One month's sitemap. When a page has language versions each `<url>` lists all of them, itself included,
 * as `xhtml:link rel="alternate" hreflang` (what search engines require of hreflang in sitemaps); the page
 * itself is added if the caller left it out.
 */
export function renderSitemapMonth(
  ctx: SiteContext,
  entries: { path: string; lastModified: string; alternates?: { language: Language; path: string }[] }[],
): string {
  const urls = entries.map(({ path, lastModified, alternates }) => {
    const links = alternates && alternates.length > 0 ? withSelf(path, alternates) : [];
    const linkXml = links
      .map(
        (alternate) =>
          `<xhtml:link rel="alternate" hreflang="${alternate.language}" href="${escapeXml(absoluteUrl(ctx, alternate.path))}"/>`,
      )
      .join('');
    return `<url><loc>${escapeXml(absoluteUrl(ctx, path))}</loc><lastmod>${escapeXml(lastModified)}</lastmod>${linkXml}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

function withSelf(path: string, alternates: { language: Language; path: string }[]) {
  const all = alternates.some((alternate) => alternate.path === path)
    ? alternates
    : [{ language: languageOfPath(path), path }, ...alternates];
  return [...all].sort((a, b) => a.language.localeCompare(b.language));
}

/** Crawlers may read everything public; the admin SPA and the API are not for them. */
export function renderRobots(ctx: SiteContext): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin/',
    'Disallow: /api/',
    '',
    `Sitemap: ${absoluteUrl(ctx, sitePaths.sitemapIndex())}`,
    '',
  ].join('\n');
}
