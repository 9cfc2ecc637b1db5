import './quiet-warnings.ts';
import { buildWholeSite } from '#functions/publisher/rebuild.ts';
import { roleLabels } from '#shared/domain/roles.ts';
import { localAccounts } from './accounts.ts';
import { ensureAdminBuilt, uploadAdminSpa } from './admin-spa.ts';
import { PreflightError } from './preflight.ts';
import { seedIfEmpty } from './seed.ts';
import { seedFeedbackIfEmpty } from './seed-feedback.ts';
import { seedGazetteIfEmpty } from './seed-gazette.ts';
import { startLocalStack } from './stack.ts';

/** `npm start`: the whole portal on this machine, data kept under .data/ between runs. */
async function main() {
  const port = Number(process.env.PORT ?? 3000);
  console.log(
    'Cổng TTĐT tỉnh Quảng Trị — starting the local stack (DynamoDB Local, S3 emulator, token issuer)…',
  );
  const stack = await startLocalStack({ dataDir: '.data', port });
  const seeded = await seedIfEmpty();
  await seedGazetteIfEmpty();
  await seedFeedbackIfEmpty();
  const adminBuilt = ensureAdminBuilt();
  await uploadAdminSpa();
  // Re-render the whole site on start, so template changes show without a publication.
  const site = await buildWholeSite();

  const width = Math.max(...localAccounts.map((account) => account.username.length));
  console.log(`
  Portal (public site)   ${stack.url}/
  Admin                  ${stack.url}/admin/
  API                    ${stack.url}/api/{content,gazette,feedback}/…
  Token issuer (Cognito) ${stack.url}/auth/.well-known/jwks.json
  Mail outbox (SES)      ${stack.url}/_outbox/
  Data                   .data/ (${seeded ? 'seeded with demo content' : 'existing data kept'}); ${site.files} site files rendered${adminBuilt ? '' : '\n  (the admin SPA is not built: npm run build:admin)'}

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
      `Port ${process.env.PORT ?? 3000} is in use. Stop the other process or run: PORT=3001 npm start`,
    );
  } else {
    console.error('The local stack could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
