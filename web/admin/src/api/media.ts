import * as z from 'zod';
import { articleLookupItemSchema } from '#shared/domain/article-lookup.ts';
import { type MediaAsset, mediaAssetSchema } from '#shared/domain/media.ts';
import type { Language } from '#shared/domain/text.ts';
import { contextClient, pageOf, queryString } from './transport.ts';

/**
 * The media library and the article picker (functions/content/media.ts; policy in
 * shared/auth/policies/content.ts): images with their alt texts, and articles found by words of their title.
 */
const content = contextClient('/api/content');

export type { MediaAsset };
export type ArticleLookupItem = z.output<typeof articleLookupItemSchema>;
export type AltTexts = { altVi: string; altEn?: string | undefined };

export const mediaApi = {
  list: (query: { q?: string; cursor?: string }) =>
    content.json(pageOf(mediaAssetSchema), 'GET', `/admin/media/assets${queryString(query)}`),
  get: (id: string) => content.json(mediaAssetSchema, 'GET', `/admin/media/assets/${encodeURIComponent(id)}`),
  updateAlt: (id: string, input: AltTexts & { expectedVersion: number }) =>
    content.json(mediaAssetSchema, 'PUT', `/admin/media/assets/${encodeURIComponent(id)}`, { body: input }),
  /** An image into the library: a ticket, the bytes to storage, then the API checks it and records it. */
  upload: async (file: File, alt: AltTexts): Promise<MediaAsset> => {
    const key = await content.upload('/admin/media/uploads', file, file.type || 'application/octet-stream');
    return content.json(mediaAssetSchema, 'POST', '/admin/media/uploads/complete', {
      body: { key, altVi: alt.altVi, ...(alt.altEn?.trim() ? { altEn: alt.altEn } : {}) },
    });
  },
  lookupArticles: (language: Language, q: string) =>
    content.json(
      z.object({ items: z.array(articleLookupItemSchema) }),
      'GET',
      `/admin/article-lookup${queryString({ language, q })}`,
    ),
};
