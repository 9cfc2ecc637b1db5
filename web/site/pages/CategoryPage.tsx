import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Category } from '#shared/domain/directory.ts';
import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { ArticleList } from '../components/ArticleList.tsx';
import { Breadcrumb } from '../components/Breadcrumb.tsx';
import { FeedLinks } from '../components/FeedLinks.tsx';
import { Layout } from '../components/Layout.tsx';
import { OpenGraph } from '../components/OpenGraph.tsx';
import { Pagination } from '../components/Pagination.tsx';
import { absoluteUrl, categoryName, type SiteContext } from '../context.ts';
import { labels, otherLanguage } from '../i18n.ts';
import { portal } from '../portal.ts';

/**
 * A category listing: the front (newest articles, `page` undefined) or listing block `page`. Blocks are
 * numbered from the oldest, so an old block's URL and content never change when new articles arrive.
 */
export function CategoryPage({
  ctx,
  language,
  category,
  articles,
  page,
  newerPage,
  olderPage,
}: {
  ctx: SiteContext;
  language: Language;
  category: Category;
  articles: PublishedArticle[];
  page?: number | undefined;
  newerPage?: number | undefined;
  olderPage?: number | undefined;
}) {
  const text = labels[language];
  // Newest first whatever order the caller read them in: the ordinal is the listing position.
  const newestFirst = [...articles].sort((a, b) => b.ordinal - a.ordinal);
  const other = otherLanguage(language);
  const name = categoryName(category, language);
  const front = sitePaths.category(language, category.slug);
  const path = page === undefined ? front : sitePaths.categoryPage(language, category.slug, page);
  const heading = page === undefined ? name : `${name} — ${text.pageN(page)}`;
  const rssPath = sitePaths.rssFeed(language, category.slug);
  const atomPath = sitePaths.atomFeed(language, category.slug);
  // On a numbered block the newer neighbour is either another block or, past the newest one, the front.
  const newerPath =
    page === undefined
      ? undefined
      : newerPage === undefined
        ? front
        : sitePaths.categoryPage(language, category.slug, newerPage);
  const olderPath =
    olderPage === undefined ? undefined : sitePaths.categoryPage(language, category.slug, olderPage);
  const description = language === 'vi' && category.descriptionVi ? category.descriptionVi : undefined;
  return (
    <Layout
      ctx={ctx}
      language={language}
      title={`${heading} | ${portal.shortName[language]}`}
      description={description}
      // Listing blocks are numbered per language, so only the front has a true counterpart.
      alternatePath={sitePaths.category(other, category.slug)}
      currentCategory={category.slug}
      links={{
        canonicalPath: path,
        ...(page === undefined
          ? {
              alternates: [
                { language: 'vi' as const, path: sitePaths.category('vi', category.slug) },
                { language: 'en' as const, path: sitePaths.category('en', category.slug) },
              ],
            }
          : {}),
        feeds: { title: `${portal.shortName[language]} — ${name}`, rssPath, atomPath },
      }}
      head={
        <OpenGraph
          language={language}
          type="website"
          title={heading}
          description={description}
          url={absoluteUrl(ctx, path)}
        />
      }
    >
      <Breadcrumb
        language={language}
        trail={page === undefined ? [] : [{ name, path: front }]}
        current={page === undefined ? name : text.pageN(page)}
      />
      <div class="listing">
        <div>
          <h1>{heading}</h1>
          {description ? <p class="article__lead">{description}</p> : null}
          {newestFirst.length > 0 ? (
            <ArticleList articles={newestFirst} headingLevel={2} />
          ) : (
            <p>{text.noArticles}</p>
          )}
          <Pagination language={language} newerPath={newerPath} olderPath={olderPath} />
        </div>
        <aside aria-label={text.feeds}>
          <FeedLinks language={language} rssPath={rssPath} atomPath={atomPath} />
        </aside>
      </div>
    </Layout>
  );
}
