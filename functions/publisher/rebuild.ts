import type { RebuildPartition } from '#shared/domain/rebuild.ts';
import type { Language } from '#shared/domain/text.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { blockOrdinals, listingBlockOf } from '#shared/site/geometry.ts';
import type { PageRef } from '#shared/site/touched-pages.ts';
import type { SiteContext } from '#web/site/render.ts';
import {
  type ArticlePageModel,
  type ArticleReads,
  articleModel,
  articlePrintModel,
  categoryOf,
  categoryPageModel,
  RELATED_READ,
  readPageModel,
  renderPageModel,
  tableReads,
} from './article-pages.ts';
import { allConsultationPages } from './consultation-pages.ts';
import { allDialogueFiles } from './dialogue-pages.ts';
import { allDirectoryFiles } from './directory-pages.ts';
import { allDisclosureFiles } from './disclosure-pages.ts';
import { allFeedbackPages } from './feedback-pages.ts';
import { fixedFiles } from './fixed-pages.ts';
import { allGazettePages } from './gazette-pages.ts';
import { allManagedPages } from './managed-pages.ts';
import { rebuildSearchIndex } from './search-index.ts';
import { invalidate, type RenderedFile, writeFiles } from './site-files.ts';

/**
 * Every file of the site: first deployment, a change of templates, or an operator's rebuild. The build is
 * planned as partitions (shared/domain/rebuild.ts) that can be rendered independently, each reading its
 * articles once; the pages that show articles from several partitions (home pages, category fronts, feeds,
 * the sitemap index) are written last. On AWS the partitions fan out over a state machine
 * (./rebuild-steps.ts); `buildWholeSite` runs them one after the other in one process.
 */
export type { RebuildPartition };

/** Partitions made of articles: their pages have models (article-pages.ts). */
export type ArticlePartition = Extract<RebuildPartition, { kind: 'listing' | 'sitemap-months' }>;

const languages: Language[] = ['vi', 'en'];
/** Ten blocks: 200 articles, about 400 article files and ten listing pages per partition. */
const BLOCKS_PER_PARTITION = 10;
/** Pages read at once from the table: a few dozen, within the SDK's sockets. */
const READ_BATCH = 32;

export async function planRebuild(
  ctx: SiteContext,
  reads: ArticleReads = tableReads,
): Promise<RebuildPartition[]> {
  const partitions: RebuildPartition[] = [
    { kind: 'fixed' },
    { kind: 'directory' },
    { kind: 'gazette' },
    { kind: 'feedback' },
    { kind: 'consultations' },
    { kind: 'dialogue' },
    { kind: 'pages' },
    { kind: 'disclosures' },
  ];
  const listings = languages.flatMap((language) =>
    ctx.categories.map((category) => ({ language, categorySlug: category.slug })),
  );
  const latest = await Promise.all(
    listings.map((listing) => reads.latestOrdinal(listing.language, listing.categorySlug)),
  );
  listings.forEach((listing, index) => {
    const latestOrdinal = latest[index] ?? -1;
    if (latestOrdinal < 0) return;
    const newestBlock = listingBlockOf(latestOrdinal);
    for (let firstBlock = 1; firstBlock <= newestBlock; firstBlock += BLOCKS_PER_PARTITION) {
      const lastBlock = Math.min(firstBlock + BLOCKS_PER_PARTITION - 1, newestBlock);
      partitions.push({ kind: 'listing', ...listing, firstBlock, lastBlock, newestBlock });
    }
  });
  const months = (await reads.sitemapMonths()).map((entry) => entry.month);
  for (let start = 0; start < months.length; start += READ_BATCH)
    partitions.push({ kind: 'sitemap-months', months: months.slice(start, start + READ_BATCH) });
  return partitions;
}

const defined = <T>(items: (T | undefined)[]): T[] => items.filter((item): item is T => item !== undefined);

