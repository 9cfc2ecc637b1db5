import type { Child } from 'hono/jsx';
import type { Language } from '#shared/domain/text.ts';
import { absoluteUrl, type SiteContext } from '../context.ts';
import { stylesheetHref } from '../stylesheet-href.ts';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';
import { SkipLink } from './SkipLink.tsx';

export type HeadLinks = {
  /** Path of this page's canonical URL (absolute in the output). Omitted on the 404 page. */
  canonicalPath?: string | undefined;
  /** Every language version of this page, itself included, for `hreflang` alternates. */
  alternates?: { language: Language; path: string }[];
  /** Feeds that carry this page's articles, for feed readers' auto-discovery (some have no Atom twin). */
  feeds?: { title: string; rssPath: string; atomPath?: string };
};

/**
 * The page shell shared by every HTML page: language, landmarks, skip link, head metadata. No script
 * element other than JSON-LD and a few deferred enhancements of forms that post without them (search as
 * you type, the rating widget): the public site must work with JavaScript off.
 */
export function Layout({
  ctx,
  language,
  title,
  description,
  links,
  alternatePath,
  currentCategory,
  noindex = false,
  headerSearch = true,
  previewBanner,
  head,
  children,
}: {
  ctx: SiteContext;
  language: Language;
  /** The document title: unique per page, the page's own name first (WCAG 2.1 SC 2.4.2). */
  title: string;
  description?: string | undefined;
  links: HeadLinks;
  /** Target of the language switch. */
  alternatePath: string;
  currentCategory?: string | undefined;
  noindex?: boolean;
  /** Off on pages whose main content is a search form: one search landmark per page and language. */
  headerSearch?: boolean;
  previewBanner?: string | undefined;
  /** Page-specific head content: Open Graph, JSON-LD. */
  head?: Child;
  children: Child;
}) {
  return (
    // lang on the root element: screen readers pick the right voice (WCAG 2.1 SC 3.1.1).
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {description ? <meta name="description" content={description} /> : null}
        {noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="stylesheet" href={stylesheetHref} />
        {links.canonicalPath ? <link rel="canonical" href={absoluteUrl(ctx, links.canonicalPath)} /> : null}
        {(links.alternates ?? []).map((alternate) => (
          <link rel="alternate" hreflang={alternate.language} href={absoluteUrl(ctx, alternate.path)} />
        ))}
        {links.feeds ? (
          <>
            <link
              rel="alternate"
              type="application/rss+xml"
              title={links.feeds.title}
              href={absoluteUrl(ctx, links.feeds.rssPath)}
            />
            {links.feeds.atomPath ? (
              <link
                rel="alternate"
                type="application/atom+xml"
                title={links.feeds.title}
                href={absoluteUrl(ctx, links.feeds.atomPath)}
              />
            ) : null}
          </>
        ) : null}
        {head}
      </head>
      <body>
        <SkipLink language={language} />
        <Header
          ctx={ctx}
          language={language}
          alternatePath={alternatePath}
          currentCategory={currentCategory}
          showSearch={headerSearch}
          notice={previewBanner}
        />
        {/* tabindex=-1 lets the skip link move keyboard focus, not only the scroll position. */}
        <main id="main" tabindex={-1}>
          <div class="wrap">{children}</div>
        </main>
        <Footer ctx={ctx} language={language} />
      </body>
    </html>
  );
}
