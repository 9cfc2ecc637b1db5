import { documentFieldLabels, documentTypeLabels } from '#shared/domain/gazette.ts';
import type { Language } from '#shared/domain/text.ts';
import type { SearchAnswer, SearchFacetName, SearchFacets, SearchHit } from '#shared/search/engine.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { Layout } from '../components/Layout.tsx';
import { SearchForm } from '../components/SearchForm.tsx';
import type { SiteContext } from '../context.ts';
import { labels, otherLanguage } from '../i18n.ts';
import { portal } from '../portal.ts';

/**
 * The search page: the static form at sitePaths.search(), and the same page with results that the search
 * API answers for `?q=…&lang=…` (JavaScript off: filters are links, pages are links). With JavaScript on, the
 * static page also loads the as-you-type script, which reads the same index from the CDN.
 */
export type SearchPageModel = {
  query: string;
  answer?: SearchAnswer | undefined;
  filters?: SearchFacets;
};

/** The API's query parameter of each filter. */
export const searchFilterParams: Record<SearchFacetName, string> = {
  kind: 'kind',
  language: 'in',
  category: 'category',
  year: 'year',
  issuer: 'issuer',
  documentType: 'type',
};

const facetOrder: SearchFacetName[] = ['kind', 'language', 'category', 'year', 'issuer', 'documentType'];
type Labels = Record<string, { vi: string; en: string } | undefined>;
const typeLabels: Labels = documentTypeLabels;
const fieldLabels: Labels = documentFieldLabels;

const kindLabels: Labels = {
  article: { vi: 'Tin, bài', en: 'News' },
  'legal-document': { vi: 'Văn bản', en: 'Legal document' },
  'gazette-issue': { vi: 'Công báo', en: 'Official gazette' },
  'feedback-answer': { vi: 'Trả lời phản ánh, kiến nghị', en: 'Answer to feedback' },
  consultation: { vi: 'Lấy ý kiến dự thảo', en: 'Consultation' },
  dialogue: { vi: 'Đối thoại trực tuyến', en: 'Online dialogue' },
  disclosure: { vi: 'Thông tin công khai', en: 'Disclosure' },
  page: { vi: 'Trang thông tin', en: 'Information page' },
  unit: { vi: 'Cơ quan, đơn vị', en: 'Organisation unit' },
};

