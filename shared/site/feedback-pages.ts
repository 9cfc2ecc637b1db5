import { frontShowsBlock, LISTING_PAGE_SIZE, listingBlockOf, newestBlockOf } from './geometry.ts';
import { sitePaths } from './urls.ts';

/**
 * The public pages of citizens' feedback, and which of them one published answer touches. The Q&A
 * listings (every answer, a subject's, an agency's) are numbered from the oldest like the article
 * listings (shared/site/geometry.ts), so a publication touches the same few pages whatever the number of
 * answers.
 */
export type QaListingRef = { kind: 'all' } | { kind: 'topic'; slug: string } | { kind: 'agency'; id: string };

export type FeedbackPageRef =
  | { kind: 'feedback-home' }
  | { kind: 'feedback-form' }
  | { kind: 'feedback-lookup' }
  | { kind: 'feedback-statistics' }
  | { kind: 'feedback-feed' }
  | { kind: 'feedback-sitemap' }
  | { kind: 'feedback-answer'; code: string }
  | { kind: 'feedback-front'; listing: QaListingRef }
  | { kind: 'feedback-block'; listing: QaListingRef; page: number };

function listingPath(listing: QaListingRef, page?: number): string {
  switch (listing.kind) {
    case 'all':
      return page ? sitePaths.feedbackAnswersPage(page) : sitePaths.feedbackAnswers();
    case 'topic':
      return page
        ? sitePaths.feedbackTopicAnswersPage(listing.slug, page)
        : sitePaths.feedbackTopicAnswers(listing.slug);
    case 'agency':
      return page
        ? sitePaths.feedbackAgencyAnswersPage(listing.id, page)
        : sitePaths.feedbackAgencyAnswers(listing.id);
  }
}

export function feedbackPathOf(page: FeedbackPageRef): string {
  switch (page.kind) {
    case 'feedback-home':
      return sitePaths.feedbackHome();
    case 'feedback-form':
      return sitePaths.feedbackForm();
    case 'feedback-lookup':
      return sitePaths.feedbackLookup();
    case 'feedback-statistics':
      return sitePaths.feedbackStatistics();
    case 'feedback-feed':
      return sitePaths.feedbackFeed();
    case 'feedback-sitemap':
      return sitePaths.feedbackSitemap();
    case 'feedback-answer':
      return sitePaths.feedbackAnswer(page.code);
    case 'feedback-front':
      return listingPath(page.listing);
    case 'feedback-block':
      return listingPath(page.listing, page.page);
  }
}

/** The pages that change when what the form offers changes (its subjects) or the figures move. */
export const feedbackFixedPages = (): FeedbackPageRef[] => [
  { kind: 'feedback-home' },
  { kind: 'feedback-form' },
  { kind: 'feedback-lookup' },
  { kind: 'feedback-statistics' },
];

/** Where an answer sits in one listing, and how far that listing goes. */
export type ListingPosition = { listing: QaListingRef; ordinal: number; latestOrdinal: number };

/**
 * The pages one published (or corrected, or reopened) answer touches: its own page, in each of its
 * listings its block (and the block before, whose "newer" link appears with a new block) and the front if
 * it shows that block, the feed, the home page (newest answers) and the statistics.
 */
export function feedbackPagesTouchedBy(answer: {
  code: string;
  positions: ListingPosition[];
}): FeedbackPageRef[] {
  const pages: FeedbackPageRef[] = [
    { kind: 'feedback-answer', code: answer.code },
    { kind: 'feedback-feed' },
    { kind: 'feedback-sitemap' },
    { kind: 'feedback-home' },
    { kind: 'feedback-statistics' },
  ];
  for (const { listing, ordinal, latestOrdinal } of answer.positions) {
    const block = listingBlockOf(ordinal);
    const newestBlock = newestBlockOf(Math.max(latestOrdinal, ordinal));
    pages.push({ kind: 'feedback-block', listing, page: block });
    if (ordinal % LISTING_PAGE_SIZE === 0 && block > 1)
      pages.push({ kind: 'feedback-block', listing, page: block - 1 });
    if (frontShowsBlock(block, newestBlock)) pages.push({ kind: 'feedback-front', listing });
  }
  return pages;
}
