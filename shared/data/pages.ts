import * as z from 'zod';
import { SlugTaken } from '#shared/domain/errors.ts';
import {
  type Page,
  type PageRevision,
  type PageSummary,
  type PublishedPage,
  pageRevisionSchema,
  pageSchema,
  pageSummarySchema,
  publishedPageSchema,
} from '#shared/domain/page.ts';
import type { Language } from '#shared/domain/text.ts';
import { keys } from './keys.ts';
import { getItem, queryAll } from './reads.ts';
import { storable } from './stored-shape.ts';
import {
  claimUnique,
  createItem,
  deleteExisting,
  putDerived,
  replaceVersioned,
  updateAttributes,
} from './transactions.ts';

/**
 * Storage of managed pages: the head (workflow state), immutable revisions, the live projection and the
 * address guard, in the page's own partition like an article's. The page service decides; this module owns
 * the keys.
 */
const pageSlugKind = 'page-slug';
const slugValue = (language: Language, slug: string) => `${language}/${slug}`;

function pageItem(page: Page) {
  return {
    ...keys.page(page.id),
    ...keys.pagesAll(),
    ...keys.pageSort(page.language, page.id),
    ...keys.pagesByStatus(page.status),
    ...keys.pageStatusSort(page.updatedAt, page.id),
    itemType: 'Page',
    ...storable(pageSchema, page, `page ${page.id}`),
  };
}

function revisionItem(revision: PageRevision) {
  return {
    ...keys.pageRevision(revision.pageId, revision.revision),
    itemType: 'PageRevision',
    ...storable(pageRevisionSchema, revision, `page ${revision.pageId} revision ${revision.revision}`),
  };
}

function publishedItem(published: PublishedPage) {
  return {
    ...keys.pagePublished(published.id),
    ...keys.pagesPublished(published.language),
    ...keys.pagePublishedSort(published.id),
    itemType: 'PublishedPage',
    ...storable(publishedPageSchema, published, `published page ${published.id}`),
  };
}

export const pageWrites = {
  create: (page: Page) => createItem(pageItem(page)),
  replace: (page: Page, expectedVersion: number) => replaceVersioned(pageItem(page), expectedVersion),
  createRevision: (revision: PageRevision) => createItem(revisionItem(revision)),
  putPublished: (published: PublishedPage) => putDerived(publishedItem(published)),
  removePublished: (id: string) => deleteExisting(keys.pagePublished(id)),
  linkTranslation: (id: string, translationId: string) =>
    updateAttributes(keys.page(id), { set: { translationOf: translationId } }),
  setPublishedTranslationSlug: (id: string, slug: string) =>
    updateAttributes(keys.pagePublished(id), { set: { translationSlug: slug } }),
  clearPublishedTranslationSlug: (id: string) =>
    updateAttributes(keys.pagePublished(id), { remove: ['translationSlug'] }),
  /** Refused with SlugTaken when another page holds the address in that language. */
  claimSlug: (language: Language, slug: string, id: string) =>
    claimUnique(pageSlugKind, slugValue(language, slug), keys.page(id).pk, () => new SlugTaken(slug)),
};

export const getPage = (id: string) => getItem(keys.page(id), pageSchema);
export const getPageRevision = (id: string, revision: number) =>
  getItem(keys.pageRevision(id, revision), pageRevisionSchema);
export const getPublishedPage = (id: string) => getItem(keys.pagePublished(id), publishedPageSchema);

export async function listPageRevisions(id: string): Promise<PageRevision[]> {
  const prefix = keys.pageRevisionPrefix(id);
  return queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    pageRevisionSchema,
  );
}

/** Every page, both languages (the admin tree; dozens of items). */
export async function listPages(): Promise<Page[]> {
  return queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.pagesAll().gsi1pk } },
    pageSchema,
  );
}

/** The director's queue of pages: submitted, oldest first. */
export async function listPageReviewQueue(): Promise<Page[]> {
  return queryAll(
    { index: 'gsi2', partition: { name: 'gsi2pk', value: keys.pagesByStatus('in_review').gsi2pk } },
    pageSchema,
  );
}

/** A language's live pages, whole (the publisher renders them all at a rebuild). */
export async function listPublishedPages(language: Language): Promise<PublishedPage[]> {
  return queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.pagesPublished(language).gsi1pk } },
    publishedPageSchema,
  );
}

/** A language's live pages without their bodies: the tree for menus, breadcrumbs and subpage lists. */
export async function listPageSummaries(language: Language): Promise<PageSummary[]> {
  return queryAll(
    {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: keys.pagesPublished(language).gsi1pk },
      projection: Object.keys(pageSummarySchema.shape),
    },
    pageSummarySchema,
  );
}

const uniqueOwnerSchema = z.object({ ownerPk: z.string() });

export async function getPublishedPageBySlug(
  language: Language,
  slug: string,
): Promise<PublishedPage | undefined> {
  const guard = await getItem(keys.unique(pageSlugKind, slugValue(language, slug)), uniqueOwnerSchema);
  const id = guard?.ownerPk.replace(/^PAGE#/, '');
  return id ? getPublishedPage(id) : undefined;
}