const facetTitles: Record<SearchFacetName, { vi: string; en: string }> = {
  kind: { vi: 'Loại nội dung', en: 'Kind' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  category: { vi: 'Chuyên mục, lĩnh vực', en: 'Category or field' },
  year: { vi: 'Năm', en: 'Year' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
  documentType: { vi: 'Loại văn bản', en: 'Document type' },
};

function valueLabel(ctx: SiteContext, language: Language, facet: SearchFacetName, value: string): string {
  switch (facet) {
    case 'kind':
      return kindLabels[value]?.[language] ?? value;
    case 'language':
      return value === 'vi' ? 'Tiếng Việt' : value === 'en' ? 'English' : value;
    case 'documentType':
      return typeLabels[value]?.[language] ?? value;
    case 'category': {
      const category = ctx.categories.find((candidate) => candidate.slug === value);
      if (category) return language === 'vi' ? category.nameVi : category.nameEn;
      return fieldLabels[value]?.[language] ?? value;
    }
    default:
      return value;
  }
}

export function searchHref(language: Language, query: string, filters: SearchFacets, page = 1): string {
  const params = new URLSearchParams({ q: query, lang: language });
  for (const facet of facetOrder) {
    const value = filters[facet];
    if (value) params.set(searchFilterParams[facet], value);
  }
  if (page > 1) params.set('page', String(page));
  return `${sitePaths.searchApi()}?${params.toString()}`;
}

/** Text with the matched words in <mark>. */
function Highlighted({ snippet }: { snippet: NonNullable<SearchHit['snippet']> }) {
  const parts: (string | ReturnType<typeof Mark>)[] = [];
  let at = 0;
  for (const [start, end] of snippet.marks) {
    if (start < at) continue;
    parts.push(snippet.text.slice(at, start));
    parts.push(<Mark text={snippet.text.slice(start, end)} />);
    at = end;
  }
  parts.push(snippet.text.slice(at));
  return <p class="search-hit__snippet">{parts}</p>;
}

function Mark({ text }: { text: string }) {
  return <mark>{text}</mark>;
}

export function SearchPage({
  ctx,
  language,
  model,
}: {
  ctx: SiteContext;
  language: Language;
  model: SearchPageModel;
}) {
  const text = labels[language];
  const trimmed = model.query.trim();
  const answer = model.answer;
  const found = answer?.total ?? 0;
  const estimated = answer?.totalIsEstimate === true;
  const facetCount = (count: number) =>
    answer?.facetsAreEstimates ? text.searchAbout(count) : String(count);
  const filters = model.filters ?? {};
  const title = trimmed ? `${text.search}: ${trimmed}` : text.search;
  const pages = answer ? Math.ceil(answer.total / answer.pageSize) : 0;
  const activeFilters = facetOrder.filter((facet) => filters[facet]);
  return (
    <Layout
      ctx={ctx}
      language={language}
      // The result count in the title tells screen reader users the outcome first (WCAG 2.1 SC 2.4.2).
      title={`${trimmed ? `${text.searchResultsFor(trimmed, found, estimated)} — ` : ''}${text.search} | ${portal.shortName[language]}`}
      alternatePath={sitePaths.search(otherLanguage(language))}
      // Result pages are countless and thin: keep them out of search engines.
      headerSearch={false}
      noindex={trimmed !== ''}
      links={{
        canonicalPath: sitePaths.search(language),
        alternates: [
          { language: 'vi', path: sitePaths.search('vi') },
          { language: 'en', path: sitePaths.search('en') },
        ],
      }}
      head={trimmed === '' ? <script src={sitePaths.searchScript()} defer /> : undefined}
    >
      <div class="search-page">
        <h1>{title}</h1>
        <SearchForm language={language} query={trimmed} id="search-page-query" visibleLabel />
        {trimmed === '' ? (
          <>
            <p class="search-hint">{text.searchHint}</p>
            {/* Filled as the visitor types, when JavaScript runs (the form above works without it). */}
            <div id="search-live" class="search-live" aria-live="polite" data-lang={language} />
          </>
        ) : (
          <>
            {activeFilters.length > 0 ? (
              <p class="search-filters-active">
                {text.searchFilteredBy}{' '}
                {activeFilters.map((facet) => (
                  <a
                    key={facet}
                    class="search-filter-remove"
                    href={searchHref(language, trimmed, { ...filters, [facet]: undefined })}
                  >
                    {valueLabel(ctx, language, facet, filters[facet] ?? '')} ✕
                  </a>
                ))}
              </p>
            ) : null}
            {answer && answer.corrections.length > 0 ? (
              <p class="search-corrections">
                {text.searchCorrected(
                  answer.corrections.map(([typed, used]) => `${typed} → ${used}`).join(', '),
                )}
              </p>
            ) : null}
            {found === 0 ? (
              <div class="search-none">
                <p class="search-summary">{text.searchNoResults(trimmed)}</p>
                <ul>
                  {text.searchNoResultsHelp.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                  {activeFilters.length > 0 ? (
                    <li>
                      <a href={searchHref(language, trimmed, {})}>{text.searchWithoutFilters}</a>
                    </li>
                  ) : null}
                  <li>
                    <a href={sitePaths.legalDocuments()}>{text.searchLegalDatabase}</a>
                  </li>
                </ul>
              </div>
            ) : (
              <div class="search-results">
                <h2 class="search-summary">{text.searchResultsFor(trimmed, found, estimated)}</h2>
                {answer?.partial ? <p class="search-partial">{text.searchPartial}</p> : null}
                <div class="search-layout">
                  <ol class="search-hits" start={answer ? (answer.page - 1) * answer.pageSize + 1 : 1}>
                    {(answer?.hits ?? []).map((hit) => (
                      <li key={hit.head.key} class="search-hit">
                        <h3 class="search-hit__title">
                          <a href={hit.head.url} lang={hit.head.facets.language}>
                            {hit.head.title}
                          </a>
                        </h3>
                        <p class="search-hit__meta">
                          {valueLabel(ctx, language, 'kind', hit.head.facets.kind ?? '')} · {hit.head.date}
                          {hit.head.facets.language && hit.head.facets.language !== language
                            ? ` · ${valueLabel(ctx, language, 'language', hit.head.facets.language)}`
                            : ''}
                        </p>
                        {hit.snippet ? <Highlighted snippet={hit.snippet} /> : null}
                      </li>
                    ))}
                  </ol>
                  <nav class="search-facets" aria-label={text.searchFacets}>
                    {facetOrder.map((facet) => {
                      const counts = answer?.facets[facet] ?? [];
                      if (counts.length === 0) return null;
                      return (
                        <section key={facet} class="search-facet">
                          <h3>{facetTitles[facet][language]}</h3>
                          <ul>
                            {counts.slice(0, 12).map(([value, count]) => (
                              <li key={value}>
                                {filters[facet] === value ? (
                                  <strong aria-current="true">
                                    {valueLabel(ctx, language, facet, value)} ({facetCount(count)})
                                  </strong>
                                ) : (
                                  <a href={searchHref(language, trimmed, { ...filters, [facet]: value })}>
                                    {valueLabel(ctx, language, facet, value)} ({facetCount(count)})
                                  </a>
                                )}
                              </li>
                            ))}
                          </ul>
                        </section>
                      );
                    })}
                  </nav>
                </div>
                {answer && pages > 1 ? (
                  <nav class="pagination" aria-label={text.pagination}>
                    {answer.page > 1 ? (
                      <a rel="prev" href={searchHref(language, trimmed, filters, answer.page - 1)}>
                        {text.searchPrevious}
                      </a>
                    ) : null}
                    <span>{text.searchPageOf(answer.page, pages)}</span>
                    {answer.page < pages ? (
                      <a rel="next" href={searchHref(language, trimmed, filters, answer.page + 1)}>
                        {text.searchNext}
                      </a>
                    ) : null}
                  </nav>
                ) : null}
              </div>
            )}
          </>
        )}
      </div>
    </Layout>
  );
}
