import * as z from 'zod';
import { AppError } from './errors.ts';
import { consentFields, formTokenField, honeypotField } from './public-form.ts';
import { bilingual, isoInstantSchema } from './text.ts';

/**
 * Followers of a consultation (theo dõi dự thảo): an e-mail address that asked, and confirmed through a
 * one-time link (double opt-in), to be told when the comment period closes and when the disposition report
 * is published. The address is personal data: its own items, apart from the public record, never on a page,
 * never logged, deleted on a schedule after the consultation concludes (docs/participation.md).
 */

/** The moments a follower is told of. */
export const followerEventSchema = z.enum(['period-closed', 'report-published']);
export type FollowerEvent = z.infer<typeof followerEventSchema>;

/** A keyed hash of the consultation and the address: the same address follows a draft once. */
export const followerIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
/** The secrets of the links in the mails (random, URL-safe). */
export const followLinkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);

export const consultationFollowerSchema = z.object({
  consultationId: z.uuid(),
  id: followerIdSchema,
  email: z.email(),
  status: z.enum(['pending', 'confirmed']),
  consent: z.object({ at: isoInstantSchema, noticeVersion: z.string() }),
  /** SHA-256 of the confirmation link's token: the token itself is only in the mail. */
  confirmTokenHash: z.string(),
  /** An unconfirmed subscription lapses at this instant (DynamoDB's TTL removes it on AWS). */
  confirmBy: isoInstantSchema,
  confirmedAt: isoInstantSchema.optional(),
  /** The secret of the unsubscribe link every mail carries; it lives and goes with the address. */
  unsubscribeSecret: followLinkTokenSchema,
  /** When each notice was sent: a follower is told of each event once, however often a task runs. */
  notified: z.partialRecord(followerEventSchema, isoInstantSchema).default({}),
  createdAt: isoInstantSchema,
});
export type ConsultationFollower = z.infer<typeof consultationFollowerSchema>;

/** The public form "Theo dõi dự thảo này" (a browser form post with JavaScript off, or JSON). */
export const followSubmissionSchema = z.object({
  email: z.email(bilingual('Địa chỉ thư điện tử chưa đúng', 'Not a valid e-mail address')).max(200),
  ...consentFields({ vi: 'nhận thông báo về dự thảo', en: 'receive notices about the draft' }),
  formToken: formTokenField,
  website: honeypotField,
});
export type FollowSubmission = z.infer<typeof followSubmissionSchema>;

/** The query (or hidden field) of a link in a follower's mail. */
export const followLinkSchema = z.object({ token: followLinkTokenSchema });

/** What the scheduler fires for followers: tell them of an event, forget them after the retention period. */
export const followerTaskSchema = z.discriminatedUnion('task', [
  z.object({ task: z.literal('notify-followers'), consultationId: z.uuid(), event: followerEventSchema }),
  z.object({ task: z.literal('forget-followers'), consultationId: z.uuid() }),
]);
export type FollowerTask = z.infer<typeof followerTaskSchema>;

/** A confirmation or unsubscribe link that is wrong, used up or lapsed. */
export class FollowLinkExpired extends AppError {
  constructor(detail?: string) {
    super(
      410,
      'follow-link-expired',
      'Đường liên kết không còn hiệu lực; hãy đăng ký theo dõi lại trên trang dự thảo',
      'This link is no longer valid; subscribe again on the draft’s page',
      detail,
    );
  }
}

/** The consultation concluded: there is nothing left to be told of. */
export class FollowingClosed extends AppError {
  constructor(detail?: string) {
    super(
      409,
      'following-closed',
      'Dự thảo đã kết thúc lấy ý kiến và đã công bố báo cáo; không còn nhận đăng ký theo dõi',
      'This consultation has concluded; it no longer takes followers',
      detail,
    );
  }
}
