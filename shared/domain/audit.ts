import { z } from 'zod';

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

/** Who acts: a person from a token, or the system (scheduler, workflow). */
export type Actor = { id: string; name: string };
export const systemActor: Actor = { id: 'system', name: 'Hệ thống' };
