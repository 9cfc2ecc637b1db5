import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  endOfDayInVietnam,
  type HolidayCalendar,
  isWorkingDay,
  morningInVietnam,
  subtractWorkingDays,
  workingDaysBetween,
  workingDaysBetweenInstants,
} from '#shared/time/working-days.ts';

/** Tết Bính Ngọ 2026: the nine days off from Saturday 14 to Sunday 22 February (weekdays listed). */
const tet2026: HolidayCalendar = {
  holidays: new Set(['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']),
};
const none: HolidayCalendar = { holidays: new Set() };

describe('working days (Monday to Friday, less the holidays the admin keeps)', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2026-11-27', none)).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28', none)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29', none)).toBe(false); // Sunday
    // Received on Friday 27 November: 5 working days end on Friday 4 December.
    expect(addWorkingDays('2026-11-27', 5, none)).toBe('2026-12-04');
    // Received on a Sunday: the period starts on Monday.
    expect(addWorkingDays('2026-11-29', 1, none)).toBe('2026-11-30');
  });

  it('runs a deadline across Tết', () => {
    // Received Thursday 12 February 2026: Friday 13 is day 1, then Tết; days 2–5 are 23–26 February.
    expect(addWorkingDays('2026-02-12', 5, tet2026)).toBe('2026-02-26');
    expect(workingDaysBetween('2026-02-12', '2026-02-26', tet2026)).toBe(5);
    expect(addWorkingDays('2026-02-12', 15, tet2026)).toBe('2026-03-12');
    expect(isWorkingDay('2026-02-18', tet2026)).toBe(false);
  });

  it('counts a worked Saturday that the government swapped for a bridge day', () => {
    const swapped: HolidayCalendar = {
      holidays: new Set(['2026-04-27']),
      workingWeekends: new Set(['2026-04-25']),
    };
    expect(isWorkingDay('2026-04-25', swapped)).toBe(true);
    expect(addWorkingDays('2026-04-24', 1, swapped)).toBe('2026-04-25');
  });

  it('counts back for reminders and between dates either way', () => {
    expect(subtractWorkingDays('2026-02-26', 2, tet2026)).toBe('2026-02-24');
    expect(subtractWorkingDays('2026-02-23', 1, tet2026)).toBe('2026-02-13');
    expect(workingDaysBetween('2026-11-30', '2026-11-30', none)).toBe(0);
    expect(workingDaysBetween('2026-12-04', '2026-11-27', none)).toBe(-5);
  });

  it('reads instants on Vietnam’s calendar', () => {
    // 18:00 UTC on Thursday 12 February is Friday 13 February, 01:00 in Vietnam.
    expect(workingDaysBetweenInstants('2026-02-12T18:00:00Z', '2026-02-23T03:00:00Z', tet2026)).toBe(1);
    expect(endOfDayInVietnam('2026-02-26')).toBe('2026-02-26T16:59:59.999Z');
    expect(morningInVietnam('2026-02-26')).toBe('2026-02-26T01:00:00.000Z');
  });

  it('refuses what is not a date or a count', () => {
    expect(() => addWorkingDays('26/02/2026', 1, none)).toThrow();
    expect(() => addWorkingDays('2026-02-26', -1, none)).toThrow();
  });
});
