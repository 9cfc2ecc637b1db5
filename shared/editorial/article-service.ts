import { randomUUID } from 'node:crypto';
import { activityOf, countActivityEvent } from '#shared/data/activity.ts';
import {
  articleWrites,
  getArticle,
  getPublished,
  getRevision,
  nextListingOrdinal,
} from '#shared/data/articles.ts';
import { changedFields, recordAudit } from '#shared/data/audit.ts';
import { getCategory } from '#shared/data/directory.ts';
import { getStaffAccount } from '#shared/data/staff.ts';
import { runTransaction, type TransactionWrite } from '#shared/data/transactions.ts';
import { wordIndexWrites } from '#shared/data/word-index.ts';
import type {
  Article,
  ArticleContent,
  ArticleRevision,
  PublishedArticle,
  SourceAgency,
} from '#shared/domain/article.ts';
import type { Actor, EntityRef } from '#shared/domain/audit.ts';
import { CounterMoved, errors, SlugTaken, VersionConflict } from '#shared/domain/errors.ts';
import type { ListingPosition, PublicationChange } from '#shared/domain/publication.ts';
import type { Language } from '#shared/domain/text.ts';
import * as scheduler from '#shared/publication/scheduler.ts';
import { slugify } from '#shared/text/vietnamese.ts';
import { monthInVietnam } from '#shared/time/vietnam.ts';
import { type AreaTarget, assertInArea, type EditorArea, isAreaBound, mayEditIn } from './areas.ts';
import { found, sanitizedBody } from './content-rules.ts';
import { contributionPublicationWrites } from './contribution-publication.ts';
import { approvalOutcome, assertAllowed, assertHasChangesToSubmit, assertNotOwnWork } from './workflow.ts';

/**
 * The editorial verbs. Each reads: load, decide (workflow.ts), save in one transaction with its audit
 * record, and return what the public site must re-render (a PublicationChange) when anything went live
 * or came down.
 */
export type EditorialResult = { article: Article; change?: PublicationChange };

const entity = (id: string): EntityRef => ({ type: 'Article', id });

const load = (id: string): Promise<Article> => found(getArticle(id), `article ${id}`);
const loadRevision = (id: string, revision: number): Promise<ArticleRevision> =>
  found(getRevision(id, revision), `article ${id} revision ${revision}`);

async function assertCategoryExists(categorySlug: string): Promise<void> {
  if (!(await getCategory(categorySlug))) {
    throw errors.validation([
      { path: 'categorySlug', messageVi: 'Chuyên mục không tồn tại', messageEn: 'No such category' },
    ]);
  }
}

/** The actor's area, read from their staff record once per verb; only an area-bound editor has one. */
export async function areaOf(actor: Actor): Promise<EditorArea | undefined> {
  if (!isAreaBound(actor.roles) || !actor.username) return undefined;
  const account = await getStaffAccount(actor.username);
  return account
    ? { categories: account.editorCategories ?? [], languages: account.editorLanguages ?? [] }
    : undefined;
}

async function assertActorInArea(actor: Actor, ...targets: AreaTarget[]): Promise<void> {
  if (isAreaBound(actor.roles)) assertInArea(actor.roles, await areaOf(actor), ...targets);
}

/** Whether the actor may change the article (the admin SPA turns its edit actions off otherwise). */
export async function mayEditArticle(article: Article, actor: Actor): Promise<boolean> {
  return mayEditIn(actor.roles, await areaOf(actor), article);
}

function cleanContent(content: ArticleContent): ArticleContent {
  return { ...content, bodyHtml: sanitizedBody(content.bodyHtml, { vi: 'bài viết', en: 'article' }) };
}

/**
 * Runs a transaction that claims a slug, trying `slug`, `slug-2`, `slug-3`… while the slug is taken.
 * Only the slug guard's duplicate is retried; any other refusal is final.
 */
async function withFreeSlug(
  language: Language,
  baseSlug: string,
  articleId: string,
  build: (slug: string, claim: TransactionWrite) => TransactionWrite[],
): Promise<string> {
  for (let attempt = 1; attempt <= 50; attempt += 1) {
    const slug = attempt === 1 ? baseSlug : `${baseSlug}-${attempt}`;
    try {
      await runTransaction(build(slug, articleWrites.claimSlug(language, slug, articleId)));
      return slug;
    } catch (error) {
      if (!(error instanceof SlugTaken)) throw error;
    }
  }
  throw errors.duplicate(`slug ${baseSlug}`);
}

