import * as z from 'zod';
import { getPendingStep, pendingStepWrites, type StepSubject } from '#shared/data/gazette.ts';
import { runTransaction, type TransactionWrite } from '#shared/data/transactions.ts';
import { AlreadyDecided, InvalidTransition, WorkflowUnavailable } from '#shared/domain/errors.ts';
import { type HumanStep, humanStepSchema, type PendingStep } from '#shared/domain/gazette.ts';
import { logger } from '#shared/observability/logger.ts';
import { completeStep } from './port.ts';

/**
 * Human steps: a Task state that waits on a task token until a person decides (or the publication time
 * comes). The token is kept beside its subject as a pending step; a decision takes the pending step in its
 * own transaction and then resumes the execution.
 */

/** Which kind of record each human step waits on. */
export const subjectKindOf: Record<HumanStep, StepSubject['kind']> = {
  review: 'document',
  correction: 'document',
  'issue-approval': 'issue',
  'publication-time': 'issue',
};

export const humanStepEventSchema = z.object({
  humanStep: humanStepSchema,
  token: z.string(),
  executionId: z.string(),
  input: z.record(z.string(), z.unknown()),
});
export type HumanStepEvent = z.infer<typeof humanStepEventSchema>;

const subjectInput = {
  document: z.object({ documentId: z.uuid() }),
  issue: z.object({ issueId: z.uuid() }),
};

export function subjectOf(event: HumanStepEvent): StepSubject {
  const kind = subjectKindOf[event.humanStep];
  const id =
    kind === 'document'
      ? subjectInput.document.parse(event.input).documentId
      : subjectInput.issue.parse(event.input).issueId;
  return { kind, id };
}

/**
 * The writes that register a step as pending. Undefined when it is registered already with the same token:
 * the step was replayed (the local runner after a restart) or retried (Step Functions), and nothing changes.
 */
export async function registerPendingStep(
  subject: StepSubject,
  event: HumanStepEvent,
): Promise<TransactionWrite | undefined> {
  const registered = await getPendingStep(subject);
  if (registered?.token === event.token) return undefined;
  return pendingStepWrites.put(subject, {
    humanStep: event.humanStep,
    token: event.token,
    executionId: event.executionId,
    since: new Date().toISOString(),
  });
}

/** How long a decision waits for the workflow to register the step it answers (a Lambda invocation away). */
const REGISTRATION_WAIT_MS = 5_000;

/**
 * The pending step a decision answers. A decision records the status it leads to at once (`returned`,
 * `awaiting_approval`), and the workflow registers the next step a moment later; a decision that arrives
 * in that moment waits for it. Refused if the subject does not wait for that step.
 */
export async function pendingStepFor(subject: StepSubject, humanStep: HumanStep): Promise<PendingStep> {
  const deadline = Date.now() + REGISTRATION_WAIT_MS;
  for (let attempt = 1; ; attempt += 1) {
    const pending = await getPendingStep(subject);
    if (pending?.humanStep === humanStep) return pending;
    if (Date.now() >= deadline)
      throw new InvalidTransition(pending?.humanStep ?? 'no pending step', humanStep);
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * attempt, 500)));
  }
}

/**
 * Resumes the execution waiting on a pending step, after the decision's transaction took the step (and
 * recorded the status the decision leads to). If the resume itself fails (Step Functions unreachable,
 * throttled), the decision is undone in one transaction: the step is put back and `undo` restores the
 * subject as it was, so that nothing is left decided-but-stuck and the person (or the scheduler's retry)
 * tries again.
 */
export async function resumeWorkflow(
  subject: StepSubject,
  pending: PendingStep,
  output: Record<string, unknown>,
  undo: TransactionWrite[] = [],
): Promise<void> {
  try {
    await completeStep(pending.token, output);
  } catch (error) {
    logger.error('Could not resume the workflow; the decision is undone', { subject, error });
    await runTransaction([pendingStepWrites.put(subject, pending), ...undo]);
    throw new WorkflowUnavailable(`${subject.kind} ${subject.id}`);
  }
}

/** Takes a pending step on its own (no decision to record with it); false if it was taken already. */
export async function takePendingStep(subject: StepSubject): Promise<boolean> {
  try {
    await runTransaction([pendingStepWrites.take(subject)]);
    return true;
  } catch (error) {
    if (error instanceof AlreadyDecided) return false;
    throw error;
  }
}
