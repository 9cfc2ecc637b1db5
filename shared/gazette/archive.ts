import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand } from '@aws-sdk/client-s3';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';
import { ArchiveOverwriteRefused } from '#shared/domain/errors.ts';
import {
  documentSlug,
  type GazetteIssue,
  type LegalDocument,
  type PublishedDocument,
  type StoredFile,
} from '#shared/domain/gazette.ts';

/**
 * The published gazette archive is write-once. On AWS the bucket has Object Lock (infra) and refuses an
 * existing key (conditional writes); here every write first looks for the key: the same bytes again (a
 * retried step) is accepted as done, different bytes are refused. Nothing published is ever overwritten.
 */

// Where each file of an issue lives in the archive (CloudFront serves it at the same path).
type Numbered = { year: number; number: number };
type Numbering = Pick<LegalDocument, 'numberSymbol' | 'issueDate'>;

export const archivedIssueKey = (issue: Numbered, extension: 'pdf' | 'html') =>
  `archive/${issue.year}/so-${issue.number}/cong-bao-so-${issue.number}-${issue.year}.${extension}`;
export const archivedDocumentKey = (issue: Numbered, document: Numbering) =>
  `archive/${issue.year}/so-${issue.number}/van-ban/${documentSlug(document.numberSymbol, document.issueDate)}.pdf`;
/** Annexes keep their own extension: `…/van-ban/12-2026-qd-ubnd-phu-luc-1.docx`. */
export const archivedAttachmentKey = (
  issue: Numbered,
  document: Numbering,
  index: number,
  sourceKey: string,
) =>
  `archive/${issue.year}/so-${issue.number}/van-ban/${documentSlug(document.numberSymbol, document.issueDate)}-phu-luc-${index + 1}${sourceKey.slice(sourceKey.lastIndexOf('.'))}`;

/** The editable copy beside the signed original: `…/van-ban/12-2026-qd-ubnd.docx`. */
export const archivedEditableKey = (issue: Numbered, document: Numbering, sourceKey: string) =>
  `archive/${issue.year}/so-${issue.number}/van-ban/${documentSlug(document.numberSymbol, document.issueDate)}${sourceKey.slice(sourceKey.lastIndexOf('.'))}`;

/** A document's files as archived with its issue: the same bytes and SHA-256, under archive keys. */
export type ArchivedFiles = {
  file: PublishedDocument['file'];
  editableFile?: PublishedDocument['editableFile'];
  attachments: PublishedDocument['attachments'];
};

export function archivedFilesOf(issue: GazetteIssue & Numbered, document: LegalDocument): ArchivedFiles {
  return {
    file: { ...document.file, key: archivedDocumentKey(issue, document) },
    ...(document.editableFile
      ? {
          editableFile: {
            ...document.editableFile,
            key: archivedEditableKey(issue, document, document.editableFile.key),
          },
        }
      : {}),
    attachments: document.attachments.map((attachment, index) => ({
      ...attachment,
      key: archivedAttachmentKey(issue, document, index, attachment.key),
    })),
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function existingHash(key: string): Promise<string | undefined> {
  try {
    const head = await s3().send(new HeadObjectCommand({ Bucket: readEnv().ARCHIVE_BUCKET, Key: key }));
    return head.Metadata?.sha256 ?? 'unknown';
  } catch (error) {
    if (error instanceof NotFound || (error instanceof Error && error.name === 'NotFound')) return undefined;
    throw error;
  }
}

export async function putArchiveFile(
  key: string,
  body: Uint8Array,
  file: { fileName: string; contentType: string },
): Promise<StoredFile> {
  const hash = sha256(body);
  const existing = await existingHash(key);
  if (existing === hash)
    return { key, fileName: file.fileName, size: body.length, sha256: hash, contentType: file.contentType };
  if (existing) throw new ArchiveOverwriteRefused(key);
  await s3().send(
    new PutObjectCommand({
      Bucket: readEnv().ARCHIVE_BUCKET,
      Key: key,
      Body: body,
      ContentType: file.contentType,
      ContentDisposition: `inline; filename="${encodeURIComponent(file.fileName)}"`,
      CacheControl: 'public, max-age=31536000, immutable',
      Metadata: { sha256: hash },
      // Object Lock buckets accept only writes that carry a checksum.
      ChecksumAlgorithm: 'SHA256',
      // S3 refuses the write if the key exists (conditional writes); Object Lock keeps the versions.
      ...(readEnv().ARCHIVE_CONDITIONAL_WRITES ? { IfNoneMatch: '*' } : {}),
    }),
  );
  return { key, fileName: file.fileName, size: body.length, sha256: hash, contentType: file.contentType };
}

/** An agency's uploaded file, read back and checked against the SHA-256 recorded at submission. */
export async function readUpload(source: StoredFile): Promise<Uint8Array> {
  const object = await s3().send(new GetObjectCommand({ Bucket: readEnv().MEDIA_BUCKET, Key: source.key }));
  const bytes = await object.Body?.transformToByteArray();
  if (!bytes || sha256(bytes) !== source.sha256) {
    throw new Error(`uploaded file ${source.key} no longer matches its recorded SHA-256`);
  }
  return bytes;
}

/** Copies an uploaded document into the archive, write-once, keeping its SHA-256; returns its bytes. */
export async function archiveUpload(source: StoredFile, key: string): Promise<Uint8Array> {
  const bytes = await readUpload(source);
  const existing = await existingHash(key);
  if (existing === source.sha256) return bytes;
  if (existing) throw new ArchiveOverwriteRefused(key);
  await putArchiveFile(key, bytes, source);
  return bytes;
}
