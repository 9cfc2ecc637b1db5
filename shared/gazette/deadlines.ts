import { readEnv } from '#shared/config/env.ts';
import { getHolidayCalendar } from '#shared/data/calendar.ts';
import {
  type DocumentTiming,
  type GazetteSettings,
  type LegalDocument,
  type QueuedDocument,
  SUBMISSION_DAYS_AFTER_SIGNING,
} from '#shared/domain/gazette.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { addWorkingDays, type HolidayCalendar } from '#shared/time/working-days.ts';

/**
 * The two deadlines of a submission: the issuing body sends it within 3 days of signing (the law), and
 * the gazette office posts it within the province's setting of working days after receipt
 * (GAZETTE_POSTING_WORKING_DAYS; not confirmed, see docs/decisions.md). Pure but for the calendar.
 */
const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export function timingOf(
  document: Pick<LegalDocument, 'issueDate' | 'submittedAt' | 'status'>,
  options: { postingWorkingDays: number; calendar: HolidayCalendar; today: string },
): DocumentTiming {
  const receivedOn = dateInVietnam(document.submittedAt);
  const daysFromSigning = daysBetween(document.issueDate, receivedOn);
  const postingDueOn = addWorkingDays(receivedOn, options.postingWorkingDays, options.calendar);
  const posting =
    document.status === 'published'
      ? 'posted'
      : options.today > postingDueOn
        ? 'overdue'
        : options.today === postingDueOn
          ? 'due'
          : 'pending';
  return {
    signedOn: document.issueDate,
    receivedOn,
    daysFromSigning,
    lateSubmission: daysFromSigning > SUBMISSION_DAYS_AFTER_SIGNING,
    postingDueOn,
    posting,
  };
}

/** The holidays of the years a set of deadlines can fall in (the admin keeps one calendar a year). */
async function calendarFor(years: number[]): Promise<HolidayCalendar> {
  const holidays = new Set<string>();
  const workingWeekends = new Set<string>();
  for (const year of new Set(years)) {
    const calendar = await getHolidayCalendar(year);
    for (const holiday of calendar?.holidays ?? []) holidays.add(holiday.date);
    for (const weekend of calendar?.workingWeekends ?? []) workingWeekends.add(weekend.date);
  }
  return { holidays, workingWeekends };
}

/** The officer's queue: each document with how it stands against both deadlines. */
export async function withTiming(documents: LegalDocument[], now = new Date()): Promise<QueuedDocument[]> {
  const today = dateInVietnam(now);
  const years = documents.flatMap((document) => {
    const year = Number(dateInVietnam(document.submittedAt).slice(0, 4));
    return [year, year + 1];
  });
  const calendar = await calendarFor(years);
  const postingWorkingDays = readEnv().GAZETTE_POSTING_WORKING_DAYS;
  return documents.map((document) => ({
    ...document,
    timing: timingOf(document, { postingWorkingDays, calendar, today }),
  }));
}

/** The province's gazette rules, for the admin screens (the review checklist, the queue's deadlines). */
export function gazetteSettings(): GazetteSettings {
  const env = readEnv();
  return {
    reviewCriteria: env.GAZETTE_REVIEW_CRITERIA,
    postingWorkingDays: env.GAZETTE_POSTING_WORKING_DAYS,
    submissionDaysAfterSigning: SUBMISSION_DAYS_AFTER_SIGNING,
    issueNumbering: env.GAZETTE_ISSUE_NUMBERING,
  };
}
