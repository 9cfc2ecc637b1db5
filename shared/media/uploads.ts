import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  type HeadObjectCommandOutput,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import type { Metadata } from 'sharp';
import * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';
import { deleteUploadTicket, getUploadTicket } from '#shared/data/upload-tickets.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { errors } from '#shared/domain/errors.ts';
import type { CompleteImageUpload, MediaAsset } from '#shared/domain/media.ts';
import { bilingual } from '#shared/domain/text.ts';
import { ticketRequestSchema } from '#shared/domain/upload.ts';
import { recordImage } from './library.ts';
import { issueUploadTicket, type UploadTicket } from './upload-tickets.ts';

/**
 * Images reach the media bucket by presigned PUT straight from the editor's browser (the API never carries
 * the bytes). The URL is signed for one content type and one exact length, so the browser cannot send
 * something else on S3; the ticket is also kept in the table, and on completion the bytes are checked
 * against it (length, magic numbers) — which also holds where the S3 emulator does not verify signatures.
 * Responsive WebP variants are made then. A file that fails a check is deleted: nothing wrong stays stored.
 */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

const imageTypes = {
  'image/jpeg': { extension: 'jpg', magic: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  'image/png': {
    extension: 'png',
    magic: (b: Buffer) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  'image/webp': {
    extension: 'webp',
    magic: (b: Buffer) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
} as const;
const imageTypeSchema = z.enum(['image/jpeg', 'image/png', 'image/webp'], {
  error: bilingual('Chỉ nhận ảnh JPEG, PNG hoặc WebP', 'Only JPEG, PNG or WebP images are accepted'),
});

export const uploadRequestSchema = ticketRequestSchema.extend({
  contentType: imageTypeSchema,
  size: z
    .number()
    .int()
    .positive()
    .max(MAX_IMAGE_BYTES, bilingual('Ảnh không được lớn hơn 10 MB', 'Images may not be larger than 10 MB')),
});
export type UploadRequest = z.infer<typeof uploadRequestSchema>;

export async function createUploadTicket(request: UploadRequest, now = new Date()): Promise<UploadTicket> {
  return issueUploadTicket(request, {
    prefix: 'media',
    extension: imageTypes[request.contentType].extension,
    expiresInSeconds: 600,
    keepForSeconds: 86_400,
    now,
  });
}

const variantKey = (key: string, width: number) => `${key}-${width}w.webp`;

/** sharp is native: loaded on first use, so a missing binary breaks image uploads and nothing else. */
async function loadSharp() {
  return (await import('sharp')).default;
}

/**
 * Checks an upload against its ticket, makes its variants, and records it in the media library with its
 * alt text (decision 199): the asset and the ticket's removal are one transaction.
 */
export async function completeUpload(input: CompleteImageUpload, actor: Actor): Promise<MediaAsset> {
  const { key } = input;
  const sharp = await loadSharp();
  const bucket = readEnv().MEDIA_BUCKET;
  const ticket = await getUploadTicket(key);
  if (!ticket) throw errors.notFound(`upload ticket for ${key}`);
  const declared = imageTypeSchema.safeParse(ticket.contentType);
  if (!declared.success) throw errors.unsupportedMediaType('not an image upload');
  let head: HeadObjectCommandOutput;
  try {
    head = await s3().send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch {
    throw errors.notFound(`upload ${key}`);
  }
  const discard = async () => {
    await s3().send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    await deleteUploadTicket(key);
  };
  if (head.ContentLength !== ticket.size || ticket.size > MAX_IMAGE_BYTES) {
    await discard();
    throw errors.payloadTooLarge(
      `the upload is ${head.ContentLength} bytes, not the ${ticket.size} announced`,
    );
  }
  const object = await s3().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const bytes = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
  if (!imageTypes[declared.data].magic(bytes)) {
    await discard();
    throw errors.unsupportedMediaType('the file is not the image type it claims to be');
  }
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes).metadata();
  } catch {
    await discard();
    throw errors.unsupportedMediaType('the image cannot be read');
  }
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  const widths = VARIANT_WIDTHS.filter((candidate) => candidate < width);
  for (const variantWidth of widths) {
    const variant = await sharp(bytes)
      .rotate()
      .resize({ width: variantWidth })
      .webp({ quality: 80 })
      .toBuffer();
    await s3().send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: variantKey(key, variantWidth),
        Body: variant,
        ContentType: 'image/webp',
        // Media keys are unique per upload, so they can be cached for a year.
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    );
  }
  return recordImage(
    {
      key,
      fileName: ticket.fileName,
      contentType: declared.data,
      size: ticket.size,
      width,
      height,
      variants: widths,
    },
    { altVi: input.altVi, altEn: input.altEn },
    actor,
  );
}
