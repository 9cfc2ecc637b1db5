import { Hono } from 'hono';
import { actorOf } from '#shared/auth/actor.ts';
import { articleLookupQuerySchema } from '#shared/domain/article-lookup.ts';
import {
  completeImageUploadSchema,
  mediaIdParamSchema,
  mediaListQuerySchema,
  updateMediaAltSchema,
} from '#shared/domain/media.ts';
import { lookupArticles } from '#shared/editorial/article-lookup.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import { listMedia, loadMediaAsset, updateMediaAlt } from '#shared/media/library.ts';
import { completeUpload, createUploadTicket, uploadRequestSchema } from '#shared/media/uploads.ts';

/**
 * Image uploads by presigned S3 PUT, the media library, and the article picker's lookup (mounted under
 * /admin; policy in shared/auth/policies/content.ts).
 */
export const mediaRoutes = new Hono<ContextEnv>()
  .post('/media/uploads', validate('json', uploadRequestSchema), async (c) =>
    c.json(await createUploadTicket(c.req.valid('json')), 201),
  )
  .post('/media/uploads/complete', validate('json', completeImageUploadSchema), async (c) =>
    c.json(await completeUpload(c.req.valid('json'), actorOf(c.get('principal')))),
  )
  .get('/media/assets', validate('query', mediaListQuerySchema), async (c) =>
    c.json(await listMedia(c.req.valid('query'))),
  )
  .get('/media/assets/:id', validate('param', mediaIdParamSchema), async (c) =>
    c.json(await loadMediaAsset(c.req.valid('param').id)),
  )
  .put(
    '/media/assets/:id',
    validate('param', mediaIdParamSchema),
    validate('json', updateMediaAltSchema),
    async (c) =>
      c.json(await updateMediaAlt(c.req.valid('param').id, c.req.valid('json'), actorOf(c.get('principal')))),
  )
  .get('/article-lookup', validate('query', articleLookupQuerySchema), async (c) =>
    c.json({ items: await lookupArticles(c.req.valid('query')) }),
  );
