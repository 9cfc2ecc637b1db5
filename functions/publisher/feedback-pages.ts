import { listAgencies } from '#shared/data/directory.ts';
import {
  feedbackIdByCode,
  getPublishedFeedback,
  listFeedbackTopics,
  listNewestPublishedFeedback,
  listPublishedFeedback,
  nextQaOrdinal,
  type QaListing,
} from '#shared/data/feedback.ts';
import type { FeedbackTopic, PublishedFeedback } from '#shared/domain/feedback.ts';
import { feedbackSettings } from '#shared/feedback/settings.ts';
import { feedbackStatistics } from '#shared/feedback/statistics.ts';
import {
  type FeedbackPageRef,
  feedbackFixedPages,
  feedbackPagesTouchedBy,
  feedbackPathOf,
  type QaListingRef,
} from '#shared/site/feedback-pages.ts';
import { blockOrdinals, frontOf, newestBlockOf } from '#shared/site/geometry.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { SiteContext } from '#web/site/context.ts';
import {
  type AnswerListing,
  renderFeedbackAnswer,
  renderFeedbackAnswerList,
  renderFeedbackFeed,
  renderFeedbackForm,
  renderFeedbackHome,
  renderFeedbackLookup,
  renderFeedbackStatistics,
} from '#web/site/feedback/render.ts';
import { renderSitemapMonth } from '#web/site/render.ts';
import { html, type RenderedFile, xml } from './site-files.ts';

/**
 * The feedback pages of the public site: read what each page shows, render it. A published answer touches
 * the pages `feedbackPagesTouchedBy` lists (shared/site/feedback-pages.ts); a change of subjects touches the
 * fixed pages; a full rebuild renders every one.
 */
const FEED_SIZE = 20;
const HOME_LATEST = 6;

type Lookups = { topics: FeedbackTopic[]; agencies: Map<string, string> };

async function lookups(): Promise<Lookups> {
  const [topics, agencies] = await Promise.all([listFeedbackTopics(), listAgencies()]);
  return { topics, agencies: new Map(agencies.map((agency) => [agency.id, agency.nameVi])) };
}

const toQaListing = (listing: QaListingRef): QaListing => listing;

function answerListing(listing: QaListingRef, found: Lookups): AnswerListing | undefined {
  if (listing.kind === 'all') return { kind: 'all' };
  if (listing.kind === 'topic') {
    const topic = found.topics.find((candidate) => candidate.slug === listing.slug);
    return topic ? { kind: 'topic', topic } : undefined;
  }
  const name = found.agencies.get(listing.id);
  return name ? { kind: 'agency', agency: { id: listing.id, nameVi: name } } : undefined;
}

/** Renders one feedback page from current data; undefined when it has nothing to show. */
export async function renderFeedbackPage(
  ctx: SiteContext,
  page: FeedbackPageRef,
  found: Lookups,
): Promise<RenderedFile | undefined> {
  const path = feedbackPathOf(page);
  const settings = feedbackSettings();
  switch (page.kind) {
    case 'feedback-home':
      return html(
        path,
        renderFeedbackHome(ctx, {
          latest: await listNewestPublishedFeedback(HOME_LATEST),
          topics: found.topics.filter((topic) => topic.active),
          settings,
        }),
      );
    case 'feedback-form':
      return html(
        path,
        renderFeedbackForm(ctx, {
          topics: found.topics,
          agencies: [...found.agencies].map(([id, nameVi]) => ({ id, nameVi })),
          settings,
        }),
      );
    case 'feedback-lookup':
      return html(path, renderFeedbackLookup(ctx));
    case 'feedback-statistics':
      return html(
        path,
        renderFeedbackStatistics(ctx, { statistics: await feedbackStatistics(new Date(ctx.generatedAt)) }),
      );
    case 'feedback-feed':
      return xml(
        path,
        renderFeedbackFeed(ctx, await listNewestPublishedFeedback(FEED_SIZE)),
        'application/rss+xml',
      );
    case 'feedback-sitemap': {
      const latest = (await nextQaOrdinal({ kind: 'all' })) - 1;
      const answers = latest < 0 ? [] : await listPublishedFeedback({ kind: 'all' }, 0, latest);
      return xml(
        path,
        renderSitemapMonth(
          ctx,
          answers.map((answer) => ({
            path: sitePaths.feedbackAnswer(answer.code),
            lastModified: answer.publishedAt,
          })),
        ),
        'application/xml',
      );
    }
    case 'feedback-answer': {
      const answer = await publishedByCode(page.code);
      if (!answer) return undefined;
      return html(
        path,
        renderFeedbackAnswer(ctx, {
          answer,
          topic: found.topics.find((topic) => topic.slug === answer.topicSlug),
        }),
      );
    }
    case 'feedback-front': {
      const listing = answerListing(page.listing, found);
      if (!listing) return undefined;
      const latest = (await nextQaOrdinal(toQaListing(page.listing))) - 1;
      const front = frontOf(latest);
      const answers =
        latest < 0 ? [] : await listPublishedFeedback(toQaListing(page.listing), front.from, front.to);
      return html(
        path,
        renderFeedbackAnswerList(ctx, {
          listing,
          answers,
          topics: found.topics,
          ...(front.olderBlock ? { olderPage: front.olderBlock } : {}),
        }),
      );
    }
    case 'feedback-block': {
      const listing = answerListing(page.listing, found);
      if (!listing) return undefined;
      const latest = (await nextQaOrdinal(toQaListing(page.listing))) - 1;
      const newestBlock = newestBlockOf(latest);
      if (latest < 0 || page.page > newestBlock) return undefined;
      const { from, to } = blockOrdinals(page.page);
      const answers = await listPublishedFeedback(toQaListing(page.listing), from, to);
      return html(
        path,
        renderFeedbackAnswerList(ctx, {
          listing,
          page: page.page,
          answers,
          topics: found.topics,
          ...(page.page < newestBlock ? { newerPage: page.page + 1 } : {}),
          ...(page.page > 1 ? { olderPage: page.page - 1 } : {}),
        }),
      );
    }
  }
}

