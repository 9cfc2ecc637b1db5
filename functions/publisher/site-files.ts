import type { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { readEnv } from '#shared/config/env.ts';
import { pageObjectKey } from '#shared/config/site-paths.ts';
import { s3 } from '#shared/data/clients.ts';

/**
 * Files of the public site: what a render produces, and how it reaches the site bucket and the CDN.
 * Each object write is atomic in S3, so a reader never sees half a page.
 */
export type RenderedFile = {
  path: string;
  /** Text for pages; bytes for a generated file such as a consultation's report PDF. */
  body: string | Uint8Array;
  contentType: string;
  cacheControl: string;
};

// Browsers revalidate pages after 5 minutes; CloudFront is invalidated on every change.
const PAGE_CACHE = 'public, max-age=300';
// robots.txt and the stylesheet change only with a deployment.
const ASSET_CACHE = 'public, max-age=3600';

export const html = (path: string, body: string): RenderedFile => ({
  path,
  body,
  contentType: 'text/html; charset=utf-8',
  cacheControl: PAGE_CACHE,
});

export const xml = (path: string, body: string, contentType: string): RenderedFile => ({
  path,
  body,
  contentType: `${contentType}; charset=utf-8`,
  cacheControl: PAGE_CACHE,
});

/** A generated file beside the pages (a PDF): cached and invalidated like a page. */
export const binary = (path: string, body: Uint8Array, contentType: string): RenderedFile => ({
  path,
  body,
  contentType,
  cacheControl: PAGE_CACHE,
});

export const asset = (path: string, body: string, contentType: string): RenderedFile => ({
  path,
  body,
  contentType: `${contentType}; charset=utf-8`,
  cacheControl: ASSET_CACHE,
});

/**
 * Writes files with bounded concurrency (S3 accepts thousands of PUTs per second per prefix). `keyPrefix`
 * stages them under a prefix instead of their live keys (a rebuild's partition, ./rebuild-steps.ts).
 */
export async function writeFiles(files: RenderedFile[], concurrency = 16, keyPrefix = ''): Promise<void> {
  const bucket = readEnv().SITE_BUCKET;
  await eachAtMost(concurrency, files, (file) =>
    s3().send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: keyPrefix + pageObjectKey(file.path),
        Body: file.body,
        ContentType: file.contentType,
        CacheControl: file.cacheControl,
      }),
    ),
  );
}

/** Runs `work` on every item, at most `concurrency` at once. */
async function eachAtMost<T>(concurrency: number, items: T[], work: (item: T) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      if (item === undefined) return;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

export async function removeFiles(paths: string[]): Promise<void> {
  const bucket = readEnv().SITE_BUCKET;
  await Promise.all(
    paths.map((path) => s3().send(new DeleteObjectCommand({ Bucket: bucket, Key: pageObjectKey(path) }))),
  );
}

let cloudFront: CloudFrontClient | undefined;

/** On AWS: invalidate exactly these paths. Locally there is no cache in front of the bucket. */
export async function invalidate(paths: string[]): Promise<void> {
  const distributionId = readEnv().DISTRIBUTION_ID;
  if (!distributionId || paths.length === 0) return;
  // Loaded on the first invalidation, not at every cold start (it is the publisher's largest client).
  const { CloudFrontClient, CreateInvalidationCommand } = await import('@aws-sdk/client-cloudfront');
  cloudFront ??= new CloudFrontClient({});
  await cloudFront.send(
    new CreateInvalidationCommand({
      DistributionId: distributionId,
      InvalidationBatch: {
        CallerReference: `${Date.now()}-${paths.length}`,
        Paths: { Quantity: paths.length, Items: paths },
      },
    }),
  );
}

/** Every key under a prefix of the site bucket (a rebuild's staged partition). */
async function keysUnder(prefix: string): Promise<string[]> {
  const bucket = readEnv().SITE_BUCKET;
  const found: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3().send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) if (object.Key) found.push(object.Key);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return found;
}

/** Removes every object under a prefix, a thousand keys per request. */
export async function removeStaged(prefix: string): Promise<number> {
  const bucket = readEnv().SITE_BUCKET;
  const staged = await keysUnder(prefix);
  for (let start = 0; start < staged.length; start += 1000) {
    await s3().send(
      new DeleteObjectsCommand({
        Bucket: bucket,
        Delete: { Objects: staged.slice(start, start + 1000).map((Key) => ({ Key })), Quiet: true },
      }),
    );
  }
  return staged.length;
}

/**
 * Copies the files staged under `prefix` to their live keys (the key without the prefix), then removes the
 * staged copies. A copy keeps the object's content type and cache settings; each is atomic, and copying
 * twice gives the same result, so a retried promotion is harmless.
 */
export async function promoteStaged(prefix: string, concurrency = 16): Promise<string[]> {
  const bucket = readEnv().SITE_BUCKET;
  const staged = await keysUnder(prefix);
  await eachAtMost(concurrency, staged, (key) =>
    s3().send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: key.slice(prefix.length),
        CopySource: `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`,
      }),
    ),
  );
  await removeStaged(prefix);
  return staged.map((key) => key.slice(prefix.length));
}
