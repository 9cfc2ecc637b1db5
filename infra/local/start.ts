import './quiet-warnings.ts';
import { readLocalEnv } from '#shared/config/env.ts';
import { roleLabels } from '#shared/domain/roles.ts';
import { localAccounts } from './accounts.ts';
import { ensureAdminBuilt, uploadAdminSpa } from './admin-spa.ts';
import { PreflightError } from './preflight.ts';
import { progressPrinter, runLocalRebuild } from './rebuild-runner.ts';
import { startLocalScheduler } from './scheduler.ts';
import { seedIfEmpty } from './seed.ts';
import { seedContributionsIfEmpty } from './seed-contributions.ts';
import { seedDisclosuresIfEmpty } from './seed-disclosures.ts';
import { seedFeedbackIfEmpty } from './seed-feedback.ts';
import { seedGazetteIfEmpty } from './seed-gazette.ts';
import { seedPagesIfEmpty } from './seed-pages.ts';
import { seedParticipationIfEmpty } from './seed-participation.ts';
import { startLocalStack } from './stack.ts';

/**
 * `npm start`: the whole portal on this machine, data kept under .data/ between runs (QTP_DATA_DIR names
 * another folder: the crash-consistency test runs it on a temporary one).
 */
async function main() {
  const local = readLocalEnv();
  const port = local.PORT;
  const dataDir = local.QTP_DATA_DIR;
  console.log(
    'Cổng TTĐT tỉnh Quảng Trị — starting the local stack (DynamoDB Local, S3 emulator, token issuer)…',
  );
  // Requests wait until the start-up re-render is done: nobody reads a page from before it, and no
  // publication races it.
  // The scheduler starts after the seeds: they give each step its own clock, and a schedule a service files
  // for an instant already past must find its step done rather than race the seed.
  const stack = await startLocalStack({ dataDir, port, holdRequests: true, scheduler: false });
  // QTP_SEED=none starts from an empty store (the crash-consistency test brings its own data).
  const seeding = local.QTP_SEED !== 'none';
  const seeded = seeding && (await seedIfEmpty());
  if (seeding) {
    await seedGazetteIfEmpty();
    await seedFeedbackIfEmpty();
    await seedParticipationIfEmpty();
    await seedPagesIfEmpty();
    await seedDisclosuresIfEmpty();
    await seedContributionsIfEmpty();
  }
  const scheduler = startLocalScheduler(stack.scheduleTargets, {
    onError: (error) => console.error('A scheduled task failed:', error),
  });
  const adminBuilt = ensureAdminBuilt();
  await uploadAdminSpa();
  // Re-render the whole site on start, so template changes show without a publication.
  // Through the rebuild's own state machine, as on AWS, with QTP_REBUILD_WORKERS partitions at once.
  console.log(`Rendering the whole site (${local.QTP_REBUILD_WORKERS} workers)…`);
  const rebuild = await runLocalRebuild({
    workers: local.QTP_REBUILD_WORKERS,
    onProgress: progressPrinter(),
  });
  if (rebuild.status === 'failed') {
    // The site stays as it was (nothing promoted); the portal still starts, with the failures in view.
    for (const failure of rebuild.failed) console.error(`  ${failure.partition}: ${failure.cause}`);
  }
  const site = { files: rebuild.status === 'succeeded' ? rebuild.summary.files : 0 };
  stack.open();

  const width = Math.max(...localAccounts.map((account) => account.username.length));
  console.log(`
  Portal (public site)   ${stack.url}/
  Admin                  ${stack.url}/admin/
  API                    ${stack.url}/api/{content,gazette,feedback,consultations,dialogues}/…
  Token issuer (Cognito) ${stack.url}/auth/.well-known/jwks.json
  Mail outbox (SES)      ${stack.url}/_outbox/
  Data                   ${dataDir}/ (${seeded ? 'seeded with demo content' : 'existing data kept'}); ${site.files} site files rendered${adminBuilt ? '' : '\n  (the admin SPA is not built: npm run build:admin)'}

  Demo accounts (username / password — role):
${localAccounts
  .map(
    (account) =>
      `    ${account.username.padEnd(width)}  ${account.password.padEnd(width + 6)}  ${account.groups.map((role) => roleLabels[role].vi).join(', ')}`,
  )
  .join('\n')}

  Ctrl-C stops everything.`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the local stack…`);
    scheduler.stop();
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof PreflightError) {
    console.error(error.message);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(
      `Port ${readLocalEnv().PORT} is in use. Stop the other process or run: PORT=3001 npm start`,
    );
  } else {
    console.error('The local stack could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
