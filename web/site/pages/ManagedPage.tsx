import { raw } from 'hono/html';
import type { PublishedPage } from '#shared/domain/page.ts';
import { ancestorsOf, childrenOf } from '#shared/site/page-tree.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateEn, formatDateVi } from '#shared/time/vietnam.ts';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { Layout } from '../components/Layout.tsx';
import { OpenGraph } from '../components/OpenGraph.tsx';
import { PageRating } from '../components/PageRating.tsx';
import { absoluteUrl, type SiteContext } from '../context.ts';
import { labels, otherLanguage } from '../i18n.ts';
import { portal } from '../portal.ts';

/**
 * A managed page (introduction, contacts, access to information…): its approved text, where it sits in the
 * tree (breadcrumb, its subpages), a link to its translation and the date it was last approved
 * ("Cập nhật lần cuối", Vietnam's date).
 */
export function ManagedPage({
  ctx,
  page,
  preview = false,
}: {
  ctx: SiteContext;
  page: PublishedPage;
  preview?: boolean;
}) {
  const { language } = page;
  const text = labels[language];
  const other = otherLanguage(language);
  const path = sitePaths.managedPage(language, page.slug);
  const otherPath = page.translationSlug
    ? sitePaths.managedPage(other, page.translationSlug)
    : sitePaths.home(other);
  const tree = ctx.navigation?.pages[language] ?? [];
  const trail = ancestorsOf(tree, page.id).map((ancestor) => ({
    name: ancestor.title,
    path: sitePaths.managedPage(language, ancestor.slug),
  }));
  const children = childrenOf(tree, page.id);
  const updated = language === 'vi' ? formatDateVi(page.publishedAt) : formatDateEn(page.publishedAt);
  return (
    <Layout
      ctx={ctx}
      language={language}
      title={`${page.title} | ${portal.shortName[language]}`}
      description={page.summary || undefined}
      alternatePath={otherPath}
      noindex={preview}
      previewBanner={preview ? text.pagePreview : undefined}
      links={{
        canonicalPath: path,
        alternates: [
          { language, path },
          ...(page.translationSlug ? [{ language: other, path: otherPath }] : []),
        ],
      }}
      head={<OpenGraph language={language} type="website" title={page.title} url={absoluteUrl(ctx, path)} />}
    >
      <Breadcrumb language={language} trail={trail} current={page.title} />
      <article class="prose managed-page">
        <h1>{page.title}</h1>
        {page.summary ? <p class="article__lead">{page.summary}</p> : null}
        {/* bodyHtml was sanitized when it was saved (shared/editorial/page-service.ts). */}
        <div class="article-body">{raw(page.bodyHtml)}</div>
        {children.length > 0 ? (
          <nav class="subpages" aria-labelledby="subpages-heading">
            <h2 id="subpages-heading">{text.subpages}</h2>
            <ul>
              {children.map((child) => (
                <li>
                  <a href={sitePaths.managedPage(language, child.slug)}>{child.title}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <p class="page-updated">
          {text.lastUpdated}: <time datetime={page.publishedAt}>{updated}</time>
        </p>
        {/* A preview is no page of the site yet: nothing to rate. */}
        {preview ? null : <PageRating language={language} path={path} />}
      </article>
    </Layout>
  );
}
