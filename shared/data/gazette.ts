import * as z from 'zod';
import { AlreadyDecided, DuplicateValue } from '#shared/domain/errors.ts';
import {
  type Correction,
  correctionSchema,
  type DistributionEntry,
  distributionEntrySchema,
  documentNumberKey,
  type GazetteIssue,
  gazetteIssueSchema,
  type LegalDocument,
  legalDocumentSchema,
  type PendingStep,
  type PublishedDocument,
  type PublishedIssue,
  pendingStepSchema,
  publishedDocumentSchema,
  publishedIssueSchema,
} from '#shared/domain/gazette.ts';
import { keys } from './keys.ts';
import { documentIdHoldingNumber, documentNumberKind } from './legal-references.ts';

export { documentIdHoldingNumber };

import { getItem, type Page, queryAll, queryPage } from './reads.ts';
import { storable } from './stored-shape.ts';
import {
  advanceCounter,
  claimUnique,
  createItem,
  deleteExisting,
  putDerived,
  releaseUnique,
  replaceVersioned,
  type TransactionWrite,
} from './transactions.ts';

/**
 * Storage of the gazette: item shapes, the writes the gazette services compose into their transactions,
 * and reads. The gazette services decide; this module owns the keys.
 */

const issueNumberKind = 'gazette-issue';
function documentItem(document: LegalDocument) {
  return {
    ...keys.legalDocument(document.id),
    ...keys.documentsOfAgency(document.agencyId),
    ...keys.documentSubmittedSort(document.submittedAt, document.id),
    ...keys.documentsByStatus(document.status),
    ...keys.documentStatusSort(document.updatedAt, document.id),
    itemType: 'LegalDocument',
    ...storable(legalDocumentSchema, document, `legal document ${document.id}`),
  };
}

function publishedDocumentItem(document: PublishedDocument) {
  return {
    ...keys.publishedDocument(document.id),
    ...keys.publishedDocuments(),
    ...keys.publishedDocumentSort(document.issueDate, document.id),
    itemType: 'PublishedDocument',
    ...storable(publishedDocumentSchema, document, `published document ${document.id}`),
  };
}

function issueItem(issue: GazetteIssue) {
  return {
    ...keys.gazetteIssue(issue.id),
    ...keys.gazetteIssuesAll(),
    ...keys.gazetteIssueCreatedSort(issue.createdAt, issue.id),
    ...keys.gazetteIssuesByStatus(issue.status),
    ...keys.gazetteIssueStatusSort(issue.updatedAt, issue.id),
    // Published issues are also listed per year, by number.
    ...(issue.status === 'published' && issue.number
      ? { ...keys.gazetteIssuesPublishedInYear(issue.year), ...keys.gazetteIssueNumberSort(issue.number) }
      : {}),
    itemType: 'GazetteIssue',
    ...storable(gazetteIssueSchema, issue, `gazette issue ${issue.id}`),
  };
}

function correctionItem(correction: Correction) {
  return {
    ...keys.documentCorrection(correction.documentId, correction.publishedAt, correction.id),
    itemType: 'Correction',
    ...storable(correctionSchema, correction, `correction ${correction.id}`),
  };
}

export const getDocument = (id: string) => getItem(keys.legalDocument(id), legalDocumentSchema);
export const getPublishedDocument = (id: string) =>
  getItem(keys.publishedDocument(id), publishedDocumentSchema);
export const getIssue = (id: string) => getItem(keys.gazetteIssue(id), gazetteIssueSchema);

/** What a human step of the gazette's state machines waits on: a document or an issue. */
export type StepSubject = { kind: 'document' | 'issue'; id: string };
const subjectPartition = (subject: StepSubject) =>
  subject.kind === 'document' ? keys.legalDocument(subject.id).pk : keys.gazetteIssue(subject.id).pk;

export const getPendingStep = (subject: StepSubject) =>
  getItem(keys.pendingStep(subjectPartition(subject)), pendingStepSchema);

const pendingStepItem = (subject: StepSubject, pending: PendingStep) => ({
  ...keys.pendingStep(subjectPartition(subject)),
  itemType: 'PendingStep',
  ...pending,
});

export const documentWrites = {
  create: (document: LegalDocument) => createItem(documentItem(document)),
  replace: (document: LegalDocument, expectedVersion: number) =>
    replaceVersioned(documentItem(document), expectedVersion),
  /** The legal-document database's entry; rebuilt whole when the document is published. */
  putPublished: (document: PublishedDocument) => putDerived(publishedDocumentItem(document)),
  /**
   * The entry again, when a later document acts on it (amends, repeals, …): versioned, so two issues
   * published at once cannot lose one relation. Entries written before they had a version count as 1.
   */
  replacePublished: (document: PublishedDocument, expectedVersion: number): TransactionWrite => {
    const write = replaceVersioned(publishedDocumentItem(document), expectedVersion);
    const put = write.request.Put;
    if (expectedVersion !== 1 || !put) return write;
    return {
      ...write,
      request: {
        Put: {
          ...put,
          ConditionExpression:
            'attribute_exists(pk) AND (attribute_not_exists(#version) OR #version = :expectedVersion)',
        },
      },
    };
  },
  /** A number/symbol belongs to one document (scoped by year when the symbol has none). */
  claimNumber: (numberSymbol: string, issueDate: string, documentId: string) =>
    claimUnique(
      documentNumberKind,
      documentNumberKey(numberSymbol, issueDate),
      keys.legalDocument(documentId).pk,
      () => new DuplicateValue(`document ${numberSymbol}`),
    ),
  releaseNumber: (numberSymbol: string, issueDate: string, documentId: string) =>
    releaseUnique(
      documentNumberKind,
      documentNumberKey(numberSymbol, issueDate),
      keys.legalDocument(documentId).pk,
    ),
  addCorrection: (correction: Correction) => createItem(correctionItem(correction)),
};

