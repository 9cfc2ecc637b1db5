import { describe, expect, it } from 'vitest';
import { consultationPolicy } from '#shared/auth/policies/consultation.ts';
import { contentPolicy } from '#shared/auth/policies/content.ts';
import { dialoguePolicy } from '#shared/auth/policies/dialogue.ts';
import { feedbackPolicy } from '#shared/auth/policies/feedback.ts';
import { gazettePolicy } from '#shared/auth/policies/gazette.ts';
import type { RoutePolicy } from '#shared/auth/route-policy.ts';
import type { Article } from '#shared/domain/article.ts';
import { allRoles, type Principal, type Role } from '#shared/domain/roles.ts';
import { can, usesFeedback, usesGazette } from '#web/admin/src/permissions.ts';

/**
 * The admin SPA offers a screen or a button exactly to the roles whose API call it makes would be let
 * through: each `can.*` against the route it stands for, read from the policy tables the APIs enforce.
 */
const policies: RoutePolicy = {
  ...contentPolicy,
  ...gazettePolicy,
  ...feedbackPolicy,
  ...consultationPolicy,
  ...dialoguePolicy,
};

/** The route each `can.*` stands for: the call its screen or button makes. */
const routeOf: Record<keyof typeof can, string> = {
  readRatings: 'GET /api/content/admin/ratings',
  readReports: 'GET /api/content/admin/reports',
  readMedia: 'GET /api/content/admin/media/assets',
  writeMedia: 'PUT /api/content/admin/media/assets/:id',
  readDisclosures: 'GET /api/content/admin/disclosures',
  readInformationRequests: 'GET /api/content/admin/information-requests',
  askForInformation: 'POST /api/content/admin/information-requests',
  cancelInformationRequests: 'POST /api/content/admin/information-requests/:id/cancel',
  answerInformationRequests: 'POST /api/content/admin/information-requests/:id/answers',
  startArticleFromAnswers: 'POST /api/content/admin/information-requests/:id/article',
  writeDisclosures: 'POST /api/content/admin/disclosures',
  decideDisclosures: 'POST /api/content/admin/disclosures/:id/decision',
  readContributions: 'GET /api/content/admin/contributions',
  sendContributions: 'POST /api/content/admin/contributions',
  handleContributions: 'POST /api/content/admin/contributions/:id/take',
  readPages: 'GET /api/content/admin/pages',
  writePages: 'POST /api/content/admin/pages',
  seePageReviewQueue: 'GET /api/content/admin/page-review-queue',
  decidePages: 'POST /api/content/admin/pages/:id/approve',
  readMenus: 'GET /api/content/admin/menus/:id',
  saveMenus: 'PUT /api/content/admin/menus/:id',
  readArticles: 'GET /api/content/admin/articles',
  write: 'POST /api/content/admin/articles',
  seeReviewQueue: 'GET /api/content/admin/review-queue',
  decideArticles: 'POST /api/content/admin/articles/:id/approve',
  decide: 'POST /api/content/admin/articles/:id/approve',
  unpublish: 'POST /api/content/admin/articles/:id/unpublish',
  archive: 'POST /api/content/admin/articles/:id/archive',
  submitDocuments: 'POST /api/gazette/admin/documents',
  reviewDocuments: 'POST /api/gazette/admin/documents/:id/review',
  readIssues: 'GET /api/gazette/admin/issues',
  composeIssues: 'POST /api/gazette/admin/issues',
  decideIssues: 'POST /api/gazette/admin/issues/:id/decision',
  exportIssues: 'GET /api/gazette/admin/issues/:id/export',
  readDistribution: 'GET /api/gazette/admin/distribution',
  editDistribution: 'PUT /api/gazette/admin/distribution',
  handleFeedback: 'POST /api/feedback/admin/feedback/:id/forward',
  classifyFeedback: 'POST /api/feedback/admin/feedback/:id/classify',
  rejectFeedback: 'POST /api/feedback/admin/feedback/:id/reject',
  mergeFeedback: 'POST /api/feedback/admin/feedback/:id/merge',
  editPublicText: 'PUT /api/feedback/admin/feedback/:id/public-text',
  readFeedbackContact: 'GET /api/feedback/admin/feedback/:id/contact',
  previewAnswers: 'GET /api/feedback/admin/feedback/:id/preview',
  answerFeedback: 'POST /api/feedback/admin/feedback/:id/answer',
  declineFeedback: 'POST /api/feedback/admin/feedback/:id/decline',
  decideAnswers: 'POST /api/feedback/admin/feedback/:id/decision',
  readFeedbackTopics: 'GET /api/feedback/admin/topics',
  manageFeedbackTopics: 'POST /api/feedback/admin/topics',
  readCalendars: 'GET /api/feedback/admin/calendars',
  editCalendars: 'PUT /api/feedback/admin/calendars/:year',
  readConsultations: 'GET /api/consultations/admin/consultations',
  postConsultations: 'POST /api/consultations/admin/consultations',
  moderateComments: 'POST /api/consultations/admin/consultations/:id/comments/:commentId/moderation',
  readCommentContacts: 'GET /api/consultations/admin/consultations/:id/comments/:commentId/contact',
  writeReports: 'PUT /api/consultations/admin/consultations/:id/report',
  decideReports: 'POST /api/consultations/admin/consultations/:id/report/decision',
  linkAdoptedDocuments: 'PUT /api/consultations/admin/consultations/:id/adopted-document',
  postVersions: 'POST /api/consultations/admin/consultations/:id/versions',
  readDialogues: 'GET /api/dialogues/admin/dialogues',
  scheduleDialogues: 'POST /api/dialogues/admin/dialogues',
  moderateQuestions: 'POST /api/dialogues/admin/dialogues/:id/questions/:questionId/publish',
  answerQuestions: 'POST /api/dialogues/admin/dialogues/:id/questions/:questionId/answer',
  manageCategories: 'POST /api/content/admin/categories',
  manageAgencies: 'POST /api/content/admin/agencies',
  manageOrganisation: 'POST /api/content/admin/units',
  manageLinks: 'POST /api/content/admin/links',
  readLinkChecks: 'GET /api/content/admin/link-checks',
  rebuildSite: 'POST /api/content/admin/rebuilds',
  manageStaff: 'POST /api/content/admin/staff',
};

