import { recordAudit } from '#shared/data/audit.ts';
import { documentWrites, getPublishedDocument } from '#shared/data/gazette.ts';
import type { TransactionWrite } from '#shared/data/transactions.ts';
import type { FieldError } from '#shared/domain/errors.ts';
import {
  type DocumentRef,
  type DocumentRelation,
  type IncomingRelation,
  type PublishedDocument,
  type RelationInput,
  relationKindLabels,
  statusInForceLabels,
  statusInForceOn,
} from '#shared/domain/gazette.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { systemSteps } from './workflow/actor.ts';

/**
 * Relations between legal documents: a submission names the earlier documents it amends, repeals,
 * suspends, corrects or declares expired, picked from the legal-document database; publishing it records
 * the relation on each of them, which is what their status in force is derived from
 * (`statusInForceOn` in shared/domain/gazette.ts). Nobody sets a status by hand.
 */

export const refOf = (document: Pick<PublishedDocument, 'id' | 'numberSymbol' | 'documentType' | 'slug'>) =>
  ({
    id: document.id,
    numberSymbol: document.numberSymbol,
    documentType: document.documentType,
    slug: document.slug,
  }) satisfies DocumentRef;

/**
 * The relations of a submission, checked against the database: each target is a published document,
 * not the submission itself, named once per kind. Problems are field errors, reported with the others.
 */
export async function resolveRelations(
  inputs: RelationInput[],
  ownDocumentId?: string,
): Promise<{ errors: FieldError[]; relations: DocumentRelation[] }> {
  const errors: FieldError[] = [];
  const relations: DocumentRelation[] = [];
  const seen = new Set<string>();
  for (const [index, input] of inputs.entries()) {
    const path = `relations.${index}.targetId`;
    const target = input.targetId === ownDocumentId ? undefined : await getPublishedDocument(input.targetId);
    if (!target) {
      errors.push({
        path,
        messageVi: 'Không tìm thấy văn bản này trong cơ sở dữ liệu văn bản đã đăng Công báo',
        messageEn: 'No such document in the database of published documents',
      });
      continue;
    }
    const key = `${input.kind}:${target.id}`;
    if (seen.has(key)) {
      errors.push({
        path,
        messageVi: 'Văn bản được chọn hai lần',
        messageEn: 'The document is listed twice',
      });
      continue;
    }
    seen.add(key);
    relations.push({
      kind: input.kind,
      partial: input.kind === 'repeals' ? input.partial : false,
      note: input.note,
      target: refOf(target),
    });
  }
  return { errors, relations };
}

/** How many documents an issue's relations touch: each one is one more write at publication. */
export function relationTargetCount(documents: { relations: DocumentRelation[] }[]): number {
  return new Set(documents.flatMap((document) => document.relations.map((relation) => relation.target.id)))
    .size;
}

/**
 * The writes that record the relations of documents being published on the documents they act on: one
 * versioned rewrite per target (several relations to one target are merged), with an audit record on
 * it. A relation already recorded (a retried step) is not added twice.
 */
export async function relationWrites(
  sources: PublishedDocument[],
  at: string,
): Promise<{ writes: TransactionWrite[]; targets: string[] }> {
  const byTarget = new Map<string, IncomingRelation[]>();
  for (const source of sources) {
    for (const relation of source.relations) {
      const incoming: IncomingRelation = {
        kind: relation.kind,
        partial: relation.partial,
        note: relation.note,
        source: refOf(source),
        effectiveDate: source.effectiveDate,
        publishedAt: at,
      };
      byTarget.set(relation.target.id, [...(byTarget.get(relation.target.id) ?? []), incoming]);
    }
  }
  const writes: TransactionWrite[] = [];
  const today = dateInVietnam(at);
  for (const [targetId, incoming] of byTarget) {
    const target = await getPublishedDocument(targetId);
    if (!target) throw new Error(`document ${targetId} named in a relation is not published`);
    const fresh = incoming.filter(
      (relation) =>
        !target.relatedBy.some(
          (existing) => existing.source.id === relation.source.id && existing.kind === relation.kind,
        ),
    );
    if (fresh.length === 0) continue;
    const updated: PublishedDocument = { ...target, relatedBy: [...target.relatedBy, ...fresh] };
    const before = statusInForceOn(target, today);
    const after = statusInForceOn(updated, today);
    writes.push(
      documentWrites.replacePublished(updated, target.version),
      recordAudit(
        { type: 'LegalDocument', id: targetId },
        systemSteps,
        'relation',
        {
          ...(before === after ? {} : { fromStatus: before, toStatus: after }),
          note: fresh
            .map(
              (relation) =>
                `${relationKindLabels[relation.kind].passive} ${relation.source.numberSymbol} (từ ${relation.effectiveDate}); ${statusInForceLabels[after].vi}`,
            )
            .join('; '),
        },
        at,
      ),
    );
  }
  return { writes, targets: [...byTarget.keys()] };
}
