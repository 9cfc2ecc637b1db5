import { raw } from 'hono/html';
import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Category } from '#shared/domain/directory.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { CoverImage } from '../components/CoverImage.tsx';
import { PublishedTime } from '../components/PublishedTime.tsx';
import { absoluteUrl, categoryName, type SiteContext } from '../context.ts';
import { labels } from '../i18n.ts';
import { portal } from '../portal.ts';
import { stylesheetHref } from '../stylesheet-href.ts';
import { ARTICLE_IMAGE_SIZES } from './ArticlePage.tsx';

/**
 * The printable version (Decree 224/2026/NĐ-CP: print and archive every article): the article alone, with
 * the portal's name, the article's permanent address and when this version was made, so a paper or PDF
 * copy says where it came from. Its canonical URL is the article's, so search engines index only that.
 */
export function ArticlePrintPage({
  ctx,
  article,
  category,
}: {
  ctx: SiteContext;
  article: PublishedArticle;
  category: Category;
}) {
  const language = article.language;
  const text = labels[language];
  const articlePath = sitePaths.article(language, article.slug);
  const articleUrl = absoluteUrl(ctx, articlePath);
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${text.printVersion}: ${article.title} | ${portal.shortName[language]}`}</title>
        <link rel="stylesheet" href={stylesheetHref} />
        <link rel="canonical" href={articleUrl} />
      </head>
      <body class="print-page">
        <a class="skip-link" href="#main">
          {text.skipToContent}
        </a>
        <header class="print-header">
          <div class="wrap">
            <p class="print-header__name">
              <strong>{portal.name[language]}</strong> · {portal.province[language]}
            </p>
            <p class="no-print">
              <a href={articlePath}>{text.backToArticle}</a>
            </p>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class="wrap">
            <article class="article">
              <p class="article__section">{categoryName(category, language)}</p>
              <h1>{article.title}</h1>
              <p class="article__meta">
                <span>
                  {text.publishedAt}{' '}
                  <PublishedTime instant={article.firstPublishedAt} language={language} withTime />
                </span>
                {article.publishedAt !== article.firstPublishedAt ? (
                  <span>
                    {text.updatedAt}{' '}
                    <PublishedTime instant={article.publishedAt} language={language} withTime />
                  </span>
                ) : null}
              </p>
              <p class="article__lead">{article.summary}</p>
              {article.coverImage ? (
                <figure class="article__figure">
                  <CoverImage image={article.coverImage} sizes={ARTICLE_IMAGE_SIZES} eager />
                </figure>
              ) : null}
              <div class="article-body">{raw(article.bodyHtml)}</div>
              <p class="article__author">{article.authorName}</p>
              {article.sourceAgency ? (
                <p class="article__author">
                  {text.printSource}:{' '}
                  {language === 'vi' ? article.sourceAgency.nameVi : article.sourceAgency.nameEn}
                </p>
              ) : null}
              {article.tags.length > 0 ? (
                <p>
                  {text.tags}: {article.tags.join(', ')}
                </p>
              ) : null}
            </article>
          </div>
        </main>
        <footer class="print-footer">
          <div class="wrap">
            <p>
              {text.printSource}: {portal.name[language]} — <a href={articleUrl}>{articleUrl}</a>
            </p>
            <p>
              {text.printGenerated} <PublishedTime instant={ctx.generatedAt} language={language} withTime />
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
