import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { type PublisherEvent, publisherEventSchema } from '#shared/domain/publication.ts';
import { logger } from '#shared/observability/logger.ts';
import {
  applyChanges,
  applyConsultationAdoption,
  applyConsultationChange,
  applyDialogueChange,
  applyDialogueStatus,
  applyDisclosureChange,
  applyDocumentCorrection,
  applyFeedbackChange,
  applyFeedbackPages,
  applyGazetteIssue,
  applyMenuChange,
  applyPageChanges,
  applyScheduledPublication,
} from './apply-change.ts';
import { anonymiseDialogueContacts } from './dialogue-pages.ts';
import { runRebuildStep, startRebuild } from './rebuild-steps.ts';

/**
 * The publisher: renders public pages into the site bucket. Invoked asynchronously by the content API
 * ("site-changed"), by EventBridge Scheduler ("scheduled-publication": it also performs the go-live),
 * by the gazette ("gazette-published", "document-corrected"; "document-status-due" through the scheduler) and by an operator ("rebuild-site", which starts the rebuild's state machine, whose steps come back as
 * "rebuild-step").
 * Locally the same function is called in-process.
 */
async function publish(rawEvent: unknown) {
  const event: PublisherEvent = publisherEventSchema.parse(rawEvent);
  switch (event.type) {
    case 'site-changed':
      return applyChanges(event.changes);
    case 'scheduled-publication':
      return applyScheduledPublication(event.articleId, event.scheduledAt);
    case 'rebuild-site':
      return startRebuild(event.workers);
    case 'rebuild-step':
      return runRebuildStep(event.task);
    case 'gazette-published':
      return applyGazetteIssue(event.issueId);
    case 'document-corrected':
    case 'document-status-due':
      return applyDocumentCorrection(event.documentId);
    case 'feedback-changed':
      return applyFeedbackChange(event.feedbackId);
    case 'feedback-pages':
      return applyFeedbackPages();
    case 'consultation-changed':
      return applyConsultationChange(event.consultationId);
    case 'consultation-document-linked':
      return applyConsultationAdoption(event.consultationId, event.documentIds);
    case 'dialogue-changed':
      return applyDialogueChange(event.dialogueId);
    case 'dialogue-status-due':
      return applyDialogueStatus(event.dialogueId, event.at);
    case 'dialogue-anonymise':
      return anonymiseDialogueContacts(event.dialogueId);
    case 'pages-changed':
      return applyPageChanges(event.changes);
    case 'menu-changed':
      return applyMenuChange(event.menu);
    case 'disclosure-changed':
      return applyDisclosureChange(event.disclosureId, event.before);
    default: {
      const unknown: never = event;
      throw new Error(`publisher event not handled: ${JSON.stringify(unknown)}`);
    }
  }
}

export const handler = middy<unknown, unknown, Error, Context>(publish).use(
  injectLambdaContext(logger, { resetKeys: true }),
);
