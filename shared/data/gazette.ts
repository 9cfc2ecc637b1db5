import { z } from 'zod';
import {
  type Correction,
  correctionSchema,
  type DistributionEntry,
  distributionEntrySchema,
  type GazetteIssue,
  gazetteIssueSchema,
  type LegalDocument,
  legalDocumentSchema,
  type PublishedDocument,
  type PublishedIssue,
  publishedDocumentSchema,
  publishedIssueSchema,
} from '#shared/domain/gazette.ts';
import { slugify } from '#shared/text/vietnamese.ts';
import { keys } from './keys.ts';
import { getItem, type Page, queryAll, queryPage } from './reads.ts';
import { storable } from './stored-shape.ts';

/** Storage of the gazette: item shapes and reads. The gazette services decide; this module owns the keys. */

export const documentNumberKind = 'document-number';
export const gazetteIssueKind = 'gazette-issue';
/**
 * Number/symbol as a unique key: upper case, NFC (`12/2020/qđ-ubnd` is `12/2020/QĐ-UBND`). A symbol
 * without a year (`03/CT-UBND`: directives restart their numbering each year) is scoped by its issue year.
 */
export function documentNumberKey(numberSymbol: string, issueDate: string): string {
  const normalized = numberSymbol.normalize('NFC').trim().toUpperCase();
  return /^\d+\/\d{4}\//.test(normalized) ? normalized : `${normalized}@${issueDate.slice(0, 4)}`;
}

/** The document's page slug: `12-2020-qd-ubnd`, or `03-ct-ubnd-2026` for a symbol without a year. */
export function documentSlug(numberSymbol: string, issueDate: string): string {
  const base = slugify(numberSymbol);
  return /^\d+\/\d{4}\//.test(numberSymbol) ? base : `${base}-${issueDate.slice(0, 4)}`;
}

export function documentItem(document: LegalDocument) {
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

export function publishedDocumentItem(document: PublishedDocument) {
  return {
    ...keys.publishedDocument(document.id),
    ...keys.publishedDocuments(),
    ...keys.publishedDocumentSort(document.issueDate, document.id),
    itemType: 'PublishedDocument',
    ...storable(publishedDocumentSchema, document, `published document ${document.id}`),
  };
}

export function issueItem(issue: GazetteIssue) {
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

export function correctionItem(correction: Correction) {
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

export const pendingStepSchema = z.object({
  humanStep: z.enum(['review', 'correction', 'issue-approval', 'publication-time']),
  token: z.string(),
  executionId: z.string(),
  since: z.string(),
});
export type PendingStep = z.infer<typeof pendingStepSchema>;
export const getPendingStep = (subjectPk: string) => getItem(keys.pendingStep(subjectPk), pendingStepSchema);
export const pendingStepItem = (subjectPk: string, pending: PendingStep) => ({
  ...keys.pendingStep(subjectPk),
  itemType: 'PendingStep',
  ...pending,
});

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
  const prefix = keys.distributionList();
  return queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    distributionEntrySchema,
  );
}

const counterSchema = z.object({ next: z.number().int().min(0) });
export async function nextIssueNumberCounter(year: number): Promise<number> {
  return (await getItem(keys.gazetteIssueCounter(year), counterSchema))?.next ?? 0;
}
