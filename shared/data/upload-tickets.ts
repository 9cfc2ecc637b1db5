import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { dynamo, tableName } from './clients.ts';
import { keys } from './keys.ts';
import { getItem } from './reads.ts';

/**
 * Storage of upload tickets: what a presigned URL was issued for (object key, name, type, exact size),
 * checked when the upload completes. DynamoDB's TTL removes tickets that were never used.
 */
export const storedTicketSchema = z.object({
  key: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
export type StoredTicket = z.infer<typeof storedTicketSchema>;

export async function putUploadTicket(ticket: StoredTicket, expiresAt: Date): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.uploadTicket(ticket.key),
        itemType: 'UploadTicket',
        ...ticket,
        fileName: ticket.fileName.normalize('NFC'),
        expiresAt: Math.floor(expiresAt.getTime() / 1000),
      },
    }),
  );
}

export const getUploadTicket = (key: string) => getItem(keys.uploadTicket(key), storedTicketSchema);

export async function deleteUploadTicket(key: string): Promise<void> {
  await dynamo().send(new DeleteCommand({ TableName: tableName(), Key: keys.uploadTicket(key) }));
}