const principalWith = (roles: Role[], changes: Partial<Principal> = {}): Principal => ({
  userId: 'nguoi-dung-1',
  username: 'nguoidung',
  displayName: 'Người dùng thử',
  roles,
  ...(roles.includes('agency') ? { agencyId: 'so-tu-phap' } : {}),
  ...changes,
});

const articleBy = (authorId: string): Article => ({
  id: '00000000-0000-4000-8000-000000000001',
  language: 'vi',
  slug: 'bai-thu',
  status: 'in_review',
  authorId,
  authorName: 'Tác giả',
  createdAt: '2026-11-20T08:00:00+07:00',
  updatedAt: '2026-11-20T08:00:00+07:00',
  latestRevision: 1,
  title: 'Bài thử',
  categorySlug: 'tin-tuc',
  version: 1,
});

/** Every `can.*` as a question about a principal alone (deciding: on an article someone else wrote). */
const offered: Record<keyof typeof can, (principal: Principal) => boolean> = {
  ...can,
  decide: (principal) => can.decide(principal, articleBy('someone-else')),
};

const isCan = (name: string): name is keyof typeof can => Object.hasOwn(can, name);

describe('what the admin SPA offers to each role', () => {
  it('names a route of the policy tables for every can.*', () => {
    expect(Object.keys(routeOf).sort()).toEqual(Object.keys(can).sort());
    for (const route of Object.values(routeOf)) expect(policies[route], route).toBeDefined();
  });

  for (const role of allRoles) {
    it(`agrees with the policy tables for ${role}`, () => {
      const principal = principalWith([role]);
      for (const [name, ask] of Object.entries(offered)) {
        const route = isCan(name) ? routeOf[name] : '';
        const allowed = policies[route]?.includes(role) ?? false;
        expect(ask(principal), `can.${name} for ${role} (${route})`).toBe(allowed);
      }
    });
  }

  it('offers what any of several roles allows', () => {
    const editorAndGazette = principalWith(['editor', 'gazette_officer']);
    expect(can.write(editorAndGazette)).toBe(true);
    expect(can.composeIssues(editorAndGazette)).toBe(true);
    expect(can.decideIssues(editorAndGazette)).toBe(false);
  });

  it('never lets the director decide on an article they wrote (four eyes)', () => {
    const director = principalWith(['director']);
    expect(can.decideArticles(director)).toBe(true);
    expect(can.decide(director, articleBy(director.userId))).toBe(false);
    expect(can.decide(director, articleBy('someone-else'))).toBe(true);
  });

  it('offers submission only to an agency account that names its agency', () => {
    expect(can.submitDocuments(principalWith(['agency']))).toBe(true);
    expect(can.submitDocuments(principalWith(['agency'], { agencyId: undefined }))).toBe(false);
  });

  it('offers answering requests for information only to an agency account, asking only to staff', () => {
    expect(can.answerInformationRequests(principalWith(['agency']))).toBe(true);
    expect(can.answerInformationRequests(principalWith(['agency'], { agencyId: undefined }))).toBe(false);
    expect(can.answerInformationRequests(principalWith(['editor']))).toBe(false);
    expect(can.askForInformation(principalWith(['agency']))).toBe(false);
    expect(can.askForInformation(principalWith(['director']))).toBe(true);
    expect(can.readInformationRequests(principalWith(['agency']))).toBe(true);
    expect(can.startArticleFromAnswers(principalWith(['director']))).toBe(false);
  });

  it('offers answering and declining feedback only to an agency account that names its agency', () => {
    const withoutAgency = principalWith(['agency'], { agencyId: undefined });
    expect(can.answerFeedback(principalWith(['agency']))).toBe(true);
    expect(can.declineFeedback(principalWith(['agency']))).toBe(true);
    expect(can.answerFeedback(withoutAgency)).toBe(false);
    expect(can.declineFeedback(withoutAgency)).toBe(false);
  });

  it('keeps the sender’s contact from agencies, and the approval of answers to the director', () => {
    expect(can.readFeedbackContact(principalWith(['agency']))).toBe(false);
    expect(can.readFeedbackContact(principalWith(['feedback_officer']))).toBe(true);
    expect(can.decideAnswers(principalWith(['admin']))).toBe(false);
    expect(can.decideAnswers(principalWith(['director']))).toBe(true);
  });

  it('fetches the feedback screens ahead for the roles that have some', () => {
    const withFeedback = allRoles.filter((role) => usesFeedback(principalWith([role])));
    expect(withFeedback.sort()).toEqual(['admin', 'agency', 'director', 'feedback_officer']);
  });

  it('fetches the gazette screens ahead for the roles that have some', () => {
    const withGazette = allRoles.filter((role) => usesGazette(principalWith([role])));
    expect(withGazette.sort()).toEqual(['admin', 'agency', 'director', 'gazette_officer']);
  });
});
