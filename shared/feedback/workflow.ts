import { InvalidTransition } from '#shared/domain/errors.ts';
import type { FeedbackItem, FeedbackStatus } from '#shared/domain/feedback.ts';

/**
 * The life of a feedback item as pure decisions: which action is possible from which status, and where
 * it leads. Storage applies a decision in one transaction with its audit record (shared/feedback/service.ts).
 *
 *   received ─classify→ accepted ─forward→ forwarded ─answer→ answered ─approve→ published ─(period)→ closed
 *      │  └──────────forward──────────────────┘  │            └─return→ forwarded      │
 *      ├─reject→ rejected                        └─decline→ accepted (re-route)        └─reopen (once)→ forwarded
 *      └─merge→ merged            (rejected and merged items are closed where they stand: the retention clock starts)
 */
export type FeedbackAction =
  | 'classify'
  | 'reject'
  | 'merge'
  | 'forward'
  | 'decline'
  | 'answer'
  | 'approve'
  | 'return'
  | 'reopen'
  | 'rate'
  | 'close'
  | 'edit-public-text';

export const transitions: Record<FeedbackAction, { from: readonly FeedbackStatus[]; to?: FeedbackStatus }> = {
  classify: { from: ['received', 'accepted'], to: 'accepted' },
  reject: { from: ['received', 'accepted'], to: 'rejected' },
  merge: { from: ['received', 'accepted'], to: 'merged' },
  forward: { from: ['received', 'accepted'], to: 'forwarded' },
  decline: { from: ['forwarded'], to: 'accepted' },
  answer: { from: ['forwarded'], to: 'answered' },
  approve: { from: ['answered'], to: 'published' },
  return: { from: ['answered'], to: 'forwarded' },
  reopen: { from: ['published'], to: 'forwarded' },
  rate: { from: ['published', 'closed'] },
  close: { from: ['published'], to: 'closed' },
  // A published question can still be corrected: personal data found late must come off the page.
  'edit-public-text': { from: ['received', 'accepted', 'forwarded', 'answered', 'published', 'closed'] },
};

/** The status an action leads to from the item's status, or a refusal. */
export function decide(item: Pick<FeedbackItem, 'status'>, action: FeedbackAction): FeedbackStatus {
  const rule = transitions[action];
  if (!rule.from.includes(item.status)) throw new InvalidTransition(item.status, action);
  return rule.to ?? item.status;
}

/** The sender may reopen once, within the period after publication. */
export function canReopen(
  item: Pick<FeedbackItem, 'status' | 'reopenCount' | 'publishedAt'>,
  now: Date,
  reopenWindowDays: number,
): boolean {
  if (item.status !== 'published' || item.reopenCount > 0 || !item.publishedAt) return false;
  return now.getTime() <= reopenDeadline(item.publishedAt, reopenWindowDays).getTime();
}

export function reopenDeadline(publishedAt: string, reopenWindowDays: number): Date {
  return new Date(new Date(publishedAt).getTime() + reopenWindowDays * 86_400_000);
}

/** The sender may rate an answer once. */
export const canRate = (item: Pick<FeedbackItem, 'status' | 'rating'>) =>
  (item.status === 'published' || item.status === 'closed') && !item.rating;

/** Whether an item is past a deadline it still waits on, on a given day in Vietnam (`YYYY-MM-DD`). */
export function overdueDeadline(
  item: Pick<FeedbackItem, 'status' | 'forwardDueOn' | 'answerDueOn'>,
  today: string,
): 'forward' | 'answer' | undefined {
  if ((item.status === 'received' || item.status === 'accepted') && today > item.forwardDueOn)
    return 'forward';
  if (
    (item.status === 'forwarded' || item.status === 'answered') &&
    item.answerDueOn &&
    today > item.answerDueOn
  )
    return 'answer';
  return undefined;
}
