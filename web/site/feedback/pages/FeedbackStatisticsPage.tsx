import type { FeedbackStatistics } from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import type { SiteContext } from '../../context.ts';
import { DataTable } from '../../gazette/components/DataTable.tsx';
import { FeedbackLayout } from '../components/FeedbackLayout.tsx';
import { formatNumber, formatShare } from '../format.ts';
import { feedbackLabels as text } from '../i18n.ts';

/** A figure that does not exist yet: a dash to the eye, words to a screen reader. */
function Figure({ value }: { value: string | null }) {
  if (value !== null) return <>{value}</>;
  return (
    <>
      <span aria-hidden="true">—</span>
      <span class="vh">{text.noData}</span>
    </>
  );
}

const figureColumns = [
  text.colReceived,
  text.colAnswered,
  text.colMedian,
  text.colOnTime,
  text.colReopened,
  text.colRating,
];

const orNull = <T,>(value: T | null, format: (value: T) => string) => (value === null ? null : format(value));

/**
 * Each agency's accountability figures (the same numbers as the open JSON at feedbackStatisticsApi):
 * received, answered, median working days to answer, share on time, share reopened, average rating.
 */
export function FeedbackStatisticsPage({
  ctx,
  statistics,
}: {
  ctx: SiteContext;
  statistics: FeedbackStatistics;
}) {
  const agencies = [...statistics.agencies].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi'));
  const totals = [
    { term: text.totalReceived, value: statistics.totals.received },
    { term: text.totalRejected, value: statistics.totals.rejected },
    { term: text.totalMerged, value: statistics.totals.merged },
    { term: text.totalPublished, value: statistics.totals.published },
  ];
  return (
    <FeedbackLayout
      ctx={ctx}
      title={text.statisticsTitle}
      description={text.statisticsIntro}
      canonicalPath={sitePaths.feedbackStatistics()}
      trail={[]}
      current={text.statisticsTitle}
    >
      <h1>{text.statisticsTitle}</h1>
      <p class="doc-search-page__intro">{text.statisticsIntro}</p>
      <p>
        <time datetime={statistics.generatedAt}>
          {text.statisticsAt(formatDateTimeVi(statistics.generatedAt))}
        </time>{' '}
        <a href={sitePaths.feedbackStatisticsApi()} type="application/json">
          {text.openData}
        </a>
      </p>
      <section class="block" aria-labelledby="fb-totals">
        <h2 class="block__title" id="fb-totals">
          {text.totals}
        </h2>
        <dl class="fb-totals">
          {totals.map((total) => (
            <div>
              <dt>{total.term}</dt>
              <dd>{formatNumber(total.value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section class="block" aria-labelledby="fb-by-agency">
        <h2 class="block__title" id="fb-by-agency">
          {text.byAgency}
        </h2>
        {agencies.length > 0 ? (
          <DataTable id="fb-agency-stats" caption={text.byAgencyCaption} wide>
            <thead>
              <tr>
                <th scope="col">{text.colAgency}</th>
                {figureColumns.map((column) => (
                  <th scope="col" class="num">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {agencies.map((agency) => (
                <tr>
                  <th scope="row">
                    <a href={sitePaths.feedbackAgencyAnswers(agency.agencyId)}>{agency.agencyName}</a>
                  </th>
                  <td class="num">{formatNumber(agency.received)}</td>
                  <td class="num">{formatNumber(agency.answered)}</td>
                  <td class="num">
                    <Figure value={orNull(agency.medianWorkingDaysToAnswer, formatNumber)} />
                  </td>
                  <td class="num">
                    <Figure value={orNull(agency.shareAnsweredOnTime, formatShare)} />
                  </td>
                  <td class="num">
                    <Figure value={orNull(agency.shareReopened, formatShare)} />
                  </td>
                  <td class="num">
                    <Figure value={orNull(agency.averageRating, formatNumber)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p>{text.noAgencies}</p>
        )}
      </section>
      <section class="block prose" aria-labelledby="fb-method">
        <h2 class="block__title" id="fb-method">
          {text.methodTitle}
        </h2>
        <dl class="fb-method">
          {text.method.map((entry) => (
            <>
              <dt>{entry.term}</dt>
              <dd>{entry.text}</dd>
            </>
          ))}
        </dl>
      </section>
    </FeedbackLayout>
  );
}
