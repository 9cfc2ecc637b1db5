import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import S3rver from 's3rver';
import * as z from 'zod';
import { PARTIAL_SUFFIX, partialPathOf, writeFileAtomically } from './durable-files.ts';
import { freePort } from './ports.ts';

/**
 * s3rver stands in for S3: path-style addressing, presigned URLs accepted (it does not verify SigV4
 * signatures, so uploads are checked against their ticket: shared/media/upload-tickets.ts),
 * objects as files under `directory`.
 *
 * Its own store writes an object's bytes and then its metadata straight into place, and answers before the
 * bytes have reached the file. A process killed in between leaves a truncated object or a half-written
 * `metadata.json`, which then fails every listing of the bucket (HeadBucket lists it: "the requested bucket
 * already exists" at the next start) and every read of the object. Here each file is written whole,
 * beside its target, and renamed into place before the request is answered: metadata first, the object
 * last, so an object is never visible without its metadata. At start, leftovers of older runs are cleared
 * (recoverStore).
 */
export type S3Emulator = { endpoint: string; stop: () => Promise<void> };

export async function startS3Emulator(options: { directory: string; port?: number }): Promise<S3Emulator> {
  mkdirSync(options.directory, { recursive: true });
  await recoverStore(options.directory);
  const port = options.port ?? (await freePort());
  const server = new S3rver({ port, address: '127.0.0.1', directory: options.directory, silent: true });
  makeWritesAtomic(Reflect.get(server, 'store'));
  await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

const method = z.custom<(...args: unknown[]) => unknown>((value) => typeof value === 'function');
/** What s3rver's FilesystemStore exposes that the atomic writes replace or use. */
const storeSchema = z.object({
  getResourcePath: method,
  putObject: method,
  putMetadata: method,
  putSubresource: method,
});
type ResourcePath = (bucket: string, key: string | undefined, resource: string) => string;

/** The metadata headers s3rver keeps with an object (a static list on its S3Object model). */
const allowedMetadata = z
  .array(z.string())
  .parse(Reflect.get(createRequire(import.meta.url)('s3rver/lib/models/object.js'), 'ALLOWED_METADATA'));

const putObjectSchema = z.object({
  bucket: z.string(),
  key: z.string(),
  content: z.custom<Readable | Buffer>((value) => value !== null && typeof value === 'object'),
  metadata: z.record(z.string(), z.unknown()),
});
const subresourceSchema = z.object({ type: z.string(), toXML: method });

/** The metadata s3rver keeps of an object: the same selection its own store writes. */
const storedMetadata = (metadata: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(metadata).filter(
      ([name]) => allowedMetadata.includes(name) || name.startsWith('x-amz-meta-'),
    ),
  );

function makeWritesAtomic(store: unknown): void {
  const parsed = storeSchema.safeParse(store);
  if (!parsed.success || store === null || typeof store !== 'object') {
    throw new Error('s3rver changed its store: infra/local/s3-emulator.ts must follow it');
  }
  const resourcePath: ResourcePath = (bucket, key, resource) => {
    const path: unknown = Reflect.apply(parsed.data.getResourcePath, store, [bucket, key, resource]);
    if (typeof path !== 'string') throw new Error('s3rver store: getResourcePath returned no path');
    return path;
  };

  const putMetadata = async (bucket: string, key: string, metadata: unknown, md5?: string) => {
    const fields = z.record(z.string(), z.unknown()).parse(metadata);
    if (md5) await writeFileAtomically(resourcePath(bucket, key, 'object.md5'), md5);
    await writeFileAtomically(
      resourcePath(bucket, key, 'metadata.json'),
      JSON.stringify(storedMetadata(fields), null, 2),
    );
  };

  const putObject = async (raw: unknown) => {
    const object = putObjectSchema.parse(raw);
    const objectPath = resourcePath(object.bucket, object.key, 'object');
    await mkdir(dirname(objectPath), { recursive: true });
    const partial = partialPathOf(objectPath);
    const hash = createHash('md5');
    let size = 0;
    try {
      const counting = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          size += chunk.length;
          callback(null, chunk);
        },
      });
      const source = Buffer.isBuffer(object.content) ? [object.content] : object.content;
      // pipeline resolves when the file stream has finished and closed: the bytes are in the file.
      await pipeline(source, counting, createWriteStream(partial));
      const md5 = hash.digest('hex');
      await putMetadata(object.bucket, object.key, object.metadata, md5);
      await rename(partial, objectPath);
      return { size, md5 };
    } catch (error) {
      await unlink(partial).catch(() => undefined);
      throw error;
    }
  };

  const putSubresource = async (bucket: string, key: string | undefined, raw: unknown) => {
    const resource = subresourceSchema.parse(raw);
    const xml: unknown = Reflect.apply(resource.toXML, raw, [2]);
    if (typeof xml !== 'string') throw new Error('s3rver store: a configuration gave no XML');
    await writeFileAtomically(resourcePath(bucket, key, `${resource.type}.xml`), xml);
  };

  Object.assign(store, { putObject, putMetadata, putSubresource });
}

const OBJECT_SUFFIX = '._S3rver_object';

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function parsesAsJson(path: string): Promise<boolean> {
  try {
    JSON.parse(await readFile(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Clears what an interrupted write left in the store: temporary files (never acknowledged), and objects
 * whose metadata is missing or half-written, which older versions of this stack could leave and which
 * break every listing of their bucket. Those are moved, with their metadata, to `<directory>-quarantine/`
 * (nothing is deleted) and named in one message. Site pages are rendered again at every start.
 */
export async function recoverStore(directory: string): Promise<{ partial: number; quarantined: string[] }> {
  const files = await filesUnder(directory);
  const partials = files.filter((file) => basename(file).includes(PARTIAL_SUFFIX));
  await Promise.all(partials.map((file) => unlink(file)));
  const quarantined: string[] = [];
  const quarantine = join(`${directory}-quarantine`, new Date().toISOString().replace(/[:.]/g, '-'));
  for (const objectFile of files.filter((file) => file.endsWith(OBJECT_SUFFIX))) {
    const stem = objectFile.slice(0, -OBJECT_SUFFIX.length);
    const metadata = `${stem}._S3rver_metadata.json`;
    if (await parsesAsJson(metadata)) continue;
    const siblings = [objectFile, `${objectFile}.md5`, metadata].filter((file) => files.includes(file));
    for (const file of siblings) {
      const target = join(quarantine, relative(directory, file));
      await mkdir(dirname(target), { recursive: true });
      await rename(file, target);
    }
    quarantined.push(relative(directory, stem));
  }
  if (quarantined.length > 0) {
    console.warn(
      `The S3 emulator's store (${directory}) held ${quarantined.length} half-written object(s) from a hard ` +
        `stop: moved to ${quarantine}/ (${quarantined.slice(0, 5).join(', ')}${quarantined.length > 5 ? ', …' : ''}). ` +
        'Site pages are rendered again now; an upload among them must be uploaded again.',
    );
  }
  return { partial: partials.length, quarantined };
}
