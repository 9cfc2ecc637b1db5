import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLocalCredential, getStaffAccount } from '#shared/data/staff.ts';
import { staffAccountViewSchema, staffCreatedSchema } from '#shared/domain/staff.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { createTestAgency, startTestStack } from '../support/local-stack.ts';

/**
 * Staff accounts through the content API on DynamoDB Local (issue 13): the administrator creates an account
 * (the local issuer then signs it in with its one-time password), is refused a duplicate username, an agency
 * account without an agency, an unknown agency, and locking themselves out; disables it (its unexpired token
 * is refused on the next request, and it cannot sign in), enables it (the old token stays refused, a new
 * sign-in works), changes its roles (old tokens refused, the new token carries them). Every change is in the
 * account's history.
 */
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const username = `nv.${stamp}`;
const agencyId = `so-tk-${stamp}`;
const staffPath = '/api/content/admin/staff';

async function signIn(name: string, password: string) {
  const response = await fetch(`${stack.url}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: name, password }),
  });
  const body: { idToken?: string; type?: string } = await response.json();
  return { status: response.status, token: body.idToken, type: body.type };
}

async function asToken(token: string, path: string) {
  const response = await fetch(`${stack.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: await response.json() };
}

/** The next whole second: tokens carry `iat` in seconds, and one of the second sessions ended is refused. */
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1100));

beforeAll(async () => {
  stack = await startTestStack();
  api = apiClient(stack);
  await createTestAgency(agencyId);
});

afterAll(async () => {
  await stack?.stop();
});

