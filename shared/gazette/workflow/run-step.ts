import * as z from 'zod';
import { type GazetteStep, gazetteStepSchema } from '#shared/domain/gazette.ts';
import { logger } from '#shared/observability/logger.ts';
import { acceptDocument, awaitDocumentStep } from '../documents.ts';
import { renderIssueFiles } from '../issue-files.ts';
import { awaitIssueStep, releaseIssue, returnIssue } from '../issues.ts';
import { allocateNumber } from '../numbering.ts';
import { publishIssue } from '../publication.ts';
import { signingCertificateRequest } from '../signing/port.ts';
import { failureInputSchema, recordFailure } from './failure.ts';
import { humanStepEventSchema, subjectOf } from './human-steps.ts';

/**
 * What the gazette's task function does for each step: every Task state invokes it with
 * `{ step, input }` (a human step also with its token), and EventBridge Scheduler with
 * `{ step: 'release-issue', issueId }` at an issue's publication time. The switch is exhaustive over the
 * step enum, so a step added to the definitions without a handler does not compile.
 */
const eventSchema = z.object({ step: gazetteStepSchema }).loose();
const inputOf = (event: unknown) => z.object({ input: z.record(z.string(), z.unknown()) }).parse(event).input;
const documentIdOf = (event: unknown) => z.object({ documentId: z.uuid() }).parse(inputOf(event)).documentId;
const issueIdOf = (event: unknown) => z.object({ issueId: z.uuid() }).parse(inputOf(event)).issueId;

export async function runGazetteStep(rawEvent: unknown): Promise<unknown> {
  const { step } = eventSchema.parse(rawEvent);
  logger.info('gazette step', { step });
  return run(step, rawEvent);
}

async function run(step: GazetteStep, event: unknown): Promise<unknown> {
  switch (step) {
    case 'await-human': {
      const human = humanStepEventSchema.parse(event);
      const subject = subjectOf(human);
      if (human.humanStep === 'review' || human.humanStep === 'correction')
        return awaitDocumentStep({ ...human, humanStep: human.humanStep }, subject.id);
      return awaitIssueStep({ ...human, humanStep: human.humanStep }, subject.id);
    }
    case 'accept-document':
      return acceptDocument(documentIdOf(event));
    case 'return-issue':
      return returnIssue(issueIdOf(event));
    case 'allocate-number':
      return allocateNumber(issueIdOf(event));
    case 'render-issue': {
      const { files, signature } = await renderIssueFiles(issueIdOf(event));
      return { html: files.html.sha256, pdf: files.pdf.sha256, certificate: signature.certificateSha256 };
    }
    case 'publish-issue':
      return publishIssue(issueIdOf(event));
    case 'record-failure':
      return recordFailure(failureInputSchema.parse(inputOf(event)));
    case 'release-issue':
      return releaseIssue(z.object({ issueId: z.uuid() }).parse(event).issueId);
    case 'certificate-request':
      return { pem: await signingCertificateRequest() };
  }
}
