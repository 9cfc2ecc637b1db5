import * as z from 'zod';
import type { Role } from '#shared/domain/roles.ts';

/** The kinds of record whose changes are audited; each keeps its history in its own partition. */
export const auditedEntityTypeSchema = z.enum([
  'Article',
  'Category',
  'Agency',
  // The organisation as data.
  'Unit',
  'Official',
  'ExternalLink',
  'LegalDocument',
  'GazetteIssue',
  'Distribution',
  'Feedback',
  'FeedbackTopic',
  'HolidayCalendar',
  'Consultation',
  // Online dialogues.
  'Dialogue',
  'DialogueQuestion',
  // Staff accounts (issue 13).
  'StaffAccount',
  // Managed pages and menus.
  'Page',
  'Menu',
  // Disclosures (thông tin công khai).
  'Disclosure',
  // Agencies' contributions (issue 15).
  'Contribution',
  // Requests for information to agencies (issue 15).
  'InformationRequest',
  // The media library (issue 15).
  'MediaAsset',
]);
export type AuditedEntityType = z.infer<typeof auditedEntityTypeSchema>;
/** Which record a history belongs to: `{ type: 'Article', id }`. shared/data maps it to its partition. */
export type EntityRef = { type: AuditedEntityType; id: string };

/** One state change of one entity: who, when, from, to, why. Written in the change's own transaction. */
export const auditEntrySchema = z.object({
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  at: z.string(),
  fromStatus: z.string().optional(),
  toStatus: z.string().optional(),
  note: z.string().optional(),
  /** Names of the fields the change touched, for "what changed" in the history view. */
  changedFields: z.array(z.string()).default([]),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
/** What a change says about itself in its audit record, besides who, what and when. */
export type AuditDetails = Partial<Pick<AuditEntry, 'fromStatus' | 'toStatus' | 'note' | 'changedFields'>>;

/** Who acts: a person from a token, or the system (scheduler, workflow). */
/**
 * Who acts. `username` and `roles` come from the token (actorOf) and let a verb load what it decides on (an
 * editor's area); internal actors (the seed, the scheduler) carry neither and are not restricted.
 */
export type Actor = { id: string; name: string; username?: string; roles?: readonly Role[] };
export const systemActor: Actor = { id: 'system', name: 'Hệ thống' };
