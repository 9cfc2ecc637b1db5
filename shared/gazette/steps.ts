import { z } from 'zod';
import {
  documentItem,
  documentSlug,
  getDocument,
  getIssue,
  getPendingStep,
  issueItem,
  nextIssueNumberCounter,
  publishedDocumentItem,
} from '#shared/data/gazette.ts';
import { auditEntry } from '#shared/data/history.ts';
import { keys } from '#shared/data/keys.ts';
import {
  advanceCounter,
  appendAudit,
  claimUnique,
  deleteExisting,
  putDerived,
  replaceVersioned,
  runTransaction,
} from '#shared/data/transactions.ts';
import { type Actor, systemActor } from '#shared/domain/audit.ts';
import { AppError, errors } from '#shared/domain/errors.ts';
import type { GazetteIssue, LegalDocument, PublishedDocument } from '#shared/domain/gazette.ts';
import * as scheduler from '#shared/publication/scheduler.ts';
import { yearInVietnam } from '#shared/time/vietnam.ts';
import { checkSubmission } from './documents.ts';
import { resumeWorkflow } from './resume.ts';

/**
 * The automated and bookkeeping steps of the gazette state machines. Each is idempotent: Step Functions
 * may run a step again after a timeout or a retry, and the local runner replays on restart.
 */
const workflowActor: Actor = { ...systemActor, name: 'Quy trình Công báo' };
const documentEntity = (id: string) => ({ type: 'LegalDocument', id });
const issueEntity = (id: string) => ({ type: 'GazetteIssue', id });

async function loadDocument(id: string): Promise<LegalDocument> {
  const document = await getDocument(id);
  if (!document) throw new Error(`document ${id} does not exist`);
  return document;
}

async function loadIssue(id: string): Promise<GazetteIssue> {
  const issue = await getIssue(id);
  if (!issue) throw new Error(`issue ${id} does not exist`);
  return issue;
}

/** Moves a document to a status the workflow reached, with its audit record; no-op if it is there. */
async function setDocumentStatus(
  document: LegalDocument,
  status: LegalDocument['status'],
  extra: Partial<LegalDocument> = {},
  note?: string,
) {
  if (document.status === status && Object.keys(extra).length === 0) return;
  const at = new Date().toISOString();
  await runTransaction([
    replaceVersioned(documentItem({ ...document, ...extra, status, updatedAt: at }), document.version),
    appendAudit(
      keys.legalDocument(document.id).pk,
      auditEntry(
        documentEntity(document.id),
        workflowActor,
        'workflow',
        { fromStatus: document.status, toStatus: status, ...(note ? { note } : {}) },
        at,
      ),
    ),
  ]);
}

async function setIssueStatus(
  issue: GazetteIssue,
  status: GazetteIssue['status'],
  extra: Partial<GazetteIssue> = {},
  note?: string,
) {
  if (issue.status === status && Object.keys(extra).length === 0) return;
  const at = new Date().toISOString();
  await runTransaction([
    replaceVersioned(issueItem({ ...issue, ...extra, status, updatedAt: at }), issue.version),
    appendAudit(
      keys.gazetteIssue(issue.id).pk,
      auditEntry(
        issueEntity(issue.id),
        workflowActor,
        'workflow',
        { fromStatus: issue.status, toStatus: status, ...(note ? { note } : {}) },
        at,
      ),
    ),
  ]);
}

const documentInput = z.object({ documentId: z.uuid() });
const issueInput = z.object({ issueId: z.uuid() });

export async function validateDocument(input: unknown) {
  const { documentId } = documentInput.parse(input);
  const document = await loadDocument(documentId);
  const checked = await checkSubmission(
    {
      numberSymbol: document.numberSymbol,
      documentType: document.documentType,
      issuingBody: document.issuingBody,
      signer: document.signer,
      issueDate: document.issueDate,
      effectiveDate: document.effectiveDate,
      abstract: document.abstract,
      field: document.field,
      fileKey: document.file.key,
      attachmentKeys: document.attachments.map((file) => file.key),
    },
    documentId,
  );
  const validationErrors = checked.errors.map((error) => ({
    path: error.path,
    message: error.messageVi,
    messageEn: error.messageEn,
  }));
  if (validationErrors.length > 0) await setDocumentStatus(document, document.status, { validationErrors });
  return { valid: validationErrors.length === 0, errors: validationErrors };
}

const humanStepInput = z.object({
  humanStep: z.enum(['review', 'correction', 'issue-approval', 'publication-time']),
  token: z.string(),
  executionId: z.string(),
  input: z.record(z.string(), z.unknown()),
});

const releaseEvent = (issueId: string) => ({ step: 'release-issue' as const, issueId });
const releaseScheduleName = (issueId: string) => `gazette-issue-${issueId}`;

/**
 * A step that waits for a person (or for the publication time): keeps the token beside the subject and
 * shows the subject in the right queue. Running it again with the same token changes nothing.
 */
