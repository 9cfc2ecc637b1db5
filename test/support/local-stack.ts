import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { resetClients } from '#shared/data/clients.ts';
import { createAgency } from '#shared/data/directory.ts';
import { systemActor } from '#shared/domain/audit.ts';
import type { Role } from '#shared/domain/roles.ts';
import { type LocalAccount, localAccounts } from '../../infra/local/accounts.ts';
import { ensureTable } from '../../infra/local/provision.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';

/**
 * The portal's HTTP entry point on a free port, over the engines the test run already started. `accounts`
 * are the ones the token issuer signs in (default: the demo accounts), for a test's own agencies.
 *
 * Without the local scheduler's loop unless `scheduler` asks for it: test files share the table, and a loop
 * claims every due schedule in it, those another file fires itself by name with a clock of its own
 * (test/integration/feedback-deadlines.test.ts) included. Tests fire schedules with runDueSchedules.
 */
export async function startTestStack(
  options: { accounts?: readonly LocalAccount[]; scheduler?: boolean; tableName?: string } = {},
): Promise<LocalStack> {
  return startLocalStack({
    ...(options.accounts ? { accounts: options.accounts } : {}),
    scheduler: options.scheduler ?? false,
    engines: { dynamoEndpoint: inject('dynamoEndpoint'), s3Endpoint: inject('s3Endpoint') },
    // A file whose work reads a whole collection (a rebuild, the link check) gives a table of its own.
    tableName: options.tableName ?? 'qtp-test',
    outboxDir: mkdtempSync(join(tmpdir(), 'qtp-test-outbox-')),
    // Each test plays its own citizen (rate limits are per address).
    trustForwardedFor: true,
  });
}

export function accountWithRole(role: Role) {
  const account = localAccounts.find((candidate) => candidate.groups.includes(role));
  if (!account) throw new Error(`no demo account has the role ${role}`);
  return account;
}

/** An account of one agency (`custom:agency_id`), for a test's own agencies; its password is `<username>-demo`. */
export function agencyAccount(agencyId: string, username = `u-${agencyId}`): LocalAccount {
  return {
    username,
    password: `${username}-demo`,
    name: `Cán bộ ${agencyId}`,
    email: `${username}@quangtri.local`,
    groups: ['agency'],
    agencyId,
  };
}

/** A test's own provincial department in the directory (the table is shared, so each test names its own). */
export async function createTestAgency(agencyId: string): Promise<void> {
  await createAgency(
    {
      id: agencyId,
      nameVi: `Sở thử nghiệm ${agencyId}`,
      nameEn: `Test department ${agencyId}`,
      kind: 'provincial_department',
      email: `${agencyId}@quangtri.local`,
    },
    systemActor,
  );
}

/** A uniquely named slug, so tests sharing one table never collide. */
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Points this test file at a table of its own (created if missing): for a test that another file's writes to
 * the shared table would disturb (a scheduler loop, a comparison of two whole-site builds).
 */
export async function useOwnTable(tableName: string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint: inject('dynamoEndpoint'),
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await ensureTable(client, tableName);
  client.destroy();
  process.env.TABLE_NAME = tableName;
  resetClients();
}
