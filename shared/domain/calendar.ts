import * as z from 'zod';
import { text } from '#shared/domain/text.ts';
import { versionedSchema, versionSchema } from '#shared/domain/versioned.ts';

/**
 * The year's public holidays and swapped working days, as the government announces them (Tết moves every
 * year; a bridge day off is often paid back with a Saturday). The admin keeps one calendar per year;
 * working-day deadlines (shared/time/working-days.ts) read it.
 */
const daySchema = z.iso.date();

export const holidayCalendarSchema = z.object({
  year: z.number().int().min(2000).max(2200),
  holidays: z
    .array(z.object({ date: daySchema, nameVi: text({ max: 120 }), nameEn: text({ max: 120 }) }))
    .max(60),
  workingWeekends: z
    .array(z.object({ date: daySchema, note: text({ max: 200 }) }))
    .max(20)
    .default([]),
  version: versionSchema,
});
export type HolidayCalendarRecord = z.infer<typeof holidayCalendarSchema>;

export const holidayCalendarInputSchema = holidayCalendarSchema
  .omit({ version: true, year: true })
  .extend({ expectedVersion: versionedSchema.shape.expectedVersion.optional() });
