import { Feed, type Item } from 'feed';
import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Category } from '#shared/domain/directory.ts';
import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { absoluteUrl, categoryName, type SiteContext } from './context.ts';
import { escapeHtml, withoutForbiddenCharacters } from './html.ts';
import { labels } from './i18n.ts';
import { coverPathUpTo } from './media.ts';
import { portal } from './portal.ts';
import { SHARE_IMAGE_MAX_WIDTH } from './structured-data.ts';

type FeedFormat = 'rss' | 'atom';

/**
 * The `feed` package writes text inside CDATA sections and replaces only the first `]]>` in each; written
 * as `]]&gt;` instead, the text means the same once read as HTML and cannot end the section early.
 */
export const cdataSafe = (htmlText: string) => htmlText.replaceAll(']]>', ']]&gt;');

/** RSS readers and Atom's `type="html"` read titles and summaries as HTML: plain text is escaped first. */
export const asHtml = (plain: string) => cdataSafe(escapeHtml(plain));

/** Atom's category label is an attribute the package does not escape beyond `&`: keep markup out of it. */
const attributeSafe = (plain: string) => plain.replace(/[<>"]/g, '');

function imageMimeType(path: string): string {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'jpg' || extension === 'jpeg') return 'image/jpeg';
  return `image/${extension}`;
}

/**
 * Builds one feed. The publication time is the newest article's, falling back to generatedAt, never the
 * clock: rendering the same articles twice gives the same bytes, so the publisher can skip unchanged files.
 */
function buildFeed(
  ctx: SiteContext,
  language: Language,
  category: Category | undefined,
  articles: PublishedArticle[],
  format: FeedFormat,
): string {
  const text = labels[language];
  const title = `${portal.name[language]} — ${category ? categoryName(category, language) : text.latest}`;
  const pagePath = category ? sitePaths.category(language, category.slug) : sitePaths.home(language);
  const selfPath =
    format === 'rss'
      ? sitePaths.rssFeed(language, category?.slug)
      : sitePaths.atomFeed(language, category?.slug);
  const newest = articles.reduce<string | undefined>(
    (latest, article) =>
      latest === undefined || article.publishedAt > latest ? article.publishedAt : latest,
    undefined,
  );
  const feed = new Feed({
    title,
    description:
      category && language === 'vi' && category.descriptionVi
        ? category.descriptionVi
        : portal.managingUnit[language],
    id: absoluteUrl(ctx, selfPath),
    link: absoluteUrl(ctx, pagePath),
    language,
    updated: new Date(newest ?? ctx.generatedAt),
    generator: portal.name[language],
    copyright: portal.reuse[language],
    feed: absoluteUrl(ctx, selfPath),
    author: {
      name: portal.name[language],
      email: portal.email,
      link: absoluteUrl(ctx, sitePaths.home(language)),
    },
  });
  for (const article of articles) {
    const link = absoluteUrl(ctx, sitePaths.article(article.language, article.slug));
    const item: Item = {
      title: asHtml(article.title),
      id: link,
      link,
      date: new Date(article.publishedAt),
      published: new Date(article.firstPublishedAt),
      description: asHtml(article.summary),
      content: cdataSafe(article.bodyHtml),
      // RSS wants an email address with the author; Atom takes a name alone.
      ...(format === 'atom' ? { author: [{ name: article.authorName }] } : {}),
    };
    if (category) {
      item.category = [
        format === 'rss'
          ? { name: categoryName(category, language) }
          : { term: category.slug, name: attributeSafe(categoryName(category, language)) },
      ];
    }
    if (article.coverImage) {
      const imagePath = coverPathUpTo(article.coverImage, SHARE_IMAGE_MAX_WIDTH);
      // RSS requires a length (0 when unknown); Atom's is optional, so it is left out there.
      item.enclosure = {
        url: absoluteUrl(ctx, imagePath),
        type: imageMimeType(imagePath),
        ...(format === 'rss' ? { length: 0 } : {}),
      };
    }
    feed.addItem(item);
  }
  // The package writes text as given: characters XML forbids would make the whole feed unreadable.
  if (format === 'rss') return withoutForbiddenCharacters(feed.rss2());
  // The package has no option for Atom's language; xml:lang on the root element carries it (RFC 4287 §2).
  return withoutForbiddenCharacters(
    feed
      .atom1()
      .replace(
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`,
      ),
  );
}

export function renderRssFeed(
  ctx: SiteContext,
  language: Language,
  category: Category | undefined,
  articles: PublishedArticle[],
): string {
  return buildFeed(ctx, language, category, articles, 'rss');
}

export function renderAtomFeed(
  ctx: SiteContext,
  language: Language,
  category: Category | undefined,
  articles: PublishedArticle[],
): string {
  return buildFeed(ctx, language, category, articles, 'atom');
}
