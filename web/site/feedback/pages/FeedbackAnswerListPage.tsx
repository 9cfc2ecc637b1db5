import type { FeedbackTopic, PublishedFeedback } from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { Pagination } from '../../components/Pagination.tsx';
import type { SiteContext } from '../../context.ts';
import { AnswerList } from '../components/AnswerList.tsx';
import { FeedbackLayout } from '../components/FeedbackLayout.tsx';
import { TopicNav } from '../components/TopicNav.tsx';
import { type AnswerListing, listingPaths } from '../format.ts';
import { feedbackLabels as text } from '../i18n.ts';

export type FeedbackAnswerListModel = {
  listing: AnswerListing;
  /** Listing block `page` (1 = the oldest twenty); undefined on the front (the newest answers). */
  page?: number | undefined;
  answers: PublishedFeedback[];
  /** The neighbouring blocks; on a block, no newerPage means the newer neighbour is the front. */
  newerPage?: number | undefined;
  olderPage?: number | undefined;
  topics: FeedbackTopic[];
};

function listingName(listing: AnswerListing): string {
  if (listing.kind === 'topic') return text.topicAnswersTitle(listing.topic.nameVi);
  if (listing.kind === 'agency') return text.agencyAnswersTitle(listing.agency.nameVi);
  return text.answersTitle;
}

/**
 * The published questions and answers: every answer, one subject's or one agency's; the front (the
 * newest) or a numbered block. Blocks are numbered from the oldest like the article listings, so an old
 * block's URL and content never change when new answers arrive.
 */
export function FeedbackAnswerListPage({ ctx, model }: { ctx: SiteContext; model: FeedbackAnswerListModel }) {
  const { listing, page } = model;
  const paths = listingPaths(listing);
  const name = listingName(listing);
  const heading = page === undefined ? name : `${name} — ${text.pageN(page)}`;
  const newerPath =
    page === undefined
      ? undefined
      : model.newerPage === undefined
        ? paths.front
        : paths.page(model.newerPage);
  const olderPath = model.olderPage === undefined ? undefined : paths.page(model.olderPage);
  const answersHome = { name: text.answersTitle, path: sitePaths.feedbackAnswers() };
  // Home › Feedback › Answers › (this listing) › (page n)
  const trail = [
    ...(listing.kind === 'all' ? [] : [answersHome]),
    ...(page === undefined ? [] : [{ name, path: paths.front }]),
  ];
  const currentTopic =
    listing.kind === 'topic' ? listing.topic.slug : listing.kind === 'all' ? 'all' : undefined;
  return (
    <FeedbackLayout
      ctx={ctx}
      title={heading}
      canonicalPath={page === undefined ? paths.front : paths.page(page)}
      trail={trail}
      current={page === undefined ? name : text.pageN(page)}
      withFeed
    >
      <div class="listing">
        <div>
          <h1>{heading}</h1>
          {model.answers.length > 0 ? (
            <AnswerList answers={model.answers} topics={model.topics} headingLevel={2} />
          ) : (
            <p>{text.noAnswersHere}</p>
          )}
          <Pagination
            language="vi"
            newerPath={newerPath}
            olderPath={olderPath}
            newerLabel={text.newer}
            olderLabel={text.older}
          />
        </div>
        <div>
          <TopicNav topics={model.topics} current={currentTopic} id="fb-topics-title" />
          <p class="feed-links">
            <a href={sitePaths.feedbackFeed()}>{text.feedLink}</a>
          </p>
        </div>
      </div>
    </FeedbackLayout>
  );
}
