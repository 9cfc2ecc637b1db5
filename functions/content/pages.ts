import { Hono } from 'hono';
import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import { listHistory } from '#shared/data/audit.ts';
import { getMenu } from '#shared/data/menus.ts';
import {
  getPage,
  getPageRevision,
  getPublishedPage,
  listPageReviewQueue,
  listPageRevisions,
  listPages,
} from '#shared/data/pages.ts';
import { errors } from '#shared/domain/errors.ts';
import { menuIdParamSchema, saveMenuInputSchema } from '#shared/domain/menu.ts';
import { createPageInputSchema, returnPageInputSchema, savePageInputSchema } from '#shared/domain/page.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';
import { saveMenu } from '#shared/editorial/menu-service.ts';
import {
  approvePage,
  createPage,
  type PageResult,
  returnPage,
  savePage,
  submitPage,
  withdrawPage,
} from '#shared/editorial/page-service.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { defaultMenus } from '#shared/site/default-menus.ts';
import { renderManagedPage } from '#web/site/render.ts';

/**
 * Admin routes of managed pages and menus (mounted under /admin; policy in shared/auth/policies/content.ts).
 * The verbs are the editorial workflow's (shared/editorial/page-service.ts); what went live or came down is
 * handed to the publisher before the answer.
 */
const idParam = z.object({ id: z.uuid() });

async function loadPage(id: string) {
  const page = await getPage(id);
  if (!page) throw errors.notFound(`page ${id}`);
  return page;
}

async function published(result: PageResult) {
  if (result.change) await requestPublication({ type: 'pages-changed', changes: [result.change] });
  return result.page;
}

export const pageRoutes = new Hono<ContextEnv>()
  .get('/pages', async (c) => c.json({ items: await listPages() }))
  .post('/pages', validate('json', createPageInputSchema), async (c) => {
    return c.json(await createPage(c.req.valid('json'), actorOf(c.get('principal'))), 201);
  })
  .get('/pages/:id', validate('param', idParam), async (c) => {
    const page = await loadPage(c.req.valid('param').id);
    const latest = await getPageRevision(page.id, page.latestRevision);
    const live = await getPublishedPage(page.id);
    return c.json({ page, latest, ...(live ? { published: live } : {}) });
  })
  .put('/pages/:id', validate('param', idParam), validate('json', savePageInputSchema), async (c) => {
    const { expectedVersion, ...content } = c.req.valid('json');
    return c.json(
      await savePage(c.req.valid('param').id, content, expectedVersion, actorOf(c.get('principal'))),
    );
  })
  .post('/pages/:id/submit', validate('param', idParam), validate('json', versionedSchema), async (c) => {
    const { expectedVersion } = c.req.valid('json');
    return c.json(await submitPage(c.req.valid('param').id, expectedVersion, actorOf(c.get('principal'))));
  })
  .post('/pages/:id/approve', validate('param', idParam), validate('json', versionedSchema), async (c) => {
    const result = await approvePage(
      c.req.valid('param').id,
      c.req.valid('json'),
      actorOf(c.get('principal')),
    );
    return c.json(await published(result));
  })
  .post(
    '/pages/:id/return',
    validate('param', idParam),
    validate('json', returnPageInputSchema),
    async (c) => {
      return c.json(
        await returnPage(c.req.valid('param').id, c.req.valid('json'), actorOf(c.get('principal'))),
      );
    },
  )
  .post('/pages/:id/unpublish', validate('param', idParam), validate('json', versionedSchema), async (c) => {
    const { expectedVersion } = c.req.valid('json');
    const result = await withdrawPage(
      c.req.valid('param').id,
      'unpublish',
      expectedVersion,
      actorOf(c.get('principal')),
    );
    return c.json(await published(result));
  })
  .get('/pages/:id/history', validate('param', idParam), async (c) => {
    const page = await loadPage(c.req.valid('param').id);
    return c.json({ items: await listHistory({ type: 'Page', id: page.id }) });
  })
  .get('/pages/:id/revisions', validate('param', idParam), async (c) => {
    const page = await loadPage(c.req.valid('param').id);
    return c.json({ items: await listPageRevisions(page.id) });
  })
  .get(
    '/pages/:id/preview',
    validate('param', idParam),
    validate('query', z.object({ revision: z.coerce.number().int().min(1).optional() })),
    async (c) => {
      // The public renderer, so the director approves exactly what readers will see.
      const page = await loadPage(c.req.valid('param').id);
      const number = c.req.valid('query').revision ?? page.submittedRevision ?? page.latestRevision;
      const revision = await getPageRevision(page.id, number);
      if (!revision) throw errors.notFound(`revision ${number}`);
      const { pageId: _p, savedBy: _b, savedByName: _n, savedAt, ...content } = revision;
      const live = await getPublishedPage(page.id);
      const html = renderManagedPage(
        await loadSiteContext(),
        {
          ...content,
          id: page.id,
          language: page.language,
          slug: page.slug,
          firstPublishedAt: page.firstPublishedAt ?? savedAt,
          publishedAt: savedAt,
          ...(live?.translationSlug ? { translationSlug: live.translationSlug } : {}),
        },
        { preview: true },
      );
      return c.html(html);
    },
  )
  .get('/page-review-queue', async (c) => c.json({ items: await listPageReviewQueue() }))
  .get('/menus/:id', validate('param', menuIdParamSchema), async (c) => {
    const { id } = c.req.valid('param');
    // A menu never saved answers the site's default, without a version (the first save creates it).
    return c.json((await getMenu(id)) ?? { id, ...defaultMenus[id] });
  })
  .put(
    '/menus/:id',
    validate('param', menuIdParamSchema),
    validate('json', saveMenuInputSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const menu = await saveMenu(id, c.req.valid('json'), actorOf(c.get('principal')));
      await requestPublication({ type: 'menu-changed', menu: id });
      return c.json(menu);
    },
  )
  .get('/menus/:id/history', validate('param', menuIdParamSchema), async (c) => {
    return c.json({ items: await listHistory({ type: 'Menu', id: c.req.valid('param').id }) });
  });
