import { articleWrites } from '#shared/data/articles.ts';
import { recordAudit } from '#shared/data/audit.ts';
import { bulkLoad } from '#shared/data/bulk-load.ts';
import { createCategory, listCategories } from '#shared/data/directory.ts';
import type { TransactionWrite } from '#shared/data/transactions.ts';
import type { Article, ArticleRevision, PublishedArticle } from '#shared/domain/article.ts';
import { systemActor } from '#shared/domain/audit.ts';
import type { Language } from '#shared/domain/text.ts';
import { monthInVietnam } from '#shared/time/vietnam.ts';
import { localAccounts } from '../infra/local/accounts.ts';
import { seedCategories } from '../infra/local/seed-data.ts';
import type { SyntheticArticle } from './content.ts';
import { progress } from './stats.ts';

/**
 * Loads the synthetic corpus straight into the table with BatchWriteItem, item by item as the editorial
 * workflow (create → submit → approve, shared/editorial/article-service.ts) would have left it: the
 * article head at version 3, revision 1, the public projection, the slug guard, three audit records,
 * plus one listing counter per language and category and one sitemap item per month. Categories go in
 * through createCategory, as the seed does. Going through the workflow itself would take ~0.1 s per
 * article (three transactions each): 15+ minutes for 10,000.
 */

const director = (() => {
  const account = localAccounts.find((candidate) => candidate.groups.includes('director'));
  if (!account) throw new Error('no director account');
  return { id: `local-${account.username}`, name: account.name };
})();

const entity = (id: string) => ({ type: 'Article' as const, id });

/** The public projection of a synthetic article, as publish() builds it. */
export function publishedOf(article: SyntheticArticle): PublishedArticle {
  return {
    id: article.id,
    language: article.language,
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    bodyHtml: article.bodyHtml,
    ...(article.coverImage ? { coverImage: article.coverImage } : {}),
    categorySlug: article.categorySlug,
    tags: article.tags,
    revision: 1,
    authorName: article.author.name,
    firstPublishedAt: article.firstPublishedAt,
    publishedAt: article.firstPublishedAt,
    ordinal: article.ordinal,
    ...(article.translationSlug ? { translationSlug: article.translationSlug } : {}),
  };
}

/** The writes of every item one published article leaves in the table. */
export function writesOf(article: SyntheticArticle): TransactionWrite[] {
  const head: Article = {
    id: article.id,
    language: article.language,
    slug: article.slug,
    status: 'published',
    authorId: article.author.id,
    authorName: article.author.name,
    createdAt: article.createdAt,
    updatedAt: article.firstPublishedAt,
    latestRevision: 1,
    publishedRevision: 1,
    firstPublishedAt: article.firstPublishedAt,
    publishedAt: article.firstPublishedAt,
    ...(article.translationOf ? { translationOf: article.translationOf } : {}),
    listing: { categorySlug: article.categorySlug, ordinal: article.ordinal },
    title: article.title,
    categorySlug: article.categorySlug,
    version: 3,
  };
  const revision: ArticleRevision = {
    title: article.title,
    summary: article.summary,
    bodyHtml: article.bodyHtml,
    ...(article.coverImage ? { coverImage: article.coverImage } : {}),
    categorySlug: article.categorySlug,
    tags: article.tags,
    articleId: article.id,
    revision: 1,
    savedAt: article.createdAt,
    savedBy: article.author.id,
    savedByName: article.author.name,
  };
  return [
    articleWrites.create(head),
    articleWrites.createRevision(revision),
    articleWrites.putPublished(publishedOf(article)),
    articleWrites.claimSlug(article.language, article.slug, article.id),
    recordAudit(entity(article.id), article.author, 'create', { toStatus: 'draft' }, article.createdAt),
    recordAudit(
      entity(article.id),
      article.author,
      'submit',
      { fromStatus: 'draft', toStatus: 'in_review' },
      article.submittedAt,
    ),
    recordAudit(
      entity(article.id),
      director,
      'approve',
      { fromStatus: 'in_review', toStatus: 'published', note: 'revision 1' },
      article.firstPublishedAt,
    ),
  ];
}

/** Listing counters (next ordinal per language and category) and sitemap months (newest publication). */
export function derivedWrites(articles: SyntheticArticle[]): TransactionWrite[] {
  const counters = new Map<string, { language: Language; categorySlug: string; next: number }>();
  const months = new Map<string, string>();
  for (const article of articles) {
    const key = `${article.language}/${article.categorySlug}`;
    const counter = counters.get(key) ?? {
      language: article.language,
      categorySlug: article.categorySlug,
      next: 0,
    };
    counter.next = Math.max(counter.next, article.ordinal + 1);
    counters.set(key, counter);
    const month = monthInVietnam(article.firstPublishedAt);
    if ((months.get(month) ?? '') < article.firstPublishedAt) months.set(month, article.firstPublishedAt);
  }
  return [
    // A counter advanced from `next - 1` stores `next`, as the last publication in the listing left it.
    ...[...counters.values()].map((counter) =>
      articleWrites.advanceListing(counter.language, counter.categorySlug, counter.next - 1),
    ),
    ...[...months].map(([month, lastModified]) => articleWrites.markSitemapMonth(month, lastModified)),
  ];
}

export type LoadReport = {
  articles: number;
  items: number;
  batches: number;
  seconds: number;
  itemsPerSecond: number;
};

/** Writes the corpus: categories first (through createCategory), then items 25 per batch, `parallel` at a time. */
export async function loadCorpus(articles: SyntheticArticle[], parallel = 4): Promise<LoadReport> {
  const start = performance.now();
  if ((await listCategories()).length === 0) {
    for (const category of seedCategories) await createCategory(category, systemActor);
  }
  let lastReport = performance.now();
  const loaded = await bulkLoad([...articles.flatMap(writesOf), ...derivedWrites(articles)], {
    parallel,
    onBatch: (done, total) => {
      if (performance.now() - lastReport < 10_000) return;
      lastReport = performance.now();
      progress(`  loading: ${done}/${total} batches`);
    },
  });
  const seconds = (performance.now() - start) / 1000;
  return {
    articles: articles.length,
    items: loaded.items,
    batches: loaded.batches,
    seconds,
    itemsPerSecond: loaded.items / seconds,
  };
}
