import { GetObjectCommand, NoSuchKey, PutObjectCommand } from '@aws-sdk/client-s3';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';
import { searchText } from '#shared/text/search-text.ts';
import { createSearchEngine, type PieceReader, type SearchAnswer, type SearchRequest } from './engine.ts';
import { type manifestSchema, type PieceStore, readManifest } from './index-writer.ts';

/**
 * The index's pieces in the site bucket under SEARCH_INDEX_PREFIX: the browser reads them through the CDN
 * (`/search-index/…`), the API from S3. Every piece but the manifest is immutable (its name changes when
 * its content does), so the API keeps what it read in memory for as long as the function lives, and the
 * CDN and browsers keep them a year.
 */
export const SEARCH_INDEX_PREFIX = 'search-index';
export const searchIndexUrl = () => `/${SEARCH_INDEX_PREFIX}/`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
// The manifest names the live pieces: browsers revalidate it, the CDN is invalidated on every change.
const MANIFEST_CACHE = 'public, max-age=0, must-revalidate';

// Without ListBucket (the API may read only search-index/*), S3 answers a missing key with AccessDenied.
const isNoSuchKey = (error: unknown) =>
  error instanceof NoSuchKey ||
  (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'AccessDenied'));

export const s3PieceStore: PieceStore = {
  async read(path) {
    try {
      const object = await s3().send(
        new GetObjectCommand({ Bucket: readEnv().SITE_BUCKET, Key: `${SEARCH_INDEX_PREFIX}/${path}` }),
      );
      return object.Body ? await object.Body.transformToString('utf-8') : undefined;
    } catch (error) {
      if (isNoSuchKey(error)) return undefined;
      throw error;
    }
  },
  async write(path, body) {
    await s3().send(
      new PutObjectCommand({
        Bucket: readEnv().SITE_BUCKET,
        Key: `${SEARCH_INDEX_PREFIX}/${path}`,
        Body: body,
        ContentType: 'application/json; charset=utf-8',
        CacheControl: path === 'manifest.json' ? MANIFEST_CACHE : IMMUTABLE,
      }),
    );
    if (path === 'manifest.json') forgetManifest();
  },
};

const engine = createSearchEngine(searchText);
/** Immutable pieces read so far (parsed), kept between invocations; bounded so memory stays bounded. */
const pieces = new Map<string, Promise<unknown>>();
const MAX_CACHED_PIECES = 20_000;
let manifestRead: { at: number; value: ReturnType<typeof manifestSchema.parse> | undefined } | undefined;
/** How long a warm function trusts the manifest it read: a publication shows within this. */
const MANIFEST_TTL_MS = 1_000;

export function forgetManifest(): void {
  manifestRead = undefined;
}

/** Everything read so far, as a new function instance starts: the benchmark's cold start. */
export function forgetSearchPieces(): void {
  pieces.clear();
  manifestRead = undefined;
}

const cachedReader: PieceReader = (path) => {
  let found = pieces.get(path);
  if (!found) {
    if (pieces.size >= MAX_CACHED_PIECES) pieces.clear();
    found = s3PieceStore.read(path).then((body) => (body === undefined ? undefined : JSON.parse(body)));
    // A failed read is not remembered: the next query tries again.
    found.catch(() => pieces.delete(path));
    pieces.set(path, found);
  }
  return found;
};

/** A query over the index in the site bucket; undefined when no index has been built yet. */
export async function searchSite(
  request: SearchRequest,
  now = Date.now(),
): Promise<SearchAnswer | undefined> {
  if (!manifestRead || now - manifestRead.at > MANIFEST_TTL_MS)
    manifestRead = { at: now, value: await readManifest(s3PieceStore) };
  const manifest = manifestRead.value;
  if (!manifest) return undefined;
  return engine.search(cachedReader, manifest, request);
}
