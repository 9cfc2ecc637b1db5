import type { Child } from 'hono/jsx';
import { sitePaths } from '#shared/site/urls.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Layout } from '../../components/Layout.tsx';
import { OpenGraph } from '../../components/OpenGraph.tsx';
import { absoluteUrl, type SiteContext } from '../../context.ts';
import { portal } from '../../portal.ts';
import { feedbackLabels as text } from '../i18n.ts';

/**
 * The shell of every feedback page: Vietnamese (the questions and answers are), the language switch to
 * the English home page (as the gazette's pages do), a breadcrumb under "Phản ánh, kiến nghị". Pages with
 * a canonical path are public and shareable; the dynamic ones (tracking, problems, a form sent back with
 * errors) have none and are kept out of search engines.
 */
export function FeedbackLayout({
  ctx,
  title,
  description,
  canonicalPath,
  trail,
  current,
  head,
  withFeed = false,
  children,
}: {
  ctx: SiteContext;
  /** The page's own name; the portal's is appended (WCAG 2.1 SC 2.4.2). */
  title: string;
  description?: string | undefined;
  canonicalPath?: string | undefined;
  /** Steps between the feedback home page and this page. */
  trail: { name: string; path: string }[];
  /** The breadcrumb's last step; undefined on the feedback home page itself. */
  current?: string | undefined;
  head?: Child;
  withFeed?: boolean;
  children: Child;
}) {
  const home = { name: text.section, path: sitePaths.feedbackHome() };
  return (
    <Layout
      ctx={ctx}
      language="vi"
      title={`${title} | ${portal.shortName.vi}`}
      description={description}
      alternatePath={sitePaths.home('en')}
      noindex={canonicalPath === undefined}
      links={{
        canonicalPath,
        ...(withFeed ? { feeds: { title: text.feedTitle, rssPath: sitePaths.feedbackFeed() } } : {}),
      }}
      head={
        <>
          {canonicalPath ? (
            <OpenGraph
              language="vi"
              type="website"
              title={title}
              description={description}
              url={absoluteUrl(ctx, canonicalPath)}
            />
          ) : null}
          {head}
        </>
      }
    >
      <Breadcrumb
        language="vi"
        trail={current === undefined ? [] : [home, ...trail]}
        current={current ?? text.section}
      />
      <div class="feedback">{children}</div>
    </Layout>
  );
}
