import { type DocumentSearchQuery, type DocumentType, documentTypeLabels } from '#shared/domain/gazette.ts';

/**
 * Formatting shared by the gazette pages and the archive file. Pure and locale-fixed (vi-VN, Vietnam
 * time), so the same data always gives the same text. Dates and files: web/site/format.ts.
 */
export { fileFormatName, formatFileSize, formatIsoDate, formatLongDateVi } from '../format.ts';

export function documentTypeName(type: DocumentType): string {
  return documentTypeLabels[type].vi;
}

/** `Quyết định số 12/2026/QĐ-UBND`; a document of no listed type is just `Văn bản số …`. */
export function documentTitle(document: { documentType: DocumentType; numberSymbol: string }): string {
  const type = document.documentType === 'van-ban-khac' ? 'Văn bản' : documentTypeName(document.documentType);
  return `${type} số ${document.numberSymbol}`;
}

/** The first page of a `3-7` range, for ordering documents as they appear in the issue. */
export function firstPage(pages: string): number {
  return Number.parseInt(pages, 10) || 0;
}

/** Whether a search asks for anything: an empty query shows the latest documents. */
export function isEmptyQuery(query: DocumentSearchQuery): boolean {
  return (
    query.q.trim() === '' &&
    query.type === undefined &&
    (query.issuingBody ?? '') === '' &&
    query.field === undefined &&
    query.year === undefined &&
    query.inForce === undefined &&
    query.status === undefined
  );
}
