import * as z from 'zod';

/**
 * The portal's activity as the reports count it (issue 15): one counter per Vietnam month, metric and
 * dimensions, kept in the same transaction as the change it counts, so a year's report reads twelve months
 * of counters whatever happened in them.
 */
export const activityMetricSchema = z.enum([
  /** An article went live for the first time. Dimensions: category, language, editor (the author's id). */
  'article-published',
  /** An agency's contribution reached the portal. Dimensions: agency. */
  'contribution-received',
  /** A contribution was published or declined. Dimensions: agency, outcome; increments also `workingDays`. */
  'contribution-handled',
  /** The portal asked an agency for information. Dimensions: agency. */
  'information-request-sent',
  /** An agency answered a request. Dimensions: agency, timeliness (`on-time` | `late`). */
  'information-request-answered',
  /** A gazette issue was published. No dimensions; increments also `documents`. */
  'gazette-issue-published',
  /** A feedback was answered. Dimensions: timeliness. */
  'feedback-answered',
  /** A consultation closed with its report. Dimensions: timeliness. */
  'consultation-reported',
]);
export type ActivityMetric = z.infer<typeof activityMetricSchema>;

/** Dimension values are slugs or ids (they become part of a key), never free text. */
export const activityDimensionsSchema = z.record(z.string(), z.string().regex(/^[a-z0-9_-]+$/i));
export type ActivityDimensions = z.infer<typeof activityDimensionsSchema>;

/** One stored counter: the sums of one metric with one set of dimension values in one month. */
export const activityCounterSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  metric: activityMetricSchema,
  dimensions: activityDimensionsSchema,
  /** `count` always; some metrics add sums (e.g. `workingDays` taken, `documents` in an issue). */
  counts: z.record(z.string(), z.number()),
});
export type ActivityCounter = z.infer<typeof activityCounterSchema>;

/**
 * One counted fact: what a change adds to the counters (`countActivityEvent` in its transaction) and what
 * the recount finds in the records (shared/reports/recount.ts). Both build it with the same function of
 * `shared/data/activity.ts` (`activityOf`), so the two cannot drift apart.
 */
export type ActivityEvent = {
  at: string;
  metric: ActivityMetric;
  dimensions: ActivityDimensions;
  increments: Record<string, number>;
};

/**
 * A consultation's disposition report is on time when the officer approves it within this many working
 * days after the period closed (docs/decisions.md 194).
 */
export const CONSULTATION_REPORT_WORKING_DAYS = 10;

/** `on-time` or `late` against a deadline (feedback answers, consultation reports, information requests). */
export const timelinessSchema = z.enum(['on-time', 'late']);
export type Timeliness = z.infer<typeof timelinessSchema>;