export async function awaitHuman(payload: unknown) {
  const step = humanStepInput.parse(payload);
  const document = step.humanStep === 'review' || step.humanStep === 'correction';
  const subjectId = document
    ? documentInput.parse(step.input).documentId
    : issueInput.parse(step.input).issueId;
  const subjectPk = document ? keys.legalDocument(subjectId).pk : keys.gazetteIssue(subjectId).pk;
  const pending = {
    ...keys.pendingStep(subjectPk),
    itemType: 'PendingStep',
    humanStep: step.humanStep,
    token: step.token,
    executionId: step.executionId,
    since: new Date().toISOString(),
  };
  // Replayed (after a restart) or retried: the step is registered already; change nothing.
  const registered = await getPendingStep(subjectPk);
  if (registered?.token === step.token) return { waiting: step.humanStep };

  if (document) {
    const current = await loadDocument(subjectId);
    const status = step.humanStep === 'review' ? 'in_review' : 'returned';
    const at = new Date().toISOString();
    await runTransaction([
      putDerived(pending),
      replaceVersioned(documentItem({ ...current, status, updatedAt: at }), current.version),
      ...(current.status !== status
        ? [
            appendAudit(
              subjectPk,
              auditEntry(
                documentEntity(subjectId),
                workflowActor,
                'workflow',
                { fromStatus: current.status, toStatus: status },
                at,
              ),
            ),
          ]
        : []),
    ]);
    return { waiting: step.humanStep };
  }

  const issue = await loadIssue(subjectId);
  const status = step.humanStep === 'issue-approval' ? 'awaiting_approval' : 'scheduled';
  const at = new Date().toISOString();
  await runTransaction([
    putDerived(pending),
    replaceVersioned(issueItem({ ...issue, status, updatedAt: at }), issue.version),
    ...(issue.status !== status
      ? [
          appendAudit(
            subjectPk,
            auditEntry(
              issueEntity(subjectId),
              workflowActor,
              'workflow',
              { fromStatus: issue.status, toStatus: status },
              at,
            ),
          ),
        ]
      : []),
  ]);
  if (step.humanStep === 'publication-time') {
    const publishAt = issue.publishAt ?? at;
    if (new Date(publishAt).getTime() <= Date.now()) {
      await releaseIssue({ issueId: subjectId });
    } else {
      await scheduler.schedule({
        name: releaseScheduleName(subjectId),
        at: publishAt,
        target: 'gazette-tasks',
        event: releaseEvent(subjectId),
      });
    }
  }
  return { waiting: step.humanStep };
}

/** The scheduler's event at the publication time: lets the issue's workflow go on to publication. */
export async function releaseIssue(input: unknown) {
  const { issueId } = issueInput.parse(input);
  const pendingKey = keys.pendingStep(keys.gazetteIssue(issueId).pk);
  const pending = await getPendingStep(pendingKey.pk);
  if (pending?.humanStep !== 'publication-time') return { released: false };
  try {
    await runTransaction([deleteExisting(pendingKey, () => errors.conflict('released already'))]);
  } catch (error) {
    if (error instanceof AppError && error.status === 409) return { released: false };
    throw error;
  }
  // On failure the step is restored and the error reaches the scheduler, which retries the release.
  await resumeWorkflow(pendingKey.pk, pending, { releasedAt: new Date().toISOString() });
  return { released: true };
}

export async function acceptDocument(input: unknown) {
  const { documentId } = documentInput.parse(input);
  const document = await loadDocument(documentId);
  if (document.status === 'accepted' || document.status === 'in_issue' || document.status === 'published')
    return { status: document.status };
  await setDocumentStatus(document, 'accepted');
  return { status: 'accepted' };
}

export async function returnIssue(input: unknown) {
  const { issueId } = issueInput.parse(input);
  const issue = await loadIssue(issueId);
  await setIssueStatus(issue, 'composing');
  return { status: 'composing' };
}

/** Numbers run per year without gaps: the counter moves in the same transaction that gives the number. */
export async function allocateNumber(input: unknown) {
  const { issueId } = issueInput.parse(input);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (attempt > 0)
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * Math.min(attempt, 10)));
    const issue = await loadIssue(issueId);
    if (issue.number) return { number: issue.number };
    // The sequence is the year of publication (Vietnam time), not of composition.
    const year = yearInVietnam(issue.publishAt ?? new Date());
    const current = await nextIssueNumberCounter(year);
    const number = current + 1;
    const at = new Date().toISOString();
    try {
      await runTransaction([
        advanceCounter(keys.gazetteIssueCounter(year), current),
        replaceVersioned(
          issueItem({ ...issue, year, number, status: 'publishing', updatedAt: at }),
          issue.version,
        ),
        claimUnique('gazette-issue', `${year}/${number}`, keys.gazetteIssue(issueId).pk),
        appendAudit(
          keys.gazetteIssue(issueId).pk,
          auditEntry(
            issueEntity(issueId),
            workflowActor,
            'number',
            { fromStatus: issue.status, toStatus: 'publishing', note: `số ${number}/${year}` },
            at,
          ),
        ),
      ]);
      return { number };
    } catch (error) {
      if (error instanceof AppError && error.status === 409) continue; // another issue took the number: read again
      throw error;
    }
  }
  throw new Error(`could not allocate a number for issue ${issueId}`);
}

