import * as z from 'zod';

/**
 * Browser uploads go straight to the media bucket with a presigned PUT. The client asks for a ticket
 * (what it will upload), PUTs the bytes to `uploadUrl` with `headers`, then tells the API it is there.
 */
export const ticketRequestSchema = z.object({
  fileName: z.string().min(1).max(200),
  contentType: z.string().min(1).max(100),
  size: z.number().int().positive(),
});
export type TicketRequest = z.infer<typeof ticketRequestSchema>;

export const uploadTicketSchema = z.object({
  key: z.string(),
  uploadUrl: z.string(),
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
});
export type UploadTicket = z.infer<typeof uploadTicketSchema>;

/**
 * The context a document upload belongs to: its key lives under `uploads/<owner>/`, so each function's IAM
 * grant covers its own context's uploads only, and a submission cannot name another context's file.
 */
export const uploadOwnerSchema = z.enum([
  'gazette',
  'feedback',
  'consultation',
  'disclosure',
  // Agencies' answers to the portal's requests for information (issue 15).
  'information-request',
]);
export type UploadOwner = z.infer<typeof uploadOwnerSchema>;
