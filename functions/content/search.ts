import { Hono } from 'hono';
import { z } from 'zod';
import { listAllPublished } from '#shared/data/articles.ts';
import type { PublishedArticle } from '#shared/domain/article.ts';
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
    if (c.req.header('accept')?.includes('text/html')) {
      return c.html(renderSearchPage(await siteContext(), lang, { query: q, results }));
    }
    return c.json({ query: q, items: results });
  },
);