async function readInBatches(ctx: SiteContext, pages: PageRef[], reads: ArticleReads) {
  const models: ArticlePageModel[] = [];
  for (let start = 0; start < pages.length; start += READ_BATCH) {
    const batch = pages.slice(start, start + READ_BATCH).map((page) => readPageModel(ctx, page, reads));
    models.push(...defined(await Promise.all(batch)));
  }
  return models;
}

/** The page models of one partition made of articles. */
export async function partitionModels(
  ctx: SiteContext,
  partition: ArticlePartition,
  reads: ArticleReads = tableReads,
): Promise<ArticlePageModel[]> {
  if (partition.kind === 'sitemap-months') {
    const pages = partition.months.map((month): PageRef => ({ kind: 'sitemap-month', month }));
    return readInBatches(ctx, pages, reads);
  }
  const { language, firstBlock, lastBlock } = partition;
  const category = categoryOf(ctx, partition.categorySlug);
  if (!category) return [];
  // One read of the blocks' articles: their pages and the blocks' listing pages are all made from it.
  const [articles, newestInCategory] = await Promise.all([
    reads.publishedByOrdinal(
      language,
      category.slug,
      blockOrdinals(firstBlock).from,
      blockOrdinals(lastBlock).to,
    ),
    reads.newestInCategory(language, category.slug, RELATED_READ),
  ]);
  const models = articles.flatMap((article) => [
    articleModel(article, category, newestInCategory),
    articlePrintModel(article, category),
  ]);
  for (let block = firstBlock; block <= lastBlock; block += 1) {
    const { from, to } = blockOrdinals(block);
    const inBlock = articles.filter((article) => article.ordinal >= from && article.ordinal <= to);
    models.push(categoryPageModel(language, category, block, partition.newestBlock, inBlock));
  }
  return models;
}

/** Renders one partition, ready to write. */
export async function renderPartition(
  ctx: SiteContext,
  partition: RebuildPartition,
  reads: ArticleReads = tableReads,
): Promise<RenderedFile[]> {
  switch (partition.kind) {
    case 'fixed':
      return fixedFiles(ctx);
    case 'directory':
      return allDirectoryFiles(ctx);
    case 'gazette':
      return allGazettePages(ctx);
    case 'feedback':
      return allFeedbackPages(ctx);
    case 'consultations':
      return allConsultationPages(ctx);
    case 'dialogue':
      return allDialogueFiles(ctx);
    case 'pages':
      return allManagedPages(ctx);
    case 'disclosures':
      return allDisclosureFiles(ctx);
    case 'listing':
    case 'sitemap-months':
      return (await partitionModels(ctx, partition, reads)).map((model) => renderPageModel(ctx, model));
  }
}

/** Pages that show articles of several partitions. */
export function spanningPages(ctx: SiteContext): PageRef[] {
  const pages: PageRef[] = [{ kind: 'sitemap-index' }];
  for (const language of languages) {
    pages.push({ kind: 'home', language });
    pages.push({ kind: 'feed', format: 'rss', language }, { kind: 'feed', format: 'atom', language });
    for (const category of ctx.categories) {
      pages.push({ kind: 'category-front', language, categorySlug: category.slug });
      pages.push({ kind: 'feed', format: 'rss', language, categorySlug: category.slug });
      pages.push({ kind: 'feed', format: 'atom', language, categorySlug: category.slug });
    }
  }
  return pages;
}

export async function spanningModels(
  ctx: SiteContext,
  reads: ArticleReads = tableReads,
): Promise<ArticlePageModel[]> {
  return readInBatches(ctx, spanningPages(ctx), reads);
}

export async function buildWholeSite(now = new Date()): Promise<{ files: number }> {
  const ctx = await loadSiteContext(now);
  let written = 0;
  const write = async (files: RenderedFile[]) => {
    await writeFiles(files);
    written += files.length;
  };
  for (const partition of await planRebuild(ctx)) await write(await renderPartition(ctx, partition));
  await write((await spanningModels(ctx)).map((model) => renderPageModel(ctx, model)));
  // The search index from every public item: a fresh base under a new name, then the manifest.
  await rebuildSearchIndex();
  await invalidate(['/*']);
  return { files: written };
}
