import type { Article } from '#shared/domain/article.ts';
import type { Principal, Role } from '#shared/domain/roles.ts';

/**
 * What the UI offers to whom, after docs/api.md's role column. The API decides (deny by default);
 * these only hide buttons a user could not use anyway.
 */
const has = (principal: Principal, ...roles: Role[]) => roles.some((role) => principal.roles.includes(role));

export const can = {
  write: (principal: Principal) => has(principal, 'editor', 'admin'),
  readArticles: (principal: Principal) => has(principal, 'editor', 'director', 'admin'),
  seeReviewQueue: (principal: Principal) => has(principal, 'director', 'admin'),
  /** The director approves, returns and unpublishes — never an article they wrote themselves. */
  decide: (principal: Principal, article: Article) =>
    has(principal, 'director') && article.authorId !== principal.userId,
  unpublish: (principal: Principal) => has(principal, 'director'),
  archive: (principal: Principal) => has(principal, 'director', 'admin'),

  // The Official Gazette, after functions/gazette/policy.ts.
  /** Issuing agencies submit documents and resubmit corrections (their own agency's only). */
  submitDocuments: (principal: Principal) => has(principal, 'agency') && Boolean(principal.agencyId),
  /** The review queue and the checklist decision. */
  reviewDocuments: (principal: Principal) => has(principal, 'gazette_officer'),
  readIssues: (principal: Principal) => has(principal, 'gazette_officer', 'director', 'admin'),
  composeIssues: (principal: Principal) => has(principal, 'gazette_officer'),
  /** The director approves (now or at a time) or returns an issue. */
  decideIssues: (principal: Principal) => has(principal, 'director'),
  exportIssues: (principal: Principal) => has(principal, 'gazette_officer', 'admin'),
  editDistribution: (principal: Principal) => has(principal, 'gazette_officer', 'admin'),
};

/** Whether any gazette screen is for this user (the gazette chunk is fetched ahead for them). */
export const usesGazette = (principal: Principal) =>
  can.submitDocuments(principal) || can.reviewDocuments(principal) || can.readIssues(principal);

/** The statuses an editor can still change the content in (an archived article is kept as it is). */
export const editable = (article: Article) => article.status !== 'archived';
