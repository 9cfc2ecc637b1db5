import type { ContributionStatus } from '#shared/domain/contribution.ts';
import { type HolidayCalendar, workingDaysBetweenInstants } from '#shared/time/working-days.ts';

/**
 * The decisions about agencies' contributions, pure (docs/decisions.md 178–184):
 *
 *   received ─take→ editing ─publish→ published          (publish: the article goes live for the first time)
 *       └─decline→ declined
 *
 * An editor takes a contribution into the article workflow or declines it, and only while it waits: once
 * taken, what happens to it is the article's (returned, scheduled, published, archived). Publication is no
 * person's action: the approval or the scheduled go-live of its article makes it.
 */
export type ContributionAction = 'take' | 'decline' | 'publish';

export const contributionTransitions: Record<
  ContributionAction,
  { from: readonly ContributionStatus[]; to: ContributionStatus }
> = {
  take: { from: ['received'], to: 'editing' },
  decline: { from: ['received'], to: 'declined' },
  publish: { from: ['editing'], to: 'published' },
};

/** The status an action leads to, or that it does not apply in this status. */
export function decideContribution(
  status: ContributionStatus,
  action: ContributionAction,
): { to: ContributionStatus } | { refused: 'invalid-transition' } {
  const transition = contributionTransitions[action];
  return transition.from.includes(status) ? { to: transition.to } : { refused: 'invalid-transition' };
}

/** Whether an item is handled (its outcome counted in the reports): published or declined. */
export const isHandled = (status: ContributionStatus): boolean =>
  status === 'published' || status === 'declined';

/**
 * The `contribution-handled` counter's increments: one item, and the working days from the day it was
 * received to the day it was handled (Vietnam days, the holiday calendar; 0 when handled the same day).
 */
export function handlingIncrements(
  receivedAt: string,
  handledAt: string,
  calendar: HolidayCalendar,
): { count: number; workingDays: number } {
  return { count: 1, workingDays: Math.max(0, workingDaysBetweenInstants(receivedAt, handledAt, calendar)) };
}
