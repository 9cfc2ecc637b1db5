import type { Article, ArticleStatus } from '#shared/domain/article.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { errors } from '#shared/domain/errors.ts';

/**
 * The editorial workflow as pure decisions: given an article and an action, the next state or a refusal.
 * Storage (shared/data/articles.ts) applies the decision in one transaction with its audit record.
 *
 *   draft ─submit→ in_review ─approve→ published | scheduled ─(time)→ published
 *                      └─return→ returned ─submit→ in_review
 *   published ─save→ published (new revision pending) ─submit→ in_review (the live revision stays)
 *   published ─unpublish→ unpublished ─submit→ in_review;   any but archived ─archive→ archived
 */
export type EditorialAction = 'save' | 'submit' | 'approve' | 'return' | 'go-live' | 'unpublish' | 'archive';

const allowedFrom: Record<EditorialAction, readonly ArticleStatus[]> = {
  save: ['draft', 'returned', 'published', 'unpublished'],
  submit: ['draft', 'returned', 'published', 'unpublished'],
  approve: ['in_review'],
  return: ['in_review', 'scheduled'],
  'go-live': ['scheduled'],
  unpublish: ['published'],
  archive: ['draft', 'returned', 'published', 'unpublished'],
};

/**
 * Managed pages (shared/editorial/page-service.ts) follow the same table and rules: only the fields named
 * here are read, so an article and a page are decided alike. A page has no schedule: its approval
 * publishes at once.
 */
type Reviewed = Pick<Article, 'status' | 'latestRevision' | 'publishedRevision' | 'authorId'>;

export function assertAllowed(article: Pick<Reviewed, 'status'>, action: EditorialAction): void {
  if (!allowedFrom[action].includes(article.status)) throw errors.invalidTransition(article.status, action);
}

/** A published article may be submitted only when it has a revision that is not live yet. */
export function assertHasChangesToSubmit(article: Reviewed): void {
  if (article.status === 'published' && article.latestRevision === article.publishedRevision) {
    throw errors.badRequest(
      'Không có thay đổi nào chưa đăng để gửi duyệt',
      'There are no unpublished changes to submit',
    );
  }
}

/** Four eyes: whoever wrote the article or its submitted revision cannot approve it. */
export function assertNotOwnWork(article: Reviewed, actor: Actor, revisionAuthorId: string): void {
  if (actor.id === article.authorId || actor.id === revisionAuthorId) {
    throw errors.forbidden('work cannot be approved by its own author');
  }
}

/** Approval for "now" or a moment less than a minute away publishes at once; later ones are scheduled. */
export function approvalOutcome(
  publishAt: string | undefined,
  now: Date,
): { status: 'published' | 'scheduled'; at: string } {
  if (!publishAt) return { status: 'published', at: now.toISOString() };
  const at = new Date(publishAt);
  if (Number.isNaN(at.getTime()))
    throw errors.badRequest('Thời điểm đăng không hợp lệ', 'The publication time is not valid');
  if (at.getTime() - now.getTime() < 60_000) {
    if (now.getTime() - at.getTime() > 5 * 60_000) {
      throw errors.badRequest('Thời điểm hẹn đăng đã qua', 'The scheduled publication time is in the past');
    }
    return { status: 'published', at: now.toISOString() };
  }
  return { status: 'scheduled', at: at.toISOString() };
}
