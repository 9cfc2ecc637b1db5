import { describe, expect, it } from 'vitest';
import { activityOf, consultationReportTimeliness, dimensionValue } from '#shared/data/activity.ts';
import type { ActivityCounter } from '#shared/domain/activity.ts';
import { parsePeriod, periodContaining, reportPeriodSchema } from '#shared/domain/reports.ts';
import { aggregateReport, sumActivity } from '#shared/reports/aggregate.ts';
import { periodLabel, reportCsv, reportTables } from '#shared/reports/report-tables.ts';

const noHolidays = { holidays: new Set<string>(), workingWeekends: new Set<string>() };
const names = {
  categories: { 'tin-tuc': 'Tin tức', 'kinh-te': 'Kinh tế' },
  editors: { 'local-bientap': 'Nguyễn Văn Biên' },
  agencies: { 'so-tu-phap': 'Sở Tư pháp' },
};

describe('report periods (Vietnam calendar)', () => {
  it('reads a year, a quarter and a month with their first and last days', () => {
    expect(parsePeriod('2026')).toMatchObject({
      kind: 'year',
      from: '2026-01-01',
      to: '2026-12-31',
      months: Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`),
    });
    expect(parsePeriod('2026-Q1')).toMatchObject({
      kind: 'quarter',
      months: ['2026-01', '2026-02', '2026-03'],
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(parsePeriod('2026-Q3')).toMatchObject({
      months: ['2026-07', '2026-08', '2026-09'],
      to: '2026-09-30',
    });
    expect(parsePeriod('2026-Q4')).toMatchObject({
      months: ['2026-10', '2026-11', '2026-12'],
      to: '2026-12-31',
    });
    expect(parsePeriod('2028-02')).toMatchObject({ kind: 'month', months: ['2028-02'], to: '2028-02-29' });
    expect(parsePeriod('2026-02')?.to).toBe('2026-02-28');
  });

  it('refuses what is not a period, with a message in both languages', () => {
    for (const wrong of ['2026-Q0', '2026-Q5', '2026-13', '2026-00', '26', '1999', '2026-7', 'Q3-2026', ''])
      expect(parsePeriod(wrong), wrong).toBeUndefined();
    const parsed = reportPeriodSchema.safeParse('2026-Q5');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('Kỳ báo cáo');
  });

  it('finds the quarter of a month, and counts in the Vietnam month', () => {
    expect(periodContaining('2026-09', 'quarter').id).toBe('2026-Q3');
    expect(periodContaining('2026-10', 'quarter').id).toBe('2026-Q4');
    expect(periodContaining('2026-10', 'year').id).toBe('2026');
    // 30 September, 17:30 UTC is 1 October, 00:30 in Vietnam: the fourth quarter.
    const [counter] = sumActivity([
      activityOf.gazetteIssuePublished({ publishedAt: '2026-09-30T17:30:00Z', documents: 2 }),
    ]);
    expect(counter?.month).toBe('2026-10');
  });
});

describe('what a change counts', () => {
  it('keeps dimension values fit for a key', () => {
    expect(dimensionValue('local-bientap')).toBe('local-bientap');
    expect(dimensionValue('a.b@c')).toBe('a_b_c');
  });

  it('counts a consultation report on time within ten working days of the close', () => {
    // Closed Friday 2 October 2026; ten working days later is Friday 16 October.
    const closesAt = '2026-10-02T10:00:00+07:00';
    expect(
      consultationReportTimeliness({ closesAt, approvedAt: '2026-10-16T16:00:00+07:00' }, noHolidays),
    ).toBe('on-time');
    expect(
      consultationReportTimeliness({ closesAt, approvedAt: '2026-10-19T08:00:00+07:00' }, noHolidays),
    ).toBe('late');
    // A holiday in between moves the due date a day.
    const holiday = { ...noHolidays, holidays: new Set(['2026-10-05']) };
    expect(consultationReportTimeliness({ closesAt, approvedAt: '2026-10-19T08:00:00+07:00' }, holiday)).toBe(
      'on-time',
    );
  });
});

const article = (
  at: string,
  categorySlug: string,
  language: 'vi' | 'en' = 'vi',
  authorId = 'local-bientap',
) => activityOf.articlePublished({ firstPublishedAt: at, language, authorId, categorySlug });

describe('the report from the counters', () => {
  const counters: ActivityCounter[] = [
    ...sumActivity([
      article('2026-07-03T09:00:00+07:00', 'tin-tuc'),
      article('2026-07-04T09:00:00+07:00', 'tin-tuc'),
      article('2026-08-01T09:00:00+07:00', 'kinh-te', 'en', 'local-khac'),
      article('2026-10-01T09:00:00+07:00', 'kinh-te'),
      activityOf.gazetteIssuePublished({ publishedAt: '2026-08-10T09:00:00+07:00', documents: 3 }),
      activityOf.gazetteIssuePublished({ publishedAt: '2026-09-10T09:00:00+07:00', documents: 2 }),
      activityOf.feedbackAnswered({ firstPublishedAt: '2026-07-10T09:00:00+07:00', answeredOnTime: true }),
      activityOf.feedbackAnswered({ firstPublishedAt: '2026-07-11T09:00:00+07:00', answeredOnTime: false }),
      activityOf.feedbackAnswered({ firstPublishedAt: '2026-09-11T09:00:00+07:00', answeredOnTime: true }),
    ]),
    {
      month: '2026-07',
      metric: 'contribution-received',
      dimensions: { agency: 'so-tu-phap' },
      counts: { count: 4 },
    },
    {
      month: '2026-08',
      metric: 'contribution-handled',
      dimensions: { agency: 'so-tu-phap', outcome: 'published' },
      counts: { count: 2, workingDays: 5 },
    },
    {
      month: '2026-08',
      metric: 'contribution-handled',
      dimensions: { agency: 'so-tu-phap', outcome: 'declined' },
      counts: { count: 1, workingDays: 1 },
    },
    {
      month: '2026-09',
      metric: 'information-request-answered',
      dimensions: { agency: 'so-tu-phap', timeliness: 'late' },
      counts: { count: 1 },
    },
    {
      month: '2026-09',
      metric: 'information-request-sent',
      dimensions: { agency: 'so-tu-phap' },
      counts: { count: 2 },
    },
  ];
  const quarter = parsePeriod('2026-Q3');
  if (!quarter) throw new Error('no quarter');
  const report = aggregateReport(quarter, counters, names);

  it('adds up the quarter’s months only, by category, language, editor and month', () => {
    expect(report.articles.total).toBe(3);
    expect(report.articles.byCategory).toEqual([
      { key: 'tin-tuc', name: 'Tin tức', count: 2 },
      { key: 'kinh-te', name: 'Kinh tế', count: 1 },
    ]);
    expect(report.articles.byLanguage).toEqual([
      { key: 'vi', name: 'Tiếng Việt', count: 2 },
      { key: 'en', name: 'English', count: 1 },
    ]);
    // An editor without an account shows as the id it was counted by.
    expect(report.articles.byEditor).toEqual([
      { key: 'local-bientap', name: 'Nguyễn Văn Biên', count: 2 },
      { key: 'local-khac', name: 'local-khac', count: 1 },
    ]);
    expect(report.articles.byMonth).toEqual([
      { month: '2026-07', count: 2 },
      { month: '2026-08', count: 1 },
      { month: '2026-09', count: 0 },
    ]);
  });

  it('gives agencies’ items, requests, the gazette and what was handled on time', () => {
    expect(report.contributions.byAgency).toEqual([
      {
        agency: 'so-tu-phap',
        name: 'Sở Tư pháp',
        received: 4,
        published: 2,
        declined: 1,
        averageWorkingDays: 2,
      },
    ]);
    expect(report.informationRequests.byAgency).toEqual([
      { agency: 'so-tu-phap', name: 'Sở Tư pháp', sent: 2, answered: 1, onTime: 0, late: 1 },
    ]);
    expect(report.gazette).toMatchObject({ issues: 2, documents: 5 });
    expect(report.feedback).toEqual({ total: 3, onTime: 2, late: 1 });
    expect(report.consultations).toEqual({ total: 0, onTime: 0, late: 0 });
  });

  it('is the same whether its months are read apart or together: a year is the sum of its months', () => {
    const year = parsePeriod('2026');
    if (!year) throw new Error('no year');
    const whole = aggregateReport(year, counters, names);
    const months = year.months.map((month) => {
      const period = parsePeriod(month);
      if (!period) throw new Error(month);
      return aggregateReport(period, counters, names);
    });
    expect(months.reduce((sum, month) => sum + month.articles.total, 0)).toBe(whole.articles.total);
    expect(months.reduce((sum, month) => sum + month.gazette.documents, 0)).toBe(whole.gazette.documents);
    expect(months.reduce((sum, month) => sum + month.feedback.onTime, 0)).toBe(whole.feedback.onTime);
    expect(whole.articles.total).toBe(4);
  });

  it('writes CSV with a byte-order mark, one section per table, Vietnamese intact', () => {
    const csv = reportCsv(report, 'vi');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toContain('Quý 3/2026');
    const titles = reportTables(report, 'vi').map((table) => table.title);
    for (const title of titles) expect(lines).toContain(title.includes(',') ? `"${title}"` : title);
    const section = lines.indexOf('Bài viết đã đăng theo chuyên mục');
    expect(lines.slice(section + 1, section + 5)).toEqual([
      'Chuyên mục,Số bài',
      'Tin tức,2',
      'Kinh tế,1',
      'Tổng,3',
    ]);
    expect(lines).toContain('Sở Tư pháp,4,2,1,2');
  });

  it('keeps a name a spreadsheet would run as a formula as text', () => {
    const hostile = aggregateReport(quarter, counters, {
      ...names,
      categories: { ...names.categories, 'tin-tuc': '=HYPERLINK("x")' },
    });
    expect(reportCsv(hostile, 'en')).toContain(`"'=HYPERLINK(""x"")",2`);
  });

  it('names the period in both languages', () => {
    expect(periodLabel(report.period, 'vi')).toBe('Quý 3/2026');
    expect(periodLabel(report.period, 'en')).toBe('Quarter 3 2026');
    const month = parsePeriod('2026-07');
    if (month) expect(periodLabel(month, 'vi')).toBe('Tháng 07/2026');
  });
});
