import { listPublishedDocuments } from '#shared/data/gazette.ts';
import type { DocumentSearchQuery, PublishedDocument } from '#shared/domain/gazette.ts';
import { foldDiacritics, searchTerms } from '#shared/text/vietnamese.ts';

/**
 * The legal-document database's search: filters (type, issuing body, field, year, in force) and
 * diacritic-insensitive words over number/symbol, abstract and issuer. A province publishes a few
 * hundred documents a year, so the published set is read and matched in memory (docs/decisions.md).
 */
export type DocumentSearchResult = {
  results: PublishedDocument[];
  total: number;
  issuingBodies: string[];
  years: number[];
};

function matches(document: PublishedDocument, query: DocumentSearchQuery, terms: string[]): boolean {
  if (query.type && document.documentType !== query.type) return false;
  if (query.field && document.field !== query.field) return false;
  if (query.issuingBody && document.issuingBody !== query.issuingBody) return false;
  if (query.year && !document.issueDate.startsWith(String(query.year))) return false;
  if (query.inForce && String(document.inForce) !== query.inForce) return false;
  if (terms.length === 0) return true;
  const haystack = foldDiacritics(
    `${document.numberSymbol} ${document.abstract} ${document.issuingBody} ${document.signer}`,
  );
  return terms.every((term) => haystack.includes(term));
}

export async function searchDocuments(query: DocumentSearchQuery, limit = 50): Promise<DocumentSearchResult> {
  const all = await listPublishedDocuments();
  const terms = searchTerms(query.q);
  const found = all.filter((document) => matches(document, query, terms));
  return {
    results: found.slice(0, limit),
    total: found.length,
    issuingBodies: [...new Set(all.map((document) => document.issuingBody))].sort((a, b) =>
      a.localeCompare(b, 'vi'),
    ),
    years: [...new Set(all.map((document) => Number(document.issueDate.slice(0, 4))))].sort((a, b) => b - a),
  };
}