/**
 * An article written from an agency's contribution (contribution-service.ts): the agency it credits, the
 * contribution, and the contribution's own writes, which go into the article's creating transaction.
 */
export type ArticleOrigin = {
  sourceAgency: SourceAgency;
  contributionId: string;
  alsoWrite: (article: Article) => TransactionWrite[];
};

export async function createArticle(
  input: ArticleContent & { language: Language; translationOf?: string },
  actor: Actor,
  now = new Date(),
  origin?: ArticleOrigin,
): Promise<Article> {
  await assertCategoryExists(input.categorySlug);
  await assertActorInArea(actor, { categorySlug: input.categorySlug, language: input.language });
  const { language, translationOf, ...rest } = input;
  const content = cleanContent(rest);
  if (translationOf) {
    const other = await getArticle(translationOf);
    if (!other || other.language === language) {
      throw errors.validation([
        {
          path: 'translationOf',
          messageVi: 'Bài gốc không tồn tại hoặc cùng ngôn ngữ',
          messageEn: 'The original does not exist or has the same language',
        },
      ]);
    }
  }
  const id = randomUUID();
  const at = now.toISOString();
  const base = slugify(content.title) || 'bai-viet';
  let created: Article | undefined;
  await withFreeSlug(language, base, id, (slug, claim) => {
    created = {
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
      categorySlug: content.categorySlug,
      version: 1,
      ...(translationOf ? { translationOf } : {}),
      ...(origin ? { sourceAgency: origin.sourceAgency, contributionId: origin.contributionId } : {}),
    };
    const revision: ArticleRevision = {
      ...content,
      articleId: id,
      revision: 1,
      savedAt: at,
      savedBy: actor.id,
      savedByName: actor.name,
    };
    return [
      articleWrites.create(created),
      articleWrites.createRevision(revision),
      claim,
      ...(translationOf ? [articleWrites.linkTranslation(translationOf, id)] : []),
      ...wordIndexWrites(`article-title-${language}`, id, undefined, content.title),
      recordAudit(entity(id), actor, 'create', { toStatus: 'draft' }, at),
      ...(origin && created ? origin.alsoWrite(created) : []),
    ];
  });
  if (!created) throw new Error('article was not created');
  return created;
}

export async function saveArticle(
  id: string,
  input: ArticleContent,
  expectedVersion: number,
  actor: Actor,
  now = new Date(),
): Promise<Article> {
  const article = await load(id);
  assertAllowed(article, 'save');
  await assertCategoryExists(input.categorySlug);
  // Both where the article is and where it would go: an editor neither takes one out of another's area nor
  // moves one into it.
  await assertActorInArea(actor, article, { categorySlug: input.categorySlug, language: article.language });
  const content = cleanContent(input);
  const previous = await loadRevision(id, article.latestRevision);
  const at = now.toISOString();
  const revision: ArticleRevision = {
    ...content,
    articleId: id,
    revision: article.latestRevision + 1,
    savedAt: at,
    savedBy: actor.id,
    savedByName: actor.name,
  };
  const {
    articleId: _a,
    revision: _r,
    savedAt: _s,
    savedBy: _b,
    savedByName: _n,
    ...previousContent
  } = previous;
  const changed = changedFields(previousContent, content);
  const next = (slug: string): Article => ({
    ...article,
    slug,
    latestRevision: revision.revision,
    title: content.title,
    categorySlug: content.categorySlug,
    updatedAt: at,
    version: expectedVersion + 1,
  });
  const writes = (updated: Article): TransactionWrite[] => [
    articleWrites.replace(updated, expectedVersion),
    articleWrites.createRevision(revision),
    ...wordIndexWrites(`article-title-${article.language}`, id, previous.title, content.title),
    recordAudit(entity(id), actor, 'save', { changedFields: changed }, at),
  ];

  // Until its first publication, an article's slug follows its title; afterwards it never changes.
  const wantedSlug = slugify(content.title) || 'bai-viet';
  if (!article.firstPublishedAt && !article.slug.match(new RegExp(`^${wantedSlug}(-\\d+)?$`))) {
    const slug = await withFreeSlug(article.language, wantedSlug, id, (candidate, claim) => [
      ...writes(next(candidate)),
      articleWrites.releaseSlug(article.language, article.slug, id),
      claim,
    ]);
    return next(slug);
  }
  await runTransaction(writes(next(article.slug)));
  return next(article.slug);
}

