import * as z from 'zod';
import { isoInstantSchema } from '#shared/domain/text.ts';

/** A staff account is active or disabled (shared/staff/workflow.ts moves it). */
export const staffStatusSchema = z.enum(['active', 'disabled']);
export type StaffStatus = z.infer<typeof staffStatusSchema>;

/** What the token check reads on every staff request: the status, and when the sessions were last ended. */
export const accountStandingSchema = z.object({
  status: staffStatusSchema,
  tokensValidAfter: isoInstantSchema.optional(),
});
export type AccountStanding = z.infer<typeof accountStandingSchema>;
