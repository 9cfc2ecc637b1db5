import { type PageRating, usefulShare } from '#shared/domain/rating.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { ratingsApi } from '../api/ratings.ts';
import { useResource } from '../components/resource.tsx';
import { DataTable, ItemTable } from '../components/table.tsx';
import { Forbidden, PageTitle, useDocumentTitle } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { useRatingsWords } from './i18n.ts';

/**
 * Readers' usefulness ratings (issue 13): each section's totals, then every rated page, for the
 * administrator and the director (shared/auth/policies/ratings.ts). Read-only: the figures are counters.
 */
export function RatingsScreen() {
  const { r, lang } = useRatingsWords();
  const { session } = useSession();
  useDocumentTitle(r('ratingsTitle'));
  const allowed = can.readRatings(session.principal);
  const { resource, refresh } = useResource(
    () => (allowed ? ratingsApi.list() : Promise.resolve({ items: [], sections: [] })),
    [allowed],
  );
  if (!allowed) return <Forbidden />;
  const answer = resource.state === 'ready' ? resource.value : { items: [], sections: [] };
  const number = (value: number) => value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const share = (counts: { useful: number; notUseful: number }) => {
    const value = usefulShare(counts);
    return value === undefined
      ? r('noShare')
      : value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', {
          style: 'percent',
          maximumFractionDigits: 0,
        });
  };
  const languageName = (language: PageRating['language']) =>
    r(language === 'vi' ? 'language_vi' : 'language_en');
  return (
    <>
      <PageTitle>{r('ratingsTitle')}</PageTitle>
      <p class="intro">{r('ratingsIntro')}</p>
      {answer.sections.length > 0 ? (
        <section aria-labelledby="ratings-sections">
          <h2 id="ratings-sections">{r('sectionsTitle')}</h2>
          <DataTable
            caption={r('sectionsCaption')}
            columns={[
              r('colSection'),
              r('colLanguage'),
              r('colPages'),
              r('colUseful'),
              r('colNotUseful'),
              r('colShare'),
            ]}
          >
            {answer.sections.map((section) => (
              <tr key={`${section.language}#${section.section}`}>
                <th scope="row">{section.section}</th>
                <td>{languageName(section.language)}</td>
                <td>{number(section.pages)}</td>
                <td>{number(section.useful)}</td>
                <td>{number(section.notUseful)}</td>
                <td>{share(section)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
      <section aria-labelledby="ratings-pages">
        <h2 id="ratings-pages">{r('pagesTitle')}</h2>
        <ItemTable
          resource={resource}
          onRetry={refresh}
          items={answer.items}
          empty={r('empty')}
          caption={r('pagesCaption')}
          count={r('count', { count: answer.items.length })}
          columns={[
            r('colPage'),
            r('colSection'),
            r('colUseful'),
            r('colNotUseful'),
            r('colShare'),
            r('colUpdated'),
          ]}
          row={(rating) => (
            <tr key={rating.path}>
              <th scope="row">
                {/* The public page (outside the SPA: a plain link). */}
                <a href={rating.path}>{rating.path}</a>
              </th>
              <td>{rating.section}</td>
              <td>{number(rating.useful)}</td>
              <td>{number(rating.notUseful)}</td>
              <td>{share(rating)}</td>
              <td>{formatDateTime(rating.updatedAt, lang)}</td>
            </tr>
          )}
        />
      </section>
    </>
  );
}
