import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  documentItem,
  documentNumberKey,
  documentNumberKind,
  getDocument,
  getPendingStep,
  type PendingStep,
} from '#shared/data/gazette.ts';
import { auditEntry } from '#shared/data/history.ts';
import { keys } from '#shared/data/keys.ts';
import { getItem } from '#shared/data/reads.ts';
import {
  appendAudit,
  claimUnique,
  createItem,
  deleteExisting,
  releaseUnique,
  replaceVersioned,
  runTransaction,
} from '#shared/data/transactions.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { errors, type FieldError } from '#shared/domain/errors.ts';
import type {
  DocumentSubmission,
  LegalDocument,
  ReviewDecision,
  StoredFile,
} from '#shared/domain/gazette.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { inspectUpload } from '#shared/media/document-uploads.ts';
import { resumeWorkflow } from './resume.ts';
import { startWorkflow } from './workflow-port.ts';

/**
 * Legal documents, from an agency's submission to the officer's acceptance. The state machine
 * (document-review) owns the statuses; these verbs record what people decide and resume it.
 */
const entity = (id: string) => ({ type: 'LegalDocument', id });
const ownerSchema = z.object({ ownerPk: z.string() });

async function load(id: string): Promise<LegalDocument> {
  const document = await getDocument(id);
  if (!document) throw errors.notFound(`document ${id}`);
  return document;
}

/** Agencies act only on their own documents. */
export function assertOwnAgency(principal: Principal, document: LegalDocument): void {
  const officer = principal.roles.some(
    (role) => role === 'admin' || role === 'gazette_officer' || role === 'director',
  );
  if (!officer && principal.agencyId !== document.agencyId)
    throw errors.forbidden('this document belongs to another agency');
}

/**
 * Everything that can be wrong with a submission beyond its shape, all at once: a number/symbol already
 * in the database, a missing, mis-sized or non-PDF file.
 */
export async function checkSubmission(
  submission: DocumentSubmission,
  ownDocumentId?: string,
): Promise<{ errors: FieldError[]; file?: StoredFile; attachments: StoredFile[] }> {
  const found: FieldError[] = [];
  const holder = await getItem(
    keys.unique(documentNumberKind, documentNumberKey(submission.numberSymbol, submission.issueDate)),
    ownerSchema,
  );
  if (holder && (!ownDocumentId || holder.ownerPk !== keys.legalDocument(ownDocumentId).pk)) {
    found.push({
      path: 'numberSymbol',
      messageVi: `Văn bản số ${submission.numberSymbol} đã có trong cơ sở dữ liệu`,
      messageEn: `Document ${submission.numberSymbol} is already in the database`,
    });
  }
  const main = await inspectUpload(submission.fileKey, 'fileKey', { requirePdf: true });
  found.push(...main.errors);
  const attachments: StoredFile[] = [];
  for (const [index, key] of submission.attachmentKeys.entries()) {
    const inspected = await inspectUpload(key, `attachmentKeys.${index}`, { requirePdf: false });
    found.push(...inspected.errors);
    if (inspected.file) attachments.push(inspected.file);
  }
  return { errors: found, file: main.file, attachments };
}

export async function submitDocument(
  principal: Principal,
  submission: DocumentSubmission,
  now = new Date(),
): Promise<LegalDocument> {
  if (!principal.agencyId) throw errors.forbidden('only an issuing agency submits documents');
  const checked = await checkSubmission(submission);
  if (checked.errors.length > 0 || !checked.file) throw errors.validation(checked.errors);
  const at = now.toISOString();
  const id = randomUUID();
  const { fileKey: _f, attachmentKeys: _a, ...fields } = submission;
  const document: LegalDocument = {
    ...fields,
    id,
    agencyId: principal.agencyId,
    file: checked.file,
    attachments: checked.attachments,
    status: 'validating',
    submission: 1,
    submittedAt: at,
    submittedBy: principal.displayName,
    updatedAt: at,
    validationErrors: [],
    inForce: true,
    workflowExecution: `doc-${id}`,
    version: 1,
  };
  await runTransaction([
    createItem(documentItem(document)),
    claimUnique(
      documentNumberKind,
      documentNumberKey(document.numberSymbol, document.issueDate),
      keys.legalDocument(id).pk,
    ),
    appendAudit(
      keys.legalDocument(id).pk,
      auditEntry(
        entity(id),
        { id: principal.userId, name: principal.displayName },
        'submit',
        { toStatus: 'validating' },
        at,
      ),
    ),
  ]);
  await startWorkflow('document-review', `doc-${id}`, { documentId: id });
  return document;
}

