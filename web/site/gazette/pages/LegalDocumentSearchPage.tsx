import {
  type DocumentSearchQuery,
  documentFieldLabels,
  documentFieldSchema,
  documentTypeLabels,
  documentTypeSchema,
  type PublishedDocument,
  statusInForceLabels,
  statusInForceSchema,
} from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Layout } from '../../components/Layout.tsx';
import { OpenGraph } from '../../components/OpenGraph.tsx';
import { absoluteUrl, type SiteContext } from '../../context.ts';
import { gazetteLabels as text } from '../../i18n.ts';
import { portal } from '../../portal.ts';
import { DocumentResultsTable } from '../components/DocumentTables.tsx';
import { isEmptyQuery } from '../format.ts';

type Option = { value: string; label: string };

/** A labelled select whose submitted value stays selected; the first option, value "", means "any". */
function SelectField({
  id,
  name,
  label,
  options,
  value,
}: {
  id: string;
  name: string;
  label: string;
  options: Option[];
  value: string;
}) {
  // A submitted value the list does not offer (an old link, say) is still shown, not silently dropped.
  const all =
    value !== '' && !options.some((option) => option.value === value)
      ? [...options, { value, label: value }]
      : options;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        {all.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The legal-document database: a plain GET form to the search API (so it works with JavaScript off) and
 * a table of documents. Rendered twice over: as the static page at sitePaths.legalDocuments() with the
 * latest documents, and by the search API as its HTML answer to a query.
 */
export function LegalDocumentSearchPage({
  ctx,
  query,
  results,
  total,
  issuingBodies,
  years,
}: {
  ctx: SiteContext;
  query: DocumentSearchQuery;
  results: PublishedDocument[];
  total: number;
  issuingBodies: string[];
  years: number[];
}) {
  const empty = isEmptyQuery(query);
  const path = sitePaths.legalDocuments();
  const keyword = query.q.trim();
  const any = { value: '', label: '' };
  return (
    <Layout
      ctx={ctx}
      language="vi"
      // The count first tells screen reader users the outcome before anything else (WCAG 2.1 SC 2.4.2).
      title={`${empty ? '' : `${text.resultsTitle(total)} — `}${text.searchTitle} | ${portal.shortName.vi}`}
      description={text.searchIntro}
      alternatePath={sitePaths.home('en')}
      // Result pages are countless and thin: keep them out of search engines.
      noindex={!empty}
      links={{ canonicalPath: path }}
      head={
        <OpenGraph
          language="vi"
          type="website"
          title={text.searchTitle}
          description={text.searchIntro}
          url={absoluteUrl(ctx, path)}
        />
      }
    >
      <Breadcrumb
        language="vi"
        trail={empty ? [] : [{ name: text.documents, path }]}
        current={empty ? text.documents : text.resultsHeading}
      />
      <div class="gazette doc-search-page">
        <h1>{text.searchTitle}</h1>
        <p class="doc-search-page__intro">{text.searchIntro}</p>
        {/* biome-ignore lint/a11y/useSemanticElements: the <search> element is too new for the screen readers and browsers many visitors still use; role="search" on the form is announced everywhere. */}
        <form
          class="doc-search"
          role="search"
          aria-label={text.searchTitle}
          method="get"
          action={sitePaths.legalDocumentSearchApi()}
        >
          <fieldset>
            <legend>{text.searchCriteria}</legend>
            <div class="doc-search__grid">
              <div class="field field--wide">
                <label for="doc-q">{text.keyword}</label>
                <p class="field__hint" id="doc-q-hint">
                  {text.keywordHint}
                </p>
                <input type="search" id="doc-q" name="q" value={keyword} aria-describedby="doc-q-hint" />
              </div>
              <SelectField
                id="doc-type"
                name="type"
                label={text.documentType}
                value={query.type ?? ''}
                options={[
                  { ...any, label: text.allTypes },
                  ...documentTypeSchema.options.map((type) => ({
                    value: type,
                    label: documentTypeLabels[type].vi,
                  })),
                ]}
              />
              <SelectField
                id="doc-issuing-body"
                name="issuingBody"
                label={text.issuingBody}
                value={query.issuingBody ?? ''}
                options={[
                  { ...any, label: text.allBodies },
                  ...issuingBodies.map((body) => ({ value: body, label: body })),
                ]}
              />
              <SelectField
                id="doc-field"
                name="field"
                label={text.field}
                value={query.field ?? ''}
                options={[
                  { ...any, label: text.allFields },
                  ...documentFieldSchema.options.map((field) => ({
                    value: field,
                    label: documentFieldLabels[field].vi,
                  })),
                ]}
              />
              <SelectField
                id="doc-year"
                name="year"
                label={text.year}
                value={query.year === undefined ? '' : String(query.year)}
                options={[
                  { ...any, label: text.allYears },
                  ...[...new Set(years)]
                    .sort((a, b) => b - a)
                    .map((year) => ({ value: String(year), label: String(year) })),
                ]}
              />
              <SelectField
                id="doc-status"
                name="status"
                label={text.status}
                value={query.status ?? ''}
                options={[
                  { ...any, label: text.allStatuses },
                  ...statusInForceSchema.options.map((status) => ({
                    value: status,
                    label: statusInForceLabels[status].vi,
                  })),
                ]}
              />
            </div>
            <div class="doc-search__actions">
              <button type="submit" class="button">
                {text.submit}
              </button>
              {empty ? null : <a href={path}>{text.reset}</a>}
            </div>
          </fieldset>
        </form>
        <section aria-labelledby="doc-results-title">
          <h2 class="block__title" id="doc-results-title">
            {empty ? text.latestHeading : text.resultsHeading}
          </h2>
          <p class="doc-search__count" role="status">
            {empty ? text.inDatabase(total) : text.found(total)}
            {results.length > 0 && results.length < total
              ? ` ${empty ? text.showingLatest(results.length) : text.showingFirst(results.length)}`
              : ''}
          </p>
          {results.length > 0 ? (
            <DocumentResultsTable
              caption={empty ? text.latestCaption : text.resultsCaption}
              documents={results}
              today={dateInVietnam(ctx.generatedAt)}
            />
          ) : (
            <p class="doc-search__empty">{empty ? text.noDocuments : text.noResults}</p>
          )}
        </section>
      </div>
    </Layout>
  );
}
