import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { systemActor } from '#shared/domain/audit.ts';
import { type PublisherEvent, publisherEventSchema } from '#shared/domain/publication.ts';
import { publishScheduled } from '#shared/editorial/article-service.ts';
import { logger } from '#shared/observability/logger.ts';
import { correctedDocumentPages, gazetteIssuePages } from './gazette-pages.ts';
import {
  applyChanges,
  buildWholeSite,
  type PublishReport,
  publishFiles,
  siteContext,
} from './site-builder.ts';

/**
 * The publisher: renders public pages into the site bucket. Invoked asynchronously by the content API
 * ("site-changed"), by EventBridge Scheduler ("scheduled-publication": it also performs the go-live),
 * and by an operator ("rebuild-site"). Locally the same function is called in-process.
 */
async function publish(rawEvent: unknown): Promise<PublishReport | { files: number } | { skipped: string }> {
  const event: PublisherEvent = publisherEventSchema.parse(rawEvent);
  switch (event.type) {
    case 'site-changed': {
      const report = await applyChanges(event.changes);
      logger.info('pages published', { rendered: report.rendered.length, removed: report.removed.length });
      return report;
    }
    case 'scheduled-publication': {
      const result = await publishScheduled(event.articleId, event.scheduledAt, {
        ...systemActor,
        name: 'Lịch đăng bài',
      });
      if (!result?.change) {
        // Returned, rescheduled or already live since the schedule was made: nothing to do.
        logger.info('stale schedule ignored', { articleId: event.articleId, scheduledAt: event.scheduledAt });
        return { skipped: 'article no longer waits for this schedule' };
      }
      return applyChanges([result.change]);
    }
    case 'rebuild-site':
      return buildWholeSite();
    case 'gazette-published':
      return publishFiles(await gazetteIssuePages(await siteContext(), event.issueId));
    case 'document-corrected':
      return publishFiles(await correctedDocumentPages(await siteContext(), event.documentId));
  }
}

export const handler = middy<unknown, unknown, Error, Context>(publish).use(
  injectLambdaContext(logger, { resetKeys: true }),
);
