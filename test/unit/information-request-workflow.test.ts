import { describe, expect, it } from 'vitest';
import type { InformationRequestStatus } from '#shared/domain/information-request.ts';
import {
  deadlineState,
  decideInformationRequest,
  dueDateInWorkingDays,
  type informationRequestTransitions,
  isAcceptableDueDate,
  isLate,
  timelinessOf,
} from '#shared/editorial/information-request-workflow.ts';
import type { HolidayCalendar } from '#shared/time/working-days.ts';

/**
 * The pure decisions about requests for information (docs/decisions.md 185–190): the transition table, the
 * due date, and overdue / late at the Vietnam day boundary (UTC+7: 17:00 UTC is midnight there).
 */
const statuses: InformationRequestStatus[] = ['open', 'answered', 'cancelled'];
const none: HolidayCalendar = { holidays: new Set() };
/** Tết Bính Ngọ 2026: Monday 16 to Friday 20 February off. */
const tet2026: HolidayCalendar = {
  holidays: new Set(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']),
};

describe('the transitions of a request', () => {
  it('answers an open or answered request (a supplement), cancels only an open one', () => {
    const allowed = (action: keyof typeof informationRequestTransitions) =>
      statuses.filter((status) => 'to' in decideInformationRequest({ status }, action));
    expect(allowed('answer')).toEqual(['open', 'answered']);
    expect(allowed('cancel')).toEqual(['open']);
    expect(allowed('start-article')).toEqual(['answered']);
    expect(decideInformationRequest({ status: 'open' }, 'answer')).toEqual({ to: 'answered' });
    expect(decideInformationRequest({ status: 'answered' }, 'answer')).toEqual({ to: 'answered' });
    expect(decideInformationRequest({ status: 'open' }, 'cancel')).toEqual({ to: 'cancelled' });
    expect(decideInformationRequest({ status: 'cancelled' }, 'answer')).toEqual({
      refused: 'invalid-transition',
    });
  });

  it('starts one article per request', () => {
    expect(decideInformationRequest({ status: 'answered' }, 'start-article')).toEqual({ to: 'answered' });
    expect(
      decideInformationRequest(
        { status: 'answered', articleId: '7f9c2ba4-e88f-4d0a-9b6a-1f1f1f1f1f1f' },
        'start-article',
      ),
    ).toEqual({ refused: 'article-exists' });
  });
});

describe('the due date', () => {
  it('may be today in Vietnam, not yesterday', () => {
    // 18:00 UTC on 1 December is 01:00 on 2 December in Vietnam.
    const now = new Date('2026-12-01T18:00:00Z');
    expect(isAcceptableDueDate('2026-12-02', now)).toBe(true);
    expect(isAcceptableDueDate('2026-12-01', now)).toBe(false);
    expect(isAcceptableDueDate('2027-01-15', now)).toBe(true);
    // 16:59 UTC is still 1 December there.
    expect(isAcceptableDueDate('2026-12-01', new Date('2026-12-01T16:59:59Z'))).toBe(true);
  });

  it('counts working days from today in Vietnam, across weekends and Tết', () => {
    // Friday 27 November 2026 at 20:00 UTC is Saturday 28 in Vietnam: 5 working days end Friday 4 December.
    expect(dueDateInWorkingDays(5, new Date('2026-11-27T20:00:00Z'), none)).toBe('2026-12-04');
    // 18:00 UTC on Sunday 29 November is Monday 30 in Vietnam: day 1 is Tuesday, day 5 Monday 7 December
    // (counted from the UTC day, Sunday, it would be Friday 4).
    expect(dueDateInWorkingDays(5, new Date('2026-11-29T18:00:00Z'), none)).toBe('2026-12-07');
    // Thursday 12 February 2026: Friday 13 is day 1, Tết, then 23–26 February.
    expect(dueDateInWorkingDays(5, new Date('2026-02-12T03:00:00Z'), tet2026)).toBe('2026-02-26');
    expect(dueDateInWorkingDays(5, new Date('2026-02-12T03:00:00Z'), none)).toBe('2026-02-19');
  });
});

describe('overdue and answered late', () => {
  const due = '2026-12-10';

  it('turns overdue at midnight in Vietnam after the due day, not at midnight UTC', () => {
    const open = { status: 'open' as const, dueDate: due };
    expect(deadlineState(open, new Date('2026-12-10T16:59:59.999Z'))).toBe('due');
    expect(deadlineState(open, new Date('2026-12-10T17:00:00Z'))).toBe('overdue');
    // 23:00 UTC on the 10th is already the 11th in Vietnam.
    expect(deadlineState(open, new Date('2026-12-10T23:00:00Z'))).toBe('overdue');
    expect(deadlineState(open, new Date('2026-12-09T20:00:00Z'))).toBe('due');
  });

  it('marks an answer late after the due day in Vietnam, and keeps the first answer’s timeliness', () => {
    expect(isLate(due, '2026-12-10T16:59:59.999Z')).toBe(false);
    expect(isLate(due, '2026-12-10T17:00:00.000Z')).toBe(true);
    expect(deadlineState({ status: 'answered', dueDate: due, answeredLate: true }, new Date())).toBe(
      'answered-late',
    );
    expect(
      deadlineState({ status: 'answered', dueDate: due, answeredLate: false }, new Date('2030-01-01')),
    ).toBe('answered-on-time');
    expect(deadlineState({ status: 'cancelled', dueDate: due }, new Date('2030-01-01'))).toBe('cancelled');
    expect(timelinessOf(true)).toBe('late');
    expect(timelinessOf(false)).toBe('on-time');
  });

  it('is overdue across a public holiday: the due day counts as a calendar day', () => {
    // Five working days from 12 February 2026 end on 26 February (after Tết); on 20 February it is not due yet.
    const dueAfterTet = dueDateInWorkingDays(5, new Date('2026-02-12T03:00:00Z'), tet2026);
    const open = { status: 'open' as const, dueDate: dueAfterTet };
    expect(deadlineState(open, new Date('2026-02-20T05:00:00Z'))).toBe('due');
    expect(deadlineState(open, new Date('2026-02-26T16:00:00Z'))).toBe('due');
    expect(deadlineState(open, new Date('2026-02-26T17:00:00Z'))).toBe('overdue');
  });
});
