import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultationApp } from '#functions/consultation/app.ts';
import { contentApp } from '#functions/content/app.ts';
import { dialogueApp } from '#functions/dialogue/app.ts';
import { feedbackApp } from '#functions/feedback/app.ts';
import { gazetteApp } from '#functions/gazette/app.ts';
import { consultationPolicy } from '#shared/auth/policies/consultation.ts';
import { contentPolicy } from '#shared/auth/policies/content.ts';
import { dialoguePolicy } from '#shared/auth/policies/dialogue.ts';
import { feedbackPolicy } from '#shared/auth/policies/feedback.ts';
import { gazettePolicy } from '#shared/auth/policies/gazette.ts';
import { policyKey, type RoutePolicy } from '#shared/auth/route-policy.ts';
import { allRoles, type Role } from '#shared/domain/roles.ts';
import { createAdminApp, createContextApp } from '#shared/http/context-app.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { accountWithRole, startTestStack } from '../support/local-stack.ts';

const contexts: { name: string; app: { routes: { method: string; path: string }[] }; policy: RoutePolicy }[] =
  [
    { name: 'content', app: contentApp, policy: contentPolicy },
    { name: 'gazette', app: gazetteApp, policy: gazettePolicy },
    { name: 'feedback', app: feedbackApp, policy: feedbackPolicy },
    { name: 'consultation', app: consultationApp, policy: consultationPolicy },
    { name: 'dialogue', app: dialogueApp, policy: dialoguePolicy },
  ];

/** Every admin route as registered (middleware, registered as method ALL, left out). */
const adminRoutes = contexts.flatMap(({ name, app, policy }) =>
  app.routes
    .filter((route) => route.method !== 'ALL' && route.path.includes('/admin/'))
    .map((route) => ({ context: name, method: route.method, path: route.path, policy })),
);

/** A concrete URL for a route pattern: each `:param` becomes a valid-looking value. */
const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, 'mau-thu');

let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => stack.stop());

async function call(method: string, path: string, token?: string) {
  return fetch(`${stack.url}${concrete(path)}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: method === 'GET' || method === 'HEAD' ? undefined : '{}',
  });
}

describe('admin route policy', () => {
  it('finds the admin routes of every context', () => {
    expect(adminRoutes.length).toBeGreaterThanOrEqual(9);
    expect(new Set(adminRoutes.map((route) => route.context))).toEqual(
      new Set(['content', 'gazette', 'feedback', 'consultation', 'dialogue']),
    );
  });

  it('has a policy entry for every registered admin route, and no entry without a route', () => {
    for (const route of adminRoutes) {
      expect(
        route.policy[policyKey(route.method, route.path)],
        policyKey(route.method, route.path),
      ).toBeDefined();
    }
    for (const { app, policy } of contexts) {
      const registered = new Set(app.routes.map((route) => policyKey(route.method, route.path)));
      for (const key of Object.keys(policy))
        expect(registered.has(key), `stale policy entry ${key}`).toBe(true);
    }
  });

  it('refuses a route that was added without a policy, even to an administrator', async () => {
    const admin = createAdminApp({}).get('/unlisted', (c) => c.json({ leaked: true }));
    const app = createContextApp('/api/probe').route('/admin', admin);
    const probe = new Hono().all('/api/probe/*', (c) => app.fetch(c.req.raw));
    const token = await stack.issuer.mint(accountWithRole('admin'));
    const response = await probe.request('/api/probe/admin/unlisted', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  describe.each(adminRoutes)('$method $path', (route) => {
    const allowed = route.policy[policyKey(route.method, route.path)] ?? [];

    it('refuses a request without a token', async () => {
      const response = await call(route.method, route.path);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    });

    it('refuses an expired token', async () => {
      const token = await stack.issuer.mint(accountWithRole('admin'), { expiresInSeconds: -120 });
      expect((await call(route.method, route.path, token)).status).toBe(401);
    });

    it('refuses a token from another issuer', async () => {
      const token = await stack.issuer.mint(accountWithRole('admin'), {
        issuer: 'https://cognito-idp.example/other',
      });
      expect((await call(route.method, route.path, token)).status).toBe(401);
    });

    it('refuses a token whose signature was tampered with', async () => {
      const token = await stack.issuer.mint(accountWithRole('director'));
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
      claims['cognito:groups'] = ['admin'];
      const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
      expect((await call(route.method, route.path, forged)).status).toBe(401);
    });

    const refused = allRoles.filter((role) => !allowed.includes(role));
    it.each(refused.map((role) => ({ role })))(
      'refuses the role $role, which its policy does not list',
      async ({ role }) => {
        const token = await stack.issuer.mint(accountWithRole(role));
        const response = await call(route.method, route.path, token);
        expect(response.status).toBe(403);
      },
    );

    it.each(allowed.map((role: Role) => ({ role })))('lets the role $role through', async ({ role }) => {
      const token = await stack.issuer.mint(accountWithRole(role));
      const response = await call(route.method, route.path, token);
      expect([401, 403]).not.toContain(response.status);
    });
  });
});
