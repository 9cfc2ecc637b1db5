import { describe, expect, it } from 'vitest';
import { InvalidTransition } from '#shared/domain/errors.ts';
import { type FeedbackStatus, feedbackStatusSchema } from '#shared/domain/feedback.ts';
import {
  canRate,
  canReopen,
  decide,
  type FeedbackAction,
  overdueDeadline,
  transitions,
} from '#shared/feedback/workflow.ts';

const statuses = feedbackStatusSchema.options;

/** The table as a person states it: from where each action may be taken, and where it leads. */
const expected: Record<FeedbackAction, [FeedbackStatus[], FeedbackStatus | 'same']> = {
  classify: [['received', 'accepted'], 'accepted'],
  reject: [['received', 'accepted'], 'rejected'],
  merge: [['received', 'accepted'], 'merged'],
  forward: [['received', 'accepted'], 'forwarded'],
  decline: [['forwarded'], 'accepted'],
  answer: [['forwarded'], 'answered'],
  approve: [['answered'], 'published'],
  return: [['answered'], 'forwarded'],
  reopen: [['published'], 'forwarded'],
  rate: [['published', 'closed'], 'same'],
  close: [['published'], 'closed'],
  'edit-public-text': [['received', 'accepted', 'forwarded', 'answered', 'published', 'closed'], 'same'],
};

describe('the feedback workflow (pure decisions)', () => {
  it('has a rule for every action and no other', () => {
    expect(Object.keys(transitions).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [action, [from, to]] of Object.entries(expected) as [
    FeedbackAction,
    [FeedbackStatus[], string],
  ][]) {
    it(`${action}: from ${from.join(', ')} to ${to}`, () => {
      for (const status of statuses) {
        if (from.includes(status)) expect(decide({ status }, action)).toBe(to === 'same' ? status : to);
        else expect(() => decide({ status }, action)).toThrow(InvalidTransition);
      }
    });
  }

  it('lets the sender reopen once, within the period after publication', () => {
    const publishedAt = '2026-12-01T03:00:00.000Z';
    const item = { status: 'published' as const, reopenCount: 0, publishedAt };
    expect(canReopen(item, new Date('2026-12-20T00:00:00Z'), 30)).toBe(true);
    expect(canReopen(item, new Date('2027-01-01T00:00:00Z'), 30)).toBe(false);
    expect(canReopen({ ...item, reopenCount: 1 }, new Date('2026-12-02T00:00:00Z'), 30)).toBe(false);
    expect(canReopen({ ...item, status: 'forwarded' }, new Date('2026-12-02T00:00:00Z'), 30)).toBe(false);
  });

  it('lets the sender rate an answer once', () => {
    expect(canRate({ status: 'published' })).toBe(true);
    expect(canRate({ status: 'closed' })).toBe(true);
    expect(canRate({ status: 'published', rating: { score: 4, at: '2026-12-01T00:00:00Z' } })).toBe(false);
    expect(canRate({ status: 'forwarded' })).toBe(false);
  });

  it('knows which deadline an item is past, by the day in Vietnam', () => {
    const waiting = { status: 'received' as const, forwardDueOn: '2026-12-04' };
    expect(overdueDeadline(waiting, '2026-12-04')).toBeUndefined();
    expect(overdueDeadline(waiting, '2026-12-05')).toBe('forward');
    const forwarded = { status: 'forwarded' as const, forwardDueOn: '2026-12-04', answerDueOn: '2026-12-25' };
    expect(overdueDeadline(forwarded, '2026-12-10')).toBeUndefined();
    expect(overdueDeadline(forwarded, '2026-12-26')).toBe('answer');
    expect(overdueDeadline({ ...forwarded, status: 'published' }, '2027-01-30')).toBeUndefined();
  });
});