export async function submitArticle(id: string, expectedVersion: number, actor: Actor, now = new Date()) {
  const article = await load(id);
  assertAllowed(article, 'submit');
  assertHasChangesToSubmit(article);
  await assertActorInArea(actor, article);
  const at = now.toISOString();
  const updated: Article = {
    ...article,
    status: 'in_review',
    submittedRevision: article.latestRevision,
    reviewNote: undefined,
    updatedAt: at,
    version: expectedVersion + 1,
  };
  await runTransaction([
    articleWrites.replace(updated, expectedVersion),
    recordAudit(entity(id), actor, 'submit', { fromStatus: article.status, toStatus: 'in_review' }, at),
  ]);
  return updated;
}

export const scheduleName = (articleId: string) => `article-${articleId}`;

export async function approveArticle(
  id: string,
  input: { expectedVersion: number; publishAt?: string },
  actor: Actor,
  now = new Date(),
): Promise<EditorialResult> {
  const article = await load(id);
  assertAllowed(article, 'approve');
  const revisionNumber = article.submittedRevision ?? article.latestRevision;
  const revision = await loadRevision(id, revisionNumber);
  assertNotOwnWork(article, actor, revision.savedBy);
  const outcome = approvalOutcome(input.publishAt, now);
  if (outcome.status === 'published')
    return publish(article, revision, input.expectedVersion, actor, now, 'approve');

  // Scheduled: the schedule exists before the state says so; a stale schedule finds nothing to publish.
  await scheduler.schedule({
    name: scheduleName(id),
    at: outcome.at,
    target: 'publisher',
    event: { type: 'scheduled-publication', articleId: id, scheduledAt: outcome.at },
  });
  const at = now.toISOString();
  const updated: Article = {
    ...article,
    status: 'scheduled',
    scheduledAt: outcome.at,
    updatedAt: at,
    version: input.expectedVersion + 1,
  };
  await runTransaction([
    articleWrites.replace(updated, input.expectedVersion),
    recordAudit(
      entity(id),
      actor,
      'approve',
      { fromStatus: 'in_review', toStatus: 'scheduled', note: `publish at ${outcome.at}` },
      at,
    ),
  ]);
  return { article: updated };
}

/**
 * Fired by the scheduler when the time comes: publishes the article if it still waits for exactly this
 * schedule (it may have been returned or rescheduled since; then the event is stale and does nothing).
 */
export async function publishScheduled(
  id: string,
  scheduledAt: string,
  actor: Actor,
  now = new Date(),
): Promise<EditorialResult | undefined> {
  const article = await getArticle(id);
  if (article?.status !== 'scheduled' || article.scheduledAt !== scheduledAt) return undefined;
  const revision = await loadRevision(id, article.submittedRevision ?? article.latestRevision);
  return publish(article, revision, article.version, actor, now, 'go-live');
}

function positionOf(published: PublishedArticle): ListingPosition {
  return {
    language: published.language,
    slug: published.slug,
    categorySlug: published.categorySlug,
    ordinal: published.ordinal,
    sitemapMonth: monthInVietnam(published.firstPublishedAt),
  };
}

