import { Hono } from 'hono';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import {
  completeUpload,
  createUploadTicket,
  uploadCompleteSchema,
  uploadRequestSchema,
} from '#shared/media/uploads.ts';

/** Image uploads by presigned S3 PUT (mounted under /admin; policy in shared/auth/policies/content.ts). */
export const mediaRoutes = new Hono<ContextEnv>()
  .post('/media/uploads', validate('json', uploadRequestSchema), async (c) =>
    c.json(await createUploadTicket(c.req.valid('json')), 201),
  )
  .post('/media/uploads/complete', validate('json', uploadCompleteSchema), async (c) =>
    c.json(await completeUpload(c.req.valid('json').key)),
  );
