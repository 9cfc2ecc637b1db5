import * as z from 'zod';
import { bilingual, isoInstantSchema, text } from '#shared/domain/text.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';

/**
 * The media library (issue 15): every image uploaded through the admin is a media asset, found again by
 * its alt text or file name and reused with its alt text. The alt text in Vietnamese is required when the
 * image is uploaded and can be corrected later; English is optional (the English pages use it when given).
 */
export const altViSchema = text({ min: 1, max: 300 }).describe(
  bilingual('Mô tả ảnh (văn bản thay thế)', 'Image description (alt text)'),
);
const requiredAltVi = z
  .string({ error: bilingual('Cần nhập mô tả ảnh', 'An image description is required') })
  .pipe(altViSchema);
export const altEnSchema = text({ max: 300 }).optional();

export const mediaAssetSchema = z.object({
  /** The upload's id: the UUID in its object key. */
  id: z.uuid(),
  /** Key in the media bucket, e.g. `media/2026/11/<id>.jpg`; the public URL is `/<key>`. */
  key: z.string().regex(/^media\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.(jpg|png|webp)$/),
  url: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int().positive(),
  width: z.number().int().min(0),
  height: z.number().int().min(0),
  /** Widths of the responsive WebP variants stored beside the original. */
  variants: z.array(z.number().int().positive()).default([]),
  altVi: z.string(),
  altEn: z.string().optional(),
  uploadedBy: z.string(),
  uploadedByName: z.string(),
  uploadedAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  version: z.number().int().min(1),
});
export type MediaAsset = z.infer<typeof mediaAssetSchema>;

/** Completing an upload: the bytes are in the bucket; the alt text comes with them. */
export const completeImageUploadSchema = z.object({
  key: z.string().regex(/^media\/\d{4}\/\d{2}\/[0-9a-f-]{36}\.(jpg|png|webp)$/),
  altVi: requiredAltVi,
  altEn: altEnSchema,
});
export type CompleteImageUpload = z.infer<typeof completeImageUploadSchema>;

export const updateMediaAltSchema = versionedSchema.extend({ altVi: requiredAltVi, altEn: altEnSchema });
export type UpdateMediaAlt = z.infer<typeof updateMediaAltSchema>;

export const mediaListQuerySchema = z.object({
  /** Words of the alt text or the file name, any marks; without it the newest first. */
  q: z.string().max(200).optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(24),
});
export type MediaListQuery = z.infer<typeof mediaListQuerySchema>;

export const mediaIdParamSchema = z.object({ id: z.uuid() });
