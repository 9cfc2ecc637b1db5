import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import {
  acceptDocument,
  allocateNumber,
  awaitHuman,
  publishIssue,
  recordFailure,
  releaseIssue,
  returnIssue,
  validateDocument,
} from '#shared/gazette/steps.ts';
import { logger } from '#shared/observability/logger.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import { archivedDocumentFiles, renderIssueFiles } from './issue-files.ts';

/**
 * The gazette state machines' task function: every Task state invokes it with `{ step, input }` (and a
 * token for the steps that wait). EventBridge Scheduler invokes it too, with `{ step: 'release-issue' }`
 * at an issue's publication time. Locally the runner and the scheduler call this same handler.
 */
const eventSchema = z
  .object({ step: z.string(), input: z.record(z.string(), z.unknown()).optional() })
  .loose();
const issueInput = z.object({ issueId: z.uuid() });

async function runStep(rawEvent: unknown): Promise<unknown> {
  const event = eventSchema.parse(rawEvent);
  const input = event.input ?? {};
  logger.info('gazette step', { step: event.step });
  switch (event.step) {
    case 'validate-document':
      return validateDocument(input);
    case 'await-human':
      return awaitHuman(event);
    case 'accept-document':
      return acceptDocument(input);
    case 'return-issue':
      return returnIssue(input);
    case 'allocate-number':
      return allocateNumber(input);
    case 'render-issue': {
      const { issueId } = issueInput.parse(input);
      const files = await renderIssueFiles(issueId);
      return { html: files.html.sha256, pdf: files.pdf.sha256 };
    }
    case 'publish-issue': {
      const { issueId } = issueInput.parse(input);
      const result = await publishIssue(input, archivedDocumentFiles);
      // The pages are re-rendered on every run of this step: cheap, and it repairs a publisher failure.
      await requestPublication({ type: 'gazette-published', issueId });
      return result;
    }
    case 'release-issue':
      return releaseIssue(rawEvent);
    case 'record-failure':
      return recordFailure(input);
    default:
      throw new Error(`unknown gazette step ${event.step}`);
  }
}

export const handler = middy<unknown, unknown, Error, Context>(runStep).use(
  injectLambdaContext(logger, { resetKeys: true }),
);
