import { getPublishedDocument } from '#shared/data/gazette.ts';
import { errors } from '#shared/domain/errors.ts';
import {
  documentFieldLabels,
  documentTypeLabels,
  type GazetteIssue,
  isInForce,
  type PublishedDocument,
  publishedIssueSchema,
  statusInForceOn,
} from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';

/**
 * An issue's records in the exchange format for the national electronic gazette's database
 * (`qtp-gazette-exchange/1`, documented in docs/gazette.md): the issue, its files with SHA-256, and
 * each document's Decree 42 fields, its status in force and its relations.
 */
export const EXCHANGE_FORMAT = 'qtp-gazette-exchange/1';

export async function exportIssue(issue: GazetteIssue, baseUrl: string, now = new Date()) {
  const today = dateInVietnam(now);
  const parsed = publishedIssueSchema.safeParse(issue);
  if (!parsed.success) throw errors.invalidTransition(issue.status, 'export');
  const published = parsed.data;
  const origin = baseUrl.replace(/\/$/, '');
  const file = (stored: { key: string; sha256: string; size: number; contentType: string }) => ({
    url: `${origin}${sitePaths.archiveFile(stored.key)}`,
    sha256: stored.sha256,
    size: stored.size,
    contentType: stored.contentType,
  });
  const documents = (
    await Promise.all(published.entries.map((entry) => getPublishedDocument(entry.documentId)))
  ).filter((document): document is PublishedDocument => document !== undefined);
  return {
    format: EXCHANGE_FORMAT,
    publisher: { name: 'Ủy ban nhân dân tỉnh Quảng Trị', unit: 'Cổng Thông tin điện tử tỉnh Quảng Trị' },
    issue: {
      year: published.year,
      number: published.number,
      title: published.title,
      publishedAt: published.publishedAt,
      url: `${origin}${sitePaths.gazetteIssue(published.year, published.number)}`,
      files: { pdf: file(published.files.pdf), html: file(published.files.html) },
      ...(published.signature ? { signature: published.signature } : {}),
    },
    documents: documents.map((document) => ({
      numberSymbol: document.numberSymbol,
      documentType: document.documentType,
      documentTypeName: documentTypeLabels[document.documentType].vi,
      issuingBody: document.issuingBody,
      signer: document.signer,
      issueDate: document.issueDate,
      effectiveDate: document.effectiveDate,
      abstract: document.abstract,
      field: document.field,
      fieldName: documentFieldLabels[document.field].vi,
      inForce: isInForce(statusInForceOn(document, today)),
      statusInForce: statusInForceOn(document, today),
      relations: document.relations.map((relation) => ({
        kind: relation.kind,
        partial: relation.partial,
        numberSymbol: relation.target.numberSymbol,
        url: `${origin}${sitePaths.legalDocument(relation.target.slug)}`,
      })),
      pages: document.issue.pages,
      url: `${origin}${sitePaths.legalDocument(document.slug)}`,
      file: file(document.file),
      ...(document.editableFile ? { editableFile: file(document.editableFile) } : {}),
    })),
  };
}
