import { Hono } from 'hono';
import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import { listHistory } from '#shared/data/audit.ts';
import {
  contributionInputSchema,
  declineContributionSchema,
  takeContributionSchema,
} from '#shared/domain/contribution.ts';
import { contributionEntity } from '#shared/editorial/contribution-publication.ts';
import {
  contributionFor,
  declineContribution,
  listContributionsFor,
  mayHandleContribution,
  sendContribution,
  takeContribution,
} from '#shared/editorial/contribution-service.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';

/** Agencies' contributions (mounted under /admin; policy in shared/auth/policies/content.ts). */
const idParam = z.object({ id: z.uuid() });

export const contributionRoutes = new Hono<ContextEnv>()
  .get('/contributions', async (c) => c.json({ items: await listContributionsFor(c.get('principal')) }))
  .post('/contributions', validate('json', contributionInputSchema), async (c) => {
    const principal = c.get('principal');
    return c.json(await sendContribution(principal, c.req.valid('json'), actorOf(principal)), 201);
  })
  .get('/contributions/:id', validate('param', idParam), async (c) => {
    const principal = c.get('principal');
    const contribution = await contributionFor(principal, c.req.valid('param').id);
    // Whether this caller's area covers it: the SPA offers take and decline only then (the API decides anyway).
    const mayHandle = await mayHandleContribution(contribution, actorOf(principal));
    return c.json({ contribution, mayHandle });
  })
  .get('/contributions/:id/history', validate('param', idParam), async (c) => {
    const { id } = c.req.valid('param');
    await contributionFor(c.get('principal'), id);
    return c.json({ items: await listHistory(contributionEntity(id)) });
  })
  .post(
    '/contributions/:id/take',
    validate('param', idParam),
    validate('json', takeContributionSchema),
    async (c) => {
      const { expectedVersion } = c.req.valid('json');
      const taken = await takeContribution(
        c.req.valid('param').id,
        expectedVersion,
        actorOf(c.get('principal')),
      );
      return c.json(taken, 201);
    },
  )
  .post(
    '/contributions/:id/decline',
    validate('param', idParam),
    validate('json', declineContributionSchema),
    async (c) =>
      c.json(
        await declineContribution(c.req.valid('param').id, c.req.valid('json'), actorOf(c.get('principal'))),
      ),
  );
