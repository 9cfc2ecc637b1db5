import { describe, expect, it } from 'vitest';
import {
  dateInVietnam,
  formatDateTime,
  isoToVietnamLocal,
  monthInVietnam,
  vietnamLocalToIso,
  yearInVietnam,
} from '#shared/time/vietnam.ts';

describe('Vietnam time', () => {
  it('puts an instant on the calendar day, month and year it is in Vietnam (UTC+7)', () => {
    // 17:30 UTC on 31 December is 00:30 on 1 January in Vietnam.
    const newYear = '2026-12-31T17:30:00.000Z';
    expect(dateInVietnam(newYear)).toBe('2027-01-01');
    expect(monthInVietnam(newYear)).toBe('2027-01');
    expect(yearInVietnam(newYear)).toBe(2027);
    expect(dateInVietnam('2026-12-31T16:59:59.000Z')).toBe('2026-12-31');
  });

  it('maps a datetime-local value to an instant and back', () => {
    expect(vietnamLocalToIso('2026-11-20T08:30')).toBe('2026-11-20T08:30:00+07:00');
    expect(vietnamLocalToIso('20/11/2026 08:30')).toBeUndefined();
    expect(isoToVietnamLocal(new Date('2026-11-20T01:30:00.000Z'))).toBe('2026-11-20T08:30');
  });

  it('formats staff dates in Vietnam time and shows an unreadable value as it is', () => {
    expect(formatDateTime('2026-11-20T01:30:00.000Z', 'vi')).toContain('08:30');
    expect(formatDateTime('không phải ngày', 'en')).toBe('không phải ngày');
    expect(formatDateTime(undefined, 'vi')).toBe('');
  });
});
