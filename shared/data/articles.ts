import * as z from 'zod';
import {
  type Article,
  type ArticleRevision,
  articleRevisionSchema,
  articleSchema,
  type PublishedArticle,
  publishedArticleSchema,
} from '#shared/domain/article.ts';
import { SlugTaken } from '#shared/domain/errors.ts';
import type { Language } from '#shared/domain/text.ts';
import { monthInVietnam } from '#shared/time/vietnam.ts';
import { keys } from './keys.ts';
import { getItem, type Page, queryAll, queryPage } from './reads.ts';
import { storable } from './stored-shape.ts';
import {
  advanceCounter,
  claimUnique,
  createItem,
  deleteExisting,
  putDerived,
  releaseUnique,
  replaceVersioned,
  type TransactionWrite,
  updateAttributes,
} from './transactions.ts';

/**
 * Storage of articles: item shapes, the writes the editorial service composes into its transactions, and
 * reads. The editorial service decides; this module owns the keys.
 */

const articleSlugKind = 'article-slug';
const slugValue = (language: Language, slug: string) => `${language}/${slug}`;

function articleItem(article: Article) {
  return {
    ...keys.article(article.id),
    ...keys.articlesAll(),
    ...keys.articleChangedSort(article.updatedAt, article.id),
    ...keys.articlesByStatus(article.status),
    ...keys.articleStatusSort(article.updatedAt, article.id),
    itemType: 'Article',
    ...storable(articleSchema, article, `article ${article.id}`),
  };
}

function revisionItem(revision: ArticleRevision) {
  return {
    ...keys.articleRevision(revision.articleId, revision.revision),
    itemType: 'ArticleRevision',
    ...storable(
      articleRevisionSchema,
      revision,
      `article ${revision.articleId} revision ${revision.revision}`,
    ),
  };
}

function publishedItem(published: PublishedArticle) {
  return {
    ...keys.articlePublished(published.id),
    ...keys.publishedInCategory(published.language, published.categorySlug),
    ...keys.publishedOrdinalSort(published.ordinal),
    ...keys.publishedInMonth(monthInVietnam(published.firstPublishedAt)),
    ...keys.publishedTimeline(published.language),
    ...keys.publishedTimeSort(published.firstPublishedAt, published.id),
    itemType: 'PublishedArticle',
    ...storable(publishedArticleSchema, published, `published article ${published.id}`),
  };
}

/** The writes of article changes; each becomes one part of a transaction with its audit record. */
export const articleWrites = {
  create: (article: Article) => createItem(articleItem(article)),
  replace: (article: Article, expectedVersion: number) =>
    replaceVersioned(articleItem(article), expectedVersion),
  createRevision: (revision: ArticleRevision) => createItem(revisionItem(revision)),
  /** The public projection: rebuilt from the head and the live revision on every publication. */
  putPublished: (published: PublishedArticle) => putDerived(publishedItem(published)),
  removePublished: (id: string) => deleteExisting(keys.articlePublished(id)),
  /** The link between translations is kept on both heads. */
  linkTranslation: (id: string, translationId: string) =>
    updateAttributes(keys.article(id), { set: { translationOf: translationId } }),
  setPublishedTranslationSlug: (id: string, slug: string) =>
    updateAttributes(keys.articlePublished(id), { set: { translationSlug: slug } }),
  clearPublishedTranslationSlug: (id: string) =>
    updateAttributes(keys.articlePublished(id), { remove: ['translationSlug'] }),
  /** Refused with SlugTaken when another article holds the slug in that language. */
  claimSlug: (language: Language, slug: string, id: string) =>
    claimUnique(articleSlugKind, slugValue(language, slug), keys.article(id).pk, () => new SlugTaken(slug)),
  releaseSlug: (language: Language, slug: string, id: string) =>
    releaseUnique(articleSlugKind, slugValue(language, slug), keys.article(id).pk),
  /** Gives `current` as the listing ordinal; refused with CounterMoved if another publication took it. */
  advanceListing: (language: Language, categorySlug: string, current: number) =>
    advanceCounter(keys.listingCounter(language, categorySlug), current),
  markSitemapMonth: (month: string, lastModified: string): TransactionWrite =>
    putDerived({ ...keys.sitemapMonth(month), itemType: 'SitemapMonth', month, lastModified }),
};

export const getArticle = (id: string) => getItem(keys.article(id), articleSchema);
export const getRevision = (id: string, revision: number) =>
  getItem(keys.articleRevision(id, revision), articleRevisionSchema);
export const getPublished = (id: string) => getItem(keys.articlePublished(id), publishedArticleSchema);

export async function listRevisions(id: string): Promise<ArticleRevision[]> {
  const prefix = keys.articleRevisionPrefix(id);
  return queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    articleRevisionSchema,
  );
}

const uniqueOwnerSchema = z.object({ ownerPk: z.string() });

