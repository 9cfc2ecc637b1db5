import { describe, expect, it } from 'vitest';
import { contributionStatusSchema } from '#shared/domain/contribution.ts';
import {
  type ContributionAction,
  contributionTransitions,
  decideContribution,
  handlingIncrements,
  isHandled,
} from '#shared/editorial/contribution-workflow.ts';

/** The contribution workflow's decisions (docs/decisions.md 178–184): the table, the handling time. */
const statuses = contributionStatusSchema.options;
const actions = Object.keys(contributionTransitions) as ContributionAction[];

describe('contribution transitions', () => {
  it('takes and declines only what waits, and publishes only what is being edited', () => {
    const allowed = Object.fromEntries(
      actions.map((action) => [
        action,
        statuses.filter((status) => 'to' in decideContribution(status, action)),
      ]),
    );
    expect(allowed).toEqual({ take: ['received'], decline: ['received'], publish: ['editing'] });
  });

  it('leads each allowed action to its status', () => {
    expect(decideContribution('received', 'take')).toEqual({ to: 'editing' });
    expect(decideContribution('received', 'decline')).toEqual({ to: 'declined' });
    expect(decideContribution('editing', 'publish')).toEqual({ to: 'published' });
    expect(decideContribution('published', 'decline')).toEqual({ refused: 'invalid-transition' });
    expect(decideContribution('declined', 'take')).toEqual({ refused: 'invalid-transition' });
  });

  it('counts published and declined items as handled, the others not', () => {
    expect(statuses.filter(isHandled)).toEqual(['published', 'declined']);
  });
});

describe('handling time in working days', () => {
  const calendar = { holidays: new Set(['2026-09-02']), workingWeekends: new Set<string>() };

  it('is 0 on the day of receipt, in Vietnam time', () => {
    // 23:30 UTC on 1 September is 06:30 on 2 September in Vietnam: the same day as 15:00 there.
    expect(handlingIncrements('2026-09-01T23:30:00Z', '2026-09-02T08:00:00Z', calendar)).toEqual({
      count: 1,
      workingDays: 0,
    });
  });

  it('skips weekends and the holiday calendar', () => {
    // Friday 28 August → Thursday 3 September: Mon 31, Tue 1, (Wed 2 is National Day), Thu 3.
    expect(handlingIncrements('2026-08-28T02:00:00Z', '2026-09-03T02:00:00Z', calendar).workingDays).toBe(3);
    expect(
      handlingIncrements('2026-08-28T02:00:00Z', '2026-09-03T02:00:00Z', { holidays: new Set() }).workingDays,
    ).toBe(4);
  });
});
