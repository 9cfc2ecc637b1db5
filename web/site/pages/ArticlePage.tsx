import { raw } from 'hono/html';
import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Category } from '#shared/domain/directory.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { ArticleList } from '../components/ArticleList.tsx';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { CoverImage } from '../components/CoverImage.tsx';
import { JsonLd } from '../components/JsonLd.tsx';
import { Layout } from '../components/Layout.tsx';
import { OpenGraph } from '../components/OpenGraph.tsx';
import { PageRating } from '../components/PageRating.tsx';
import { PublishedTime } from '../components/PublishedTime.tsx';
import { TagList } from '../components/TagList.tsx';
import { absoluteUrl, categoryName, type SiteContext } from '../context.ts';
import { labels, otherLanguage } from '../i18n.ts';
import { portal } from '../portal.ts';
import { newsArticleJsonLd, shareImageUrl } from '../structured-data.ts';

/** The article's cover is as wide as the text column (46rem) on large screens, the viewport below. */
export const ARTICLE_IMAGE_SIZES = '(min-width: 48rem) 46rem, 100vw';

export function ArticlePage({
  ctx,
  article,
  category,
  related,
  preview = false,
}: {
  ctx: SiteContext;
  article: PublishedArticle;
  category: Category;
  related: PublishedArticle[];
  preview?: boolean;
}) {
  const language = article.language;
  const text = labels[language];
  const other = otherLanguage(language);
  const path = sitePaths.article(language, article.slug);
  const url = absoluteUrl(ctx, path);
  const section = categoryName(category, language);
  const sectionPath = sitePaths.category(language, category.slug);
  const translationPath = article.translationSlug
    ? sitePaths.article(other, article.translationSlug)
    : undefined;
  const updated = article.publishedAt !== article.firstPublishedAt;
  return (
    <Layout
      ctx={ctx}
      language={language}
      title={`${article.title} | ${portal.shortName[language]}`}
      description={article.summary}
      alternatePath={translationPath ?? sitePaths.home(other)}
      currentCategory={category.slug}
      // A preview must never be indexed, even if its URL leaks.
      noindex={preview}
      previewBanner={preview ? text.preview : undefined}
      links={{
        canonicalPath: path,
        ...(translationPath
          ? {
              alternates: [
                { language, path },
                { language: other, path: translationPath },
              ],
            }
          : {}),
        feeds: {
          title: `${portal.shortName[language]} — ${section}`,
          rssPath: sitePaths.rssFeed(language, category.slug),
          atomPath: sitePaths.atomFeed(language, category.slug),
        },
      }}
      head={
        <>
          <OpenGraph
            language={language}
            type="article"
            title={article.title}
            description={article.summary}
            url={url}
            image={shareImageUrl(ctx, article)}
            imageAlt={article.coverImage?.alt}
            article={{
              publishedTime: article.firstPublishedAt,
              modifiedTime: article.publishedAt,
              section,
              tags: article.tags,
            }}
          />
          <JsonLd data={newsArticleJsonLd(ctx, article, category)} />
        </>
      }
    >
      <Breadcrumb
        language={language}
        trail={[{ name: section, path: sectionPath }]}
        current={article.title}
      />
      <article class="article">
        <header>
          <p class="article__section">
            <a href={sectionPath}>{section}</a>
          </p>
          <h1>{article.title}</h1>
          <p class="article__meta">
            <span>
              {text.publishedAt}{' '}
              <PublishedTime instant={article.firstPublishedAt} language={language} withTime />
            </span>
            {updated ? (
              <span>
                {text.updatedAt} <PublishedTime instant={article.publishedAt} language={language} withTime />
              </span>
            ) : null}
          </p>
        </header>
        <p class="article__lead">{article.summary}</p>
        {article.coverImage ? (
          <figure class="article__figure">
            <CoverImage image={article.coverImage} sizes={ARTICLE_IMAGE_SIZES} eager />
          </figure>
        ) : null}
        {/* bodyHtml was sanitized when it was saved (functions/content): it is the one raw insertion. */}
        <div class="article-body">{raw(article.bodyHtml)}</div>
        <p class="article__author">
          <span class="vh">{text.author}: </span>
          {article.authorName}
        </p>
        {/* An agency's contribution credits the agency (docs/decisions.md 180). */}
        {article.sourceAgency ? (
          <p class="article__author">
            {text.printSource}:{' '}
            {language === 'vi' ? article.sourceAgency.nameVi : article.sourceAgency.nameEn}
          </p>
        ) : null}
        <TagList language={language} tags={article.tags} />
        {/* Printed straight from this page, the paper still says where it came from. */}
        <p class="print-only">
          {text.printSource}: {portal.name[language]} — {url}
        </p>
        <nav class="article-tools" aria-label={text.articleTools}>
          {/* Decree 224/2026/NĐ-CP: every article can be printed and archived. */}
          <a href={sitePaths.articlePrint(language, article.slug)}>{text.print}</a>
          <a href={sitePaths.rssFeed(language, category.slug)}>
            {text.rss}: {section}
          </a>
        </nav>
        {/* A preview is no page of the site yet: nothing to rate. */}
        {preview ? null : <PageRating language={language} path={path} />}
      </article>
      {related.length > 0 ? (
        <section class="related block" aria-labelledby="related-title">
          <h2 class="block__title" id="related-title">
            {text.related}
          </h2>
          <ArticleList articles={related} headingLevel={3} />
        </section>
      ) : null}
    </Layout>
  );
}