/** The article that holds a slug in a language, if any. */
export async function articleIdBySlug(language: Language, slug: string): Promise<string | undefined> {
  const guard = await getItem(keys.unique(articleSlugKind, slugValue(language, slug)), uniqueOwnerSchema);
  return guard?.ownerPk.replace(/^ARTICLE#/, '');
}

export async function getPublishedBySlug(
  language: Language,
  slug: string,
): Promise<PublishedArticle | undefined> {
  const id = await articleIdBySlug(language, slug);
  return id ? getPublished(id) : undefined;
}

export type ArticleFilter = {
  status?: Article['status'];
  categorySlug?: string;
  language?: Language;
  authorId?: string;
  cursor?: string;
  limit: number;
};

/** Admin list: by status (gsi2) or all (gsi1), most recently changed first, other filters applied on read. */
export async function listArticles(filter: ArticleFilter): Promise<Page<Article>> {
  const equality: Record<string, string> = {};
  if (filter.categorySlug) equality.categorySlug = filter.categorySlug;
  if (filter.language) equality.language = filter.language;
  if (filter.authorId) equality.authorId = filter.authorId;
  const partition = filter.status
    ? {
        index: 'gsi2' as const,
        partition: { name: 'gsi2pk', value: keys.articlesByStatus(filter.status).gsi2pk },
      }
    : { index: 'gsi1' as const, partition: { name: 'gsi1pk', value: keys.articlesAll().gsi1pk } };
  return queryPage(
    { ...partition, filter: equality, newestFirst: true, limit: filter.limit, cursor: filter.cursor },
    articleSchema,
  );
}

/** The director's queue: submitted articles, oldest submission first. */
export async function listReviewQueue(): Promise<Article[]> {
  return queryAll(
    { index: 'gsi2', partition: { name: 'gsi2pk', value: keys.articlesByStatus('in_review').gsi2pk } },
    articleSchema,
  );
}

// Public reads, for the publisher and the search page.

const counterSchema = z.object({ next: z.number().int().min(0) });

export async function nextListingOrdinal(language: Language, categorySlug: string): Promise<number> {
  return (await getItem(keys.listingCounter(language, categorySlug), counterSchema))?.next ?? 0;
}

/** Newest ordinal allocated in a listing, -1 when none. */
export async function latestListingOrdinal(language: Language, categorySlug: string): Promise<number> {
  return (await nextListingOrdinal(language, categorySlug)) - 1;
}

const ordinalKey = (ordinal: number) => keys.publishedOrdinalSort(ordinal).gsi1sk;

/** Articles whose ordinals fall in [from, to], newest first. */
export async function listPublishedByOrdinal(
  language: Language,
  categorySlug: string,
  from: number,
  to: number,
): Promise<PublishedArticle[]> {
  return queryAll(
    {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: keys.publishedInCategory(language, categorySlug).gsi1pk },
      sortBetween: { name: 'gsi1sk', from: ordinalKey(Math.max(0, from)), to: ordinalKey(Math.max(0, to)) },
      newestFirst: true,
    },
    publishedArticleSchema,
  );
}

/** The newest articles of a category listing, newest first. */
export async function listNewestInCategory(
  language: Language,
  categorySlug: string,
  limit: number,
): Promise<PublishedArticle[]> {
  const page = await queryPage(
    {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: keys.publishedInCategory(language, categorySlug).gsi1pk },
      newestFirst: true,
      limit,
    },
    publishedArticleSchema,
  );
  return page.items;
}

export async function listLatestPublished(language: Language, limit: number): Promise<PublishedArticle[]> {
  const page = await queryPage(
    {
      index: 'gsi3',
      partition: { name: 'gsi3pk', value: keys.publishedTimeline(language).gsi3pk },
      newestFirst: true,
      limit,
    },
    publishedArticleSchema,
  );
  return page.items;
}

export async function listAllPublished(language: Language): Promise<PublishedArticle[]> {
  return queryAll(
    {
      index: 'gsi3',
      partition: { name: 'gsi3pk', value: keys.publishedTimeline(language).gsi3pk },
      newestFirst: true,
    },
    publishedArticleSchema,
  );
}

/** What a sitemap lists of an article: read without bodies, so the month's file stays cheap to rebuild. */
export const sitemapArticleSchema = publishedArticleSchema.pick({
  language: true,
  slug: true,
  publishedAt: true,
  translationSlug: true,
});
export type SitemapArticle = z.infer<typeof sitemapArticleSchema>;

export async function listPublishedInMonth(month: string): Promise<SitemapArticle[]> {
  return queryAll(
    {
      index: 'gsi2',
      partition: { name: 'gsi2pk', value: keys.publishedInMonth(month).gsi2pk },
      projection: Object.keys(sitemapArticleSchema.shape),
    },
    sitemapArticleSchema,
  );
}

const sitemapMonthSchema = z.object({ month: z.string(), lastModified: z.string() });

export async function listSitemapMonths(): Promise<{ month: string; lastModified: string }[]> {
  const prefix = keys.sitemapMonths();
  return queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    sitemapMonthSchema,
  );
}

/**
 * Every stored item of an article, raw, keyed by what it is (`ARTICLE`, `REV#000001`, `AUDIT approve`,
 * `UNIQUE slug guard`): for the benchmark's check that a bulk-loaded article is stored as the workflow
 * stores one. Not for application code, which reads through the schemas above.
 */
export async function storedItemsOfArticle(
  id: string,
  language: Language,
  slug: string,
): Promise<Map<string, Record<string, unknown>>> {
  const raw = z.record(z.string(), z.unknown());
  const items = await queryAll({ partition: { name: 'pk', value: keys.article(id).pk } }, raw);
  const byKind = new Map<string, Record<string, unknown>>();
  for (const item of items) {
    const sk = String(item.sk);
    byKind.set(sk.startsWith('AUDIT#') ? `AUDIT ${String(item.action)}` : sk, item);
  }
  const guard = await getItem(keys.unique(articleSlugKind, slugValue(language, slug)), raw);
  if (guard) byKind.set('UNIQUE slug guard', guard);
  return byKind;
}