describe('staff accounts (issue 13)', () => {
  let password = '';
  let firstToken = '';

  it('refuses an agency account without an agency, and an unknown agency, writing nothing', async () => {
    const withoutAgency = await api.post('admin', staffPath, {
      username,
      name: 'Nguyễn Văn Thử',
      email: `${username}@quangtri.gov.vn`,
      roles: ['agency'],
    });
    expect(withoutAgency.status).toBe(400);
    expect(withoutAgency.contentType).toContain('application/problem+json');
    expect(withoutAgency.json).toMatchObject({ errors: [{ path: 'agencyId' }] });
    const unknown = await api.post('admin', staffPath, {
      username,
      name: 'Nguyễn Văn Thử',
      email: `${username}@quangtri.gov.vn`,
      roles: ['agency'],
      agencyId: `khong-co-${stamp}`,
    });
    expect(unknown.status).toBe(400);
    expect(await getStaffAccount(username)).toBeUndefined();
    expect(await getLocalCredential(username)).toBeUndefined();
  });

  it('creates an editor with a one-time password the local issuer signs in with', async () => {
    const created = await api.post('admin', staffPath, {
      username,
      name: 'Nguyễn Văn Thử',
      email: `${username}@quangtri.gov.vn`,
      roles: ['editor'],
      // Kept only for the agency role: an editor has none.
      agencyId,
    });
    expect(created.status).toBe(201);
    const answer = staffCreatedSchema.parse(created.json);
    expect(answer.account).toMatchObject({ username, roles: ['editor'], status: 'active', version: 1 });
    expect(answer.account.agencyId).toBeUndefined();
    password = answer.initialPassword ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    // The password is stored as a scrypt hash only.
    const stored = await getLocalCredential(username);
    expect(stored).toMatch(/^scrypt\$/);
    expect(stored).not.toContain(password);

    expect((await signIn(username, 'wrong-password')).status).toBe(401);
    const signedIn = await signIn(username, password);
    expect(signedIn.status).toBe(200);
    firstToken = signedIn.token ?? '';
    const me = await asToken(firstToken, '/api/content/admin/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username, roles: ['editor'] });
    // An editor is not the administrator: the staff routes are refused.
    expect((await asToken(firstToken, staffPath)).status).toBe(403);
    // Its first request recorded the sign-in.
    const listed = await api.get(
      'admin',
      `${staffPath}?role=editor&q=${encodeURIComponent('nguyen van thu')}`,
    );
    expect(listed.status).toBe(200);
    const items = staffAccountViewSchema.array().parse((listed.json as { items: unknown }).items);
    const mine = items.find((item) => item.username === username);
    expect(mine?.lastSignInAt).toBeDefined();
    expect(items.every((item) => item.roles.includes('editor'))).toBe(true);
  });

  it('refuses a duplicate username', async () => {
    const again = await api.post('admin', staffPath, {
      username,
      name: 'Người khác',
      email: `khac.${stamp}@quangtri.gov.vn`,
      roles: ['director'],
    });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ type: '/problems/duplicate', errors: [{ path: 'username' }] });
    expect(await getStaffAccount(username)).toMatchObject({ name: 'Nguyễn Văn Thử', version: 1 });
  });

  it('refuses the administrator disabling their own account or dropping their own admin role', async () => {
    const self = await getStaffAccount('quantri');
    if (!self) throw new Error('the demo administrator is seeded');
    const disabled = await api.post('admin', `${staffPath}/quantri/disable`, {
      expectedVersion: self.version,
    });
    expect(disabled.status).toBe(403);
    const demoted = await api.put('admin', `${staffPath}/quantri`, {
      name: self.name,
      email: self.email,
      roles: ['editor'],
      expectedVersion: self.version,
    });
    expect(demoted.status).toBe(400);
    expect(demoted.json).toMatchObject({ errors: [{ path: 'roles' }] });
    expect(await getStaffAccount('quantri')).toMatchObject({ status: 'active', roles: ['admin'] });
  });

  it('disables: the unexpired token is refused on its next request, and sign-in too', async () => {
    const stale = await api.post('admin', `${staffPath}/${username}/disable`, { expectedVersion: 7 });
    expect(stale.status).toBe(409);
    const disabled = await api.post('admin', `${staffPath}/${username}/disable`, { expectedVersion: 1 });
    expect(disabled.status).toBe(200);
    expect(disabled.json).toMatchObject({ status: 'disabled', version: 2 });
    const refused = await asToken(firstToken, '/api/content/admin/me');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ type: '/problems/account-disabled' });
    // Every context verifies the same way.
    expect((await asToken(firstToken, '/api/gazette/admin/documents')).status).toBe(401);
    expect((await signIn(username, password)).type).toBe('/problems/account-disabled');
    // Disabling twice is not a transition.
    const twice = await api.post('admin', `${staffPath}/${username}/disable`, { expectedVersion: 2 });
    expect(twice.status).toBe(409);
    expect(twice.json).toMatchObject({ type: '/problems/invalid-transition' });
  });

  it('enables again: the old token stays refused, a new sign-in works', async () => {
    await nextSecond();
    const enabled = await api.post('admin', `${staffPath}/${username}/enable`, { expectedVersion: 2 });
    expect(enabled.status).toBe(200);
    expect((await asToken(firstToken, '/api/content/admin/me')).status).toBe(401);
    const again = await signIn(username, password);
    expect(again.status).toBe(200);
    expect((await asToken(again.token ?? '', '/api/content/admin/me')).status).toBe(200);
  });

  it('changes roles and agency: old tokens are refused, the next sign-in carries the new ones', async () => {
    const before = await signIn(username, password);
    await nextSecond();
    const changed = await api.put('admin', `${staffPath}/${username}`, {
      name: 'Nguyễn Văn Thử',
      email: `${username}@quangtri.gov.vn`,
      roles: ['agency'],
      agencyId,
      expectedVersion: 3,
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ roles: ['agency'], agencyId, version: 4 });
    expect((await asToken(before.token ?? '', '/api/content/admin/me')).status).toBe(401);
    await nextSecond();
    const after = await signIn(username, password);
    const me = await asToken(after.token ?? '', '/api/content/admin/me');
    expect(me.body).toMatchObject({ roles: ['agency'], agencyId });
  });

  it('keeps every change in the account history, for the administrator only', async () => {
    const history = await api.get('admin', `${staffPath}/${username}/history`);
    expect(history.status).toBe(200);
    const actions = (history.json as { items: { action: string; actorName: string }[] }).items.map(
      (entry) => entry.action,
    );
    expect(actions).toEqual(['create', 'disable', 'enable', 'update']);
    expect((await api.get('director', `${staffPath}/${username}/history`)).status).toBe(403);
    expect((await api.get('admin', `${staffPath}/khong-co-${stamp}/history`)).status).toBe(404);
    // Nothing of the password in any answer.
    expect(JSON.stringify(history.json)).not.toContain(password);
  });
});
