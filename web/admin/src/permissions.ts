import { mayCall } from '#shared/auth/policies/may-call.ts';
import type { Article } from '#shared/domain/article.ts';
import type { Disclosure } from '#shared/domain/disclosure.ts';
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
/** Four eyes on disclosures: nobody publishes a record they changed last. */
export const changedDisclosureLast = (principal: Principal, disclosure: Disclosure) =>
  disclosure.updatedBy.id === principal.userId;

export const hasAgency = (principal: Principal) => Boolean(principal.agencyId);

export const can = {
  /** The media library (web/admin/src/media/): the newsroom browses it, writers upload and correct alt texts. */
  readMedia: (principal: Principal) => mayCall(principal, 'GET /api/content/admin/media/assets'),
  writeMedia: (principal: Principal) => mayCall(principal, 'PUT /api/content/admin/media/assets/:id'),
  /** Readers' usefulness ratings of public pages (the figures per page and per section). */
  readRatings: (principal: Principal) => mayCall(principal, 'GET /api/content/admin/ratings'),
  /** The reports on the portal's activity (issue 15): the director and the administrator. */
  readReports: (principal: Principal) => mayCall(principal, 'GET /api/content/admin/reports'),
  // Disclosures (web/admin/src/disclosures/): editors prepare records, the director publishes and withdraws.
  readDisclosures: (principal: Principal) => mayCall(principal, 'GET /api/content/admin/disclosures'),
  writeDisclosures: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/disclosures'),
  decideDisclosures: (principal: Principal) =>
    mayCall(principal, 'POST /api/content/admin/disclosures/:id/decision'),
  // Agencies' contributions (web/admin/src/contributions/): an agency sends (its own agency's), the
  // newsroom reads every agency's, editors take or decline (inside their area: the API's `mayHandle`).
  readContributions: (principal: Principal) => mayCall(principal, 'GET /api/content/admin/contributions'),
  sendContributions: (principal: Principal) =>
    mayCall(principal, 'POST /api/content/admin/contributions') && hasAgency(principal),
  handleContributions: (principal: Principal) =>
    mayCall(principal, 'POST /api/content/admin/contributions/:id/take'),
  // Requests for information (web/admin/src/information-requests/): staff ask, the agency asked answers.
  readInformationRequests: (principal: Principal) =>
    mayCall(principal, 'GET /api/content/admin/information-requests'),
  askForInformation: (principal: Principal) =>
    mayCall(principal, 'POST /api/content/admin/information-requests'),
  cancelInformationRequests: (principal: Principal) =>
    mayCall(principal, 'POST /api/content/admin/information-requests/:id/cancel'),
  answerInformationRequests: (principal: Principal) =>
    mayCall(principal, 'POST /api/content/admin/information-requests/:id/answers') && hasAgency(principal),
  startArticleFromAnswers: (principal: Principal) =>
    mayCall(principal, 'POST /api/content/admin/information-requests/:id/article'),
  // Managed pages and menus (web/admin/src/pages/).
  readPages: (principal: Principal) => mayCall(principal, 'GET /api/content/admin/pages'),
  writePages: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/pages'),
  seePageReviewQueue: (principal: Principal) =>
    mayCall(principal, 'GET /api/content/admin/page-review-queue'),
  decidePages: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/pages/:id/approve'),
  readMenus: (principal: Principal) => mayCall(principal, 'GET /api/content/admin/menus/:id'),
  saveMenus: (principal: Principal) => mayCall(principal, 'PUT /api/content/admin/menus/:id'),
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

  /** Citizens' feedback: the officer's queue (classify, forward, reject, merge, the public version). */
  handleFeedback: (principal: Principal) =>
    mayCall(principal, 'POST /api/feedback/admin/feedback/:id/forward'),
  classifyFeedback: (principal: Principal) =>
    mayCall(principal, 'POST /api/feedback/admin/feedback/:id/classify'),
  rejectFeedback: (principal: Principal) =>
    mayCall(principal, 'POST /api/feedback/admin/feedback/:id/reject'),
  mergeFeedback: (principal: Principal) => mayCall(principal, 'POST /api/feedback/admin/feedback/:id/merge'),
  editPublicText: (principal: Principal) =>
    mayCall(principal, 'PUT /api/feedback/admin/feedback/:id/public-text'),
  /** The sender's contact, behind a button (every read is audited). */
  readFeedbackContact: (principal: Principal) =>
    mayCall(principal, 'GET /api/feedback/admin/feedback/:id/contact'),
  previewAnswers: (principal: Principal) =>
    mayCall(principal, 'GET /api/feedback/admin/feedback/:id/preview'),
  /** An agency answers what was forwarded to it, or declines it (its own agency's only). */
  answerFeedback: (principal: Principal) =>
    mayCall(principal, 'POST /api/feedback/admin/feedback/:id/answer') && hasAgency(principal),
  declineFeedback: (principal: Principal) =>
    mayCall(principal, 'POST /api/feedback/admin/feedback/:id/decline') && hasAgency(principal),
  /** The director approves an answer for publication or returns it to the agency. */
  decideAnswers: (principal: Principal) =>
    mayCall(principal, 'POST /api/feedback/admin/feedback/:id/decision'),
  readFeedbackTopics: (principal: Principal) => mayCall(principal, 'GET /api/feedback/admin/topics'),
  manageFeedbackTopics: (principal: Principal) => mayCall(principal, 'POST /api/feedback/admin/topics'),
  readCalendars: (principal: Principal) => mayCall(principal, 'GET /api/feedback/admin/calendars'),
  editCalendars: (principal: Principal) => mayCall(principal, 'PUT /api/feedback/admin/calendars/:year'),

  /** Consultations on drafts: the list (an agency sees its own), posting a draft. */
  readConsultations: (principal: Principal) =>
    mayCall(principal, 'GET /api/consultations/admin/consultations'),
  postConsultations: (principal: Principal) =>
    mayCall(principal, 'POST /api/consultations/admin/consultations'),
  moderateComments: (principal: Principal) =>
    mayCall(principal, 'POST /api/consultations/admin/consultations/:id/comments/:commentId/moderation'),
  readCommentContacts: (principal: Principal) =>
    mayCall(principal, 'GET /api/consultations/admin/consultations/:id/comments/:commentId/contact'),
  writeReports: (principal: Principal) =>
    mayCall(principal, 'PUT /api/consultations/admin/consultations/:id/report'),
  postVersions: (principal: Principal) =>
    mayCall(principal, 'POST /api/consultations/admin/consultations/:id/versions'),
  decideReports: (principal: Principal) =>
    mayCall(principal, 'POST /api/consultations/admin/consultations/:id/report/decision'),
  linkAdoptedDocuments: (principal: Principal) =>
    mayCall(principal, 'PUT /api/consultations/admin/consultations/:id/adopted-document'),
  /** Online dialogues: the list, scheduling, moderation, the answer desk. */
  readDialogues: (principal: Principal) => mayCall(principal, 'GET /api/dialogues/admin/dialogues'),
  scheduleDialogues: (principal: Principal) => mayCall(principal, 'POST /api/dialogues/admin/dialogues'),
  moderateQuestions: (principal: Principal) =>
    mayCall(principal, 'POST /api/dialogues/admin/dialogues/:id/questions/:questionId/publish'),
  answerQuestions: (principal: Principal) =>
    mayCall(principal, 'POST /api/dialogues/admin/dialogues/:id/questions/:questionId/answer'),
  /** The portal's reference data: the news categories and the province's agencies. */
  manageCategories: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/categories'),
  manageAgencies: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/agencies'),
  manageOrganisation: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/units'),
  manageLinks: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/links'),
  readLinkChecks: (principal: Principal) => mayCall(principal, 'GET /api/content/admin/link-checks'),
  rebuildSite: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/rebuilds'),
  /** Staff accounts: create, roles and agency, disable and enable (the administrator's). */
  manageStaff: (principal: Principal) => mayCall(principal, 'POST /api/content/admin/staff'),
};

/** Whether any feedback screen is for this user (the feedback chunk is fetched ahead for them). */
export const usesFeedback = (principal: Principal) =>
  can.handleFeedback(principal) ||
  can.answerFeedback(principal) ||
  can.decideAnswers(principal) ||
  can.editCalendars(principal);

/** Whether any gazette screen is for this user (the gazette chunk is fetched ahead for them). */
export const usesGazette = (principal: Principal) =>
  can.submitDocuments(principal) || can.reviewDocuments(principal) || can.readIssues(principal);

/** The statuses an editor can still change the content in (an archived article is kept as it is). */
export const editable = (article: Article) => article.status !== 'archived';
