import { actorOf } from '#shared/auth/actor.ts';
import { recordAudit } from '#shared/data/audit.ts';
import { consultationWrites } from '#shared/data/consultations.ts';
import { getDocument, getPublishedDocument } from '#shared/data/gazette.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { AdoptedDocumentInput, Consultation } from '#shared/domain/consultation.ts';
import { errors } from '#shared/domain/errors.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { searchDocuments } from '#shared/gazette/search.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import { consultationEntity, consultationFor } from './consultations.ts';

/**
 * The legal document adopted from a consultation's draft, once it is published in the gazette: staff pick it
 * from the legal-document database and the link is kept on the consultation (its page: "Văn bản đã ban
 * hành") and, beside the document, the way back (the document's page: "Dự thảo đã được lấy ý kiến nhân
 * dân"). The consultation records it because the published document is a fixed record of the gazette
 * (docs/decisions.md, 101).
 */

/** Published documents matching the words typed (number/symbol, abstract, issuer), for the picker. */
export async function adoptableDocuments(q: string) {
  const found = await searchDocuments({ q }, 10);
  return {
    items: found.results.map((document) => ({
      id: document.id,
      slug: document.slug,
      numberSymbol: document.numberSymbol,
      documentType: document.documentType,
      abstract: document.abstract,
      issueDate: document.issueDate,
    })),
    total: found.total,
  };
}

export async function linkAdoptedDocument(
  principal: Principal,
  id: string,
  input: AdoptedDocumentInput,
  now = new Date(),
): Promise<Consultation> {
  const consultation = await consultationFor(principal, id);
  // The document is adopted after the consultation: its report must be published first.
  if (consultation.status !== 'concluded')
    throw errors.invalidTransition(consultation.status, 'link-document');
  const document = await getPublishedDocument(input.documentId);
  if (!document) {
    const submitted = await getDocument(input.documentId);
    throw submitted
      ? errors.field(
          'documentId',
          'Văn bản chưa được đăng Công báo: chỉ liên kết văn bản đã công bố',
          'The document is not published in the gazette yet: link a published document',
        )
      : errors.field(
          'documentId',
          'Không có văn bản này trong cơ sở dữ liệu văn bản',
          'No such document in the legal-document database',
        );
  }
  const previous = consultation.adoptedDocument;
  const at = now.toISOString();
  const after: Consultation = {
    ...consultation,
    adoptedDocument: {
      documentId: document.id,
      slug: document.slug,
      numberSymbol: document.numberSymbol,
      documentType: document.documentType,
      abstract: document.abstract,
      issueDate: document.issueDate,
      linkedAt: at,
    },
    updatedAt: at,
  };
  const moved = previous && previous.documentId !== document.id ? previous.documentId : undefined;
  await runTransaction([
    consultationWrites.replace(after, input.expectedVersion),
    ...(moved ? [consultationWrites.removeAdoption(moved, consultation.id)] : []),
    consultationWrites.putAdoption({
      documentId: document.id,
      consultationId: consultation.id,
      slug: consultation.slug,
      title: consultation.title,
      linkedAt: at,
    }),
    recordAudit(
      consultationEntity(consultation.id),
      actorOf(principal),
      'link-document',
      {
        note: `${document.numberSymbol} (${document.id})${previous ? `, thay ${previous.numberSymbol}` : ''}`,
        changedFields: ['adoptedDocument'],
      },
      at,
    ),
  ]);
  await requestPublication({
    type: 'consultation-document-linked',
    consultationId: consultation.id,
    documentIds: moved ? [document.id, moved] : [document.id],
  });
  return { ...after, version: input.expectedVersion + 1 };
}
