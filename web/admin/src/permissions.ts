import { mayCall } from '#shared/auth/policies/may-call.ts';
import type { Article } from '#shared/domain/article.ts';
import type { Principal } from '#shared/domain/roles.ts';

/**
 * What the UI offers to whom. Each `can.*` is the route its screen or button calls, read from the APIs'
 * policy tables (shared/auth/policies/), so the SPA cannot drift from what the API allows. The API decides
 * anyway (deny by default); these only hide what a user could not use. Rules that are not about roles are
 * the named predicates below, checked by the API's services too.
 */

/** Four eyes: nobody decides on an article they wrote themselves. */
export const wroteArticle = (principal: Principal, article: Article) => article.authorId === principal.userId;

/** An agency account acts for the agency in its token; without one the API refuses it everything. */
export const hasAgency = (principal: Principal) => Boolean(principal.agencyId);

export const can = {
  readArticles: (principal: Principal) => mayCall(principal, 'GET /api/content/admin/articles'),
  write: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/articles'),
  seeReviewQueue: (principal: Principal) => mayCall(principal, 'GET /api/content/admin/review-queue'),
  /** Approve (now or at a time) and return articles. */
  decideArticles: (principal: Principal) =>
    mayCall(principal, 'POST /api/content/admin/articles/:id/approve'),
  decide: (principal: Principal, article: Article) =>
    can.decideArticles(principal) && !wroteArticle(principal, article),
  unpublish: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/articles/:id/unpublish'),
  archive: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/articles/:id/archive'),

  /** Issuing agencies submit documents and resubmit corrections (their own agency's only). */
  submitDocuments: (principal: Principal) =>
    mayCall(principal, 'POST /api/gazette/admin/documents') && hasAgency(principal),
  /** The review queue and the checklist decision. */
  reviewDocuments: (principal: Principal) =>
    mayCall(principal, 'POST /api/gazette/admin/documents/:id/review'),
  readIssues: (principal: Principal) => mayCall(principal, 'GET /api/gazette/admin/issues'),
  composeIssues: (principal: Principal) => mayCall(principal, 'POST /api/gazette/admin/issues'),
  /** Approve (now or at a time) or return an issue. */
  decideIssues: (principal: Principal) => mayCall(principal, 'POST /api/gazette/admin/issues/:id/decision'),
  exportIssues: (principal: Principal) => mayCall(principal, 'GET /api/gazette/admin/issues/:id/export'),
  readDistribution: (principal: Principal) => mayCall(principal, 'GET /api/gazette/admin/distribution'),
  editDistribution: (principal: Principal) => mayCall(principal, 'PUT /api/gazette/admin/distribution'),
};

/** Whether any gazette screen is for this user (the gazette chunk is fetched ahead for them). */
export const usesGazette = (principal: Principal) =>
  can.submitDocuments(principal) || can.reviewDocuments(principal) || can.readIssues(principal);

/** The statuses an editor can still change the content in (an archived article is kept as it is). */
export const editable = (article: Article) => article.status !== 'archived';
