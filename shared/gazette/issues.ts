import { randomUUID } from 'node:crypto';
import { recordAudit } from '#shared/data/audit.ts';
import {
  documentWrites,
  getDocument,
  getIssue,
  getPendingStep,
  issueWrites,
  pendingStepWrites,
  type StepSubject,
} from '#shared/data/gazette.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor, EntityRef } from '#shared/domain/audit.ts';
import { errors, type FieldError, VersionConflict } from '#shared/domain/errors.ts';
import type { GazetteIssue, IssueEntry, IssueStatus, LegalDocument } from '#shared/domain/gazette.ts';
import * as scheduler from '#shared/publication/scheduler.ts';
import { yearInVietnam } from '#shared/time/vietnam.ts';
import { relationTargetCount } from './relations.ts';
import { systemSteps } from './workflow/actor.ts';
import {
  type HumanStepEvent,
  pendingStepFor,
  registerPendingStep,
  resumeWorkflow,
  takePendingStep,
} from './workflow/human-steps.ts';
import { startWorkflow } from './workflow/port.ts';

/**
 * Gazette issues: composed by the officer from accepted documents, approved by the director, then
 * numbered, rendered and published by the issue-publication state machine. Each decision records the
 * status it leads to in its own transaction; the state machine's later steps find it there.
 */
const entity = (id: string): EntityRef => ({ type: 'GazetteIssue', id });
const subject = (id: string): StepSubject => ({ kind: 'issue', id });

/** One transaction holds the issue, its audit record and every document it changes. */
export const MAX_DOCUMENTS_PER_ISSUE = 30;
/** DynamoDB's limit on the items of one transaction. */
const TRANSACTION_LIMIT = 100;

export async function loadIssue(id: string): Promise<GazetteIssue> {
  const issue = await getIssue(id);
  if (!issue) throw errors.notFound(`issue ${id}`);
  return issue;
}

