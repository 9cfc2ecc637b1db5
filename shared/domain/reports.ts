import * as z from 'zod';
import { bilingual, languageSchema } from './text.ts';

/**
 * The reports on the portal's activity (issue 15): a period of the Vietnam calendar (a month, a quarter, a
 * year) read from the monthly activity counters (shared/domain/activity.ts), aggregated into the tables the
 * director and the administrator read, download as CSV and PDF.
 */

export type PeriodKind = 'month' | 'quarter' | 'year';
export type ReportPeriod = {
  /** As written in the query: `2026`, `2026-Q3`, `2026-07`. */
  id: string;
  kind: PeriodKind;
  year: number;
  /** The Vietnam months it covers, oldest first (`YYYY-MM`), at most 12. */
  months: string[];
  /** First and last day (Vietnam calendar dates). */
  from: string;
  to: string;
};

const pad = (value: number) => String(value).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const periodPattern = /^(20\d{2})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** The period a string names, or undefined: `YYYY`, `YYYY-Qn` (n 1–4), `YYYY-MM`. Years 2000–2099. */
export function parsePeriod(value: string): ReportPeriod | undefined {
  const match = periodPattern.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const [kind, first, count]: [PeriodKind, number, number] = match[2]
    ? ['quarter', (Number(match[2]) - 1) * 3 + 1, 3]
    : match[3]
      ? ['month', Number(match[3]), 1]
      : ['year', 1, 12];
  const months = Array.from({ length: count }, (_, index) => `${year}-${pad(first + index)}`);
  const last = first + count - 1;
  return {
    id: value,
    kind,
    year,
    months,
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/** The period of a Vietnam month (`YYYY-MM`) of the given kind: the month, its quarter, its year. */
export function periodContaining(month: string, kind: PeriodKind): ReportPeriod {
  const [year, number] = month.split('-');
  const id =
    kind === 'year' ? `${year}` : kind === 'quarter' ? `${year}-Q${Math.ceil(Number(number) / 3)}` : month;
  const period = parsePeriod(id);
  if (!period) throw new Error(`not a month: ${month}`);
  return period;
}

export const reportPeriodSchema = z
  .string()
  .regex(
    periodPattern,
    bilingual(
      'Kỳ báo cáo là một năm (2026), một quý (2026-Q3) hoặc một tháng (2026-07)',
      'A period is a year (2026), a quarter (2026-Q3) or a month (2026-07)',
    ),
  )
  .transform((value, context) => {
    const period = parsePeriod(value);
    if (period) return period;
    context.addIssue({ code: 'custom', message: 'not a period' });
    return z.NEVER;
  })
  .describe(bilingual('Kỳ báo cáo', 'Period'));

export const reportQuerySchema = z.object({ period: reportPeriodSchema });
/** A download: the period and the language of its headings (Vietnamese unless asked). */
export const reportDownloadQuerySchema = reportQuerySchema.extend({ lang: languageSchema.default('vi') });

/** One line of a breakdown: what it counts (`key`: a slug or id), its name, the number. */
export const reportRowSchema = z.object({ key: z.string(), name: z.string(), count: z.number().int() });
export type ReportRow = z.infer<typeof reportRowSchema>;

const onTimeSchema = z.object({ total: z.number().int(), onTime: z.number().int(), late: z.number().int() });

export const activityReportSchema = z.object({
  period: z.object({
    id: z.string(),
    kind: z.enum(['month', 'quarter', 'year']),
    year: z.number().int(),
    months: z.array(z.string()),
    from: z.string(),
    to: z.string(),
  }),
  articles: z.object({
    total: z.number().int(),
    byCategory: z.array(reportRowSchema),
    byLanguage: z.array(reportRowSchema.extend({ key: languageSchema })),
    byEditor: z.array(reportRowSchema),
    byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  }),
  contributions: z.object({
    byAgency: z.array(
      z.object({
        agency: z.string(),
        name: z.string(),
        received: z.number().int(),
        published: z.number().int(),
        declined: z.number().int(),
        /** Working days from receipt to publication or refusal, on average; null when none was handled. */
        averageWorkingDays: z.number().nullable(),
      }),
    ),
    received: z.number().int(),
    handled: z.number().int(),
    averageWorkingDays: z.number().nullable(),
  }),
  informationRequests: z.object({
    byAgency: z.array(
      z.object({
        agency: z.string(),
        name: z.string(),
        sent: z.number().int(),
        answered: z.number().int(),
        onTime: z.number().int(),
        late: z.number().int(),
      }),
    ),
    sent: z.number().int(),
    answered: onTimeSchema,
  }),
  gazette: z.object({
    issues: z.number().int(),
    documents: z.number().int(),
    byMonth: z.array(z.object({ month: z.string(), issues: z.number().int(), documents: z.number().int() })),
  }),
  feedback: onTimeSchema,
  consultations: onTimeSchema,
});
export type ActivityReport = z.infer<typeof activityReportSchema>;

/** The operator's recount (backfill) of a period's counters from the records. */
export const recountInputSchema = z.object({ period: reportPeriodSchema });
