import type {
  AuthorKind,
  ConsultationComment,
  ConsultationStatistics,
  DraftStructure,
  PartStatistics,
  RejectionReason,
} from '#shared/domain/consultation.ts';
import { anchorLabel, anchorsOf } from './draft-text.ts';

/**
 * The figures of one consultation, computed from its comments: received, published, rejected (by coded
 * reason), pending; per part of the draft (every article and clause, in the draft's order, zeros included);
 * from individuals and from organisations. Counts only: nothing here names a commenter, so the same figures
 * serve the public page, the JSON route and the admin.
 */
type Counted = Pick<ConsultationComment, 'anchor' | 'status' | 'rejectionReason' | 'authorKind'>;

const zeroReasons = (): Record<RejectionReason, number> => ({
  'off-topic': 0,
  offensive: 0,
  'personal-data': 0,
  spam: 0,
  duplicate: 0,
});

function emptyPart(anchor: string): PartStatistics {
  const label = anchorLabel(anchor);
  return { anchor, labelVi: label.vi, labelEn: label.en, received: 0, published: 0, pending: 0, rejected: 0 };
}

export function consultationStatistics(draft: DraftStructure, comments: Counted[]): ConsultationStatistics {
  const parts = new Map(anchorsOf(draft).map((anchor) => [anchor, emptyPart(anchor)]));
  const rejectedBy = zeroReasons();
  const byAuthor: Record<AuthorKind, { received: number; published: number }> = {
    individual: { received: 0, published: 0 },
    organisation: { received: 0, published: 0 },
  };
  const totals = { received: 0, published: 0, pending: 0, rejected: 0 };
  for (const comment of comments) {
    // A comment on a part a later version of the draft no longer has still counts, after the draft's parts.
    let part = parts.get(comment.anchor);
    if (!part) {
      part = emptyPart(comment.anchor);
      parts.set(comment.anchor, part);
    }
    totals.received += 1;
    part.received += 1;
    totals[comment.status] += 1;
    part[comment.status] += 1;
    if (comment.status === 'rejected' && comment.rejectionReason) rejectedBy[comment.rejectionReason] += 1;
    byAuthor[comment.authorKind].received += 1;
    if (comment.status === 'published') byAuthor[comment.authorKind].published += 1;
  }
  return { ...totals, rejectedBy, byAuthor, parts: [...parts.values()] };
}
