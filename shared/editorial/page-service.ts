import { randomUUID } from 'node:crypto';
import { changedFields, recordAudit } from '#shared/data/audit.ts';
import { getPage, getPageRevision, getPublishedPage, listPages, pageWrites } from '#shared/data/pages.ts';
import { runTransaction, type TransactionWrite } from '#shared/data/transactions.ts';
import type { Actor, EntityRef } from '#shared/domain/audit.ts';
import { errors, SlugTaken } from '#shared/domain/errors.ts';
import type {
  CreatePageInput,
  Page,
  PageChange,
  PageContent,
  PagePosition,
  PageRevision,
  PublishedPage,
} from '#shared/domain/page.ts';
import { makesCycle } from '#shared/site/page-tree.ts';
import { reservedPageSlugs } from '#shared/site/urls.ts';
import { slugify } from '#shared/text/vietnamese.ts';
import { found, sanitizedBody } from './content-rules.ts';
import { assertAllowed, assertHasChangesToSubmit, assertNotOwnWork } from './workflow.ts';

/**
 * The verbs of managed pages: the editorial workflow of articles (workflow.ts decides both), applied to a
 * page. Each loads, decides, commits one transaction with its audit record, and returns the PageChange the
 * publisher renders when something went live or came down. Approval publishes at once: a page has no
 * schedule, no listing and no feed.
 */
export type PageResult = { page: Page; change?: PageChange };

const entity = (id: string): EntityRef => ({ type: 'Page', id });

const load = (id: string): Promise<Page> => found(getPage(id), `page ${id}`);
const loadRevision = (id: string, revision: number): Promise<PageRevision> =>
  found(getPageRevision(id, revision), `page ${id} revision ${revision}`);

function cleanContent(content: PageContent): PageContent {
  return { ...content, bodyHtml: sanitizedBody(content.bodyHtml, { vi: 'trang', en: 'page' }) };
}

/** The parent must be a page of the same language, and not the page itself or one below it. */
async function assertPlacement(id: string, language: Page['language'], parentId: string | undefined) {
  if (!parentId) return;
  const pages = await listPages();
  const parent = pages.find((page) => page.id === parentId);
  const refuse = (messageVi: string, messageEn: string) => {
    throw errors.validation([{ path: 'parentId', messageVi, messageEn }]);
  };
  if (!parent || parent.language !== language)
    refuse(
      'Trang cha không tồn tại hoặc khác ngôn ngữ',
      'The parent page does not exist or has another language',
    );
  if (makesCycle(pages, id, parentId))
    refuse('Không thể đặt trang dưới chính nó', 'A page cannot be placed under itself');
}

function assertSlugAllowed(language: Page['language'], slug: string) {
  if (reservedPageSlugs[language].includes(slug)) {
    throw errors.validation([
      {
        path: 'slug',
        messageVi: 'Đường dẫn này dành cho một mục khác của Cổng',
        messageEn: 'This address belongs to another part of the portal',
      },
    ]);
  }
}

export async function createPage(input: CreatePageInput, actor: Actor, now = new Date()): Promise<Page> {
  const { language, translationOf, slug: wanted, ...rest } = input;
  const content = cleanContent(rest);
  const slug = wanted ?? (slugify(content.title) || 'trang');
  assertSlugAllowed(language, slug);
  const id = randomUUID();
  await assertPlacement(id, language, content.parentId);
  if (translationOf) {
    const other = await getPage(translationOf);
    if (!other || other.language === language) {
      throw errors.validation([
        {
          path: 'translationOf',
          messageVi: 'Trang gốc không tồn tại hoặc cùng ngôn ngữ',
          messageEn: 'The original page does not exist or has the same language',
        },
      ]);
    }
  }
  const at = now.toISOString();
  const page: Page = {
    id,
    language,
    slug,
    status: 'draft',
    authorId: actor.id,
    authorName: actor.name,
    createdAt: at,
    updatedAt: at,
    latestRevision: 1,
    title: content.title,
    order: content.order,
    ...(content.parentId ? { parentId: content.parentId } : {}),
    ...(translationOf ? { translationOf } : {}),
    version: 1,
  };
  const revision: PageRevision = {
    ...content,
    pageId: id,
    revision: 1,
    savedAt: at,
    savedBy: actor.id,
    savedByName: actor.name,
  };
  try {
    await runTransaction([
      pageWrites.create(page),
      pageWrites.createRevision(revision),
      pageWrites.claimSlug(language, slug, id),
      ...(translationOf ? [pageWrites.linkTranslation(translationOf, id)] : []),
      recordAudit(entity(id), actor, 'create', { toStatus: 'draft' }, at),
    ]);
  } catch (error) {
    if (error instanceof SlugTaken) {
      throw errors.validation([
        {
          path: 'slug',
          messageVi: 'Đường dẫn đã có trang khác dùng',
          messageEn: 'Another page has this address',
        },
      ]);
    }
    throw error;
  }
  return page;
}

const contentOf = ({
  pageId: _p,
  revision: _r,
  savedAt: _s,
  savedBy: _b,
  savedByName: _n,
  ...content
}: PageRevision) => content;

