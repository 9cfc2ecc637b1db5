import { type HolidayCalendarRecord, holidayCalendarSchema } from '#shared/domain/calendar.ts';
import type { HolidayCalendar } from '#shared/time/working-days.ts';
import { keys } from './keys.ts';
import { getItem, queryAll } from './reads.ts';
import { createItem, replaceVersioned } from './transactions.ts';

/** Storage of the holiday calendars, one item per year. */
const calendarItem = (calendar: HolidayCalendarRecord) => ({
  ...keys.holidayCalendar(calendar.year),
  itemType: 'HolidayCalendar',
  ...calendar,
});

export const calendarWrites = {
  create: (calendar: HolidayCalendarRecord) => createItem(calendarItem(calendar)),
  replace: (calendar: HolidayCalendarRecord, expectedVersion: number) =>
    replaceVersioned(calendarItem(calendar), expectedVersion),
};

export const getHolidayCalendar = (year: number) =>
  getItem(keys.holidayCalendar(year), holidayCalendarSchema);

export async function listHolidayCalendars(): Promise<HolidayCalendarRecord[]> {
  const prefix = keys.holidayCalendars();
  return queryAll(
    { partition: { name: 'pk', value: prefix.pk }, sortBeginsWith: { name: 'sk', value: prefix.skPrefix } },
    holidayCalendarSchema,
  );
}

/**
 * The working calendar deadlines are counted on: every year's holidays the admin keeps, in one read. A year
 * without a calendar counts weekends only (and the admin screen shows which years are missing).
 */
export async function loadWorkingCalendar(): Promise<HolidayCalendar> {
  const years = await listHolidayCalendars();
  return {
    holidays: new Set(years.flatMap((year) => year.holidays.map((holiday) => holiday.date))),
    workingWeekends: new Set(years.flatMap((year) => year.workingWeekends.map((day) => day.date))),
  };
}
