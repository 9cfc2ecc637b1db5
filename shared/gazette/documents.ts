import { randomUUID } from 'node:crypto';
import { actorOf } from '#shared/auth/actor.ts';
import { assertInAgencyScope } from '#shared/auth/agency-scope.ts';
import { readEnv } from '#shared/config/env.ts';
import { recordAudit } from '#shared/data/audit.ts';
import {
  documentIdHoldingNumber,
  documentWrites,
  getDocument,
  pendingStepWrites,
  type StepSubject,
} from '#shared/data/gazette.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor, EntityRef } from '#shared/domain/audit.ts';
import { errors, type FieldError } from '#shared/domain/errors.ts';
import type {
  DocumentRelation,
  DocumentStatus,
  DocumentSubmission,
  LegalDocument,
  ReviewDecision,
  StoredFile,
} from '#shared/domain/gazette.ts';
import { reviewCriterionLabels } from '#shared/domain/gazette.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { inspectUpload } from '#shared/media/document-uploads.ts';
import { resolveRelations } from './relations.ts';
import { systemSteps } from './workflow/actor.ts';
import {
  type HumanStepEvent,
  pendingStepFor,
  registerPendingStep,
  resumeWorkflow,
} from './workflow/human-steps.ts';
import { startWorkflow } from './workflow/port.ts';

/**
 * Legal documents, from an agency's submission to the officer's acceptance. A submission is checked once,
 * here, before anything is stored; the document-review state machine then carries it through the human
 * steps (review, correction). Each decision records the status it leads to in its own transaction, so the
 * answer a person gets is the state the record is in.
 */
const entity = (id: string): EntityRef => ({ type: 'LegalDocument', id });
const subject = (id: string): StepSubject => ({ kind: 'document', id });

export async function loadDocument(id: string): Promise<LegalDocument> {
  const document = await getDocument(id);
  if (!document) throw errors.notFound(`document ${id}`);
  return document;
}

/** A document as a caller may see it: an agency user reaches its own agency's documents only. */
export async function documentFor(principal: Principal, id: string): Promise<LegalDocument> {
  const document = await loadDocument(id);
  assertInAgencyScope(principal, document);
  return document;
}

/**
 * Everything that can be wrong with a submission beyond its shape, all at once: a number/symbol already
 * in the database, a missing, mis-sized or non-PDF original, an editable copy that is not DOCX or XLSX,
 * an earlier document that is not in the database.
 */
export async function checkSubmission(
  submission: DocumentSubmission,
  ownDocumentId?: string,
): Promise<{
  errors: FieldError[];
  file?: StoredFile;
  editableFile?: StoredFile;
  attachments: StoredFile[];
  relations: DocumentRelation[];
}> {
  const found: FieldError[] = [];
  const holder = await documentIdHoldingNumber(submission.numberSymbol, submission.issueDate);
  if (holder && holder !== ownDocumentId) {
    found.push({
      path: 'numberSymbol',
      messageVi: `Văn bản số ${submission.numberSymbol} đã có trong cơ sở dữ liệu`,
      messageEn: `Document ${submission.numberSymbol} is already in the database`,
    });
  }
  const main = await inspectUpload(submission.fileKey, 'fileKey', { require: 'pdf', owner: 'gazette' });
  found.push(...main.errors);
  const editable = await inspectUpload(submission.editableKey, 'editableKey', {
    require: 'office',
    owner: 'gazette',
  });
  found.push(...editable.errors);
  const attachments: StoredFile[] = [];
  for (const [index, key] of submission.attachmentKeys.entries()) {
    const inspected = await inspectUpload(key, `attachmentKeys.${index}`, {
      require: 'any',
      owner: 'gazette',
    });
    found.push(...inspected.errors);
    if (inspected.file) attachments.push(inspected.file);
  }
  const related = await resolveRelations(submission.relations, ownDocumentId);
  found.push(...related.errors);
  return {
    errors: found,
    file: main.file,
    editableFile: editable.file,
    attachments,
    relations: related.relations,
  };
}