export async function savePage(
  id: string,
  input: PageContent,
  expectedVersion: number,
  actor: Actor,
  now = new Date(),
): Promise<Page> {
  const page = await load(id);
  assertAllowed(page, 'save');
  const content = cleanContent(input);
  await assertPlacement(id, page.language, content.parentId);
  const previous = await loadRevision(id, page.latestRevision);
  const at = now.toISOString();
  const revision: PageRevision = {
    ...content,
    pageId: id,
    revision: page.latestRevision + 1,
    savedAt: at,
    savedBy: actor.id,
    savedByName: actor.name,
  };
  const { parentId: _parent, ...head } = page;
  const updated: Page = {
    ...head,
    latestRevision: revision.revision,
    title: content.title,
    order: content.order,
    ...(content.parentId ? { parentId: content.parentId } : {}),
    updatedAt: at,
    version: expectedVersion + 1,
  };
  await runTransaction([
    pageWrites.replace(updated, expectedVersion),
    pageWrites.createRevision(revision),
    recordAudit(
      entity(id),
      actor,
      'save',
      { changedFields: changedFields(contentOf(previous), content) },
      at,
    ),
  ]);
  return updated;
}

export async function submitPage(id: string, expectedVersion: number, actor: Actor, now = new Date()) {
  const page = await load(id);
  assertAllowed(page, 'submit');
  assertHasChangesToSubmit(page);
  const at = now.toISOString();
  const { reviewNote: _note, ...rest } = page;
  const updated: Page = {
    ...rest,
    status: 'in_review',
    submittedRevision: page.latestRevision,
    updatedAt: at,
    version: expectedVersion + 1,
  };
  await runTransaction([
    pageWrites.replace(updated, expectedVersion),
    recordAudit(entity(id), actor, 'submit', { fromStatus: page.status, toStatus: 'in_review' }, at),
  ]);
  return updated;
}

const positionOf = (published: PublishedPage): PagePosition => ({
  slug: published.slug,
  title: published.title,
  ...(published.parentId ? { parentId: published.parentId } : {}),
});

/** The director's approval: the submitted revision goes live at once, with its translation's link. */
export async function approvePage(
  id: string,
  input: { expectedVersion: number },
  actor: Actor,
  now = new Date(),
): Promise<PageResult> {
  const page = await load(id);
  assertAllowed(page, 'approve');
  const revision = await loadRevision(id, page.submittedRevision ?? page.latestRevision);
  assertNotOwnWork(page, actor, revision.savedBy);
  const at = now.toISOString();
  const before = await getPublishedPage(id);
  const translation = page.translationOf ? await getPublishedPage(page.translationOf) : undefined;
  const firstPublishedAt = page.firstPublishedAt ?? at;
  const published: PublishedPage = {
    ...contentOf(revision),
    id,
    language: page.language,
    slug: page.slug,
    revision: revision.revision,
    firstPublishedAt,
    publishedAt: at,
    ...(translation ? { translationSlug: translation.slug } : {}),
  };
  const { submittedRevision: _s, reviewNote: _n, ...rest } = page;
  const updated: Page = {
    ...rest,
    status: 'published',
    publishedRevision: revision.revision,
    firstPublishedAt,
    publishedAt: at,
    updatedAt: at,
    version: input.expectedVersion + 1,
  };
  const writes: TransactionWrite[] = [
    pageWrites.replace(updated, input.expectedVersion),
    pageWrites.putPublished(published),
    ...(translation ? [pageWrites.setPublishedTranslationSlug(translation.id, page.slug)] : []),
    recordAudit(
      entity(id),
      actor,
      'approve',
      { fromStatus: page.status, toStatus: 'published', note: `revision ${revision.revision}` },
      at,
    ),
  ];
  await runTransaction(writes);
  return {
    page: updated,
    change: {
      pageId: id,
      language: page.language,
      ...(before ? { before: positionOf(before) } : {}),
      after: positionOf(published),
      ...(translation ? { translation: { language: translation.language, slug: translation.slug } } : {}),
    },
  };
}

export async function returnPage(
  id: string,
  input: { expectedVersion: number; note: string },
  actor: Actor,
  now = new Date(),
): Promise<Page> {
  const page = await load(id);
  assertAllowed(page, 'return');
  const at = now.toISOString();
  const updated: Page = {
    ...page,
    status: 'returned',
    reviewNote: input.note,
    updatedAt: at,
    version: input.expectedVersion + 1,
  };
  await runTransaction([
    pageWrites.replace(updated, input.expectedVersion),
    recordAudit(
      entity(id),
      actor,
      'return',
      { fromStatus: page.status, toStatus: 'returned', note: input.note },
      at,
    ),
  ]);
  return updated;
}

/** Takes the live page down (unpublish) or retires it (archive); its address stays its own. */
export async function withdrawPage(
  id: string,
  action: 'unpublish' | 'archive',
  expectedVersion: number,
  actor: Actor,
  now = new Date(),
): Promise<PageResult> {
  const page = await load(id);
  assertAllowed(page, action);
  const live = page.status === 'published' ? await getPublishedPage(id) : undefined;
  const translation = live && page.translationOf ? await getPublishedPage(page.translationOf) : undefined;
  const at = now.toISOString();
  const status = action === 'unpublish' ? 'unpublished' : 'archived';
  const { publishedRevision: _p, ...rest } = page;
  const updated: Page = { ...rest, status, updatedAt: at, version: expectedVersion + 1 };
  await runTransaction([
    pageWrites.replace(updated, expectedVersion),
    ...(live ? [pageWrites.removePublished(id)] : []),
    ...(translation ? [pageWrites.clearPublishedTranslationSlug(translation.id)] : []),
    recordAudit(entity(id), actor, action, { fromStatus: page.status, toStatus: status }, at),
  ]);
  return {
    page: updated,
    ...(live
      ? {
          change: {
            pageId: id,
            language: page.language,
            before: positionOf(live),
            ...(translation
              ? { translation: { language: translation.language, slug: translation.slug } }
              : {}),
          },
        }
      : {}),
  };
}
