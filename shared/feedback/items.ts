import { changedFields, recordAudit } from '#shared/data/audit.ts';
import { getAgency } from '#shared/data/directory.ts';
import { feedbackWrites, getFeedback } from '#shared/data/feedback.ts';
import { runTransaction, type TransactionWrite } from '#shared/data/transactions.ts';
import type { Actor, AuditDetails, EntityRef } from '#shared/domain/audit.ts';
import { errors } from '#shared/domain/errors.ts';
import type { FeedbackItem, TimelineEvent } from '#shared/domain/feedback.ts';

/** The pieces every feedback verb uses: load, the agency's name, one change in one transaction. */
export const feedbackEntity = (id: string): EntityRef => ({ type: 'Feedback', id });

export async function loadFeedback(id: string): Promise<FeedbackItem> {
  const item = await getFeedback(id);
  if (!item) throw errors.notFound(`feedback ${id}`);
  return item;
}

export async function agencyNamed(
  agencyId: string,
): Promise<{ id: string; nameVi: string; email?: string | undefined }> {
  const agency = await getAgency(agencyId);
  if (!agency)
    throw errors.field('agencyId', 'Cơ quan không có trong danh bạ', 'No such agency in the directory');
  return agency;
}

/** Appends a public timeline event, stamped `at`. */
export const withEvent = (
  item: FeedbackItem,
  event: Omit<TimelineEvent, 'at'>,
  at: string,
): TimelineEvent[] => [...item.timeline, { ...event, at }];

/**
 * Replaces an item (from the version the caller read) with its audit record and any other writes of the
 * same change, all in one transaction. The audit record names the status move and the fields that changed.
 */
export async function commitChange(
  before: FeedbackItem,
  after: FeedbackItem,
  expectedVersion: number,
  actor: Actor,
  action: string,
  details: AuditDetails = {},
  others: TransactionWrite[] = [],
): Promise<FeedbackItem> {
  const next: FeedbackItem = { ...after, version: expectedVersion + 1 };
  await runTransaction([
    feedbackWrites.replace(next, expectedVersion),
    ...others,
    recordAudit(
      feedbackEntity(before.id),
      actor,
      action,
      {
        ...(before.status !== after.status ? { fromStatus: before.status, toStatus: after.status } : {}),
        changedFields: changedFields(
          { ...before, timeline: undefined, updatedAt: undefined },
          { ...after, timeline: undefined, updatedAt: undefined },
        ),
        ...details,
      },
      after.updatedAt,
    ),
  ]);
  return next;
}

/** What the sender gave about themselves, masked wherever it occurs in the text they wrote. */
export const senderDetails = (contact: {
  name: string;
  address: string;
  phone?: string | undefined;
  email?: string | undefined;
  organisation?: string | undefined;
}) =>
  [contact.name, contact.address, contact.phone, contact.email].filter((value): value is string =>
    Boolean(value),
  );
