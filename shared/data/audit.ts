import { randomUUID } from 'node:crypto';
import {
  type Actor,
  type AuditDetails,
  type AuditEntry,
  auditEntrySchema,
  type EntityRef,
} from '#shared/domain/audit.ts';
import { VersionConflict } from '#shared/domain/errors.ts';
import { keys } from './keys.ts';
import { queryAll } from './reads.ts';
import { createItem, type TransactionWrite } from './transactions.ts';

/**
 * The audit trail. Every change appends one record to its entity's history, in the change's own
 * transaction, so a change without its record (or a record without its change) cannot exist. Only this
 * module writes audit records.
 */
export function entityPartition(entity: EntityRef): string {
  switch (entity.type) {
    case 'Article':
      return keys.article(entity.id).pk;
    case 'Category':
      return keys.category(entity.id).pk;
    case 'Agency':
      return keys.agency(entity.id).pk;
    case 'Unit':
      return keys.unit(entity.id).pk;
    case 'Official':
      return keys.official(entity.id).pk;
    case 'ExternalLink':
      return keys.externalLink(entity.id).pk;
    case 'LegalDocument':
      return keys.legalDocument(entity.id).pk;
    case 'GazetteIssue':
      return keys.gazetteIssue(entity.id).pk;
    case 'Distribution':
      return keys.distributionList().pk;
    case 'Feedback':
      return keys.feedback(entity.id).pk;
    case 'FeedbackTopic':
      return keys.feedbackTopic(entity.id).pk;
    case 'HolidayCalendar':
      return keys.holidayCalendarHistory(entity.id);
    case 'Consultation':
      return keys.consultation(entity.id).pk;
    case 'Dialogue':
      return keys.dialogue(entity.id).pk;
    case 'DialogueQuestion':
      return keys.dialogueQuestion(entity.id).pk;
    case 'StaffAccount':
      return keys.staffAccount(entity.id).pk;
    case 'Page':
      return keys.page(entity.id).pk;
    case 'Menu':
      return keys.menu(entity.id).pk;
    case 'Disclosure':
      return keys.disclosure(entity.id).pk;
    case 'Contribution':
      return keys.contribution(entity.id).pk;
    case 'InformationRequest':
      return keys.informationRequest(entity.id).pk;
    case 'MediaAsset':
      return keys.mediaAsset(entity.id).pk;
  }
}

/** The audit record of one change as a write of the change's transaction; `at` defaults to now. */
export function recordAudit(
  entity: EntityRef,
  actor: Actor,
  action: string,
  details: AuditDetails = {},
  at: string = new Date().toISOString(),
): TransactionWrite {
  const entry: AuditEntry = {
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
  return createItem(
    { ...keys.audit(entityPartition(entity), at, randomUUID()), itemType: 'AuditEntry', ...entry },
    () => new VersionConflict('duplicate audit record'),
  );
}

/** An entity's whole history, oldest first. */
export async function listHistory(entity: EntityRef): Promise<AuditEntry[]> {
  const prefix = keys.auditPrefix(entityPartition(entity));
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