async function checkedFiles(submission: DocumentSubmission, ownDocumentId?: string) {
  const checked = await checkSubmission(submission, ownDocumentId);
  if (checked.errors.length > 0 || !checked.file || !checked.editableFile)
    throw errors.validation(checked.errors);
  return {
    file: checked.file,
    editableFile: checked.editableFile,
    attachments: checked.attachments,
    relations: checked.relations,
  };
}

export async function submitDocument(
  principal: Principal,
  submission: DocumentSubmission,
  now = new Date(),
): Promise<LegalDocument> {
  if (!principal.agencyId) throw errors.forbidden('only an issuing agency submits documents');
  const files = await checkedFiles(submission);
  const at = now.toISOString();
  const id = randomUUID();
  const { fileKey: _f, editableKey: _e, attachmentKeys: _a, relations: _r, ...fields } = submission;
  const document: LegalDocument = {
    ...fields,
    ...files,
    id,
    agencyId: principal.agencyId,
    status: 'submitted',
    submission: 1,
    submittedAt: at,
    submittedBy: principal.displayName,
    updatedAt: at,
    workflowExecution: `doc-${id}`,
    version: 1,
  };
  await runTransaction([
    documentWrites.create(document),
    documentWrites.claimNumber(document.numberSymbol, document.issueDate, id),
    recordAudit(entity(id), actorOf(principal), 'submit', { toStatus: 'submitted' }, at),
  ]);
  await startWorkflow('document-review', `doc-${id}`, { documentId: id });
  return document;
}

/** The agency's corrected submission, after the officer returned the document. */
export async function resubmitDocument(
  principal: Principal,
  id: string,
  submission: DocumentSubmission,
  expectedVersion: number,
  now = new Date(),
): Promise<LegalDocument> {
  const document = await documentFor(principal, id);
  if (document.status !== 'returned') throw errors.invalidTransition(document.status, 'resubmit');
  const pending = await pendingStepFor(subject(document.id), 'correction');
  const files = await checkedFiles(submission, document.id);
  const at = now.toISOString();
  const { fileKey: _f, editableKey: _e, attachmentKeys: _a, relations: _r, ...fields } = submission;
  const updated: LegalDocument = {
    ...document,
    ...fields,
    ...files,
    status: 'submitted',
    submission: document.submission + 1,
    updatedAt: at,
    version: expectedVersion + 1,
  };
  const renumbered = documentNumberChanged(document, updated);
  await runTransaction([
    documentWrites.replace(updated, expectedVersion),
    ...(renumbered
      ? [
          documentWrites.releaseNumber(document.numberSymbol, document.issueDate, document.id),
          documentWrites.claimNumber(updated.numberSymbol, updated.issueDate, document.id),
        ]
      : []),
    // Taking the pending step in the transaction makes a double submission fail instead of resuming twice.
    pendingStepWrites.take(subject(document.id)),
    recordAudit(
      entity(document.id),
      actorOf(principal),
      'resubmit',
      { fromStatus: 'returned', toStatus: 'submitted', note: `lần gửi ${updated.submission}` },
      at,
    ),
  ]);
  await resumeWorkflow(subject(document.id), pending, { resubmitted: updated.submission }, [
    ...restore(document, updated),
    ...(renumbered
      ? [
          documentWrites.releaseNumber(updated.numberSymbol, updated.issueDate, document.id),
          documentWrites.claimNumber(document.numberSymbol, document.issueDate, document.id),
        ]
      : []),
  ]);
  return updated;
}

const documentNumberChanged = (before: LegalDocument, after: LegalDocument) =>
  before.numberSymbol !== after.numberSymbol || before.issueDate.slice(0, 4) !== after.issueDate.slice(0, 4);

