import type { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
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

/** Writes files with bounded concurrency (S3 accepts thousands of PUTs per second per prefix). */
export async function writeFiles(files: RenderedFile[], concurrency = 16): Promise<void> {
  const bucket = readEnv().SITE_BUCKET;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      if (!file) return;
      await s3().send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: pageObjectKey(file.path),
          Body: file.body,
          ContentType: file.contentType,
          CacheControl: file.cacheControl,
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
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
