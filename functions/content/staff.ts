import { Hono } from 'hono';
import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import { listHistory } from '#shared/data/audit.ts';
import {
  staffCreateSchema,
  staffListQuerySchema,
  staffUpdateSchema,
  usernameSchema,
} from '#shared/domain/staff.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import { createStaff, getStaff, listStaff, setStaffStatus, updateStaff } from '#shared/staff/accounts.ts';
import type { StaffAction } from '#shared/staff/workflow.ts';

/**
 * Staff accounts (issue 13), mounted under /admin; the administrator's alone (shared/auth/policies/staff.ts).
 * Passwords and tokens never pass here: on AWS Cognito mails the invitation, locally the one-time initial
 * password is in the create's answer only.
 */
const usernameParam = z.object({ username: usernameSchema });

/** `POST /staff/:username/disable` and `…/enable`: the same body, the action in the path. */
const statusRoute = (action: StaffAction) =>
  new Hono<ContextEnv>().post(
    `/staff/:username/${action}`,
    validate('param', usernameParam),
    validate('json', versionedSchema),
    async (c) =>
      c.json(
        await setStaffStatus(
          c.req.valid('param').username,
          action,
          c.req.valid('json').expectedVersion,
          actorOf(c.get('principal')),
        ),
      ),
  );

export const staffRoutes = new Hono<ContextEnv>()
  .get('/staff', validate('query', staffListQuerySchema), async (c) =>
    c.json({ items: await listStaff(c.req.valid('query')) }),
  )
  .post('/staff', validate('json', staffCreateSchema), async (c) =>
    c.json(await createStaff(c.req.valid('json'), actorOf(c.get('principal'))), 201),
  )
  .get('/staff/:username', validate('param', usernameParam), async (c) =>
    c.json(await getStaff(c.req.valid('param').username)),
  )
  .put('/staff/:username', validate('param', usernameParam), validate('json', staffUpdateSchema), async (c) =>
    c.json(
      await updateStaff(c.req.valid('param').username, c.req.valid('json'), actorOf(c.get('principal'))),
    ),
  )
  .route('/', statusRoute('disable'))
  .route('/', statusRoute('enable'))
  .get('/staff/:username/history', validate('param', usernameParam), async (c) => {
    const { username } = c.req.valid('param');
    await getStaff(username);
    return c.json({ items: await listHistory({ type: 'StaffAccount', id: username }) });
  });
