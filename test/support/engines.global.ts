import '../../infra/local/quiet-warnings.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { TestProject } from 'vitest/node';
import { localSigner } from '#shared/gazette/signing/local-signer.ts';
import { ensureAdminBuilt } from '../../infra/local/admin-spa.ts';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local.ts';
import { PreflightError } from '../../infra/local/preflight.ts';
import { ensureBuckets, ensureTable } from '../../infra/local/provision.ts';
import { startS3Emulator } from '../../infra/local/s3-emulator.ts';

export const TEST_TABLE = 'qtp-test';

/** The real local engines for the whole test run: DynamoDB Local in memory, s3rver in a temp dir. */
export default async function startEngines(project: TestProject) {
  const s3Directory = mkdtempSync(join(tmpdir(), 'qtp-test-s3-'));
  // One development CA for the whole run, made before any test file starts: every file's stack signs with
  // the same key, so an issue rendered in one process (a workflow replayed by another file's runner) gives
  // the same bytes as in any other, as on AWS where one KMS key signs.
  const signingDirectory = mkdtempSync(join(tmpdir(), 'qtp-test-signing-'));
  await localSigner(signingDirectory).certificates();
  let dynamo: Awaited<ReturnType<typeof startDynamoDbLocal>>;
  try {
    dynamo = await startDynamoDbLocal();
  } catch (error) {
    if (error instanceof PreflightError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // The browser tests serve the built admin SPA: build it once here, not in each test file.
  if (!ensureAdminBuilt())
    throw new Error('The admin SPA could not be built: run npm run build:admin to see why');
  const s3 = await startS3Emulator({ directory: s3Directory });
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const region = 'ap-southeast-1';
  const dynamoClient = new DynamoDBClient({ endpoint: dynamo.endpoint, region, credentials });
  const s3Client = new S3Client({ endpoint: s3.endpoint, region, credentials, forcePathStyle: true });
  await ensureTable(dynamoClient, TEST_TABLE);
  await ensureBuckets(s3Client);
  dynamoClient.destroy();
  s3Client.destroy();
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('s3Endpoint', s3.endpoint);
  project.provide('signingDir', signingDirectory);
  return async () => {
    await s3.stop();
    await dynamo.stop();
    rmSync(s3Directory, { recursive: true, force: true });
    rmSync(signingDirectory, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    s3Endpoint: string;
    signingDir: string;
  }
}
