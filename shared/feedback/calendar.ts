import { recordAudit } from '#shared/data/audit.ts';
import { calendarWrites, getHolidayCalendar, loadWorkingCalendar } from '#shared/data/calendar.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor } from '#shared/domain/audit.ts';
import type { HolidayCalendarRecord } from '#shared/domain/calendar.ts';
import { errors, VersionConflict } from '#shared/domain/errors.ts';
import type { HolidayCalendar } from '#shared/time/working-days.ts';

/** The working calendar deadlines are counted on (shared/data/calendar.ts). */
export const workingCalendar = (): Promise<HolidayCalendar> => loadWorkingCalendar();

/** Creates or replaces a year's calendar; every date must fall in that year. */
export async function saveHolidayCalendar(
  actor: Actor,
  year: number,
  input: Omit<HolidayCalendarRecord, 'year' | 'version'> & { expectedVersion?: number | undefined },
): Promise<HolidayCalendarRecord> {
  const outside = [
    ...input.holidays.map((holiday, index) => ({ date: holiday.date, path: `holidays.${index}.date` })),
    ...input.workingWeekends.map((day, index) => ({ date: day.date, path: `workingWeekends.${index}.date` })),
  ].filter((day) => !day.date.startsWith(`${year}-`));
  if (outside.length > 0) {
    throw errors.validation(
      outside.map((day) => ({
        path: day.path,
        messageVi: `Ngày ${day.date} không thuộc năm ${year}`,
        messageEn: `${day.date} is not in ${year}`,
      })),
    );
  }
  const current = await getHolidayCalendar(year);
  if (current && input.expectedVersion === undefined) throw new VersionConflict(`calendar ${year} exists`);
  const calendar: HolidayCalendarRecord = {
    year,
    holidays: [...input.holidays].sort((a, b) => a.date.localeCompare(b.date)),
    workingWeekends: [...input.workingWeekends].sort((a, b) => a.date.localeCompare(b.date)),
    version: (input.expectedVersion ?? 0) + 1,
  };
  await runTransaction([
    current && input.expectedVersion !== undefined
      ? calendarWrites.replace(calendar, input.expectedVersion)
      : calendarWrites.create(calendar),
    recordAudit({ type: 'HolidayCalendar', id: String(year) }, actor, current ? 'update' : 'create', {
      note: `${calendar.holidays.length} ngày nghỉ, ${calendar.workingWeekends.length} ngày làm bù`,
    }),
  ]);
  return calendar;
}
