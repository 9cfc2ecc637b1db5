import { Hono } from 'hono';
import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import { listHistory } from '#shared/data/audit.ts';
import {
  createDisclosure,
  decideOnDisclosure,
  disclosureEntity,
  listAllDisclosures,
  loadDisclosure,
  updateDisclosure,
} from '#shared/disclosure/disclosures.ts';
import {
  disclosureDecisionSchema,
  disclosureInputSchema,
  disclosureUpdateSchema,
  PDF_TYPE,
  XLSX_TYPE,
} from '#shared/domain/disclosure.ts';
import { errors } from '#shared/domain/errors.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import { createDocumentUploadTicket, documentUploadRequestSchema } from '#shared/media/document-uploads.ts';
import { presignedDownload } from '#shared/media/downloads.ts';

/** Disclosure records (mounted under /admin; policy in shared/auth/policies/content.ts). */
const idParam = z.object({ id: z.uuid() });
const fileParam = z.object({ id: z.uuid(), index: z.coerce.number().int().min(0).max(20) });

export const disclosureRoutes = new Hono<ContextEnv>()
  .get('/disclosures', async (c) => c.json({ items: await listAllDisclosures() }))
  .post('/disclosures', validate('json', disclosureInputSchema), async (c) =>
    c.json(await createDisclosure(c.req.valid('json'), actorOf(c.get('principal'))), 201),
  )
  .post(
    '/disclosures/files/uploads',
    validate('json', documentUploadRequestSchema.extend({ contentType: z.enum([PDF_TYPE, XLSX_TYPE]) })),
    async (c) => c.json(await createDocumentUploadTicket(c.req.valid('json'), 'disclosure'), 201),
  )
  .get('/disclosures/:id', validate('param', idParam), async (c) =>
    c.json(await loadDisclosure(c.req.valid('param').id)),
  )
  .put(
    '/disclosures/:id',
    validate('param', idParam),
    validate('json', disclosureUpdateSchema),
    async (c) => {
      const { expectedVersion, ...input } = c.req.valid('json');
      return c.json(
        await updateDisclosure(c.req.valid('param').id, input, expectedVersion, actorOf(c.get('principal'))),
      );
    },
  )
  .post(
    '/disclosures/:id/decision',
    validate('param', idParam),
    validate('json', disclosureDecisionSchema),
    async (c) =>
      c.json(
        await decideOnDisclosure(c.req.valid('param').id, c.req.valid('json'), actorOf(c.get('principal'))),
      ),
  )
  .get('/disclosures/:id/history', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    await loadDisclosure(id);
    return c.json({ items: await listHistory(disclosureEntity(id)) });
  })
  /** A file to check before publishing: a presigned GET of a few minutes (the upload is private). */
  .get('/disclosures/:id/files/:index', validate('param', fileParam), async (c) => {
    const { id, index } = c.req.valid('param');
    const file = (await loadDisclosure(id)).files[index];
    if (!file) throw errors.notFound(`file ${index} of disclosure ${id}`);
    return c.json({ url: await presignedDownload(file.key, file.fileName) });
  });
