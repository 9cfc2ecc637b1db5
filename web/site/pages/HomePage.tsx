import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Category } from '#shared/domain/directory.ts';
import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { ArticleList } from '../components/ArticleList.tsx';
import { FeedLinks } from '../components/FeedLinks.tsx';
import { JsonLd } from '../components/JsonLd.tsx';
import { Layout } from '../components/Layout.tsx';
import { OpenGraph } from '../components/OpenGraph.tsx';
import { absoluteUrl, categoryName, type SiteContext } from '../context.ts';
import { labels, otherLanguage } from '../i18n.ts';
import { menuLinks } from '../menus.ts';
import { portal } from '../portal.ts';
import { organizationJsonLd } from '../structured-data.ts';

export type HomeModel = {
  /** The article the admin features first (menus: home blocks), when it is live in this language. */
  featured?: PublishedArticle;
  latest: PublishedArticle[];
  byCategory: { category: Category; articles: PublishedArticle[] }[];
  leadership: PublishedArticle[];
};

export function HomePage({
  ctx,
  language,
  model,
}: {
  ctx: SiteContext;
  language: Language;
  model: HomeModel;
}) {
  const text = labels[language];
  const other = otherLanguage(language);
  const home = sitePaths.home(language);
  // The leadership block usually is one category's newest articles; do not show them twice.
  const inLeadership = new Set(model.leadership.map((article) => article.id));
  const blocks = model.byCategory.filter(
    (block) => block.articles.length > 0 && !block.articles.every((article) => inLeadership.has(article.id)),
  );
  return (
    <Layout
      ctx={ctx}
      language={language}
      title={portal.name[language]}
      description={portal.managingUnit[language]}
      alternatePath={sitePaths.home(other)}
      links={{
        canonicalPath: home,
        alternates: [
          { language: 'vi', path: sitePaths.home('vi') },
          { language: 'en', path: sitePaths.home('en') },
        ],
        feeds: {
          title: `${portal.name[language]} — ${text.latest}`,
          rssPath: sitePaths.rssFeed(language),
          atomPath: sitePaths.atomFeed(language),
        },
      }}
      head={
        <>
          <OpenGraph
            language={language}
            type="website"
            title={portal.name[language]}
            url={absoluteUrl(ctx, home)}
          />
          <JsonLd data={organizationJsonLd(ctx, language)} />
        </>
      }
    >
      {/* The page's one h1 names the portal; the masthead above is a link, not a heading. */}
      <h1 class="vh">{portal.name[language]}</h1>
      {model.featured ? (
        <section class="block home-featured" aria-labelledby="home-featured">
          <h2 class="block__title" id="home-featured">
            {text.featured}
          </h2>
          <ArticleList articles={[model.featured]} headingLevel={3} leadFirst variant="compact" />
        </section>
      ) : null}
      <div class="home-top">
        <section class="block" aria-labelledby="home-latest">
          <h2 class="block__title" id="home-latest">
            {text.latest}
          </h2>
          <ArticleList articles={model.latest} headingLevel={3} leadFirst variant="compact" />
          <FeedLinks
            language={language}
            rssPath={sitePaths.rssFeed(language)}
            atomPath={sitePaths.atomFeed(language)}
          />
        </section>
        <div>
          <section class="block" aria-labelledby="home-leadership">
            <h2 class="block__title" id="home-leadership">
              {text.leadership}
            </h2>
            <ArticleList articles={model.leadership} headingLevel={3} variant="compact" />
          </section>
          <section class="block quick-links" aria-labelledby="home-quick-links">
            <h2 class="block__title" id="home-quick-links">
              {text.quickLinks}
            </h2>
            <ul>
              {menuLinks(ctx, 'home', language).map((link) => (
                <li>
                  <a href={link.href} hreflang={link.hreflang}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
      <div class="category-blocks">
        {blocks.map(({ category, articles }) => (
          <section class="block" aria-labelledby={`home-cat-${category.slug}`}>
            <h2 class="block__title" id={`home-cat-${category.slug}`}>
              <a href={sitePaths.category(language, category.slug)}>{categoryName(category, language)}</a>
            </h2>
            <ArticleList articles={articles} headingLevel={3} variant="compact" />
          </section>
        ))}
      </div>
    </Layout>
  );
}
