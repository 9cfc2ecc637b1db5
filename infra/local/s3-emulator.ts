import { mkdirSync } from 'node:fs';
import S3rver from 's3rver';
import { freePort } from './ports.ts';

/**
 * s3rver stands in for S3: path-style addressing, presigned URLs accepted (it does not verify SigV4
 * signatures, so uploads are checked against their ticket: shared/media/upload-tickets.ts),
 * objects as files under `directory`.
 */
export type S3Emulator = { endpoint: string; stop: () => Promise<void> };

export async function startS3Emulator(options: { directory: string; port?: number }): Promise<S3Emulator> {
  mkdirSync(options.directory, { recursive: true });
  const port = options.port ?? (await freePort());
  const server = new S3rver({ port, address: '127.0.0.1', directory: options.directory, silent: true });
  await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
