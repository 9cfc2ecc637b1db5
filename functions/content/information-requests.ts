import { Hono } from 'hono';
import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import { listHistory } from '#shared/data/audit.ts';
import {
  dueDateQuerySchema,
  INFORMATION_FILE_TYPES,
  informationAnswerInputSchema,
  informationRequestCancelSchema,
  informationRequestInputSchema,
  startArticleInputSchema,
} from '#shared/domain/information-request.ts';
import {
  answerFileOf,
  answerInformationRequest,
  cancelInformationRequest,
  createInformationRequest,
  dueDateIn,
  informationRequestEntity,
  informationRequestFor,
  listInformationRequestsFor,
  startArticleFromRequest,
} from '#shared/editorial/information-request-service.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import { createDocumentUploadTicket, documentUploadRequestSchema } from '#shared/media/document-uploads.ts';
import { presignedDownload } from '#shared/media/downloads.ts';

/**
 * Requests for information to agencies (mounted under /admin; policy in
 * shared/auth/policies/information-requests.ts). An agency user reaches only its own agency's requests.
 */
const idParam = z.object({ id: z.uuid() });
const fileParam = z.object({
  id: z.uuid(),
  answer: z.coerce.number().int().min(0).max(100),
  index: z.coerce.number().int().min(0).max(20),
});

export const informationRequestRoutes = new Hono<ContextEnv>()
  .get('/information-requests', async (c) =>
    c.json({ items: await listInformationRequestsFor(c.get('principal')) }),
  )
  .post('/information-requests', validate('json', informationRequestInputSchema), async (c) =>
    c.json(await createInformationRequest(c.req.valid('json'), actorOf(c.get('principal'))), 201),
  )
  .get('/information-request-due-date', validate('query', dueDateQuerySchema), async (c) =>
    c.json({ dueDate: await dueDateIn(c.req.valid('query').workingDays) }),
  )
  .post(
    '/information-requests/files/uploads',
    validate('json', documentUploadRequestSchema.extend({ contentType: z.enum(INFORMATION_FILE_TYPES) })),
    async (c) => c.json(await createDocumentUploadTicket(c.req.valid('json'), 'information-request'), 201),
  )
  .get('/information-requests/:id', validate('param', idParam), async (c) =>
    c.json(await informationRequestFor(c.get('principal'), c.req.valid('param').id)),
  )
  .get('/information-requests/:id/history', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    await informationRequestFor(c.get('principal'), id);
    return c.json({ items: await listHistory(informationRequestEntity(id)) });
  })
  .post(
    '/information-requests/:id/cancel',
    validate('param', idParam),
    validate('json', informationRequestCancelSchema),
    async (c) =>
      c.json(
        await cancelInformationRequest(
          c.req.valid('param').id,
          c.req.valid('json'),
          actorOf(c.get('principal')),
        ),
      ),
  )
  .post(
    '/information-requests/:id/answers',
    validate('param', idParam),
    validate('json', informationAnswerInputSchema),
    async (c) => {
      const principal = c.get('principal');
      return c.json(
        await answerInformationRequest(
          principal,
          c.req.valid('param').id,
          c.req.valid('json'),
          actorOf(principal),
        ),
      );
    },
  )
  /** A file of an answer: a presigned GET of a few minutes (the upload stays private). */
  .get('/information-requests/:id/answers/:answer/files/:index', validate('param', fileParam), async (c) => {
    const { id, answer, index } = c.req.valid('param');
    const file = await answerFileOf(c.get('principal'), id, answer, index);
    return c.json({ url: await presignedDownload(file.key, file.fileName) });
  })
  .post(
    '/information-requests/:id/article',
    validate('param', idParam),
    validate('json', startArticleInputSchema),
    async (c) =>
      c.json(
        await startArticleFromRequest(
          c.req.valid('param').id,
          c.req.valid('json'),
          actorOf(c.get('principal')),
        ),
        201,
      ),
  );
