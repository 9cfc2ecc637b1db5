import { Hono } from 'hono';
import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import {
  getArticle,
  getRevision,
  listArticles,
  listReviewQueue,
  listRevisions,
} from '#shared/data/articles.ts';
import { listHistory } from '#shared/data/audit.ts';
import { getCategory } from '#shared/data/directory.ts';
import {
  approveArticleInputSchema,
  articleListQuerySchema,
  createArticleInputSchema,
  returnArticleInputSchema,
  saveArticleInputSchema,
} from '#shared/domain/article.ts';
import { errors } from '#shared/domain/errors.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';
import {
  approveArticle,
  createArticle,
  type EditorialResult,
  mayEditArticle,
  returnArticle,
  saveArticle,
  submitArticle,
  withdrawArticle,
} from '#shared/editorial/article-service.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import { loadSiteContext as siteContext } from '#shared/site/context.ts';
import { renderArticlePage } from '#web/site/render.ts';

/** Admin routes of the editorial workflow (mounted under /admin; policy in shared/auth/policies/content.ts). */
const idParam = z.object({ id: z.uuid() });

async function loadArticle(id: string) {
  const article = await getArticle(id);
  if (!article) throw errors.notFound(`article ${id}`);
  return article;
}

/** Anything that went live or came down is handed to the publisher before the request answers. */
async function published(result: EditorialResult) {
  if (result.change) await requestPublication({ type: 'site-changed', changes: [result.change] });
  return result.article;
}

export const articleRoutes = new Hono<ContextEnv>()
  .get('/articles', validate('query', articleListQuerySchema), async (c) => {
    const query = c.req.valid('query');
    return c.json(await listArticles(query));
  })
  .post('/articles', validate('json', createArticleInputSchema), async (c) => {
    const article = await createArticle(c.req.valid('json'), actorOf(c.get('principal')));
    return c.json(article, 201);
  })
  .get('/articles/:id', validate('param', idParam), async (c) => {
    const article = await loadArticle(c.req.valid('param').id);
    const latest = await getRevision(article.id, article.latestRevision);
    const live = article.publishedRevision
      ? await getRevision(article.id, article.publishedRevision)
      : undefined;
    const mayEdit = await mayEditArticle(article, actorOf(c.get('principal')));
    return c.json({ article, latest, ...(live ? { published: live } : {}), mayEdit });
  })
  .put('/articles/:id', validate('param', idParam), validate('json', saveArticleInputSchema), async (c) => {
    const { expectedVersion, ...content } = c.req.valid('json');
    return c.json(
      await saveArticle(c.req.valid('param').id, content, expectedVersion, actorOf(c.get('principal'))),
    );
  })
  .post('/articles/:id/submit', validate('param', idParam), validate('json', versionedSchema), async (c) => {
    const { expectedVersion } = c.req.valid('json');
    return c.json(await submitArticle(c.req.valid('param').id, expectedVersion, actorOf(c.get('principal'))));
  })
  .post(
    '/articles/:id/approve',
    validate('param', idParam),
    validate('json', approveArticleInputSchema),
    async (c) => {
      const result = await approveArticle(
        c.req.valid('param').id,
        c.req.valid('json'),
        actorOf(c.get('principal')),
      );
      return c.json(await published(result));
    },
  )
  .post(
    '/articles/:id/return',
    validate('param', idParam),
    validate('json', returnArticleInputSchema),
    async (c) => {
      return c.json(
        await returnArticle(c.req.valid('param').id, c.req.valid('json'), actorOf(c.get('principal'))),
      );
    },
  )
  .post(
    '/articles/:id/unpublish',
    validate('param', idParam),
    validate('json', versionedSchema),
    async (c) => {
      const { expectedVersion } = c.req.valid('json');
      const result = await withdrawArticle(
        c.req.valid('param').id,
        'unpublish',
        expectedVersion,
        actorOf(c.get('principal')),
      );
      return c.json(await published(result));
    },
  )
  .post('/articles/:id/archive', validate('param', idParam), validate('json', versionedSchema), async (c) => {
    const { expectedVersion } = c.req.valid('json');
    const result = await withdrawArticle(
      c.req.valid('param').id,
      'archive',
      expectedVersion,
      actorOf(c.get('principal')),
    );
    return c.json(await published(result));
  })
  .get('/articles/:id/history', validate('param', idParam), async (c) => {
    const article = await loadArticle(c.req.valid('param').id);
    return c.json({ items: await listHistory({ type: 'Article', id: article.id }) });
  })
  .get('/articles/:id/revisions', validate('param', idParam), async (c) => {
    const article = await loadArticle(c.req.valid('param').id);
    return c.json({ items: await listRevisions(article.id) });
  })
  .get(
    '/articles/:id/preview',
    validate('param', idParam),
    validate('query', z.object({ revision: z.coerce.number().int().min(1).optional() })),
    async (c) => {
      // The same renderer as the public site, so the director approves exactly what readers will see.
      const article = await loadArticle(c.req.valid('param').id);
      const revisionNumber =
        c.req.valid('query').revision ?? article.submittedRevision ?? article.latestRevision;
      const revision = await getRevision(article.id, revisionNumber);
      if (!revision) throw errors.notFound(`revision ${revisionNumber}`);
      const category = await getCategory(revision.categorySlug);
      if (!category) throw errors.notFound(`category ${revision.categorySlug}`);
      const { articleId: _a, savedAt, savedBy: _b, savedByName: _n, ...content } = revision;
      const ctx = await siteContext();
      const page = renderArticlePage(
        ctx,
        {
          ...content,
          id: article.id,
          language: article.language,
          slug: article.slug,
          authorName: article.authorName,
          firstPublishedAt: article.firstPublishedAt ?? savedAt,
          publishedAt: savedAt,
          ordinal: article.listing?.ordinal ?? 0,
          ...(article.sourceAgency ? { sourceAgency: article.sourceAgency } : {}),
        },
        { category, related: [], preview: true },
      );
      return c.html(page);
    },
  )
  .get('/review-queue', async (c) => c.json({ items: await listReviewQueue() }));
