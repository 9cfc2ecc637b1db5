import { Hono } from 'hono';
import { listAgencies, listCategories } from '#shared/data/directory.ts';
import { type ContextEnv, createContextApp } from '#shared/http/context-app.ts';
import { ratingPublicRoutes } from './ratings.ts';
import { searchRoutes } from './search.ts';

/**
 * The content context's public routes: reference data, the portal's search and readers' ratings of pages. Their own function on
 * AWS (public-handler.ts), so what citizens wait on loads none of the staff routes (articles, media and
 * their image processing).
 */
export const contentPublicRoutes = new Hono<ContextEnv>()
  .get('/categories', async (c) => c.json({ items: await listCategories() }))
  .get('/agencies', async (c) => c.json({ items: await listAgencies() }))
  .route('/', searchRoutes)
  .route('/', ratingPublicRoutes);

/** The function behind API Gateway's public /api/content/{proxy+}. */
export const contentPublicApp = createContextApp('/api/content').route('/', contentPublicRoutes);