async function takePendingStep(subjectPk: string, humanStep: PendingStep['humanStep']): Promise<PendingStep> {
  const pending = await getPendingStep(subjectPk);
  if (!pending || pending.humanStep !== humanStep) {
    throw errors.invalidTransition(pending?.humanStep ?? 'no pending step', humanStep);
  }
  return pending;
}

/** The agency's corrected submission, after a return or a failed validation. */
export async function resubmitDocument(
  principal: Principal,
  id: string,
  submission: DocumentSubmission,
  expectedVersion: number,
  now = new Date(),
): Promise<LegalDocument> {
  const document = await load(id);
  assertOwnAgency(principal, document);
  if (document.status !== 'returned') throw errors.invalidTransition(document.status, 'resubmit');
  const pending = await takePendingStep(keys.legalDocument(id).pk, 'correction');
  const checked = await checkSubmission(submission, id);
  if (checked.errors.length > 0 || !checked.file) throw errors.validation(checked.errors);
  const at = now.toISOString();
  const { fileKey: _f, attachmentKeys: _a, ...fields } = submission;
  const updated: LegalDocument = {
    ...document,
    ...fields,
    file: checked.file,
    attachments: checked.attachments,
    status: 'validating',
    submission: document.submission + 1,
    validationErrors: [],
    updatedAt: at,
    version: expectedVersion + 1,
  };
  const oldNumber = documentNumberKey(document.numberSymbol, document.issueDate);
  const newNumber = documentNumberKey(updated.numberSymbol, updated.issueDate);
  const pk = keys.legalDocument(id).pk;
  await runTransaction([
    replaceVersioned(documentItem(updated), expectedVersion),
    ...(oldNumber !== newNumber
      ? [releaseUnique(documentNumberKind, oldNumber, pk), claimUnique(documentNumberKind, newNumber, pk)]
      : []),
    // Taking the pending step in the transaction makes a double submission fail instead of resuming twice.
    deleteExisting(keys.pendingStep(pk), () => errors.conflict('the correction was submitted already')),
    appendAudit(
      pk,
      auditEntry(
        entity(id),
        { id: principal.userId, name: principal.displayName },
        'resubmit',
        {
          fromStatus: 'returned',
          toStatus: 'validating',
          note: `lần gửi ${updated.submission}`,
        },
        at,
      ),
    ),
  ]);
  await resumeWorkflow(pk, pending, { resubmitted: updated.submission });
  return updated;
}

/** The officer's decision on the review checklist: accept, or return for correction. */
export async function reviewDocument(
  officer: Actor,
  id: string,
  decision: ReviewDecision,
  expectedVersion: number,
  now = new Date(),
): Promise<LegalDocument> {
  const document = await load(id);
  if (document.status !== 'in_review') throw errors.invalidTransition(document.status, 'review');
  if (
    decision.outcome === 'accept' &&
    Object.values(decision.checklist).some((criterion) => !criterion.pass)
  ) {
    throw errors.badRequest(
      'Không thể chấp nhận văn bản khi còn tiêu chí chưa đạt',
      'A document cannot be accepted while a criterion fails',
    );
  }
  const pending = await takePendingStep(keys.legalDocument(id).pk, 'review');
  const at = now.toISOString();
  const updated: LegalDocument = {
    ...document,
    lastReview: {
      checklist: decision.checklist,
      note: decision.note,
      reviewedBy: officer.name,
      reviewedAt: at,
    },
    updatedAt: at,
    version: expectedVersion + 1,
  };
  const pk = keys.legalDocument(id).pk;
  await runTransaction([
    replaceVersioned(documentItem(updated), expectedVersion),
    deleteExisting(keys.pendingStep(pk), () => errors.conflict('the document was reviewed already')),
    appendAudit(
      pk,
      auditEntry(
        entity(id),
        officer,
        decision.outcome === 'accept' ? 'review-accept' : 'review-return',
        {
          fromStatus: 'in_review',
          toStatus: decision.outcome === 'accept' ? 'accepted' : 'returned',
          note: decision.note,
        },
        at,
      ),
    ),
  ]);
  await resumeWorkflow(pk, pending, { outcome: decision.outcome });
  return updated;
}
