import type { PublishedIssue } from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { JsonLd } from '../../components/JsonLd.tsx';
import { Layout } from '../../components/Layout.tsx';
import { OpenGraph } from '../../components/OpenGraph.tsx';
import { absoluteUrl, type SiteContext } from '../../context.ts';
import { gazetteLabels as text } from '../../i18n.ts';
import { portal } from '../../portal.ts';
import { IssueTable } from '../components/IssueTable.tsx';
import { YearLinks } from '../components/YearLinks.tsx';
import { gazetteJsonLd } from '../structured-data.ts';

/** The gazette's front page: what the gazette is, its latest issues, every year, and the database. */
export function GazetteHomePage({
  ctx,
  years,
  latest,
}: {
  ctx: SiteContext;
  years: number[];
  latest: PublishedIssue[];
}) {
  const path = sitePaths.gazetteHome();
  const [lead = ''] = text.aboutParagraphs;
  return (
    <Layout
      ctx={ctx}
      language="vi"
      title={`${text.gazetteName} | ${portal.shortName.vi}`}
      description={lead}
      alternatePath={sitePaths.home('en')}
      links={{ canonicalPath: path }}
      head={
        <>
          <OpenGraph
            language="vi"
            type="website"
            title={text.gazetteName}
            description={lead}
            url={absoluteUrl(ctx, path)}
          />
          <JsonLd data={gazetteJsonLd(ctx)} />
        </>
      }
    >
      <Breadcrumb language="vi" trail={[]} current={text.gazette} />
      <div class="gazette gazette-columns">
        <div>
          <h1>{text.gazetteName}</h1>
          <section class="block" aria-labelledby="gazette-latest">
            <h2 class="block__title" id="gazette-latest">
              {text.latestIssues}
            </h2>
            {latest.length > 0 ? (
              <IssueTable id="latest-issues" caption={text.latestIssuesCaption} issues={latest} />
            ) : (
              <p>{text.noIssues}</p>
            )}
          </section>
          <section class="block prose" aria-labelledby="gazette-about">
            <h2 class="block__title" id="gazette-about">
              {text.about}
            </h2>
            {text.aboutParagraphs.map((paragraph) => (
              <p>{paragraph}</p>
            ))}
            <p class="gazette-cta">
              <a href={sitePaths.legalDocuments()}>{text.toDatabase}</a>
            </p>
          </section>
        </div>
        <YearLinks years={years} />
      </div>
    </Layout>
  );
}
