import '../../infra/local/quiet-warnings.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { resetClients } from '#shared/data/clients.ts';
import { localEnvironment } from '../../infra/local/provision.ts';

/**
 * Every test file sees the environment a handler sees on Lambda, pointed at the local engines that
 * engines.global.ts started (table and buckets already created). Files that need the HTTP entry point
 * start it with startTestStack().
 */
Object.assign(
  process.env,
  localEnvironment({
    dynamoEndpoint: inject('dynamoEndpoint'),
    s3Endpoint: inject('s3Endpoint'),
    issuerUrl: 'http://localhost:1/auth',
    audience: 'qtp-admin-local',
    publicBaseUrl: 'http://localhost:3000',
    tableName: 'qtp-test',
    // The run's development CA, in a temporary folder (engines.global.ts).
    signingDir: inject('signingDir'),
    // Mail from code under test goes to a temporary outbox, never anywhere else.
    outboxDir: mkdtempSync(join(tmpdir(), 'qtp-test-outbox-')),
  }),
);
// Pages rendered on request show what a test has just changed; test/integration/site-context-cache.test.ts
// tests the cache itself.
process.env.SITE_CONTEXT_CACHE_SECONDS = '0';
resetClients();
