import type { PublishedArticle } from '#shared/domain/article.ts';
import type { PublishedFeedback } from '#shared/domain/feedback.ts';
import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { ArticleList } from '../components/ArticleList.tsx';
import { Layout } from '../components/Layout.tsx';
import { SearchForm } from '../components/SearchForm.tsx';
import type { SiteContext } from '../context.ts';
import { labels, otherLanguage } from '../i18n.ts';
import { portal } from '../portal.ts';

/**
 * The search page: the static form at sitePaths.search(), and the same page with results that the search
 * API answers for `?q=…&lang=…`. A plain form, no JavaScript (Decree 224/2026/NĐ-CP: a search tool).
 */
export function SearchPage({
  ctx,
  language,
  query,
  results,
  answers = [],
}: {
  ctx: SiteContext;
  language: Language;
  query: string;
  results: PublishedArticle[];
  /** Published answers to citizens' feedback (Vietnamese only, as they are written). */
  answers?: PublishedFeedback[];
}) {
  const text = labels[language];
  const trimmed = query.trim();
  const found = results.length + answers.length;
  const title = trimmed ? `${text.search}: ${trimmed}` : text.search;
  return (
    <Layout
      ctx={ctx}
      language={language}
      // The result count in the title tells screen reader users the outcome first (WCAG 2.1 SC 2.4.2).
      title={`${trimmed ? `${text.searchResultsFor(trimmed, found)} — ` : ''}${text.search} | ${portal.shortName[language]}`}
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
    >
      <div class="search-page">
        <h1>{title}</h1>
        <SearchForm language={language} query={trimmed} id="search-page-query" visibleLabel />
        {trimmed === '' ? (
          <p class="search-hint">{text.searchHint}</p>
        ) : found === 0 ? (
          <p class="search-summary">{text.searchNoResults(trimmed)}</p>
        ) : (
          <>
            <h2 class="search-summary">{text.searchResultsFor(trimmed, found)}</h2>
            {results.length > 0 ? <ArticleList articles={results} headingLevel={3} /> : null}
            {answers.length > 0 ? (
              <section class="search-answers" aria-labelledby="search-answers-heading">
                <h3 id="search-answers-heading">{text.searchAnswers}</h3>
                <ul>
                  {answers.map((answer) => (
                    <li key={answer.id}>
                      <a href={sitePaths.feedbackAnswer(answer.code)}>{answer.publicTitle}</a>
                      <span class="search-answers__agency"> — {answer.agencyName}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        )}
      </div>
    </Layout>
  );
}
