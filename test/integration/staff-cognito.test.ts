import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolCommand,
  DeleteGroupCommand,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLocalCredential, getStaffAccount } from '#shared/data/staff.ts';
import { DuplicateValue } from '#shared/domain/errors.ts';
import { allRoles } from '#shared/domain/roles.ts';
import { createStaff, setStaffStatus, updateStaff } from '#shared/staff/accounts.ts';
import { freePort } from '../../infra/local/ports.ts';
import { createTestAgency } from '../support/local-stack.ts';

/**
 * The staff directory's AWS side (shared/staff/directory-port.ts) against moto's Cognito emulator
 * (`moto_server`, a real engine speaking Cognito's API), with the portal's records on DynamoDB Local: the verbs
 * create the user (attributes, groups, no password returned), refuse a username Cognito already holds, take
 * back a user whose groups could not be set,
 * move groups and `custom:agency_id` on a change of roles, and disable and enable the user. Skipped where
 * moto's server is not installed (`pip install 'moto[server]'`).
 */
const hasMoto = (() => {
  try {
    execFileSync('moto_server', ['--help'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let moto: ChildProcess | undefined;
let cognito: CognitoIdentityProviderClient;
let poolId = '';
const saved: Record<string, string | undefined> = {};
const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const agencyId = `so-cg-${stamp}`;
const actor = { id: 'local-quantri', name: 'Lê Văn Quản' };

function setEnv(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
}

async function userOf(username: string) {
  const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }));
  const groups = await cognito.send(
    new AdminListGroupsForUserCommand({ UserPoolId: poolId, Username: username }),
  );
  return {
    enabled: user.Enabled,
    attributes: Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value])),
    groups: (groups.Groups ?? []).map((group) => group.GroupName).toSorted(),
  };
}

(hasMoto ? describe : describe.skip)('staff accounts on Cognito (moto)', () => {
  beforeAll(async () => {
    const port = await freePort();
    moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    const endpoint = `http://127.0.0.1:${port}`;
    for (let attempt = 0; ; attempt += 1) {
      const up = await fetch(`${endpoint}/moto-api/`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      if (attempt > 100) throw new Error('moto_server did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The SDK's service-specific endpoint variable: the port's code runs unchanged.
    setEnv({
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
    });
    cognito = new CognitoIdentityProviderClient({ region: 'ap-southeast-1', endpoint });
    const pool = await cognito.send(
      new CreateUserPoolCommand({
        PoolName: `qtp-test-staff-${stamp}`,
        AliasAttributes: ['email'],
        Schema: [{ Name: 'agency_id', AttributeDataType: 'String', Mutable: true }],
      }),
    );
    poolId = pool.UserPool?.Id ?? '';
    for (const role of allRoles) {
      await cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: role }));
    }
    setEnv({ STAFF_USER_POOL_ID: poolId });
    await createTestAgency(agencyId);
  });

  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    moto?.kill();
  });

  const username = `cg.${stamp}`;

  it('creates the Cognito user with its attributes and groups; the record keeps its sub, no password', async () => {
    const created = await createStaff(
      {
        username,
        name: 'Văn thư thử',
        email: `${username}@quangtri.gov.vn`,
        roles: ['agency'],
        agencyId,
      },
      actor,
    );
    expect(created.initialPassword).toBeUndefined();
    const user = await userOf(username);
    expect(user).toMatchObject({
      enabled: true,
      groups: ['agency'],
      attributes: {
        email: `${username}@quangtri.gov.vn`,
        name: 'Văn thư thử',
        'custom:agency_id': agencyId,
      },
    });
    expect(created.account.userId).toBe(user.attributes.sub);
    expect(await getStaffAccount(username)).toMatchObject({ userId: user.attributes.sub, status: 'active' });
    expect(await getLocalCredential(username), 'no local hash on AWS').toBeUndefined();
  });

  it('refuses a username Cognito already holds, writing no record', async () => {
    const taken = `cg2.${stamp}`;
    await cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: taken }));
    await expect(
      createStaff(
        { username: taken, name: 'Người khác', email: `${taken}@quangtri.gov.vn`, roles: ['editor'] },
        actor,
      ),
    ).rejects.toBeInstanceOf(DuplicateValue);
    expect(await getStaffAccount(taken)).toBeUndefined();
  });

  it('takes back a user whose groups could not be set, so the username is free again', async () => {
    const half = `cg3.${stamp}`;
    // A pool without the gazette officers' group: adding the new user to it fails after the user exists.
    await cognito.send(new DeleteGroupCommand({ UserPoolId: poolId, GroupName: 'gazette_officer' }));
    await expect(
      createStaff(
        { username: half, name: 'Cán bộ thử', email: `${half}@quangtri.gov.vn`, roles: ['gazette_officer'] },
        actor,
      ),
    ).rejects.toThrow();
    await expect(userOf(half)).rejects.toBeInstanceOf(UserNotFoundException);
    expect(await getStaffAccount(half)).toBeUndefined();
    await cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'gazette_officer' }));
  });

  it('moves the groups and removes the agency on a change of roles', async () => {
    await updateStaff(
      username,
      {
        name: 'Văn thư thử',
        email: `${username}@quangtri.gov.vn`,
        roles: ['editor', 'director'],
        expectedVersion: 1,
      },
      actor,
    );
    const user = await userOf(username);
    expect(user.groups).toEqual(['director', 'editor']);
    expect(user.attributes['custom:agency_id']).toBeUndefined();
  });

  it('disables and enables the Cognito user', async () => {
    await setStaffStatus(username, 'disable', 2, actor);
    expect((await userOf(username)).enabled).toBe(false);
    await setStaffStatus(username, 'enable', 3, actor);
    expect((await userOf(username)).enabled).toBe(true);
    expect(await getStaffAccount(username)).toMatchObject({ status: 'active', version: 4 });
  });
});
