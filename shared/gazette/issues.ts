import { randomUUID } from 'node:crypto';
import { documentItem, getDocument, getIssue, getPendingStep, issueItem } from '#shared/data/gazette.ts';
import { auditEntry } from '#shared/data/history.ts';
import { keys } from '#shared/data/keys.ts';
import {
  appendAudit,
  createItem,
  deleteExisting,
  replaceVersioned,
  runTransaction,
} from '#shared/data/transactions.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { errors, type FieldError } from '#shared/domain/errors.ts';
import type { GazetteIssue, IssueEntry, LegalDocument } from '#shared/domain/gazette.ts';
import { yearInVietnam } from '#shared/time/vietnam.ts';
import { resumeWorkflow } from './resume.ts';
import { startWorkflow } from './workflow-port.ts';

/**
 * Gazette issues: composed by the officer from accepted documents, approved by the director, then
 * numbered, rendered and published by the issue-publication state machine.
 */
const entity = (id: string) => ({ type: 'GazetteIssue', id });

/** One transaction holds the issue, its audit record and every document it changes. */
export const MAX_DOCUMENTS_PER_ISSUE = 30;

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
    throw errors.validation([
      {
        path: 'entries',
        messageVi: `Một số Công báo có tối đa ${MAX_DOCUMENTS_PER_ISSUE} văn bản`,
        messageEn: `An issue holds at most ${MAX_DOCUMENTS_PER_ISSUE} documents`,
      },
    ]);
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
    createItem(issueItem(issue)),
    ...documents.flatMap((document) => [
      replaceVersioned(
        documentItem({ ...document, status: 'in_issue', issueId: id, updatedAt: at }),
        document.version,
      ),
      appendAudit(
        keys.legalDocument(document.id).pk,
        auditEntry(
          { type: 'LegalDocument', id: document.id },
          officer,
          'compose',
          {
            fromStatus: 'accepted',
            toStatus: 'in_issue',
            note: input.title,
          },
          at,
        ),
      ),
    ]),
    appendAudit(
      keys.gazetteIssue(id).pk,
      auditEntry(entity(id), officer, 'compose', { toStatus: 'composing' }, at),
    ),
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
  if (issue.version !== expectedVersion) throw errors.conflict(`issue ${id} is at version ${issue.version}`);
  const execution = `issue-${id}-v${issue.version}`;
  const at = now.toISOString();
  const updated: GazetteIssue = {
    ...issue,
    workflowExecution: execution,
    updatedAt: at,
    version: expectedVersion + 1,
  };
  await runTransaction([
    replaceVersioned(issueItem(updated), expectedVersion),
    appendAudit(
      keys.gazetteIssue(id).pk,
      auditEntry(
        entity(id),
        officer,
        'send-for-approval',
        { fromStatus: issue.status, toStatus: 'awaiting_approval' },
        at,
      ),
    ),
  ]);
  await startWorkflow('issue-publication', execution, { issueId: id });
  return updated;
}

export async function decideIssue(
  director: Actor,
  id: string,
  decision:
    | { outcome: 'approve'; expectedVersion: number; publishAt?: string }
    | { outcome: 'return'; expectedVersion: number; note: string },
  now = new Date(),
): Promise<GazetteIssue> {
  const issue = await loadIssue(id);
  if (issue.status !== 'awaiting_approval') throw errors.invalidTransition(issue.status, decision.outcome);
  const pending = await getPendingStep(keys.gazetteIssue(id).pk);
  if (pending?.humanStep !== 'issue-approval')
    throw errors.invalidTransition('no pending approval', decision.outcome);
  const at = now.toISOString();
  let publishAt: string | undefined;
  if (decision.outcome === 'approve') {
    publishAt = decision.publishAt ? new Date(decision.publishAt).toISOString() : at;
    if (new Date(publishAt).getTime() < now.getTime() - 5 * 60_000) {
      throw errors.badRequest('Thời điểm phát hành đã qua', 'The publication time is in the past');
    }
  }
  const updated: GazetteIssue = {
    ...issue,
    ...(publishAt ? { publishAt, approvedBy: director.name } : {}),
    updatedAt: at,
    version: decision.expectedVersion + 1,
  };
  const pk = keys.gazetteIssue(id).pk;
  await runTransaction([
    replaceVersioned(issueItem(updated), decision.expectedVersion),
    deleteExisting(keys.pendingStep(pk), () => errors.conflict('the issue was decided already')),
    appendAudit(
      pk,
      auditEntry(
        entity(id),
        director,
        decision.outcome === 'approve' ? 'approve' : 'return',
        {
          fromStatus: 'awaiting_approval',
          toStatus: decision.outcome === 'approve' ? 'scheduled' : 'composing',
          note: decision.outcome === 'approve' ? `phát hành lúc ${publishAt}` : decision.note,
        },
        at,
      ),
    ),
  ]);
  await resumeWorkflow(
    pk,
    pending,
    decision.outcome === 'approve' ? { outcome: 'approve', publishAt } : { outcome: 'return' },
  );
  return updated;
}
