import { listPublishedDocuments } from '#shared/data/gazette.ts';
import {
  type DocumentSearchQuery,
  isInForce,
  type PublishedDocument,
  statusInForceOn,
} from '#shared/domain/gazette.ts';
import { foldDiacritics, searchTerms } from '#shared/text/vietnamese.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';

/**
 * The legal-document database's search: filters (type, issuing body, field, year, status in force) and
 * diacritic-insensitive words over number/symbol, abstract and issuer. A province publishes a few
 * hundred documents a year, so the published set is read and matched in memory (docs/decisions.md).
 */
export type DocumentSearchResult = {
  results: PublishedDocument[];
  total: number;
  issuingBodies: string[];
  years: number[];
};

function matches(
  document: PublishedDocument,
  query: DocumentSearchQuery,
  terms: string[],
  today: string,
): boolean {
  if (query.type && document.documentType !== query.type) return false;
  if (query.field && document.field !== query.field) return false;
  if (query.issuingBody && document.issuingBody !== query.issuingBody) return false;
  if (query.year && !document.issueDate.startsWith(String(query.year))) return false;
  if (query.status || query.inForce) {
    // The status in force today, from the relations recorded on the document (never a typed flag).
    const status = statusInForceOn(document, today);
    if (query.status && status !== query.status) return false;
    if (query.inForce && String(isInForce(status)) !== query.inForce) return false;
  }
  if (terms.length === 0) return true;
  const haystack = foldDiacritics(
    `${document.numberSymbol} ${document.abstract} ${document.issuingBody} ${document.signer}`,
  );
  return terms.every((term) => haystack.includes(term));
}

export async function searchDocuments(
  query: DocumentSearchQuery,
  limit = 50,
  now = new Date(),
): Promise<DocumentSearchResult> {
  const all = await listPublishedDocuments();
  const terms = searchTerms(query.q);
  const today = dateInVietnam(now);
  const found = all.filter((document) => matches(document, query, terms, today));
  return {
    results: found.slice(0, limit),
    total: found.length,
    issuingBodies: [...new Set(all.map((document) => document.issuingBody))].sort((a, b) =>
      a.localeCompare(b, 'vi'),
    ),
    years: [...new Set(all.map((document) => Number(document.issueDate.slice(0, 4))))].sort((a, b) => b - a),
  };
}
