import { createHash, randomUUID } from 'node:crypto';
import { DeleteObjectsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';
import { errors, type FieldError } from '#shared/domain/errors.ts';
import type { FeedbackFile } from '#shared/domain/feedback.ts';

/**
 * Files a person sends with a public form (JavaScript off, so they come inside the form post): checked by
 * their content, not their name or the type the browser claims, then stored in the media bucket under a
 * private prefix (CloudFront serves only `media/`). They are never public: they may show people, places
 * and documents with personal data on them.
 */
const kinds = {
  'image/jpeg': { extension: 'jpg', matches: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  'image/png': {
    extension: 'png',
    matches: (b: Buffer) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  'application/pdf': {
    extension: 'pdf',
    matches: (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  },
} as const;
type AcceptedType = keyof typeof kinds;

export type UploadedFile = { name: string; bytes: Buffer };
export type CheckedFile = UploadedFile & { contentType: AcceptedType };

/** What a form field brought: File objects from a multipart body (empty ones are "no file chosen"). */
export async function filesOf(value: unknown): Promise<UploadedFile[]> {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const files: UploadedFile[] = [];
  for (const entry of values) {
    if (!(entry instanceof File) || (entry.size === 0 && entry.name === '')) continue;
    files.push({
      name: entry.name.normalize('NFC').slice(0, 200) || 'tep',
      bytes: Buffer.from(await entry.arrayBuffer()),
    });
  }
  return files;
}

/** Every problem with the files at once, by field path (`attachments`, `attachments.1`). */
export function checkFiles(
  files: UploadedFile[],
  limits: { maxFiles: number; maxTotalBytes: number },
): { files: CheckedFile[]; errors: FieldError[] } {
  const found: FieldError[] = [];
  if (files.length > limits.maxFiles) {
    found.push({
      path: 'attachments',
      messageVi: `Gửi tối đa ${limits.maxFiles} tệp`,
      messageEn: `Send at most ${limits.maxFiles} files`,
    });
  }
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (total > limits.maxTotalBytes) {
    const megabytes = Math.round(limits.maxTotalBytes / (1024 * 1024));
    found.push({
      path: 'attachments',
      messageVi: `Các tệp đính kèm không được lớn hơn ${megabytes} MB tổng cộng`,
      messageEn: `Attachments may not be larger than ${megabytes} MB in all`,
    });
  }
  const checked: CheckedFile[] = [];
  for (const [index, file] of files.entries()) {
    const type = (Object.keys(kinds) as AcceptedType[]).find((candidate) =>
      kinds[candidate].matches(file.bytes),
    );
    if (!type) {
      found.push({
        path: `attachments.${index}`,
        messageVi: `Tệp “${file.name}” không phải ảnh JPEG, PNG hoặc tệp PDF`,
        messageEn: `“${file.name}” is not a JPEG or PNG image or a PDF`,
      });
    } else checked.push({ ...file, contentType: type });
  }
  return { files: checked, errors: found };
}

/** Stores checked files under `<prefix>/<yyyy>/<mm>/`; all or none (what was stored is removed on failure). */
export async function storeFiles(
  files: CheckedFile[],
  prefix: string,
  now = new Date(),
): Promise<FeedbackFile[]> {
  const stored: FeedbackFile[] = [];
  const month = now.toISOString().slice(0, 7).replace('-', '/');
  try {
    for (const file of files) {
      const key = `${prefix}/${month}/${randomUUID()}.${kinds[file.contentType].extension}`;
      await s3().send(
        new PutObjectCommand({
          Bucket: readEnv().MEDIA_BUCKET,
          Key: key,
          Body: file.bytes,
          ContentType: file.contentType,
          ContentDisposition: `attachment; filename="${encodeURIComponent(file.name)}"`,
        }),
      );
      stored.push({
        key,
        fileName: file.name,
        size: file.bytes.length,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        contentType: file.contentType,
      });
    }
  } catch (error) {
    await removeFiles(stored.map((file) => file.key));
    throw error;
  }
  return stored;
}

export async function removeFiles(keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await s3().send(
    new DeleteObjectsCommand({
      Bucket: readEnv().MEDIA_BUCKET,
      Delete: { Objects: keys.map((key) => ({ Key: key })), Quiet: true },
    }),
  );
}

/** Refuses a post whose files failed their checks, with every problem listed. */
export function assertFilesOk(checked: { errors: FieldError[] }): void {
  if (checked.errors.length > 0) throw errors.validation(checked.errors);
}
