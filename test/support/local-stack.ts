import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Role } from '#shared/domain/roles.ts';
import { localAccounts } from '../../infra/local/accounts.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';

/** The portal's HTTP entry point on a free port, over the engines the test run already started. */
export async function startTestStack(): Promise<LocalStack> {
  return startLocalStack({
    engines: { dynamoEndpoint: inject('dynamoEndpoint'), s3Endpoint: inject('s3Endpoint') },
    tableName: 'qtp-test',
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

/** A uniquely named slug, so tests sharing one table never collide. */
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
