import { describe, expect, it } from 'vitest';
import { type IncomingRelation, statusAfter, statusInForceOn } from '#shared/domain/gazette.ts';
import { timingOf } from '#shared/gazette/deadlines.ts';

/** Status in force derived from relations, and the two deadlines of a submission: pure rules. */
const relation = (
  kind: IncomingRelation['kind'],
  effectiveDate: string,
  partial = false,
): Pick<IncomingRelation, 'kind' | 'partial' | 'effectiveDate'> => ({ kind, partial, effectiveDate });

describe('status in force', () => {
  const document = (relatedBy: ReturnType<typeof relation>[]) => ({ effectiveDate: '2026-03-01', relatedBy });

  it('is not yet in force before its effective date, in force from it', () => {
    expect(statusInForceOn(document([]), '2026-02-28')).toBe('not_yet_in_force');
    expect(statusInForceOn(document([]), '2026-03-01')).toBe('in_force');
  });

  it('follows each relation from the day it takes effect, not before', () => {
    const amended = document([relation('amends', '2026-06-01')]);
    expect(statusInForceOn(amended, '2026-05-31')).toBe('in_force');
    expect(statusInForceOn(amended, '2026-06-01')).toBe('partly_in_force');
    expect(statusInForceOn(document([relation('repeals', '2026-06-01', true)]), '2026-07-01')).toBe(
      'partly_in_force',
    );
    expect(statusInForceOn(document([relation('repeals', '2026-06-01')]), '2026-07-01')).toBe('expired');
    expect(statusInForceOn(document([relation('suspends', '2026-06-01')]), '2026-07-01')).toBe('suspended');
    expect(statusInForceOn(document([relation('declares-expired', '2026-06-01')]), '2026-07-01')).toBe(
      'expired',
    );
  });

  it('keeps a correction from changing the status, and a whole repeal final whatever comes after', () => {
    expect(statusAfter({ kind: 'corrects', partial: false })).toBeUndefined();
    expect(statusInForceOn(document([relation('corrects', '2026-04-01')]), '2026-05-01')).toBe('in_force');
    const repealedThenAmended = document([
      relation('amends', '2026-09-01'),
      relation('repeals', '2026-06-01'),
    ]);
    expect(statusInForceOn(repealedThenAmended, '2026-10-01')).toBe('expired');
    // A partial change does not lift a suspension.
    const suspended = document([relation('suspends', '2026-04-01'), relation('amends', '2026-05-01')]);
    expect(statusInForceOn(suspended, '2026-06-01')).toBe('suspended');
  });
});

describe('submission deadlines', () => {
  const calendar = { holidays: new Set(['2026-09-02']) };
  const options = { postingWorkingDays: 3, calendar, today: '2026-09-03' };

  it('counts calendar days from signing to receipt (in Vietnam) and flags more than 3', () => {
    // Received at 01:00 on 4 September in Vietnam (18:00 UTC the day before).
    const onTime = timingOf(
      { issueDate: '2026-09-01', submittedAt: '2026-09-03T18:00:00Z', status: 'in_review' },
      options,
    );
    expect(onTime).toMatchObject({ receivedOn: '2026-09-04', daysFromSigning: 3, lateSubmission: false });
    const late = timingOf(
      { issueDate: '2026-08-31', submittedAt: '2026-09-03T18:00:00Z', status: 'in_review' },
      options,
    );
    expect(late).toMatchObject({ daysFromSigning: 4, lateSubmission: true });
  });

  it('gives the posting deadline in working days after receipt, across weekends and holidays', () => {
    // Received Tuesday 1 September; 2 September is a holiday: Thu 3, Fri 4, Mon 7.
    const received = {
      issueDate: '2026-09-01',
      submittedAt: '2026-09-01T03:00:00Z',
      status: 'accepted' as const,
    };
    expect(timingOf(received, options)).toMatchObject({ postingDueOn: '2026-09-07', posting: 'pending' });
    expect(timingOf(received, { ...options, today: '2026-09-07' }).posting).toBe('due');
    expect(timingOf(received, { ...options, today: '2026-09-08' }).posting).toBe('overdue');
    expect(timingOf({ ...received, status: 'published' }, { ...options, today: '2026-09-30' }).posting).toBe(
      'posted',
    );
  });
});
