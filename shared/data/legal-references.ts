import * as z from 'zod';
import {
  documentNumberKey,
  type LegalDocumentReference,
  legalDocumentReferenceSchema,
} from '#shared/domain/legal-reference.ts';
import { keys } from './keys.ts';
import { getItem } from './reads.ts';

/**
 * The reads other contexts make of the legal-document database (a citizen's feedback names a document by its
 * number). Apart from shared/data/gazette.ts, so that a citizen's path does not load the gazette's schemas.
 */

/** The kind of the unique claim a document's number/symbol holds. */
export const documentNumberKind = 'document-number';

const uniqueOwnerSchema = z.object({ ownerPk: z.string() });

/** The id of the document that holds a number/symbol, if any. */
export async function documentIdHoldingNumber(
  numberSymbol: string,
  issueDate: string,
): Promise<string | undefined> {
  const guard = await getItem(
    keys.unique(documentNumberKind, documentNumberKey(numberSymbol, issueDate)),
    uniqueOwnerSchema,
  );
  return guard?.ownerPk.replace(/^DOCUMENT#/, '');
}

/** A published document's number and abstract, by id; undefined while it is not published. */
export const getLegalDocumentReference = (id: string): Promise<LegalDocumentReference | undefined> =>
  getItem(keys.publishedDocument(id), legalDocumentReferenceSchema);