export const issueWrites = {
  create: (issue: GazetteIssue) => createItem(issueItem(issue)),
  replace: (issue: GazetteIssue, expectedVersion: number) =>
    replaceVersioned(issueItem(issue), expectedVersion),
  /**
   * Gives `current + 1` as the next issue number of a year (or of all years: `continuous` numbering);
   * refused with CounterMoved if it was taken.
   */
  advanceNumber: (scope: number | 'all', current: number) =>
    advanceCounter(keys.gazetteIssueCounter(scope), current),
  claimNumber: (year: number, number: number, issueId: string) =>
    claimUnique(issueNumberKind, `${year}/${number}`, keys.gazetteIssue(issueId).pk),
  /** The years that have published issues (the gazette's archive by year). */
  markYear: (year: number) => putDerived({ ...keys.gazetteYear(year), itemType: 'GazetteYear', year }),
};

export const pendingStepWrites = {
  /** Registers (or registers again, on a replay) the step a subject waits on, with its task token. */
  put: (subject: StepSubject, pending: PendingStep) => putDerived(pendingStepItem(subject, pending)),
  /**
   * Takes the step in a decision's transaction: a second decision on the same step is refused with
   * AlreadyDecided instead of resuming the workflow twice.
   */
  take: (subject: StepSubject): TransactionWrite =>
    deleteExisting(
      keys.pendingStep(subjectPartition(subject)),
      () => new AlreadyDecided(`${subject.kind} ${subject.id}`),
    ),
};

const distributionListSchema = z.object({ entries: z.array(distributionEntrySchema) });

export const distributionWrites = {
  replace: (entries: DistributionEntry[]) =>
    putDerived({ ...keys.distributionList(), itemType: 'DistributionList', entries }),
};

export type DocumentFilter = {
  status?: LegalDocument['status'];
  agencyId?: string;
  cursor?: string;
  limit: number;
};

export async function listDocuments(filter: DocumentFilter): Promise<Page<LegalDocument>> {
  if (filter.agencyId) {
    return queryPage(
      {
        index: 'gsi1',
        partition: { name: 'gsi1pk', value: keys.documentsOfAgency(filter.agencyId).gsi1pk },
        filter: filter.status ? { status: filter.status } : {},
        newestFirst: true,
        limit: filter.limit,
        cursor: filter.cursor,
      },
      legalDocumentSchema,
    );
  }
  return queryPage(
    {
      index: 'gsi2',
      partition: { name: 'gsi2pk', value: keys.documentsByStatus(filter.status ?? 'in_review').gsi2pk },
      limit: filter.limit,
      cursor: filter.cursor,
    },
    legalDocumentSchema,
  );
}

export async function listIssues(status?: GazetteIssue['status']): Promise<GazetteIssue[]> {
  if (status) {
    return queryAll(
      {
        index: 'gsi2',
        partition: { name: 'gsi2pk', value: keys.gazetteIssuesByStatus(status).gsi2pk },
        newestFirst: true,
      },
      gazetteIssueSchema,
    );
  }
  return queryAll(
    {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: keys.gazetteIssuesAll().gsi1pk },
      newestFirst: true,
    },
    gazetteIssueSchema,
  );
}

export async function listPublishedIssuesOfYear(year: number): Promise<PublishedIssue[]> {
  return queryAll(
    { index: 'gsi3', partition: { name: 'gsi3pk', value: keys.gazetteIssuesPublishedInYear(year).gsi3pk } },
    publishedIssueSchema,
  );
}

const yearSchema = z.object({ year: z.number().int() });

export async function listGazetteYears(): Promise<number[]> {
  const prefix = keys.gazetteYears();
  const years = await queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    yearSchema,
  );
  return years.map((entry) => entry.year).sort((a, b) => b - a);
}

export async function listPublishedDocuments(): Promise<PublishedDocument[]> {
  return queryAll(
    {
      index: 'gsi3',
      partition: { name: 'gsi3pk', value: keys.publishedDocuments().gsi3pk },
      newestFirst: true,
    },
    publishedDocumentSchema,
  );
}

export async function listCorrections(documentId: string): Promise<Correction[]> {
  const prefix = keys.documentCorrectionPrefix(documentId);
  return queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    correctionSchema,
  );
}

export async function listDistribution(): Promise<DistributionEntry[]> {
  return (await getItem(keys.distributionList(), distributionListSchema))?.entries ?? [];
}

const counterSchema = z.object({ next: z.number().int().min(0) });
export async function nextIssueNumberCounter(scope: number | 'all'): Promise<number> {
  return (await getItem(keys.gazetteIssueCounter(scope), counterSchema))?.next ?? 0;
}
