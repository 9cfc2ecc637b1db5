import type { MediaAsset, UpdateMediaAlt } from '#shared/domain/media.ts';

/**
 * Pure decisions of the media library (decision 199). An image is recorded once, when its upload completes
 * with its alt text; afterwards only its alt texts change. An empty English alt text means "none".
 */

/** The object key's UUID, which is the asset's id (one asset per upload, whatever retries). */
export function assetIdOfKey(key: string): string | undefined {
  return key.match(/\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[a-z]+$/)?.[1];
}

export type UploadedImage = {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
  width: number;
  height: number;
  variants: number[];
};

export function newAsset(
  image: UploadedImage,
  alt: { altVi: string; altEn?: string | undefined },
  actor: { id: string; name: string },
  at: string,
): MediaAsset {
  const id = assetIdOfKey(image.key);
  if (!id) throw new Error(`not a media key: ${image.key}`);
  return {
    id,
    ...image,
    url: `/${image.key}`,
    altVi: alt.altVi,
    ...(alt.altEn ? { altEn: alt.altEn } : {}),
    uploadedBy: actor.id,
    uploadedByName: actor.name,
    uploadedAt: at,
    updatedAt: at,
    version: 1,
  };
}

/** The asset with its new alt texts, and which of them changed (nothing changed: no write at all). */
export function altChange(
  asset: MediaAsset,
  input: Pick<UpdateMediaAlt, 'altVi' | 'altEn'>,
  at: string,
): { asset: MediaAsset; changedFields: string[] } {
  const { altEn: _dropped, ...rest } = asset;
  const next: MediaAsset = {
    ...rest,
    altVi: input.altVi,
    ...(input.altEn ? { altEn: input.altEn } : {}),
    updatedAt: at,
    version: asset.version + 1,
  };
  const changedFields = [
    ...(asset.altVi !== next.altVi ? ['altVi'] : []),
    ...((asset.altEn ?? '') !== (next.altEn ?? '') ? ['altEn'] : []),
  ];
  return changedFields.length ? { asset: next, changedFields } : { asset, changedFields };
}
