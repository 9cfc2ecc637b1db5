import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import { contentPolicy } from '#shared/auth/policies/content.ts';
import { listHistory } from '#shared/data/audit.ts';
import {
  createAgency,
  createCategory,
  getAgency,
  getCategory,
  updateAgency,
  updateCategory,
} from '#shared/data/directory.ts';
import {
  agencyInputSchema,
  agencyUpdateSchema,
  categoryInputSchema,
  categoryUpdateSchema,
} from '#shared/domain/directory.ts';
import { errors } from '#shared/domain/errors.ts';
import { slugSchema } from '#shared/domain/text.ts';
import { areaOf } from '#shared/editorial/article-service.ts';
import { createAdminApp, createContextApp } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import { articleRoutes } from './articles.ts';
import { contributionRoutes } from './contributions.ts';
import { disclosureRoutes } from './disclosures.ts';
import { informationRequestRoutes } from './information-requests.ts';
import { mediaRoutes } from './media.ts';
import { organisationRoutes } from './organisation.ts';
import { pageRoutes } from './pages.ts';
import { contentPublicRoutes } from './public-app.ts';
import { ratingAdminRoutes } from './ratings.ts';
import { reportRoutes } from './reports.ts';
import { staffRoutes } from './staff.ts';

/** Content context: news and information, the portal's reference data (categories, agencies), staff accounts. */

const slugParam = z.object({ slug: slugSchema });
const idParam = z.object({ id: slugSchema });

const adminRoutes = createAdminApp(contentPolicy)
  .get('/me', async (c) => {
    // The caller, and an editor's area (decision 166) so the SPA offers only the categories they may write in.
    const principal = c.get('principal');
    const editorArea = await areaOf(actorOf(principal));
    return c.json({ ...principal, ...(editorArea ? { editorArea } : {}) });
  })
  .route('/', articleRoutes)
  .route('/', mediaRoutes)
  .route('/', organisationRoutes)
  .route('/', staffRoutes)
  .route('/', ratingAdminRoutes)
  .route('/', reportRoutes)
  .route('/', pageRoutes)
  .route('/', disclosureRoutes)
  .route('/', contributionRoutes)
  // Requests for information to agencies (issue 15).
  .route('/', informationRequestRoutes)
  .post('/categories', validate('json', categoryInputSchema), async (c) => {
    const category = await createCategory(c.req.valid('json'), actorOf(c.get('principal')));
    return c.json(category, 201);
  })
  .put(
    '/categories/:slug',
    validate('param', slugParam),
    validate('json', categoryUpdateSchema),
    async (c) => {
      const { expectedVersion, ...changes } = c.req.valid('json');
      const category = await updateCategory(
        c.req.valid('param').slug,
        changes,
        expectedVersion,
        actorOf(c.get('principal')),
      );
      return c.json(category);
    },
  )
  .get('/categories/:slug/history', validate('param', slugParam), async (c) => {
    const { slug } = c.req.valid('param');
    if (!(await getCategory(slug))) throw errors.notFound(`category “${slug}”`);
    return c.json({ items: await listHistory({ type: 'Category', id: slug }) });
  })
  .post('/agencies', validate('json', agencyInputSchema), async (c) => {
    const agency = await createAgency(c.req.valid('json'), actorOf(c.get('principal')));
    return c.json(agency, 201);
  })
  .put('/agencies/:id', validate('param', idParam), validate('json', agencyUpdateSchema), async (c) => {
    const { expectedVersion, ...changes } = c.req.valid('json');
    const agency = await updateAgency(
      c.req.valid('param').id,
      changes,
      expectedVersion,
      actorOf(c.get('principal')),
    );
    return c.json(agency);
  })
  .get('/agencies/:id/history', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    if (!(await getAgency(id))) throw errors.notFound(`agency “${id}”`);
    return c.json({ items: await listHistory({ type: 'Agency', id }) });
  });

/** The staff routes alone: the function behind API Gateway's /api/content/admin/{proxy+}. */
export const contentAdminApp = createContextApp('/api/content').route('/admin', adminRoutes);

/** Both halves in one app, as the local gateway and the route tests serve them. */
export const contentApp = createContextApp('/api/content')
  .route('/', contentPublicRoutes)
  .route('/admin', adminRoutes);
