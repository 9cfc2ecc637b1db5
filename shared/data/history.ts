import { type Actor, type AuditEntry, auditEntrySchema } from '#shared/domain/audit.ts';
import { keys } from './keys.ts';
import { queryAll } from './reads.ts';

/** The audit entry of one change, stamped now. */
export function auditEntry(
  entity: { type: string; id: string },
  actor: Actor,
  action: string,
  details: Partial<Pick<AuditEntry, 'fromStatus' | 'toStatus' | 'note' | 'changedFields'>> = {},
  at: string = new Date().toISOString(),
): AuditEntry {
  return {
    entityType: entity.type,
    entityId: entity.id,
    action,
    actorId: actor.id,
    actorName: actor.name,
    at,
    changedFields: details.changedFields ?? [],
    ...(details.fromStatus ? { fromStatus: details.fromStatus } : {}),
    ...(details.toStatus ? { toStatus: details.toStatus } : {}),
    ...(details.note ? { note: details.note } : {}),
  };
}

/** An entity's whole history, oldest first. */
export async function listHistory(entityPk: string): Promise<AuditEntry[]> {
  const prefix = keys.auditPrefix(entityPk);
  return queryAll(
    {
      partition: { name: 'pk', value: prefix.pk },
      sortBeginsWith: { name: 'sk', value: prefix.skPrefix },
    },
    auditEntrySchema,
  );
}

/** Names of the top-level fields whose values differ between two versions of a record. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  names.delete('version');
  return [...names].filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name])).sort();
}
