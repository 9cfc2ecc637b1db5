import * as z from 'zod';
import {
  type ActivityCounter,
  type ActivityDimensions,
  type ActivityEvent,
  type ActivityMetric,
  activityCounterSchema,
  activityDimensionsSchema,
  CONSULTATION_REPORT_WORKING_DAYS,
  type Timeliness,
} from '#shared/domain/activity.ts';
import type { Language } from '#shared/domain/text.ts';
import { dateInVietnam, monthInVietnam } from '#shared/time/vietnam.ts';
import { addWorkingDays, type HolidayCalendar } from '#shared/time/working-days.ts';
import { keys } from './keys.ts';
import { queryAll } from './reads.ts';
import { deleteExisting, incrementCounters, putDerived, type TransactionWrite } from './transactions.ts';

/**
 * The reports' pre-aggregated counters (issue 15). A verb adds `countActivity(...)` to the transaction of
 * the change it counts; a transaction must not count the same metric with the same dimensions twice
 * (DynamoDB refuses two writes to one item): add the increments up first.
 */
export function countActivity(
  at: string,
  metric: ActivityMetric,
  dimensions: ActivityDimensions = {},
  increments: Record<string, number> = { count: 1 },
): TransactionWrite {
  const checked = activityDimensionsSchema.parse(dimensions);
  const month = monthInVietnam(at);
  const sums = Object.fromEntries(Object.entries(increments).map(([name, value]) => [`n_${name}`, value]));
  return incrementCounters(keys.activityCounter(month, metric, checked), sums, {
    itemType: 'ActivityCounter',
    month,
    metric,
    dimensions: checked,
  });
}

/** Every counter of one Vietnam month (`YYYY-MM`): one query, whatever happened that month. */
export async function listActivityOfMonth(month: string): Promise<ActivityCounter[]> {
  const items = await queryAll(
    { partition: { name: 'pk', value: keys.activityMonth(month).pk } },
    z.record(z.string(), z.unknown()),
  );
  return items.map((item) =>
    activityCounterSchema.parse({
      month: item.month,
      metric: item.metric,
      dimensions: item.dimensions,
      counts: Object.fromEntries(
        Object.entries(item)
          .filter(([name]) => name.startsWith('n_'))
          .map(([name, value]) => [name.slice(2), Number(value)]),
      ),
    }),
  );
}

/** The counter write of one fact (`activityOf.*`), for the transaction of the change it counts. */
export const countActivityEvent = (event: ActivityEvent): TransactionWrite =>
  countActivity(event.at, event.metric, event.dimensions, event.increments);

/** An id made fit for a dimension value (ids are slugs or Cognito subs; anything else becomes `_`). */
export const dimensionValue = (value: string): string => value.replace(/[^a-z0-9_-]/gi, '_') || '_';

/**
 * What each change counts, as a function of the record it leaves: the verbs count with it in their
 * transaction, and the recount (shared/reports/recount.ts) applies it to the stored records, so a counter
 * and its recount are one definition (docs/decisions.md 193).
 */
export const activityOf = {
  /** An article's first publication: its category, language and author, in the month it first went live. */
  articlePublished: (article: {
    firstPublishedAt: string;
    language: Language;
    authorId: string;
    categorySlug: string;
  }): ActivityEvent => ({
    at: article.firstPublishedAt,
    metric: 'article-published',
    dimensions: {
      category: article.categorySlug,
      language: article.language,
      editor: dimensionValue(article.authorId),
    },
    increments: { count: 1 },
  }),
  /** A gazette issue made public, with the number of its documents. */
  gazetteIssuePublished: (issue: { publishedAt: string; documents: number }): ActivityEvent => ({
    at: issue.publishedAt,
    metric: 'gazette-issue-published',
    dimensions: {},
    increments: { count: 1, documents: issue.documents },
  }),
  /**
   * A feedback answer published for the first time, on time when answered by its due date (the public
   * statistics' `answeredOnTime`, STATS#FEEDBACK): the same notion, the same month as that publication.
   */
  feedbackAnswered: (answer: { firstPublishedAt: string; answeredOnTime: boolean }): ActivityEvent => ({
    at: answer.firstPublishedAt,
    metric: 'feedback-answered',
    dimensions: { timeliness: answer.answeredOnTime ? 'on-time' : 'late' },
    increments: { count: 1 },
  }),
  /** A consultation's report approved; on time within CONSULTATION_REPORT_WORKING_DAYS of the close. */
  consultationReported: (
    consultation: { closesAt: string; approvedAt: string },
    calendar: HolidayCalendar,
  ): ActivityEvent => ({
    at: consultation.approvedAt,
    metric: 'consultation-reported',
    dimensions: { timeliness: consultationReportTimeliness(consultation, calendar) },
    increments: { count: 1 },
  }),
};

export function consultationReportTimeliness(
  consultation: { closesAt: string; approvedAt: string },
  calendar: HolidayCalendar,
): Timeliness {
  const due = addWorkingDays(
    dateInVietnam(consultation.closesAt),
    CONSULTATION_REPORT_WORKING_DAYS,
    calendar,
  );
  return dateInVietnam(consultation.approvedAt) <= due ? 'on-time' : 'late';
}

const storedCounter = (counter: ActivityCounter) => ({
  ...keys.activityCounter(counter.month, counter.metric, counter.dimensions),
  itemType: 'ActivityCounter',
  month: counter.month,
  metric: counter.metric,
  dimensions: counter.dimensions,
  ...Object.fromEntries(Object.entries(counter.counts).map(([name, value]) => [`n_${name}`, value])),
});

/**
 * The operator's recount (backfill) of a month: each counter set to what the records say, and the counters
 * of the recounted metrics that the records no longer support removed. Not a change of a record: the
 * counters are derived, so they are put whatever was there.
 */
export const activityWrites = {
  put: (counter: ActivityCounter): TransactionWrite => putDerived(storedCounter(counter)),
  remove: (counter: ActivityCounter): TransactionWrite =>
    deleteExisting(keys.activityCounter(counter.month, counter.metric, counter.dimensions)),
};