// The published entry is read by code through its item id (the code's guard points at it).
async function publishedByCode(code: string): Promise<PublishedFeedback | undefined> {
  const id = await feedbackIdByCode(code.toUpperCase());
  return id ? getPublishedFeedback(id) : undefined;
}

async function renderAll(
  ctx: SiteContext,
  pages: FeedbackPageRef[],
  found: Lookups,
): Promise<RenderedFile[]> {
  const unique = new Map(pages.map((page) => [feedbackPathOf(page), page]));
  const files = await Promise.all([...unique.values()].map((page) => renderFeedbackPage(ctx, page, found)));
  return files.filter((file): file is RenderedFile => file !== undefined);
}

/** The pages one answer touches (published, corrected, or reopened and marked so). */
export async function feedbackAnswerPages(ctx: SiteContext, feedbackId: string): Promise<RenderedFile[]> {
  const answer = await getPublishedFeedback(feedbackId);
  if (!answer) return [];
  const found = await lookups();
  const listings: { listing: QaListingRef; ordinal: number }[] = [
    { listing: { kind: 'all' }, ordinal: answer.ordinal },
    { listing: { kind: 'topic', slug: answer.topicSlug }, ordinal: answer.topicOrdinal },
    { listing: { kind: 'agency', id: answer.agencyId }, ordinal: answer.agencyOrdinal },
  ];
  const positions = await Promise.all(
    listings.map(async (position) => ({
      ...position,
      latestOrdinal: (await nextQaOrdinal(toQaListing(position.listing))) - 1,
    })),
  );
  return renderAll(ctx, feedbackPagesTouchedBy({ code: answer.code, positions }), found);
}

/** The pages that show the form's subjects and the figures. */
export async function feedbackFrontPages(ctx: SiteContext): Promise<RenderedFile[]> {
  return renderAll(ctx, feedbackFixedPages(), await lookups());
}

/** Every feedback page, for a full rebuild: the fixed pages, every answer, every listing block and front. */
export async function allFeedbackPages(ctx: SiteContext): Promise<RenderedFile[]> {
  const found = await lookups();
  const listings: QaListingRef[] = [
    { kind: 'all' },
    ...found.topics.map((topic): QaListingRef => ({ kind: 'topic', slug: topic.slug })),
    ...[...found.agencies.keys()].map((id): QaListingRef => ({ kind: 'agency', id })),
  ];
  const pages: FeedbackPageRef[] = [
    ...feedbackFixedPages(),
    { kind: 'feedback-feed' },
    { kind: 'feedback-sitemap' },
  ];
  for (const listing of listings) {
    const latest = (await nextQaOrdinal(toQaListing(listing))) - 1;
    if (latest < 0 && listing.kind !== 'all') continue;
    pages.push({ kind: 'feedback-front', listing });
    for (let block = 1; latest >= 0 && block <= newestBlockOf(latest); block += 1) {
      pages.push({ kind: 'feedback-block', listing, page: block });
    }
    if (listing.kind === 'all' && latest >= 0) {
      for (const answer of await listPublishedFeedback(listing, 0, latest)) {
        pages.push({ kind: 'feedback-answer', code: answer.code });
      }
    }
  }
  return renderAll(ctx, pages, found);
}
