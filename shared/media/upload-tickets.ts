import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { z } from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { dynamo, s3, tableName } from '#shared/data/clients.ts';
import { keys } from '#shared/data/keys.ts';
import { getItem } from '#shared/data/reads.ts';
import type { TicketRequest, UploadTicket } from '#shared/domain/upload.ts';

/**
 * A browser uploads straight to the media bucket with a presigned PUT, signed for one content type and one
 * exact length. The ticket (what the URL was issued for) is kept in the table, so that the upload can be
 * checked against it afterwards — which also holds where the S3 emulator does not verify signatures.
 */
export type { TicketRequest, UploadTicket };

export const ticketSchema = z.object({
  key: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
export type StoredTicket = z.infer<typeof ticketSchema>;

export async function issueUploadTicket(
  request: TicketRequest,
  options: {
    prefix: 'media' | 'uploads';
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
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.uploadTicket(key),
        itemType: 'UploadTicket',
        key,
        fileName: request.fileName.normalize('NFC'),
        contentType: request.contentType,
        size: request.size,
        // DynamoDB's TTL removes tickets that were never used.
        expiresAt: Math.floor(now.getTime() / 1000) + options.keepForSeconds,
      },
    }),
  );
  return {
    key,
    uploadUrl,
    headers: { 'content-type': request.contentType },
    expiresAt: new Date(now.getTime() + options.expiresInSeconds * 1000).toISOString(),
  };
}

export const getUploadTicket = (key: string) => getItem(keys.uploadTicket(key), ticketSchema);

export async function deleteUploadTicket(key: string): Promise<void> {
  await dynamo().send(new DeleteCommand({ TableName: tableName(), Key: keys.uploadTicket(key) }));
}
