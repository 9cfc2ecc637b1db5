/**
 * Citizens' feedback and petitions (phản ánh, kiến nghị) on the public site: pure, synchronous functions
 * from public feedback data to complete documents, like web/site/render.ts. The publisher prerenders the
 * home page, the form, the lookup, the Q&A listings and pages, the statistics and the feed; the feedback
 * API renders the tracking page, the form or the lookup sent back with errors, and problem pages.
 *
 * The pages are Vietnamese: the questions and answers are. No model here has room for a sender's contact
 * details, and no page reads more than the public fields of what it is given.
 */
import type { FeedbackStatistics, FeedbackTopic, PublishedFeedback } from '#shared/domain/feedback.ts';
import type { SiteContext } from '../context.ts';
import { renderDocument } from '../html.ts';
import { renderFeedbackRss } from './feed.ts';
import type { FeedbackSettings } from './format.ts';
import { type FeedbackAnswerListModel, FeedbackAnswerListPage } from './pages/FeedbackAnswerListPage.tsx';
import { FeedbackAnswerPage } from './pages/FeedbackAnswerPage.tsx';
import { type FeedbackFormModel, FeedbackFormPage } from './pages/FeedbackFormPage.tsx';
import { FeedbackHomePage } from './pages/FeedbackHomePage.tsx';
import { type FeedbackLookupModel, FeedbackLookupPage } from './pages/FeedbackLookupPage.tsx';
import { type FeedbackProblemModel, FeedbackProblemPage } from './pages/FeedbackProblemPage.tsx';
import { FeedbackStatisticsPage } from './pages/FeedbackStatisticsPage.tsx';
import { TrackingPage, type TrackingPageModel } from './pages/TrackingPage.tsx';

export type {
  FailedSenderAction,
  SenderAction,
  SenderActionValues,
} from './components/SenderActions.tsx';
export type { AgencyName, AnswerListing, FeedbackSettings } from './format.ts';
export type { FeedbackAnswerListModel } from './pages/FeedbackAnswerListPage.tsx';
export type { FeedbackFormModel, FeedbackFormValues } from './pages/FeedbackFormPage.tsx';
export { feedbackFormFields } from './pages/FeedbackFormPage.tsx';
export type { FeedbackLookupModel } from './pages/FeedbackLookupPage.tsx';
export type { FeedbackProblemModel } from './pages/FeedbackProblemPage.tsx';
export type { TrackingPageModel } from './pages/TrackingPage.tsx';

/** `/phan-anh-kien-nghi/`: what feedback is, how it is handled and in what time, the newest answers. */
export function renderFeedbackHome(
  ctx: SiteContext,
  model: {
    latest: PublishedFeedback[];
    topics: FeedbackTopic[];
    settings: Pick<FeedbackSettings, 'forwardWorkingDays' | 'answerWorkingDays'>;
  },
): string {
  return renderDocument(FeedbackHomePage({ ctx, ...model }));
}

/**
 * `/phan-anh-kien-nghi/gui/`: the form, empty (prerendered); the submission API renders it again with
 * `values` and `errors` after a failed post.
 */
export function renderFeedbackForm(ctx: SiteContext, model: FeedbackFormModel): string {
  return renderDocument(FeedbackFormPage({ ctx, model }));
}

/** `/phan-anh-kien-nghi/tra-cuu/`: look up by code; the tracking API sends it back when the code is unknown. */
export function renderFeedbackLookup(ctx: SiteContext, model: FeedbackLookupModel = {}): string {
  return renderDocument(FeedbackLookupPage({ ctx, model }));
}

/** The Q&A listings: every answer, a subject's, an agency's; the front or listing block `page`. */
export function renderFeedbackAnswerList(ctx: SiteContext, model: FeedbackAnswerListModel): string {
  return renderDocument(FeedbackAnswerListPage({ ctx, model }));
}

/** `/phan-anh-kien-nghi/tra-loi/<code>/`: one question and its answer. */
export function renderFeedbackAnswer(
  ctx: SiteContext,
  model: { answer: PublishedFeedback; topic?: FeedbackTopic | undefined },
): string {
  return renderDocument(FeedbackAnswerPage({ ctx, answer: model.answer, topic: model.topic }));
}

/** `/phan-anh-kien-nghi/thong-ke/`: each agency's accountability figures. */
export function renderFeedbackStatistics(
  ctx: SiteContext,
  model: { statistics: FeedbackStatistics },
): string {
  return renderDocument(FeedbackStatisticsPage({ ctx, statistics: model.statistics }));
}

/** `/phan-anh-kien-nghi/tra-loi.rss.xml`: RSS 2.0 of the newest answers. */
export function renderFeedbackFeed(ctx: SiteContext, answers: PublishedFeedback[]): string {
  return renderFeedbackRss(ctx, answers);
}

/** The tracking page (dynamic): status, due dates, timeline; the receipt; the sender's forms. */
export function renderTrackingPage(ctx: SiteContext, model: TrackingPageModel): string {
  return renderDocument(TrackingPage({ ctx, model }));
}

/** A problem a browser meets on the feedback endpoints (429, 409, …), as a page. */
export function renderFeedbackProblemPage(ctx: SiteContext, model: FeedbackProblemModel): string {
  return renderDocument(FeedbackProblemPage({ ctx, model }));
}