/** Makes `revision` the live one: projection, listing ordinal, sitemap month, translation links, audit. */
async function publish(
  article: Article,
  revision: ArticleRevision,
  expectedVersion: number,
  actor: Actor,
  now: Date,
  action: 'approve' | 'go-live',
): Promise<EditorialResult> {
  const at = now.toISOString();
  const before = await getPublished(article.id);
  const translation = article.translationOf ? await getPublished(article.translationOf) : undefined;
  const sameListing = article.listing?.categorySlug === revision.categorySlug ? article.listing : undefined;
  // An agency's contribution becomes "published" with its article's first publication (decision 181).
  const contributionWrites = await contributionPublicationWrites(article, actor, at);

  for (let attempt = 0; attempt < 5; attempt += 1) {
    const counterValue = sameListing
      ? undefined
      : await nextListingOrdinal(article.language, revision.categorySlug);
    const ordinal = sameListing?.ordinal ?? counterValue ?? 0;
    const firstPublishedAt = article.firstPublishedAt ?? at;
    const {
      articleId: _a,
      revision: revisionNumber,
      savedAt: _s,
      savedBy: _b,
      savedByName: _n,
      ...content
    } = revision;
    const published: PublishedArticle = {
      ...content,
      id: article.id,
      language: article.language,
      slug: article.slug,
      revision: revisionNumber,
      authorName: article.authorName,
      firstPublishedAt,
      publishedAt: at,
      ordinal,
      ...(translation ? { translationSlug: translation.slug } : {}),
      ...(article.sourceAgency ? { sourceAgency: article.sourceAgency } : {}),
    };
    const updated: Article = {
      ...article,
      status: 'published',
      publishedRevision: revisionNumber,
      submittedRevision: undefined,
      scheduledAt: undefined,
      reviewNote: undefined,
      firstPublishedAt,
      publishedAt: at,
      listing: { categorySlug: revision.categorySlug, ordinal },
      updatedAt: at,
      version: expectedVersion + 1,
    };
    const writes: TransactionWrite[] = [
      articleWrites.replace(updated, expectedVersion),
      articleWrites.putPublished(published),
      articleWrites.markSitemapMonth(monthInVietnam(firstPublishedAt), at),
      ...(counterValue !== undefined
        ? [articleWrites.advanceListing(article.language, revision.categorySlug, counterValue)]
        : []),
      ...(translation ? [articleWrites.setPublishedTranslationSlug(translation.id, article.slug)] : []),
      ...contributionWrites,
      // The reports count an article once, at its first publication (docs/decisions.md 193).
      ...(article.firstPublishedAt
        ? []
        : [
            countActivityEvent(
              activityOf.articlePublished({
                firstPublishedAt,
                language: article.language,
                authorId: article.authorId,
                categorySlug: revision.categorySlug,
              }),
            ),
          ]),
      recordAudit(
        entity(article.id),
        actor,
        action === 'go-live' ? 'publish-scheduled' : 'approve',
        { fromStatus: article.status, toStatus: 'published', note: `revision ${revisionNumber}` },
        at,
      ),
    ];
    try {
      await runTransaction(writes);
    } catch (error) {
      // Another publication took the ordinal we read: read the counter again and retry.
      if (error instanceof CounterMoved) continue;
      throw error;
    }
    return {
      article: updated,
      change: {
        ...(before ? { before: positionOf(before) } : {}),
        after: positionOf(published),
        ...(translation ? { translation: { language: translation.language, slug: translation.slug } } : {}),
      },
    };
  }
  throw new VersionConflict('too many simultaneous publications in this category; try again');
}

export async function returnArticle(
  id: string,
  input: { expectedVersion: number; note: string },
  actor: Actor,
  now = new Date(),
): Promise<Article> {
  const article = await load(id);
  assertAllowed(article, 'return');
  const at = now.toISOString();
  const updated: Article = {
    ...article,
    status: 'returned',
    reviewNote: input.note,
    scheduledAt: undefined,
    updatedAt: at,
    version: input.expectedVersion + 1,
  };
  await runTransaction([
    articleWrites.replace(updated, input.expectedVersion),
    recordAudit(
      entity(id),
      actor,
      'return',
      { fromStatus: article.status, toStatus: 'returned', note: input.note },
      at,
    ),
  ]);
  if (article.status === 'scheduled') await scheduler.cancel(scheduleName(id));
  return updated;
}

/** Takes the live version down (unpublish) or retires the article altogether (archive). */
export async function withdrawArticle(
  id: string,
  action: 'unpublish' | 'archive',
  expectedVersion: number,
  actor: Actor,
  now = new Date(),
): Promise<EditorialResult> {
  const article = await load(id);
  assertAllowed(article, action);
  const live = article.status === 'published' ? await getPublished(id) : undefined;
  const translation = live && article.translationOf ? await getPublished(article.translationOf) : undefined;
  const at = now.toISOString();
  const status = action === 'unpublish' ? 'unpublished' : 'archived';
  const updated: Article = {
    ...article,
    status,
    publishedRevision: undefined,
    updatedAt: at,
    version: expectedVersion + 1,
  };
  await runTransaction([
    articleWrites.replace(updated, expectedVersion),
    ...(live ? [articleWrites.removePublished(id)] : []),
    ...(translation ? [articleWrites.clearPublishedTranslationSlug(translation.id)] : []),
    recordAudit(entity(id), actor, action, { fromStatus: article.status, toStatus: status }, at),
  ]);
  return {
    article: updated,
    ...(live
      ? {
          change: {
            before: positionOf(live),
            ...(translation
              ? { translation: { language: translation.language, slug: translation.slug } }
              : {}),
          },
        }
      : {}),
  };
}
