import * as z from 'zod';

/**
 * What another context needs of a published legal document: its number to find it and a line to name it (a
 * citizen's feedback about a document). Apart from shared/domain/gazette.ts, so that a citizen's path
 * does not load the gazette's schemas.
 */
export const legalDocumentReferenceSchema = z.object({
  id: z.uuid(),
  numberSymbol: z.string(),
  abstract: z.string(),
});
export type LegalDocumentReference = z.infer<typeof legalDocumentReferenceSchema>;

/**
 * Number/symbol as a unique key: upper case, NFC (`12/2020/qđ-ubnd` is `12/2020/QĐ-UBND`). A symbol
 * without a year (`03/CT-UBND`: directives restart their numbering each year) is scoped by its issue year.
 */
export function documentNumberKey(numberSymbol: string, issueDate: string): string {
  const normalized = numberSymbol.normalize('NFC').trim().toUpperCase();
  return /^\d+\/\d{4}\//.test(normalized) ? normalized : `${normalized}@${issueDate.slice(0, 4)}`;
}
