import type { ActivityCounter, ActivityEvent } from '#shared/domain/activity.ts';
import type { ActivityReport, ReportPeriod, ReportRow } from '#shared/domain/reports.ts';
import { monthInVietnam } from '#shared/time/vietnam.ts';

/**
 * Pure: the report of a period from its months' counters, and the counters from counted facts (the
 * recount). No I/O; names come resolved (`ReportNames`), an unknown key shows as itself.
 */
export type ReportNames = {
  categories: Record<string, string>;
  editors: Record<string, string>;
  agencies: Record<string, string>;
};

const languageNames = { vi: 'Tiếng Việt', en: 'English' } as const;

/** The sums of the counters that match, by one dimension's value. */
function sumBy(counters: ActivityCounter[], dimension: string, sum = 'count'): Map<string, number> {
  const totals = new Map<string, number>();
  for (const counter of counters) {
    const key = counter.dimensions[dimension] ?? '';
    totals.set(key, (totals.get(key) ?? 0) + (counter.counts[sum] ?? 0));
  }
  return totals;
}

const total = (counters: ActivityCounter[], sum = 'count') =>
  counters.reduce((value, counter) => value + (counter.counts[sum] ?? 0), 0);

/** Rows sorted by count (largest first), then by name in Vietnamese order. */
function rows(totals: Map<string, number>, names: Record<string, string>): ReportRow[] {
  return [...totals]
    .map(([key, count]) => ({ key, name: names[key] ?? key, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
}

const average = (sum: number, count: number) => (count === 0 ? null : Math.round((sum / count) * 10) / 10);

const onTime = (counters: ActivityCounter[]) => {
  const byTimeliness = sumBy(counters, 'timeliness');
  const early = byTimeliness.get('on-time') ?? 0;
  const late = byTimeliness.get('late') ?? 0;
  return { total: early + late, onTime: early, late };
};

export function aggregateReport(
  period: ReportPeriod,
  counters: ActivityCounter[],
  names: ReportNames,
): ActivityReport {
  const inPeriod = counters.filter((counter) => period.months.includes(counter.month));
  const of = (metric: ActivityCounter['metric']) => inPeriod.filter((counter) => counter.metric === metric);
  const articles = of('article-published');
  const received = of('contribution-received');
  const handled = of('contribution-handled');
  const sent = of('information-request-sent');
  const answered = of('information-request-answered');
  const issues = of('gazette-issue-published');

  const agencyIds = [...new Set([...received, ...handled].map((counter) => counter.dimensions.agency ?? ''))];
  const contributionRows = agencyIds
    .map((agency) => {
      const mine = (list: ActivityCounter[]) =>
        list.filter((counter) => counter.dimensions.agency === agency);
      const outcomes = sumBy(mine(handled), 'outcome');
      return {
        agency,
        name: names.agencies[agency] ?? agency,
        received: total(mine(received)),
        published: outcomes.get('published') ?? 0,
        declined: outcomes.get('declined') ?? 0,
        averageWorkingDays: average(total(mine(handled), 'workingDays'), total(mine(handled))),
      };
    })
    .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'vi'));

  const requestAgencies = [
    ...new Set([...sent, ...answered].map((counter) => counter.dimensions.agency ?? '')),
  ];
  const requestRows = requestAgencies
    .map((agency) => {
      const mine = (list: ActivityCounter[]) =>
        list.filter((counter) => counter.dimensions.agency === agency);
      const timely = onTime(mine(answered));
      return {
        agency,
        name: names.agencies[agency] ?? agency,
        sent: total(mine(sent)),
        answered: timely.total,
        onTime: timely.onTime,
        late: timely.late,
      };
    })
    .sort((a, b) => b.sent - a.sent || a.name.localeCompare(b.name, 'vi'));

  return {
    period: { ...period, months: [...period.months] },
    articles: {
      total: total(articles),
      byCategory: rows(sumBy(articles, 'category'), names.categories),
      byLanguage: rows(sumBy(articles, 'language'), languageNames).map((row) => ({
        ...row,
        key: row.key === 'en' ? 'en' : 'vi',
      })),
      byEditor: rows(sumBy(articles, 'editor'), names.editors),
      byMonth: period.months.map((month) => ({
        month,
        count: total(articles.filter((counter) => counter.month === month)),
      })),
    },
    contributions: {
      byAgency: contributionRows,
      received: total(received),
      handled: total(handled),
      averageWorkingDays: average(total(handled, 'workingDays'), total(handled)),
    },
    informationRequests: { byAgency: requestRows, sent: total(sent), answered: onTime(answered) },
    gazette: {
      issues: total(issues),
      documents: total(issues, 'documents'),
      byMonth: period.months.map((month) => {
        const ofMonth = issues.filter((counter) => counter.month === month);
        return { month, issues: total(ofMonth), documents: total(ofMonth, 'documents') };
      }),
    },
    feedback: onTime(of('feedback-answered')),
    consultations: onTime(of('consultation-reported')),
  };
}

/** The identity of a counter: its month, metric and dimensions (in key order). */
export const counterIdentity = (counter: Pick<ActivityCounter, 'month' | 'metric' | 'dimensions'>) =>
  [
    counter.month,
    counter.metric,
    ...Object.keys(counter.dimensions)
      .sort()
      .map((name) => `${name}=${counter.dimensions[name]}`),
  ].join('#');

/** The counters that counted facts add up to, as the transactions would have left them. */
export function sumActivity(events: ActivityEvent[]): ActivityCounter[] {
  const counters = new Map<string, ActivityCounter>();
  for (const event of events) {
    const month = monthInVietnam(event.at);
    const identity = counterIdentity({ month, metric: event.metric, dimensions: event.dimensions });
    const counter = counters.get(identity) ?? {
      month,
      metric: event.metric,
      dimensions: event.dimensions,
      counts: {},
    };
    for (const [name, value] of Object.entries(event.increments))
      counter.counts[name] = (counter.counts[name] ?? 0) + value;
    counters.set(identity, counter);
  }
  return [...counters.values()].sort((a, b) => counterIdentity(a).localeCompare(counterIdentity(b)));
}
