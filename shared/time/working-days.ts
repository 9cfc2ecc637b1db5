import { dateInVietnam } from './vietnam.ts';

/**
 * Working days in the province's administration: Monday to Friday, except public holidays. The holiday
 * calendar is data the admin maintains per year (Tết moves every year, and the government decides the
 * days off and any swapped working days each year), so every function here takes it.
 *
 * Days are calendar dates in Vietnam, `YYYY-MM-DD`; they never carry a time or a zone.
 */
export type IsoDate = string;

export type HolidayCalendar = {
  /** Days off that would otherwise be working days (public holidays, Tết, compensatory days). */
  holidays: ReadonlySet<IsoDate>;
  /** Weekend days declared working days (a Saturday worked in exchange for a bridge day). */
  workingWeekends?: ReadonlySet<IsoDate>;
};

const DAY_MS = 86_400_000;

function parse(day: IsoDate): number {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a date: ${day}`);
  return time;
}
const format = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10);

export function addDays(day: IsoDate, count: number): IsoDate {
  return format(parse(day) + count * DAY_MS);
}

export function isWorkingDay(day: IsoDate, calendar: HolidayCalendar): boolean {
  if (calendar.workingWeekends?.has(day)) return true;
  const weekday = new Date(parse(day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !calendar.holidays.has(day);
}

/**
 * The day a period of `count` working days that starts the day after `from` ends on: a request received on
 * a Friday with 5 working days to answer is due the next Friday (or later, across holidays). `from` itself
 * does not count, whatever day it is.
 */
export function addWorkingDays(from: IsoDate, count: number, calendar: HolidayCalendar): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new Error(`not a number of days: ${count}`);
  let day = from;
  for (let left = count; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** The working day `count` working days before `day` (a reminder ahead of a deadline). */
export function subtractWorkingDays(day: IsoDate, count: number, calendar: HolidayCalendar): IsoDate {
  let current = day;
  for (let left = count; left > 0; ) {
    current = addDays(current, -1);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

/**
 * Working days from `from` to `to`: the days after `from` up to and including `to` that are working days
 * (0 when answered the same day or on a day off after it). Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number {
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}

/** The working-day count from an instant's day in Vietnam to another's. */
export function workingDaysBetweenInstants(from: string, to: string, calendar: HolidayCalendar): number {
  return workingDaysBetween(dateInVietnam(from), dateInVietnam(to), calendar);
}

/** The last moment of a day in Vietnam (23:59:59.999 +07:00) as an ISO instant: when a deadline passes. */
export function endOfDayInVietnam(day: IsoDate): string {
  return new Date(parse(day) + DAY_MS - 7 * 3_600_000 - 1).toISOString();
}

/** 08:00 of a day in Vietnam as an ISO instant: when a reminder for that day goes out. */
export function morningInVietnam(day: IsoDate): string {
  return new Date(parse(day) + 1 * 3_600_000).toISOString();
}
