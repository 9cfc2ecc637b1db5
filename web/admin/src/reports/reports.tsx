import { useState } from 'preact/hooks';
import { type ActivityReport, parsePeriod, periodContaining } from '#shared/domain/reports.ts';
import { monthInVietnam, yearInVietnam } from '#shared/time/vietnam.ts';
import { reportsApi } from '../api/reports.ts';
import { BarChart, type ChartRow } from '../components/bar-chart.tsx';
import { downloadBlob } from '../components/download.ts';
import { formatDate } from '../components/format.ts';
import { PeriodPicker } from '../components/period-picker.tsx';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import {
  ActionButton,
  ErrorNotice,
  Forbidden,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import { useReportsWords } from './i18n.ts';

/**
 * The reports on the portal's activity (issue 15), for the director and the administrator: a period
 * (kept in the URL, `?period=2026-Q3`; the current quarter by default), its key figures, a chart with its
 * table for each breakdown, and the CSV and PDF of the same report.
 */
export function ReportsScreen(props: { query: URLSearchParams }) {
  const { r, lang } = useReportsWords();
  const { session } = useSession();
  useDocumentTitle(r('reportsTitle'));
  const allowed = can.readReports(session.principal);
  const now = new Date();
  const asked = props.query.get('period') ?? '';
  const period = parsePeriod(asked) ?? periodContaining(monthInVietnam(now), 'quarter');
  const { resource, refresh } = useResource(
    () => (allowed ? reportsApi.get(period.id) : Promise.resolve(undefined)),
    [allowed, period.id],
  );
  const [busy, setBusy] = useState<'csv' | 'pdf' | undefined>();
  const [downloadError, setDownloadError] = useState<unknown>();
  const [downloaded, setDownloaded] = useState<string>();
  if (!allowed) return <Forbidden />;

  const number = (value: number) => value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const label = (id: string) => {
    const shown = parsePeriod(id);
    if (!shown) return id;
    if (shown.kind === 'year') return `${r('kind_year')} ${shown.year}`;
    const part = shown.kind === 'quarter' ? id.slice(-1) : id.slice(5);
    return lang === 'vi'
      ? `${r(`kind_${shown.kind}`)} ${part}/${shown.year}`
      : `${r(`kind_${shown.kind}`)} ${part} ${shown.year}`;
  };
  const download = async (format: 'csv' | 'pdf') => {
    setBusy(format);
    setDownloadError(undefined);
    try {
      const file = `bao-cao-hoat-dong-${period.id}.${format}`;
      downloadBlob(await reportsApi.download(period.id, format, lang), file);
      setDownloaded(r('downloaded', { file }));
    } catch (error) {
      setDownloadError(error);
    } finally {
      setBusy(undefined);
    }
  };
  const thisYear = yearInVietnam(now);
  const years = Array.from({ length: 8 }, (_, index) => thisYear - index);
  const report = resource.state === 'ready' ? resource.value : undefined;

  return (
    <>
      <PageTitle>{r('reportsTitle')}</PageTitle>
      <p class="intro">{r('reportsIntro')}</p>
      <PeriodPicker
        id="report-period"
        value={period.id}
        years={years.includes(period.year) ? years : [period.year, ...years]}
        words={{
          legend: r('periodLegend'),
          kinds: { month: r('pick_month'), quarter: r('pick_quarter'), year: r('pick_year') },
          year: r('year'),
          month: r('month'),
          quarter: r('quarter'),
          monthName: (month) => r('monthName', { month }),
          quarterName: (quarter) => r('quarterName', { quarter }),
          apply: r('apply'),
        }}
        onApply={(id) => navigate(paths.reports(new URLSearchParams({ period: id })))}
      />
      <h2>{r('heading', { period: label(period.id) })}</h2>
      <p>{r('range', { from: formatDate(period.from), to: formatDate(period.to) })}</p>
      <p class="actions">
        <ActionButton emphasis="secondary" busy={busy === 'csv'} onClick={() => download('csv')}>
          {r('downloadCsv')}
        </ActionButton>
        <ActionButton emphasis="secondary" busy={busy === 'pdf'} onClick={() => download('pdf')}>
          {r('downloadPdf')}
        </ActionButton>
      </p>
      {downloadError ? <ErrorNotice error={downloadError} focus /> : null}
      <StatusMessage message={downloaded} />
      <ResourceStatus resource={resource} onRetry={refresh} />
      {report && report.period.id === period.id ? <ReportBody report={report} number={number} /> : null}
    </>
  );
}

function ReportBody(props: { report: ActivityReport; number: (value: number) => string }) {
  const { r, lang } = useReportsWords();
  const { report, number } = props;
  const single = (rows: { key: string; name: string; count: number }[]): ChartRow[] =>
    rows.map((row) => ({ key: row.key, label: row.name, values: [row.count] }));
  const articleSeries = [{ name: r('articles'), tone: 'brand' } as const];
  const timely = [
    { name: r('onTime'), tone: 'success' },
    { name: r('late'), tone: 'danger' },
  ] as const;
  const days = (value: number | null) =>
    value === null ? '—' : value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <>
      <ul class="report-figures" aria-label={r('figuresLabel')}>
        <li>
          <strong>{number(report.articles.total)}</strong> {r('figureArticles')}
        </li>
        <li>
          <strong>{number(report.contributions.received)}</strong> {r('figureContributions')}
        </li>
        <li>
          <strong>{number(report.gazette.issues)}</strong> {r('figureIssues')}
        </li>
        <li>
          <strong>{number(report.gazette.documents)}</strong> {r('figureDocuments')}
        </li>
        <li>
          <strong>
            {number(report.feedback.onTime)}/{number(report.feedback.total)}
          </strong>{' '}
          {r('figureFeedback')}
        </li>
      </ul>

      <section aria-labelledby="report-articles">
        <h2 id="report-articles">{r('articlesSection')}</h2>
        <BarChart
          id="articles-by-category"
          title={r('articlesByCategory')}
          rowHeading={r('colCategory')}
          series={articleSeries}
          rows={single(report.articles.byCategory)}
          empty={r('none')}
          format={number}
        />
        <BarChart
          id="articles-by-language"
          title={r('articlesByLanguage')}
          rowHeading={r('colLanguage')}
          series={articleSeries}
          rows={report.articles.byLanguage.map((row) => ({
            key: row.key,
            label: r(row.key === 'en' ? 'language_en' : 'language_vi'),
            values: [row.count],
          }))}
          empty={r('none')}
          format={number}
        />
        <BarChart
          id="articles-by-editor"
          title={r('articlesByEditor')}
          rowHeading={r('colEditor')}
          series={articleSeries}
          rows={single(report.articles.byEditor)}
          empty={r('none')}
          format={number}
        />
        {report.period.kind === 'month' ? null : (
          <BarChart
            id="articles-by-month"
            title={r('articlesByMonth')}
            rowHeading={r('colMonth')}
            series={articleSeries}
            rows={report.articles.byMonth.map((row) => ({
              key: row.month,
              label: `${row.month.slice(5)}/${row.month.slice(0, 4)}`,
              values: [row.count],
            }))}
            empty={r('none')}
            format={number}
          />
        )}
      </section>

      <section aria-labelledby="report-agencies">
        <h2 id="report-agencies">{r('agenciesSection')}</h2>
        <BarChart
          id="contributions"
          title={r('contributions')}
          rowHeading={r('colAgency')}
          series={[
            { name: r('published'), tone: 'success' },
            { name: r('declined'), tone: 'danger' },
          ]}
          rows={report.contributions.byAgency.map((row) => ({
            key: row.agency,
            label: row.name,
            values: [row.published, row.declined],
          }))}
          empty={r('none')}
          format={number}
          extraColumns={[r('received'), r('averageDays')]}
          extraCells={(row) => {
            const agency = report.contributions.byAgency.find((each) => each.agency === row.key);
            return (
              <>
                <td>{number(agency?.received ?? 0)}</td>
                <td>{days(agency?.averageWorkingDays ?? null)}</td>
              </>
            );
          }}
        />
        <BarChart
          id="information-requests"
          title={r('requests')}
          rowHeading={r('colAgency')}
          series={timely}
          rows={report.informationRequests.byAgency.map((row) => ({
            key: row.agency,
            label: row.name,
            values: [row.onTime, row.late],
          }))}
          empty={r('none')}
          format={number}
        />
      </section>

      <section aria-labelledby="report-gazette">
        <h2 id="report-gazette">{r('gazetteSection')}</h2>
        <BarChart
          id="gazette"
          title={r('gazetteByMonth')}
          rowHeading={r('colMonth')}
          series={[{ name: r('documents'), tone: 'brand' }]}
          rows={report.gazette.byMonth.map((row) => ({
            key: row.month,
            label: `${row.month.slice(5)}/${row.month.slice(0, 4)}`,
            values: [row.documents],
          }))}
          empty={r('none')}
          format={number}
          extraColumns={[r('issues')]}
          extraCells={(row) => (
            <td>{number(report.gazette.byMonth.find((each) => each.month === row.key)?.issues ?? 0)}</td>
          )}
        />
      </section>

      <section aria-labelledby="report-handling">
        <h2 id="report-handling">{r('handlingSection')}</h2>
        <BarChart
          id="handling"
          title={r('handling')}
          rowHeading={r('colKind')}
          series={timely}
          rows={[
            { key: 'feedback', label: r('feedback'), values: [report.feedback.onTime, report.feedback.late] },
            {
              key: 'consultations',
              label: r('consultations'),
              values: [report.consultations.onTime, report.consultations.late],
            },
          ]}
          empty={r('none')}
          format={number}
        />
      </section>
    </>
  );
}