/** The officer's decision on the review checklist: accept, or return to the agency for correction. */
export async function reviewDocument(
  officer: Actor,
  id: string,
  decision: ReviewDecision,
  expectedVersion: number,
  now = new Date(),
): Promise<LegalDocument> {
  const document = await loadDocument(id);
  if (document.status !== 'in_review') throw errors.invalidTransition(document.status, 'review');
  // The criteria the province checks (authority and form always): each needs a result.
  const criteria = readEnv().GAZETTE_REVIEW_CRITERIA;
  const missing = criteria.filter((criterion) => decision.checklist[criterion] === undefined);
  if (missing.length > 0) {
    throw errors.validation(
      missing.map((criterion) => ({
        path: `checklist.${criterion}`,
        messageVi: `Chưa đánh giá tiêu chí: ${reviewCriterionLabels[criterion].vi}`,
        messageEn: `No result for the criterion: ${reviewCriterionLabels[criterion].en}`,
      })),
    );
  }
  if (
    decision.outcome === 'accept' &&
    criteria.some((criterion) => decision.checklist[criterion]?.pass !== true)
  ) {
    throw errors.badRequest(
      'Không thể chấp nhận văn bản khi còn tiêu chí chưa đạt',
      'A document cannot be accepted while a criterion fails',
    );
  }
  const pending = await pendingStepFor(subject(id), 'review');
  const at = now.toISOString();
  const status: DocumentStatus = decision.outcome === 'accept' ? 'accepted' : 'returned';
  const updated: LegalDocument = {
    ...document,
    status,
    lastReview: {
      checklist: decision.checklist,
      note: decision.note,
      reviewedBy: officer.name,
      reviewedAt: at,
    },
    updatedAt: at,
    version: expectedVersion + 1,
  };
  await runTransaction([
    documentWrites.replace(updated, expectedVersion),
    pendingStepWrites.take(subject(id)),
    recordAudit(
      entity(id),
      officer,
      decision.outcome === 'accept' ? 'review-accept' : 'review-return',
      { fromStatus: 'in_review', toStatus: status, note: decision.note },
      at,
    ),
  ]);
  await resumeWorkflow(subject(id), pending, { outcome: decision.outcome }, restore(document, updated));
  return updated;
}

/** Puts a document back as it was before a decision the workflow could not take. */
function restore(before: LegalDocument, decided: LegalDocument) {
  return [
    documentWrites.replace({ ...before, updatedAt: new Date().toISOString() }, decided.version),
    recordAudit(entity(before.id), systemSteps, 'undo', {
      fromStatus: decided.status,
      toStatus: before.status,
      note: 'quy trình chưa tiếp nhận quyết định',
    }),
  ];
}

// Steps of the document-review state machine (idempotent: a retry or a replay changes nothing).

/** The status a document shows while it waits on each of its human steps. */
const waitingStatus = { review: 'in_review', correction: 'returned' } as const;

/** A document waits for the officer's review or for the agency's correction. */
export async function awaitDocumentStep(
  event: HumanStepEvent & { humanStep: 'review' | 'correction' },
  id: string,
) {
  const register = await registerPendingStep(subject(id), event);
  if (!register) return { waiting: event.humanStep };
  const document = await loadDocument(id);
  const status = waitingStatus[event.humanStep];
  const at = new Date().toISOString();
  await runTransaction([
    register,
    ...(document.status === status
      ? []
      : [
          documentWrites.replace({ ...document, status, updatedAt: at }, document.version),
          recordAudit(
            entity(id),
            systemSteps,
            'workflow',
            { fromStatus: document.status, toStatus: status },
            at,
          ),
        ]),
  ]);
  return { waiting: event.humanStep };
}

/** The end of review: the officer's acceptance recorded the status already; an older record is caught up. */
export async function acceptDocument(id: string) {
  const document = await loadDocument(id);
  if (document.status !== 'in_review') return { status: document.status };
  await moveDocument(document, 'accepted');
  return { status: 'accepted' };
}

/** Moves a document to a status the workflow reached, with its audit record. */
export async function moveDocument(
  document: LegalDocument,
  status: DocumentStatus,
  extra: Partial<LegalDocument> = {},
  note?: string,
) {
  const at = new Date().toISOString();
  await runTransaction([
    documentWrites.replace({ ...document, ...extra, status, updatedAt: at }, document.version),
    recordAudit(
      entity(document.id),
      systemSteps,
      'workflow',
      { fromStatus: document.status, toStatus: status, ...(note ? { note } : {}) },
      at,
    ),
  ]);
}
