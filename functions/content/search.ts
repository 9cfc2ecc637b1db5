import { Hono } from 'hono';
import { z } from 'zod';
import { listAllPublished } from '#shared/data/articles.ts';
import { listPublishedFeedback, nextQaOrdinal } from '#shared/data/feedback.ts';
import type { PublishedArticle } from '#shared/domain/article.ts';
import type { PublishedFeedback } from '#shared/domain/feedback.ts';
import { languageSchema } from '#shared/domain/text.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import { loadSiteContext as siteContext } from '#shared/site/context.ts';
import { foldDiacritics, searchTerms } from '#shared/text/vietnamese.ts';
import { renderSearchPage } from '#web/site/render.ts';

/**
 * Public search over published articles, diacritic-insensitive ("quang tri" finds "Quảng Trị").
 * The search form on the static site submits here, so search works with JavaScript off: a browser gets
 * the results page rendered by the site renderer, a script gets JSON.
 * It reads the language's published timeline and matches in memory: fine at a provincial portal's size
 * (docs/decisions.md records when to move to an index).
 */
const searchQuerySchema = z.object({
  q: z.string().max(200).default(''),
  lang: languageSchema.default('vi'),
});

const MAX_RESULTS = 50;

function matches(article: PublishedArticle, terms: string[]): boolean {
  const haystack = foldDiacritics(`${article.title} ${article.summary} ${article.tags.join(' ')}`);
  return terms.every((term) => haystack.includes(term));
}

/** Published answers to citizens' feedback: the anonymised question and the answer's text. */
function answerMatches(answer: PublishedFeedback, terms: string[]): boolean {
  const haystack = foldDiacritics(
    `${answer.publicTitle} ${answer.publicContent} ${answer.answer.html.replace(/<[^>]*>/g, ' ')}`,
  );
  return terms.every((term) => haystack.includes(term));
}

async function matchingAnswers(terms: string[]): Promise<PublishedFeedback[]> {
  const latest = (await nextQaOrdinal({ kind: 'all' })) - 1;
  if (latest < 0) return [];
  const all = await listPublishedFeedback({ kind: 'all' }, 0, latest);
  return all.filter((answer) => answerMatches(answer, terms)).slice(0, MAX_RESULTS);
}

export const searchRoutes = new Hono<ContextEnv>().get(
  '/search',
  validate('query', searchQuerySchema),
  async (c) => {
    const { q, lang } = c.req.valid('query');
    const terms = searchTerms(q);
    const results =
      terms.length === 0
        ? []
        : (await listAllPublished(lang)).filter((article) => matches(article, terms)).slice(0, MAX_RESULTS);
    // The answers are written in Vietnamese; the English search lists them too, labelled so.
    const answers = terms.length === 0 ? [] : await matchingAnswers(terms);
    if (c.req.header('accept')?.includes('text/html')) {
      return c.html(renderSearchPage(await siteContext(), lang, { query: q, results, answers }));
    }
    return c.json({ query: q, items: results, answers });
  },
);
