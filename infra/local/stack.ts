import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { serve } from '@hono/node-server';
import { resetClients } from '#shared/data/clients.ts';
import { type LocalAccount, localAccounts, seedStaffAccounts } from './accounts.ts';
import { loadContextApps } from './context-apps.ts';
import { loadOrCreateSecretFile } from './durable-files.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import { createGateway, startingResponse } from './gateway.ts';
import { localLambdaContext } from './lambda-context.ts';
import { ensureBuckets, ensureTable, localEnvironment, newCursorSigningKey } from './provision.ts';
import { type S3Emulator, startS3Emulator } from './s3-emulator.ts';
import { type ScheduleTargets, startLocalScheduler } from './scheduler.ts';
import { createLocalIssuer, type LocalIssuer } from './token-issuer.ts';
import { createLocalWorkflowRunner, type LocalWorkflowRunner } from './workflow-runner.ts';

/**
 * The whole portal on one machine: DynamoDB Local, the S3 emulator, the local token issuer and the
 * gateway, with the handlers in-process. `npm start` and the integration tests both start it this way.
 */
export type LocalStackOptions = {
  /** Where DynamoDB and S3 keep their data; omitted → DynamoDB in memory and S3 in `scratchDir`. */
  dataDir?: string;
  /** Reuse engines already running (the test suite starts them once). */
  engines?: { dynamoEndpoint: string; s3Endpoint: string };
  scratchDir?: string;
  port?: number;
  tableName?: string;
  /** Accounts seeded into the table for the token issuer (default: the demo accounts). */
  accounts?: readonly LocalAccount[];
  /** Run the local scheduler loop (default on); tests drive runDueSchedules themselves. */
  scheduler?: boolean;
  /**
   * Take the caller's address from X-Forwarded-For (the benchmark plays many citizens from one machine).
   * Never on AWS: there API Gateway gives the viewer's address and no header can change it.
   */
  trustForwardedFor?: boolean;
  /** Where mail goes (default: `outbox/` under the data directory); tests give a temporary folder. */
  outboxDir?: string;
  /**
   * Hold every request until `open()` is called (npm start: after the start-up re-render, so nobody reads
   * a page from before it or publishes while it runs). Default: open at once.
   */
  holdRequests?: boolean;
};

export type LocalStack = {
  url: string;
  issuer: LocalIssuer;
  env: Record<string, string>;
  tableCreated: boolean;
  /** The publisher Lambda's handler, in-process (what the scheduler and the content API call). */
  invokePublisher: (event: unknown) => Promise<unknown>;
  /** What the local scheduler fires, by target (tests fire due schedules with a clock of their own). */
  scheduleTargets: ScheduleTargets;
  /** The local Step Functions runner (tests stop it and resume, as a restart of npm start does). */
  workflows: LocalWorkflowRunner;
  /** Lets held requests through (holdRequests). */
  open: () => void;
  stop: () => Promise<void>;
};

/** A request held while the stack starts waits this long, then is told to come back. */
const HOLD_LIMIT_MS = 20_000;