export const archivedDocumentKey = (
  year: number,
  number: number,
  document: { numberSymbol: string; issueDate: string },
) => `archive/${year}/so-${number}/van-ban/${documentSlug(document.numberSymbol, document.issueDate)}.pdf`;
/** Annexes keep their own extension: `…/van-ban/12-2026-qd-ubnd-phu-luc-1.docx`. */
export const archivedAttachmentKey = (
  year: number,
  number: number,
  document: { numberSymbol: string; issueDate: string },
  index: number,
  sourceKey: string,
) =>
  `archive/${year}/so-${number}/van-ban/${documentSlug(document.numberSymbol, document.issueDate)}-phu-luc-${index + 1}${sourceKey.slice(sourceKey.lastIndexOf('.'))}`;

/** A document's files as archived with its issue. */
export type ArchivedFiles = {
  file: PublishedDocument['file'];
  attachments: PublishedDocument['attachments'];
};
export const archivedIssueKey = (year: number, number: number, extension: 'pdf' | 'html') =>
  `archive/${year}/so-${number}/cong-bao-so-${number}-${year}.${extension}`;

/** Makes the issue and its documents public: one transaction, then the publisher renders the pages. */
export async function publishIssue(
  input: unknown,
  publishedFiles: (issue: GazetteIssue) => Promise<Map<string, ArchivedFiles>>,
) {
  const { issueId } = issueInput.parse(input);
  const issue = await loadIssue(issueId);
  if (issue.status === 'published') return { published: true, already: true };
  if (!issue.number || !issue.files) throw new Error(`issue ${issueId} is not numbered and rendered yet`);
  const number = issue.number;
  const files = await publishedFiles(issue);
  const at = new Date().toISOString();
  const documents = await Promise.all(
    issue.entries.map(async (entry) => ({ entry, document: await loadDocument(entry.documentId) })),
  );
  await runTransaction([
    replaceVersioned(
      issueItem({ ...issue, status: 'published', publishedAt: at, updatedAt: at }),
      issue.version,
    ),
    putDerived({ ...keys.gazetteYear(issue.year), itemType: 'GazetteYear', year: issue.year }),
    ...documents.flatMap(({ entry, document }) => {
      const archived = files.get(document.id) ?? { file: document.file, attachments: document.attachments };
      const published: PublishedDocument = {
        id: document.id,
        slug: documentSlug(document.numberSymbol, document.issueDate),
        numberSymbol: document.numberSymbol,
        documentType: document.documentType,
        issuingBody: document.issuingBody,
        agencyId: document.agencyId,
        signer: document.signer,
        issueDate: document.issueDate,
        effectiveDate: document.effectiveDate,
        abstract: document.abstract,
        field: document.field,
        inForce: document.inForce,
        file: archived.file,
        attachments: archived.attachments,
        issue: { id: issue.id, year: issue.year, number, pages: entry.pages },
        publishedAt: at,
      };
      return [
        replaceVersioned(
          documentItem({
            ...document,
            status: 'published',
            publication: { year: issue.year, number, pages: entry.pages },
            updatedAt: at,
          }),
          document.version,
        ),
        putDerived(publishedDocumentItem(published)),
        appendAudit(
          keys.legalDocument(document.id).pk,
          auditEntry(
            documentEntity(document.id),
            workflowActor,
            'publish',
            {
              fromStatus: document.status,
              toStatus: 'published',
              note: `Công báo số ${number}/${issue.year}, trang ${entry.pages}`,
            },
            at,
          ),
        ),
      ];
    }),
    appendAudit(
      keys.gazetteIssue(issueId).pk,
      auditEntry(
        issueEntity(issueId),
        workflowActor,
        'publish',
        { fromStatus: issue.status, toStatus: 'published', note: `số ${number}/${issue.year}` },
        at,
      ),
    ),
  ]);
  return { published: true, already: false };
}

/** After retries ran out: the subject shows as failed in the admin, with the cause; nothing half-published. */
export async function recordFailure(input: unknown) {
  const parsed = z
    .object({
      documentId: z.uuid().optional(),
      issueId: z.uuid().optional(),
      error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }).optional(),
    })
    .parse(input);
  const cause = `${parsed.error?.Error ?? 'Error'}: ${parsed.error?.Cause ?? 'unknown'}`.slice(0, 1000);
  if (parsed.issueId) {
    const issue = await loadIssue(parsed.issueId);
    if (issue.status !== 'published') await setIssueStatus(issue, 'failed', { failure: cause }, cause);
  } else if (parsed.documentId) {
    const document = await loadDocument(parsed.documentId);
    await setDocumentStatus(document, 'failed', { failure: cause }, cause);
  }
  return { recorded: true };
}
