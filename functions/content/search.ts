import { Hono } from 'hono';
import * as z from 'zod';
import { languageSchema } from '#shared/domain/text.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import type { SearchAnswer, SearchFacets } from '#shared/search/engine.ts';
import { searchKindSchema } from '#shared/search/records.ts';
import { searchSite } from '#shared/search/store.ts';
import { requestSiteContext as siteContext } from '#shared/site/context.ts';
import { renderSearchPage } from '#web/site/render.ts';

/**
 * The portal's one search, over everything public (shared/search/kinds.ts). It reads the same index
 * pieces the browser reads from the CDN, from the site bucket, and keeps them in memory between
 * invocations (shared/search/store.ts): no query reads the table. The search forms submit here, so search
 * works with JavaScript off: a browser gets the results page, a script gets JSON.
 */
const filterValue = z.string().trim().max(200).optional();
const searchQuerySchema = z.object({
  q: z.string().max(200).default(''),
  lang: languageSchema.default('vi'),
  kind: searchKindSchema.optional(),
  in: languageSchema.optional(),
  category: filterValue,
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  issuer: filterValue,
  type: filterValue,
  page: z.coerce.number().int().min(1).max(500).default(1),
});

const PAGE_SIZE = 10;
const emptyAnswer = (page: number): SearchAnswer => ({
  total: 0,
  hits: [],
  page,
  pageSize: PAGE_SIZE,
  facets: {},
  partial: false,
  corrections: [],
});

export const searchRoutes = new Hono<ContextEnv>().get(
  '/search',
  validate('query', searchQuerySchema),
  async (c) => {
    const query = c.req.valid('query');
    const filters: SearchFacets = {
      kind: query.kind,
      language: query.in,
      category: query.category || undefined,
      year: query.year,
      issuer: query.issuer || undefined,
      documentType: query.type || undefined,
    };
    const answer =
      query.q.trim() === ''
        ? emptyAnswer(query.page)
        : ((await searchSite({
            q: query.q,
            filters,
            page: query.page,
            pageSize: PAGE_SIZE,
            facets: true,
            snippets: true,
          })) ?? emptyAnswer(query.page));
    if (c.req.header('accept')?.includes('text/html')) {
      return c.html(
        renderSearchPage(await siteContext(), query.lang, {
          query: query.q,
          answer: query.q.trim() === '' ? undefined : answer,
          filters,
        }),
      );
    }
    return c.json({ query: query.q, filters, ...answer });
  },
);
