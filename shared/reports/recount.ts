import { activityOf, activityWrites, listActivityOfMonth } from '#shared/data/activity.ts';
import { listArticles } from '#shared/data/articles.ts';
import { workingCalendar } from '#shared/data/calendar.ts';
import { listConsultations } from '#shared/data/consultations.ts';
import { listPublishedFeedback } from '#shared/data/feedback.ts';
import { listIssues } from '#shared/data/gazette.ts';
import { runTransaction, type TransactionWrite } from '#shared/data/transactions.ts';
import type { ActivityCounter, ActivityEvent, ActivityMetric } from '#shared/domain/activity.ts';
import type { Article } from '#shared/domain/article.ts';
import type { ReportPeriod } from '#shared/domain/reports.ts';
import { monthInVietnam } from '#shared/time/vietnam.ts';
import { counterIdentity, sumActivity } from './aggregate.ts';

/**
 * The recount: the counters of a period computed again from the records themselves, with the same
 * functions the verbs count with (`activityOf`). It proves the counters (test/integration/reports.test.ts)
 * and backfills the months that predate them (`backfillActivity`, docs/operations.md). Its cost grows
 * with the records, unlike the report's: an operator's tool, not a screen's.
 *
 * A kind of record plugs in with one `RecountKind`: the metrics it owns and the facts it finds in a set of
 * months (agencies' contributions and information requests join here when they land).
 */
export type RecountKind = {
  name: string;
  metrics: readonly ActivityMetric[];
  /** Every fact of these metrics whose instant falls in one of `months` (Vietnam `YYYY-MM`). */
  facts: (months: ReadonlySet<string>) => Promise<ActivityEvent[]>;
};

const inMonths = (months: ReadonlySet<string>, at: string | undefined): at is string =>
  at !== undefined && months.has(monthInVietnam(at));

async function allArticleHeads(): Promise<Article[]> {
  const heads: Article[] = [];
  let cursor: string | undefined;
  do {
    const page = await listArticles({ limit: 100, ...(cursor ? { cursor } : {}) });
    heads.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return heads;
}

export const articlesKind: RecountKind = {
  name: 'articles',
  metrics: ['article-published'],
  // The heads, not the public projection: a withdrawn article was published all the same.
  facts: async (months) =>
    (await allArticleHeads()).flatMap((article) =>
      inMonths(months, article.firstPublishedAt) && article.listing
        ? [
            activityOf.articlePublished({
              firstPublishedAt: article.firstPublishedAt,
              language: article.language,
              authorId: article.authorId,
              categorySlug: article.listing.categorySlug,
            }),
          ]
        : [],
    ),
};

export const gazetteKind: RecountKind = {
  name: 'gazette',
  metrics: ['gazette-issue-published'],
  facts: async (months) =>
    (await listIssues('published')).flatMap((issue) =>
      inMonths(months, issue.publishedAt)
        ? [
            activityOf.gazetteIssuePublished({
              publishedAt: issue.publishedAt,
              documents: issue.entries.length,
            }),
          ]
        : [],
    ),
};

export const feedbackKind: RecountKind = {
  name: 'feedback',
  metrics: ['feedback-answered'],
  facts: async (months) =>
    (await listPublishedFeedback({ kind: 'all' }, 0, 99_999_999)).flatMap((answer) =>
      inMonths(months, answer.firstPublishedAt) ? [activityOf.feedbackAnswered(answer)] : [],
    ),
};

export const consultationsKind: RecountKind = {
  name: 'consultations',
  metrics: ['consultation-reported'],
  facts: async (months) => {
    const calendar = await workingCalendar();
    return (await listConsultations()).flatMap((consultation) => {
      const approvedAt = consultation.report?.approvedAt;
      return inMonths(months, approvedAt)
        ? [activityOf.consultationReported({ closesAt: consultation.closesAt, approvedAt }, calendar)]
        : [];
    });
  },
};

/** The kinds recounted today. */
export const recountKinds: readonly RecountKind[] = [
  articlesKind,
  gazetteKind,
  feedbackKind,
  consultationsKind,
];

/** The counters the records of `period` add up to, for the metrics of `kinds`. */
export async function recountActivity(
  period: Pick<ReportPeriod, 'months'>,
  kinds: readonly RecountKind[] = recountKinds,
): Promise<ActivityCounter[]> {
  const months = new Set(period.months);
  const facts = await Promise.all(kinds.map((kind) => kind.facts(months)));
  return sumActivity(facts.flat());
}

export type BackfillOutcome = { month: string; written: number; removed: number }[];

/**
 * The operator's backfill: each month of the period gets the counters its records add up to, for the
 * recounted kinds' metrics (the other metrics' counters stay as they are). Idempotent; run it when nothing
 * else counts in those months or run it again after (a count made meanwhile is recounted then).
 */
export async function backfillActivity(
  period: Pick<ReportPeriod, 'months'>,
  kinds: readonly RecountKind[] = recountKinds,
): Promise<BackfillOutcome> {
  const recounted = new Set(kinds.flatMap((kind) => kind.metrics));
  const counters = await recountActivity(period, kinds);
  const outcome: BackfillOutcome = [];
  for (const month of period.months) {
    const wanted = counters.filter((counter) => counter.month === month);
    const keep = new Set(wanted.map(counterIdentity));
    const stale = (await listActivityOfMonth(month)).filter(
      (counter) => recounted.has(counter.metric) && !keep.has(counterIdentity(counter)),
    );
    const writes: TransactionWrite[] = [
      ...wanted.map(activityWrites.put),
      ...stale.map(activityWrites.remove),
    ];
    // Derived items: written in transactions of up to 100, each month on its own.
    for (let start = 0; start < writes.length; start += 100)
      await runTransaction(writes.slice(start, start + 100));
    outcome.push({ month, written: wanted.length, removed: stale.length });
  }
  return outcome;
}
