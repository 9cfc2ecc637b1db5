import { randomUUID } from 'node:crypto';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  articleItem,
  articleSlugKind,
  publishedItem,
  revisionItem,
  sitemapMonthWrite,
  slugValue,
} from '#shared/data/articles.ts';
import { dynamo, tableName } from '#shared/data/clients.ts';
import { createCategory, listCategories } from '#shared/data/directory.ts';
import { auditEntry } from '#shared/data/history.ts';
import { keys } from '#shared/data/keys.ts';
import type { Article, ArticleRevision, PublishedArticle } from '#shared/domain/article.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { normalizeDeep } from '#shared/text/vietnamese.ts';
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

type Item = Record<string, unknown> & { pk: string; sk: string };

const director = (() => {
  const account = localAccounts.find((candidate) => candidate.groups.includes('director'));
  if (!account) throw new Error('no director account');
  return { id: `local-${account.username}`, name: account.name };
})();

const entity = (id: string) => ({ type: 'Article', id });

function auditItem(entityPk: string, entry: ReturnType<typeof auditEntry>): Item {
  return { ...keys.audit(entityPk, entry.at, randomUUID()), itemType: 'AuditEntry', ...entry };
}

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

/** Every item one published article leaves in the table. */
export function itemsOf(article: SyntheticArticle): Item[] {
  const pk = keys.article(article.id).pk;
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
  const value = slugValue(article.language, article.slug);
  return [
    articleItem(head),
    revisionItem(revision),
    publishedItem(publishedOf(article)),
    {
      ...keys.unique(articleSlugKind, value),
      itemType: 'UniqueGuard',
      kind: articleSlugKind,
      value,
      ownerPk: pk,
    },
    auditItem(
      pk,
      auditEntry(entity(article.id), article.author, 'create', { toStatus: 'draft' }, article.createdAt),
    ),
    auditItem(
      pk,
      auditEntry(
        entity(article.id),
        article.author,
        'submit',
        { fromStatus: 'draft', toStatus: 'in_review' },
        article.submittedAt,
      ),
    ),
    auditItem(
      pk,
      auditEntry(
        entity(article.id),
        director,
        'approve',
        { fromStatus: 'in_review', toStatus: 'published', note: 'revision 1' },
        article.firstPublishedAt,
      ),
    ),
  ].map((item) => normalizeDeep(item));
}

/** Listing counters (next ordinal per language and category) and sitemap months (newest publication). */
export function derivedItems(articles: SyntheticArticle[]): Item[] {
  const counters = new Map<string, { language: string; categorySlug: string; next: number }>();
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
  const items: Item[] = [];
  for (const counter of counters.values()) {
    items.push({
      ...keys.listingCounter(counter.language, counter.categorySlug),
      itemType: 'Counter',
      next: counter.next,
    });
  }
  for (const [month, lastModified] of months) {
    const put = sitemapMonthWrite(month, lastModified).request.Put?.Item;
    if (put) items.push(put as Item);
  }
  return items;
}

async function writeBatch(batch: Item[]): Promise<void> {
  let requests = batch.map((item) => ({ PutRequest: { Item: item } }));
  for (let attempt = 0; requests.length > 0; attempt += 1) {
    if (attempt > 8) throw new Error(`BatchWrite left ${requests.length} items unprocessed after 8 retries`);
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    const result = await dynamo().send(new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }));
    requests = (result.UnprocessedItems?.[tableName()] ?? []).flatMap((request) =>
      request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item as Item } }] : [],
    );
  }
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
  const items = [...articles.flatMap(itemsOf), ...derivedItems(articles)];
  const batches: Item[][] = [];
  for (let index = 0; index < items.length; index += 25) batches.push(items.slice(index, index + 25));
  let next = 0;
  let done = 0;
  let lastReport = performance.now();
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      if (!batch) return;
      await writeBatch(batch);
      done += 1;
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        progress(`  loading: ${done}/${batches.length} batches`);
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const seconds = (performance.now() - start) / 1000;
  return {
    articles: articles.length,
    items: items.length,
    batches: batches.length,
    seconds,
    itemsPerSecond: items.length / seconds,
  };
}
