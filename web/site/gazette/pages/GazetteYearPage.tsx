import type { PublishedIssue } from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Layout } from '../../components/Layout.tsx';
import { OpenGraph } from '../../components/OpenGraph.tsx';
import { absoluteUrl, type SiteContext } from '../../context.ts';
import { gazetteLabels as text } from '../../i18n.ts';
import { portal } from '../../portal.ts';
import { IssueTable } from '../components/IssueTable.tsx';
import { YearLinks } from '../components/YearLinks.tsx';

/** A year's issues, newest first, and links to the other years. */
export function GazetteYearPage({
  ctx,
  year,
  years,
  issues,
}: {
  ctx: SiteContext;
  year: number;
  years: number[];
  issues: PublishedIssue[];
}) {
  const path = sitePaths.gazetteYear(year);
  const heading = text.yearHeading(year);
  const ofYear = issues.filter((issue) => issue.year === year);
  return (
    <Layout
      ctx={ctx}
      language="vi"
      title={`${heading} | ${portal.shortName.vi}`}
      alternatePath={sitePaths.home('en')}
      links={{ canonicalPath: path }}
      head={<OpenGraph language="vi" type="website" title={heading} url={absoluteUrl(ctx, path)} />}
    >
      <Breadcrumb
        language="vi"
        trail={[{ name: text.gazette, path: sitePaths.gazetteHome() }]}
        current={text.yearCrumb(year)}
      />
      <div class="gazette gazette-columns">
        <div>
          <h1>{heading}</h1>
          {ofYear.length > 0 ? (
            <IssueTable id="year-issues" caption={text.issuesOfYear(year)} issues={ofYear} />
          ) : (
            <p>{text.noIssuesInYear(year)}</p>
          )}
          <p>
            <a href={sitePaths.legalDocuments()}>{text.toDatabase}</a>
          </p>
        </div>
        <YearLinks years={[...years, year]} current={year} />
      </div>
    </Layout>
  );
}