export const LOCAL_AUDIENCE = 'qtp-admin-local';

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse()) await stopOne().catch(() => undefined);
  };
  try {
    let engines = options.engines;
    if (!engines) {
      const dynamo: DynamoDbLocal = await startDynamoDbLocal(
        options.dataDir ? { dbPath: join(options.dataDir, 'dynamodb') } : {},
      );
      stoppers.push(dynamo.stop);
      const s3Dir = options.dataDir
        ? join(options.dataDir, 's3')
        : (options.scratchDir ?? join('.data', 'scratch-s3'));
      const s3: S3Emulator = await startS3Emulator({ directory: s3Dir });
      stoppers.push(s3.stop);
      engines = { dynamoEndpoint: dynamo.endpoint, s3Endpoint: s3.endpoint };
    }

    // The gateway's port must be known before the issuer URL is; listen first, then wire the apps in.
    // Until the stack is open, requests wait for it (up to HOLD_LIMIT_MS), then hear "starting" (503).
    let opened = false;
    let markOpen = () => {};
    const whenOpen = new Promise<void>((resolve) => {
      markOpen = resolve;
    });
    let serveRequest: (request: Request, connection: unknown) => Response | Promise<Response> =
      startingResponse;
    const handle = async (request: Request, connection: unknown): Promise<Response> => {
      if (!opened) {
        let timer: NodeJS.Timeout | undefined;
        const waited = await Promise.race([
          whenOpen.then(() => true),
          new Promise<boolean>((resolve) => {
            timer = setTimeout(() => resolve(false), HOLD_LIMIT_MS);
          }),
        ]);
        clearTimeout(timer);
        if (!waited) return startingResponse(request);
      }
      return serveRequest(request, connection);
    };
    const server = serve({
      fetch: (request, connection) => handle(request, connection),
      port: options.port ?? 0,
      hostname: '127.0.0.1',
    });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', () => resolve());
      server.once('error', reject);
    });
    // Idle keep-alive sockets are closed by the client first (undici: after about 4 s), never by the server
    // as a request arrives on them: with the server's 5 s default, a busy event loop (a replayed workflow
    // rendering an issue) could fire both at once, and the request would meet a reset connection.
    if ('keepAliveTimeout' in server) {
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 66_000;
    }
    stoppers.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
    );
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const url = `http://localhost:${port}`;

    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    // Kept between runs, so a page cursor handed out before a restart still reads the next page.
    const cursorSigningKey = options.dataDir
      ? loadOrCreateSecretFile(
          join(options.dataDir, 'cursor-signing-key'),
          (text) => (text.trim().length >= 32 ? text.trim() : undefined),
          () => {
            const key = newCursorSigningKey();
            return { value: key, text: key };
          },
        )
      : undefined;
    const env = localEnvironment({
      ...engines,
      issuerUrl: `${url}/auth`,
      audience: LOCAL_AUDIENCE,
      publicBaseUrl: url,
      tableName: options.tableName,
      // npm start keeps its development CA under .data/; a stack without data dir (tests) gets a fresh one.
      signingDir: options.dataDir
        ? join(options.dataDir, 'signing')
        : (process.env.GAZETTE_SIGNING_DIR ?? mkdtempSync(join(tmpdir(), 'qtp-signing-'))),
      outboxDir:
        options.outboxDir ??
        join(options.dataDir ?? options.scratchDir ?? join('.data', 'scratch-s3'), 'outbox'),
      cursorSigningKey,
    });
    Object.assign(process.env, env);
    resetClients();

    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    const dynamoClient = new DynamoDBClient({
      endpoint: engines.dynamoEndpoint,
      region: env.AWS_REGION,
      credentials,
    });
    const s3Client = new S3Client({
      endpoint: engines.s3Endpoint,
      region: env.AWS_REGION,
      credentials,
      forcePathStyle: true,
    });
    const tableCreated = (await ensureTable(dynamoClient, env.TABLE_NAME ?? '')) === 'created';
    await ensureBuckets(s3Client);
    dynamoClient.destroy();
    s3Client.destroy();

    // The issuer signs in from the staff accounts in the table; the demo (or a test's) accounts are seeded there.
    await seedStaffAccounts(options.accounts ?? localAccounts);
    const issuer = await createLocalIssuer({
      issuerUrl: `${url}/auth`,
      audience: LOCAL_AUDIENCE,
      keyFile: options.dataDir ? join(options.dataDir, 'issuer', 'signing-key.jwk.json') : undefined,
    });

    // Imported here, after the environment is set, as Lambda loads a handler into a configured runtime.
    const contextApps = await loadContextApps();
    const { handler: publisherHandler } = await import('#functions/publisher/handler.ts');
    const { handler: gazetteTaskHandler } = await import('#functions/gazette/workflow-handler.ts');
    const { handler: feedbackTaskHandler } = await import('#functions/feedback/task-handler.ts');
    const { handler: consultationTaskHandler } = await import('#functions/consultation/task-handler.ts');
    const { handler: directoryTaskHandler } = await import('#functions/directory/task-handler.ts');
    const { registerLocalPublisher } = await import('#shared/publication/publisher-port.ts');
    const { registerLocalWorkflowEngine } = await import('#shared/gazette/workflow/port.ts');
    // In-process stand-ins call the same handlers Lambda runs: the publisher, and the gazette task
    // function that Step Functions and EventBridge Scheduler invoke.
    const invokePublisher = (event: unknown) => publisherHandler(event, localLambdaContext('qtp-publisher'));
    const invokeGazetteTask = (event: unknown) =>
      gazetteTaskHandler(event, localLambdaContext('qtp-gazette-tasks'));
    const scheduleTargets: ScheduleTargets = {
      publisher: invokePublisher,
      'gazette-tasks': invokeGazetteTask,
      'feedback-tasks': (event: unknown) =>
        feedbackTaskHandler(event, localLambdaContext('qtp-feedback-tasks')),
      'consultation-tasks': (event: unknown) =>
        consultationTaskHandler(event, localLambdaContext('qtp-consultation-tasks')),
      'directory-tasks': (event: unknown) =>
        directoryTaskHandler(event, localLambdaContext('qtp-directory-tasks')),
    };
    registerLocalPublisher(async (event) => {
      await invokePublisher(event);
    });
    stoppers.push(async () => registerLocalPublisher(undefined));
    // The admin's "rebuild the site": the rebuild's state machine in-process, as npm start runs it.
    const { registerLocalRebuilder } = await import('#shared/publication/rebuild-port.ts');
    const { runLocalRebuild } = await import('./rebuild-runner.ts');
    const rebuilds = new Set<Promise<unknown>>();
    registerLocalRebuilder((rebuildId) => {
      const running = runLocalRebuild({ rebuildId })
        .catch((error) => console.error('A rebuild failed:', error instanceof Error ? error.message : error))
        .finally(() => rebuilds.delete(running));
      rebuilds.add(running);
    });
    stoppers.push(async () => {
      registerLocalRebuilder(undefined);
      await Promise.allSettled([...rebuilds]);
    });

    const workflows = createLocalWorkflowRunner(invokeGazetteTask, {
      onError: (error) =>
        console.error('A gazette workflow failed:', error instanceof Error ? error.message : error),
    });
    registerLocalWorkflowEngine(workflows);
    stoppers.push(async () => {
      await workflows.stop();
      registerLocalWorkflowEngine(undefined);
    });
    // Executions that were waiting when the last run stopped pick up where they were.
    await workflows.resumeAll();

    if (options.scheduler !== false) {
      const scheduler = startLocalScheduler(scheduleTargets, {
        onError: (error) => console.error('A scheduled task failed:', error),
      });
      stoppers.push(async () => scheduler.stop());
    }

    const gateway = createGateway({
      api: contextApps,
      issuer: issuer.app,
      outboxDir: env.MAIL_OUTBOX_DIR ?? '',
      trustForwardedFor: options.trustForwardedFor ?? false,
    });
    serveRequest = (request, connection) => gateway.fetch(request, connection);
    const open = () => {
      opened = true;
      markOpen();
    };
    if (!options.holdRequests) open();

    return {
      url,
      issuer,
      env,
      tableCreated,
      invokePublisher,
      scheduleTargets,
      workflows,
      open,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
