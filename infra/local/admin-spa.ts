import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { bucketDefinitions } from '#shared/config/buckets.ts';
import { s3 } from '#shared/data/clients.ts';

/**
 * Puts the built admin SPA into the local admin bucket under `admin/`, the layout CloudFront serves on
 * AWS, plus the SPA's runtime configuration (local sign-in through the token issuer).
 */
const DIST = 'web/admin/dist';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The newest modification time of the SPA's sources (and of the shared schemas it imports). */
function newestSource(): number {
  return ['web/admin/src', 'web/admin/index.html', 'web/admin/vite.config.ts', 'shared/domain']
    .filter((path) => existsSync(path))
    .flatMap((path) => (statSync(path).isDirectory() ? filesUnder(path) : [path]))
    .reduce((newest, file) => Math.max(newest, statSync(file).mtimeMs), 0);
}

/**
 * Builds the SPA when there is no build yet (a fresh clone) or its sources changed since the last build;
 * `npm run build:admin` builds it by hand.
 */
export function ensureAdminBuilt(): boolean {
  const built = join(DIST, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) return true;
  if (!existsSync('web/admin/vite.config.ts')) return false;
  console.log('Building the admin SPA…');
  // A production build whatever the caller's NODE_ENV (vitest sets it to "test").
  const build = spawnSync('npm', ['run', '--silent', 'build:admin'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return build.status === 0 && existsSync(join(DIST, 'index.html'));
}

export async function uploadAdminSpa(): Promise<number> {
  const bucket = bucketDefinitions.admin.localName;
  const files = existsSync(DIST) ? filesUnder(DIST) : [];
  for (const file of files) {
    const key = `admin/${relative(DIST, file)}`;
    const hashed = key.startsWith('admin/assets/');
    await s3().send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: readFileSync(file),
        ContentType: contentTypes[extname(file)] ?? 'application/octet-stream',
        // Vite fingerprints assets; index.html must always be fresh.
        CacheControl: hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      }),
    );
  }
  await s3().send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: 'admin/config.json',
      Body: JSON.stringify({ auth: { mode: 'local', tokenUrl: '/auth/token' } }),
      ContentType: 'application/json',
      CacheControl: 'no-cache',
    }),
  );
  return files.length;
}
