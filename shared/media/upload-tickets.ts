import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';
import { putUploadTicket } from '#shared/data/upload-tickets.ts';
import type { TicketRequest, UploadOwner, UploadTicket } from '#shared/domain/upload.ts';

/**
 * A browser uploads straight to the media bucket with a presigned PUT, signed for one content type and one
 * exact length. The ticket (what the URL was issued for) is kept in the table, so that the upload can be
 * checked against it afterwards — which also holds where the S3 emulator does not verify signatures.
 */
export type { TicketRequest, UploadTicket };

export async function issueUploadTicket(
  request: TicketRequest,
  options: {
    prefix: 'media' | `uploads/${UploadOwner}`;
    extension: string;
    expiresInSeconds: number;
    keepForSeconds: number;
    now?: Date;
  },
): Promise<UploadTicket> {
  const now = options.now ?? new Date();
  const key = `${options.prefix}/${now.toISOString().slice(0, 7).replace('-', '/')}/${randomUUID()}.${options.extension}`;
  const uploadUrl = await getSignedUrl(
    s3(),
    new PutObjectCommand({
      Bucket: readEnv().MEDIA_BUCKET,
      Key: key,
      ContentType: request.contentType,
      ContentLength: request.size,
    }),
    { expiresIn: options.expiresInSeconds, signableHeaders: new Set(['content-type', 'content-length']) },
  );
  await putUploadTicket(
    { key, fileName: request.fileName, contentType: request.contentType, size: request.size },
    new Date(now.getTime() + options.keepForSeconds * 1000),
  );
  return {
    key,
    uploadUrl,
    headers: { 'content-type': request.contentType },
    expiresAt: new Date(now.getTime() + options.expiresInSeconds * 1000).toISOString(),
  };
}
