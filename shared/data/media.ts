import { type MediaAsset, mediaAssetSchema } from '#shared/domain/media.ts';
import { keys } from './keys.ts';
import { getItem, type Page, queryPage } from './reads.ts';
import { storable } from './stored-shape.ts';
import { createItem, deleteDerived, replaceVersioned, type TransactionWrite } from './transactions.ts';
import { wordIndexWrites } from './word-index.ts';

/** Storage of the media library (decision 199): one item per uploaded image, its words in the word index. */

function assetItem(asset: MediaAsset) {
  return {
    ...keys.mediaAsset(asset.id),
    ...keys.mediaAssetsAll(),
    ...keys.mediaUploadedSort(asset.uploadedAt, asset.id),
    itemType: 'MediaAsset',
    ...storable(mediaAssetSchema, asset, `media asset ${asset.id}`),
  };
}

/** What an image is found by: both alt texts and the file name without its extension. */
const searchableText = (asset: MediaAsset) =>
  [asset.altVi, asset.altEn ?? '', asset.fileName.replace(/\.[A-Za-z0-9]+$/, '')].join(' ');

export const mediaWrites = {
  /** The new asset, its words, and the upload ticket it used up (the ticket is gone with the same commit). */
  create: (asset: MediaAsset): TransactionWrite[] => [
    createItem(assetItem(asset)),
    ...wordIndexWrites('media', asset.id, undefined, searchableText(asset)),
    deleteDerived(keys.uploadTicket(asset.key)),
  ],
  replace: (before: MediaAsset, after: MediaAsset, expectedVersion: number): TransactionWrite[] => [
    replaceVersioned(assetItem(after), expectedVersion),
    ...wordIndexWrites('media', after.id, searchableText(before), searchableText(after)),
  ],
};

export const getMediaAsset = (id: string) => getItem(keys.mediaAsset(id), mediaAssetSchema);

/** The library's pages, newest upload first. */
export function listMediaAssets(limit: number, cursor?: string): Promise<Page<MediaAsset>> {
  return queryPage(
    {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: keys.mediaAssetsAll().gsi1pk },
      newestFirst: true,
      limit,
      cursor,
    },
    mediaAssetSchema,
  );
}
