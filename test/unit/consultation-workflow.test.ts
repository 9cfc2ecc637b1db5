import { describe, expect, it } from 'vitest';
import {
  countsByAnchor,
  decide,
  decideComment,
  isShortPeriod,
  periodAt,
  transitions,
} from '#shared/consultation/workflow.ts';
import { consultationStatusSchema } from '#shared/domain/consultation.ts';
import { InvalidTransition } from '#shared/domain/errors.ts';

describe('consultation workflow decisions', () => {
  it('follows the transition table and refuses everything else', () => {
    for (const [action, rule] of Object.entries(transitions)) {
      for (const status of consultationStatusSchema.options) {
        const act = () => decide({ status }, action as keyof typeof transitions);
        if (rule.from.includes(status)) expect(act()).toBe(rule.to);
        else expect(act).toThrow(InvalidTransition);
      }
    }
    expect(decide({ status: 'report-submitted' }, 'return-report')).toBe('closed');
  });

  it('moderates a comment once', () => {
    expect(decideComment({ status: 'pending' }, 'publish')).toBe('published');
    expect(decideComment({ status: 'pending' }, 'reject')).toBe('rejected');
    expect(() => decideComment({ status: 'published' }, 'reject')).toThrow(InvalidTransition);
    expect(() => decideComment({ status: 'rejected' }, 'publish')).toThrow(InvalidTransition);
  });

  it('takes comments in [opensAt, closesAt) by the clock, whatever the schedules did', () => {
    // 08:00 on 1 December to 17:00 on 31 December 2026, Vietnam time.
    const period = { opensAt: '2026-12-01T08:00:00+07:00', closesAt: '2026-12-31T17:00:00+07:00' };
    const at = (iso: string) => new Date(iso);
    expect(periodAt({ ...period, status: 'scheduled' }, at('2026-12-01T00:59:59Z'))).toBe('not-yet-open');
    // The opening schedule is late: the clock already opens it.
    expect(periodAt({ ...period, status: 'scheduled' }, at('2026-12-01T01:00:00Z'))).toBe('open');
    expect(periodAt({ ...period, status: 'open' }, at('2026-12-31T09:59:59Z'))).toBe('open');
    // 17:00 in Vietnam is 10:00 UTC: the period is over, though the closing schedule has not fired.
    expect(periodAt({ ...period, status: 'open' }, at('2026-12-31T10:00:00Z'))).toBe('closed');
    expect(periodAt({ ...period, status: 'closed' }, at('2026-12-15T00:00:00Z'))).toBe('closed');
  });

  it('warns of a period shorter than the minimum', () => {
    expect(isShortPeriod('2026-12-01T08:00:00+07:00', '2026-12-21T08:00:00+07:00', 20)).toBe(false);
    expect(isShortPeriod('2026-12-01T08:00:00+07:00', '2026-12-21T07:59:00+07:00', 20)).toBe(true);
  });

  it('counts only published comments, per part', () => {
    expect(
      countsByAnchor([
        { anchor: 'dieu-1', status: 'published' },
        { anchor: 'dieu-1', status: 'published' },
        { anchor: 'dieu-1', status: 'rejected' },
        { anchor: 'toan-van', status: 'pending' },
        { anchor: 'dieu-2-khoan-1', status: 'published' },
      ]),
    ).toEqual({ 'dieu-1': 2, 'dieu-2-khoan-1': 1 });
  });
});
