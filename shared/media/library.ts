import { recordAudit } from '#shared/data/audit.ts';
import { getMediaAsset, listMediaAssets, mediaWrites } from '#shared/data/media.ts';
import type { Page } from '#shared/data/reads.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import { findByWords } from '#shared/data/word-index.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { errors } from '#shared/domain/errors.ts';
import type { MediaAsset, MediaListQuery, UpdateMediaAlt } from '#shared/domain/media.ts';
import { queryWords } from '#shared/text/lookup-words.ts';
import { altChange, newAsset, type UploadedImage } from './workflow.ts';

/**
 * The media library's verbs (decision 199): record an uploaded image with its alt text, correct the alt
 * text, browse newest first, find by words of the alt text or the file name.
 */
const entity = (id: string) => ({ type: 'MediaAsset' as const, id });

/** Records a checked upload: the asset, its words, the ticket's removal and the audit record, one commit. */
export async function recordImage(
  image: UploadedImage,
  alt: { altVi: string; altEn?: string | undefined },
  actor: Actor,
  now = new Date(),
): Promise<MediaAsset> {
  const at = now.toISOString();
  const asset = newAsset(image, alt, actor, at);
  await runTransaction([
    ...mediaWrites.create(asset),
    recordAudit(
      entity(asset.id),
      actor,
      'upload',
      { changedFields: ['altVi', ...(asset.altEn ? ['altEn'] : [])] },
      at,
    ),
  ]);
  return asset;
}

export async function updateMediaAlt(
  id: string,
  input: UpdateMediaAlt,
  actor: Actor,
  now = new Date(),
): Promise<MediaAsset> {
  const asset = await getMediaAsset(id);
  if (!asset) throw errors.notFound(`media asset ${id}`);
  if (asset.version !== input.expectedVersion)
    throw errors.conflict(`media asset ${id} is at ${asset.version}`);
  const at = now.toISOString();
  const decided = altChange(asset, input, at);
  if (decided.changedFields.length === 0) return asset;
  await runTransaction([
    ...mediaWrites.replace(asset, decided.asset, input.expectedVersion),
    recordAudit(entity(id), actor, 'update-alt', { changedFields: decided.changedFields }, at),
  ]);
  return decided.asset;
}

/** Newest first by page; with words, the matching images (bounded, newest first, no further pages). */
export async function listMedia(query: MediaListQuery): Promise<Page<MediaAsset>> {
  if (!query.q || queryWords(query.q).length === 0) return listMediaAssets(query.limit, query.cursor);
  const { ownerIds } = await findByWords('media', query.q, query.limit);
  const assets = await Promise.all(ownerIds.map((id) => getMediaAsset(id)));
  return {
    items: assets
      .filter((asset): asset is MediaAsset => asset !== undefined)
      .sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt)),
  };
}

export async function loadMediaAsset(id: string): Promise<MediaAsset> {
  const asset = await getMediaAsset(id);
  if (!asset) throw errors.notFound(`media asset ${id}`);
  return asset;
}
