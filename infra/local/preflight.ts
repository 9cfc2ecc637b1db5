import { spawnSync } from 'node:child_process';

/** Java 17+ runs DynamoDB Local. Without it, say so in one line with the fix, not a stack trace. */
export function requireJava17(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const banner = `${probe.stderr ?? ''}${probe.stdout ?? ''}`;
  const major = Number(banner.match(/version "(\d+)/)?.[1] ?? Number.NaN);
  if (probe.error || Number.isNaN(major) || major < 17) {
    const found = probe.error
      ? 'no java on PATH'
      : `found Java ${Number.isNaN(major) ? 'of unknown version' : major}`;
    throw new PreflightError(
      `DynamoDB Local needs Java 17 or newer (${found}). Install it: sudo apt-get install -y openjdk-17-jre-headless`,
    );
  }
}

/** A missing prerequisite: printed as one line, then the process exits. */
export class PreflightError extends Error {
  override name = 'PreflightError';
}
