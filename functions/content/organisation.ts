import { Hono } from 'hono';
import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import { listHistory } from '#shared/data/audit.ts';
import { externalLinks, officials, units } from '#shared/data/organisation.ts';
import type { AuditedEntityType } from '#shared/domain/audit.ts';
import { errors } from '#shared/domain/errors.ts';
import {
  externalLinkInputSchema,
  externalLinkUpdateSchema,
  officialInputSchema,
  officialUpdateSchema,
  unitInputSchema,
  unitUpdateSchema,
} from '#shared/domain/organisation.ts';
import { rebuildIdSchema } from '#shared/domain/rebuild.ts';
import { slugSchema } from '#shared/domain/text.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import {
  createExternalLink,
  createOfficial,
  createUnit,
  currentLinkChecks,
  scheduleLinkCheck,
  updateExternalLink,
  updateOfficial,
  updateUnit,
} from '#shared/organisation/service.ts';
import { rebuildProgressOf, startSiteRebuild } from '#shared/publication/rebuild-port.ts';

/**
 * The organisation as data (mounted under /admin; policy in shared/auth/policies/content.ts): units,
 * focal-point officials, external links and their checks, and the admin's full rebuild.
 */
const idParam = z.object({ id: slugSchema });

const history = (type: AuditedEntityType, exists: (id: string) => Promise<unknown>) => async (id: string) => {
  if (!(await exists(id))) throw errors.notFound(`${type} “${id}”`);
  return { items: await listHistory({ type, id }) };
};
const unitHistory = history('Unit', units.get);
const officialHistory = history('Official', officials.get);
const linkHistory = history('ExternalLink', externalLinks.get);

export const organisationRoutes = new Hono<ContextEnv>()
  .get('/units', async (c) => c.json({ items: await units.list() }))
  .post('/units', validate('json', unitInputSchema), async (c) =>
    c.json(await createUnit(c.req.valid('json'), actorOf(c.get('principal'))), 201),
  )
  .put('/units/:id', validate('param', idParam), validate('json', unitUpdateSchema), async (c) => {
    const { expectedVersion, ...changes } = c.req.valid('json');
    return c.json(
      await updateUnit(c.req.valid('param').id, changes, expectedVersion, actorOf(c.get('principal'))),
    );
  })
  .get('/units/:id/history', validate('param', idParam), async (c) =>
    c.json(await unitHistory(c.req.valid('param').id)),
  )
  .get('/officials', async (c) => c.json({ items: await officials.list() }))
  .post('/officials', validate('json', officialInputSchema), async (c) =>
    c.json(await createOfficial(c.req.valid('json'), actorOf(c.get('principal'))), 201),
  )
  .put('/officials/:id', validate('param', idParam), validate('json', officialUpdateSchema), async (c) => {
    const { expectedVersion, ...changes } = c.req.valid('json');
    return c.json(
      await updateOfficial(c.req.valid('param').id, changes, expectedVersion, actorOf(c.get('principal'))),
    );
  })
  .get('/officials/:id/history', validate('param', idParam), async (c) =>
    c.json(await officialHistory(c.req.valid('param').id)),
  )
  .get('/links', async (c) => c.json({ items: await externalLinks.list() }))
  .post('/links', validate('json', externalLinkInputSchema), async (c) =>
    c.json(await createExternalLink(c.req.valid('json'), actorOf(c.get('principal'))), 201),
  )
  .put('/links/:id', validate('param', idParam), validate('json', externalLinkUpdateSchema), async (c) => {
    const { expectedVersion, ...changes } = c.req.valid('json');
    return c.json(
      await updateExternalLink(
        c.req.valid('param').id,
        changes,
        expectedVersion,
        actorOf(c.get('principal')),
      ),
    );
  })
  .get('/links/:id/history', validate('param', idParam), async (c) =>
    c.json(await linkHistory(c.req.valid('param').id)),
  )
  .get('/link-checks', async (c) => c.json({ items: await currentLinkChecks() }))
  /** Check now: the task runs at once through the scheduler, as the daily check does. */
  .post('/link-checks', async (c) => {
    await scheduleLinkCheck(new Date());
    return c.json({ scheduled: true }, 202);
  })
  .post('/rebuilds', async (c) => c.json(await startSiteRebuild(), 202))
  .get('/rebuilds/:id', validate('param', z.object({ id: rebuildIdSchema })), async (c) =>
    c.json(await rebuildProgressOf(c.req.valid('param').id)),
  );