export async function composeIssue(
  officer: Actor,
  input: { title: string; entries: { documentId: string; pages: string }[] },
  now = new Date(),
): Promise<GazetteIssue> {
  if (input.entries.length > MAX_DOCUMENTS_PER_ISSUE) {
    throw errors.field(
      'entries',
      `Một số Công báo có tối đa ${MAX_DOCUMENTS_PER_ISSUE} văn bản`,
      `An issue holds at most ${MAX_DOCUMENTS_PER_ISSUE} documents`,
    );
  }
  const problems: FieldError[] = [];
  const documents: LegalDocument[] = [];
  for (const [index, entry] of input.entries.entries()) {
    const document = await getDocument(entry.documentId);
    if (document?.status !== 'accepted') {
      problems.push({
        path: `entries.${index}.documentId`,
        messageVi: 'Văn bản chưa được chấp nhận hoặc đã thuộc số Công báo khác',
        messageEn: 'The document is not accepted, or is in another issue already',
      });
    } else documents.push(document);
  }
  if (new Set(input.entries.map((entry) => entry.documentId)).size !== input.entries.length) {
    problems.push({
      path: 'entries',
      messageVi: 'Một văn bản được chọn hai lần',
      messageEn: 'A document is listed twice',
    });
  }
  // Publication writes 2 items per document, 3 for the issue, and 2 per document the issue's relations act on.
  const writes = 2 * documents.length + 3 + 2 * relationTargetCount(documents);
  if (problems.length === 0 && writes > TRANSACTION_LIMIT) {
    problems.push({
      path: 'entries',
      messageVi: 'Số Công báo này tác động đến quá nhiều văn bản; hãy tách thành hai số',
      messageEn: 'This issue acts on too many documents; split it into two issues',
    });
  }
  if (problems.length > 0) throw errors.validation(problems);

  const at = now.toISOString();
  const id = randomUUID();
  const entries: IssueEntry[] = documents.map((document, index) => ({
    documentId: document.id,
    numberSymbol: document.numberSymbol,
    documentType: document.documentType,
    abstract: document.abstract,
    issuingBody: document.issuingBody,
    pages: input.entries[index]?.pages ?? '1',
  }));
  const issue: GazetteIssue = {
    id,
    year: yearInVietnam(now),
    title: input.title,
    entries,
    status: 'composing',
    createdBy: officer.name,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await runTransaction([
    issueWrites.create(issue),
    ...documents.flatMap((document) => [
      documentWrites.replace(
        { ...document, status: 'in_issue', issueId: id, updatedAt: at },
        document.version,
      ),
      recordAudit(
        { type: 'LegalDocument', id: document.id },
        officer,
        'compose',
        { fromStatus: 'accepted', toStatus: 'in_issue', note: input.title },
        at,
      ),
    ]),
    recordAudit(entity(id), officer, 'compose', { toStatus: 'composing' }, at),
  ]);
  return issue;
}

/** Sends a composed issue to the director: starts its publication workflow. */
export async function sendIssueForApproval(
  officer: Actor,
  id: string,
  expectedVersion: number,
  now = new Date(),
) {
  const issue = await loadIssue(id);
  // A failed issue is sent again after the cause is fixed; it keeps the number it was given, if any.
  if (issue.status !== 'composing' && issue.status !== 'failed')
    throw errors.invalidTransition(issue.status, 'send for approval');
  if (issue.version !== expectedVersion)
    throw new VersionConflict(`issue ${id} is at version ${issue.version}`);
  const execution = `issue-${id}-v${issue.version}`;
  const at = now.toISOString();
  const updated: GazetteIssue = {
    ...issue,
    status: 'awaiting_approval',
    workflowExecution: execution,
    updatedAt: at,
    version: expectedVersion + 1,
  };
  await runTransaction([
    issueWrites.replace(updated, expectedVersion),
    recordAudit(
      entity(id),
      officer,
      'send-for-approval',
      { fromStatus: issue.status, toStatus: 'awaiting_approval' },
      at,
    ),
  ]);
  await startWorkflow('issue-publication', execution, { issueId: id });
  return updated;
}

export type IssueDecision =
  | { outcome: 'approve'; expectedVersion: number; publishAt?: string }
  | { outcome: 'return'; expectedVersion: number; note: string };

/**
 * The director's decision. Approval records `scheduled` (released at `publishAt`, now when omitted); a
 * return records `composing`. The answer is the issue as stored.
 */
export async function decideIssue(
  director: Actor,
  id: string,
  decision: IssueDecision,
  now = new Date(),
): Promise<GazetteIssue> {
  const issue = await loadIssue(id);
  if (issue.status !== 'awaiting_approval') throw errors.invalidTransition(issue.status, decision.outcome);
  const pending = await pendingStepFor(subject(id), 'issue-approval');
  const at = now.toISOString();
  let publishAt: string | undefined;
  if (decision.outcome === 'approve') {
    publishAt = decision.publishAt ? new Date(decision.publishAt).toISOString() : at;
    if (new Date(publishAt).getTime() < now.getTime() - 5 * 60_000) {
      throw errors.badRequest('Thời điểm phát hành đã qua', 'The publication time is in the past');
    }
  }
  const status: IssueStatus = decision.outcome === 'approve' ? 'scheduled' : 'composing';
  const updated: GazetteIssue = {
    ...issue,
    status,
    ...(publishAt ? { publishAt, approvedBy: director.name } : {}),
    updatedAt: at,
    version: decision.expectedVersion + 1,
  };
  await runTransaction([
    issueWrites.replace(updated, decision.expectedVersion),
    pendingStepWrites.take(subject(id)),
    recordAudit(
      entity(id),
      director,
      decision.outcome,
      {
        fromStatus: 'awaiting_approval',
        toStatus: status,
        note: decision.outcome === 'approve' ? `phát hành lúc ${publishAt}` : decision.note,
      },
      at,
    ),
  ]);
  await resumeWorkflow(
    subject(id),
    pending,
    decision.outcome === 'approve' ? { outcome: 'approve', publishAt } : { outcome: 'return' },
    [
      issueWrites.replace({ ...issue, updatedAt: new Date().toISOString() }, updated.version),
      recordAudit(entity(id), systemSteps, 'undo', {
        fromStatus: status,
        toStatus: issue.status,
        note: 'quy trình chưa tiếp nhận quyết định',
      }),
    ],
  );
  return updated;
}

// Steps of the issue-publication state machine (idempotent: a retry or a replay changes nothing).

const waitingStatus = { 'issue-approval': 'awaiting_approval', 'publication-time': 'scheduled' } as const;
export const releaseScheduleName = (issueId: string) => `gazette-issue-${issueId}`;

/**
 * An issue waits for the director's decision, or for its publication time: then the scheduler (EventBridge
 * Scheduler on AWS) sends `release-issue` at that time, or the issue is released at once if it is due.
 */
export async function awaitIssueStep(
  event: HumanStepEvent & { humanStep: 'issue-approval' | 'publication-time' },
  id: string,
) {
  const register = await registerPendingStep(subject(id), event);
  if (!register) return { waiting: event.humanStep };
  const issue = await loadIssue(id);
  const status = waitingStatus[event.humanStep];
  const at = new Date().toISOString();
  await runTransaction([
    register,
    ...(issue.status === status
      ? []
      : [
          issueWrites.replace({ ...issue, status, updatedAt: at }, issue.version),
          recordAudit(
            entity(id),
            systemSteps,
            'workflow',
            { fromStatus: issue.status, toStatus: status },
            at,
          ),
        ]),
  ]);
  if (event.humanStep === 'publication-time') {
    const publishAt = issue.publishAt ?? at;
    if (new Date(publishAt).getTime() <= Date.now()) await releaseIssue(id);
    else {
      await scheduler.schedule({
        name: releaseScheduleName(id),
        at: publishAt,
        target: 'gazette-tasks',
        event: { step: 'release-issue', issueId: id },
      });
    }
  }
  return { waiting: event.humanStep };
}

/** The publication time came: lets the issue's workflow go on to numbering and publication. */
export async function releaseIssue(id: string) {
  const pending = await getPendingStep(subject(id));
  if (pending?.humanStep !== 'publication-time' || !(await takePendingStep(subject(id)))) {
    return { released: false };
  }
  // On failure the step is restored and the error reaches the scheduler, which retries the release.
  await resumeWorkflow(subject(id), pending, { releasedAt: new Date().toISOString() });
  return { released: true };
}

/** The director returned the issue: the decision recorded `composing`; an older record is caught up. */
export async function returnIssue(id: string) {
  const issue = await loadIssue(id);
  if (issue.status !== 'composing') await moveIssue(issue, 'composing');
  return { status: 'composing' };
}

/** Moves an issue to a status the workflow reached, with its audit record. */
export async function moveIssue(
  issue: GazetteIssue,
  status: IssueStatus,
  extra: Partial<GazetteIssue> = {},
  note?: string,
) {
  const at = new Date().toISOString();
  await runTransaction([
    issueWrites.replace({ ...issue, ...extra, status, updatedAt: at }, issue.version),
    recordAudit(
      entity(issue.id),
      systemSteps,
      'workflow',
      { fromStatus: issue.status, toStatus: status, ...(note ? { note } : {}) },
      at,
    ),
  ]);
}
