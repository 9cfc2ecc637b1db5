import { randomUUID } from 'node:crypto';
import { correctionItem, getPublishedDocument, listDistribution } from '#shared/data/gazette.ts';
import { auditEntry } from '#shared/data/history.ts';
import { keys } from '#shared/data/keys.ts';
import {
  appendAudit,
  createItem,
  deleteExisting,
  putDerived,
  runTransaction,
  type TransactionWrite,
} from '#shared/data/transactions.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { errors } from '#shared/domain/errors.ts';
import type { Correction, DistributionEntry } from '#shared/domain/gazette.ts';
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
    createItem(correctionItem(correction)),
    appendAudit(
      keys.legalDocument(documentId).pk,
      auditEntry({ type: 'LegalDocument', id: documentId }, officer, 'correct', { note: text }, at),
    ),
  ]);
  await requestPublication({ type: 'document-corrected', documentId });
  return correction;
}

/** Replaces the free-distribution list in one transaction: agencies added, changed and removed. */
export async function replaceDistribution(
  officer: Actor,
  entries: DistributionEntry[],
): Promise<DistributionEntry[]> {
  const current = await listDistribution();
  const keep = new Set(entries.map((entry) => entry.agencyId));
  const writes: TransactionWrite[] = [
    ...entries.map((entry) =>
      putDerived({ ...keys.distribution(entry.agencyId), itemType: 'DistributionEntry', ...entry }),
    ),
    ...current
      .filter((entry) => !keep.has(entry.agencyId))
      .map((entry) => deleteExisting(keys.distribution(entry.agencyId))),
    appendAudit(
      'DISTRIBUTION',
      auditEntry({ type: 'Distribution', id: 'list' }, officer, 'replace', {
        note: `${entries.length} cơ quan`,
      }),
    ),
  ];
  await runTransaction(writes);
  return entries;
}
