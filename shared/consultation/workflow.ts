import type {
  CommentStatus,
  Consultation,
  ConsultationComment,
  ConsultationStatus,
} from '#shared/domain/consultation.ts';
import { InvalidTransition } from '#shared/domain/errors.ts';

/**
 * The life of a consultation and of its comments as pure decisions; the services apply each decision in one
 * transaction with its audit record (shared/consultation/*.ts).
 *
 *   scheduled ─open→ open ─close→ closed ─submit-report→ report-submitted ─approve-report→ concluded
 *                                    └──────────return-report────┘
 *   comment: pending ─publish→ published      pending ─reject (coded reason)→ rejected
 */
export type ConsultationAction = 'open' | 'close' | 'submit-report' | 'approve-report' | 'return-report';

export const transitions: Record<
  ConsultationAction,
  { from: readonly ConsultationStatus[]; to: ConsultationStatus }
> = {
  open: { from: ['scheduled'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  // A returned report is written again from `closed`.
  'submit-report': { from: ['closed'], to: 'report-submitted' },
  'approve-report': { from: ['report-submitted'], to: 'concluded' },
  'return-report': { from: ['report-submitted'], to: 'closed' },
};

export function decide(consultation: Pick<Consultation, 'status'>, action: ConsultationAction) {
  const rule = transitions[action];
  if (!rule.from.includes(consultation.status)) throw new InvalidTransition(consultation.status, action);
  return rule.to;
}

/**
 * A new version of the draft is posted once the period closed, whatever became of the report: it does not
 * move the consultation's status.
 */
export const versionStatuses: readonly ConsultationStatus[] = ['closed', 'report-submitted', 'concluded'];

export function assertMayPostVersion(consultation: Pick<Consultation, 'status'>) {
  if (!versionStatuses.includes(consultation.status))
    throw new InvalidTransition(consultation.status, 'post-version');
}

export type CommentAction = 'publish' | 'reject';
export const commentTransitions: Record<
  CommentAction,
  { from: readonly CommentStatus[]; to: CommentStatus }
> = {
  publish: { from: ['pending'], to: 'published' },
  reject: { from: ['pending'], to: 'rejected' },
};

export function decideComment(comment: Pick<ConsultationComment, 'status'>, action: CommentAction) {
  const rule = commentTransitions[action];
  if (!rule.from.includes(comment.status)) throw new InvalidTransition(comment.status, action);
  return rule.to;
}

/**
 * Where the period stands at an instant. The clock decides, not only the status: a comment posted a second
 * after closesAt is refused even if the closing schedule has not fired yet. The period is [opensAt, closesAt).
 */
export function periodAt(
  consultation: Pick<Consultation, 'status' | 'opensAt' | 'closesAt'>,
  now: Date,
): 'not-yet-open' | 'open' | 'closed' {
  const time = now.getTime();
  if (consultation.status === 'scheduled' && time < new Date(consultation.opensAt).getTime())
    return 'not-yet-open';
  if (consultation.status === 'scheduled' || consultation.status === 'open')
    return time >= new Date(consultation.closesAt).getTime()
      ? 'closed'
      : time >= new Date(consultation.opensAt).getTime()
        ? 'open'
        : 'not-yet-open';
  return 'closed';
}

/** Whole days between opening and closing (what the minimum-period setting is compared with). */
export function periodDays(opensAt: string, closesAt: string): number {
  return (new Date(closesAt).getTime() - new Date(opensAt).getTime()) / 86_400_000;
}

export const isShortPeriod = (opensAt: string, closesAt: string, minimumDays: number) =>
  periodDays(opensAt, closesAt) < minimumDays;

/** Published comments counted per part (the whole draft included), for the page and the statistics. */
export function countsByAnchor(
  comments: Pick<ConsultationComment, 'anchor' | 'status'>[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const comment of comments) {
    if (comment.status !== 'published') continue;
    counts[comment.anchor] = (counts[comment.anchor] ?? 0) + 1;
  }
  return counts;
}
