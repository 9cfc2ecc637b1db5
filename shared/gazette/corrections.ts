import { randomUUID } from 'node:crypto';
import { recordAudit } from '#shared/data/audit.ts';
import { documentWrites, getPublishedDocument } from '#shared/data/gazette.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { errors } from '#shared/domain/errors.ts';
import type { Correction } from '#shared/domain/gazette.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';

/** A correction (đính chính) is a new record beside the document; the published issue is never edited. */
export async function addCorrection(
  officer: Actor,
  documentId: string,
  text: string,
  now = new Date(),
): Promise<Correction> {
  const document = await getPublishedDocument(documentId);
  if (!document) throw errors.invalidTransition('not published', 'correct');
  const at = now.toISOString();
  const correction: Correction = {
    id: randomUUID(),
    documentId,
    text,
    publishedAt: at,
    publishedBy: officer.name,
  };
  await runTransaction([
    documentWrites.addCorrection(correction),
    recordAudit({ type: 'LegalDocument', id: documentId }, officer, 'correct', { note: text }, at),
  ]);
  await requestPublication({ type: 'document-corrected', documentId });
  return correction;
}
