import { agencyScopeOf, assertInAgencyScope } from '#shared/auth/agency-scope.ts';
import { listHistory, recordAudit } from '#shared/data/audit.ts';
import {
  getFeedbackContact,
  listFeedbackByStatus,
  listFeedbackOfAgency,
  listRecentFeedbackOfTopic,
} from '#shared/data/feedback.ts';
import type { Page } from '#shared/data/reads.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { errors } from '#shared/domain/errors.ts';
import type { FeedbackContact, FeedbackItem, FeedbackStatus } from '#shared/domain/feedback.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { presignedDownload } from '#shared/media/downloads.ts';
import { searchTerms } from '#shared/text/vietnamese.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { publicTextFlags } from './handling.ts';
import { feedbackEntity, loadFeedback } from './items.ts';
import { overdueDeadline } from './workflow.ts';

/**
 * What staff read: the officer's queues and an agency's inbox (scoped by the shared agency guard), one item
 * with its history, the personal-data flags of its public text and its possible duplicates, and the sender's
 * contact, whose every read is audited.
 */
export type QueueQuery = {
  status?: FeedbackStatus | undefined;
  topicSlug?: string | undefined;
  agencyId?: string | undefined;
  overdue?: 'true' | 'false' | undefined;
  cursor?: string | undefined;
  limit: number;
};

/** A queue entry: the item with the deadline it is past, if any (the screens show it as a badge). */
export type QueueEntry = FeedbackItem & { overdueDeadline?: 'forward' | 'answer' };

export async function listQueue(
  principal: Principal,
  query: QueueQuery,
  now = new Date(),
): Promise<Page<QueueEntry>> {
  const scope = agencyScopeOf(principal);
  const page = scope
    ? await listFeedbackOfAgency(scope, { limit: query.limit, cursor: query.cursor, status: query.status })
    : await listFeedbackByStatus(query.status ?? 'received', { limit: query.limit, cursor: query.cursor });
  const today = dateInVietnam(now);
  const items = page.items
    // The inbox index keeps an item that was declined; only what is with the agency now is its work.
    .filter((item) => !scope || item.agencyId === scope)
    .filter((item) => !query.topicSlug || item.topicSlug === query.topicSlug)
    .filter((item) => !query.agencyId || item.agencyId === query.agencyId)
    .map((item) => {
      const late = overdueDeadline(item, today);
      return late ? { ...item, overdueDeadline: late } : item;
    })
    .filter(
      (item) => query.overdue === undefined || (query.overdue === 'true') === 'overdueDeadline' in item,
    );
  return { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}

export async function itemFor(principal: Principal, id: string): Promise<FeedbackItem> {
  const item = await loadFeedback(id);
  const scope = agencyScopeOf(principal);
  if (scope) assertInAgencyScope(principal, { agencyId: item.agencyId });
  return item;
}

/** Items of the same subject with similar words: the officer decides whether to merge. */
export async function possibleDuplicates(
  item: FeedbackItem,
): Promise<{ id: string; code: string; publicTitle: string; status: FeedbackStatus; similarity: number }[]> {
  const mine = termSet(`${item.title} ${item.content}`);
  const candidates = await listRecentFeedbackOfTopic(item.topicSlug, 200);
  return candidates
    .filter((other) => other.id !== item.id && other.status !== 'merged' && other.status !== 'rejected')
    .map((other) => ({ other, similarity: jaccard(mine, termSet(`${other.title} ${other.content}`)) }))
    .filter((candidate) => candidate.similarity >= 0.25)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 5)
    .map(({ other, similarity }) => ({
      id: other.id,
      code: other.code,
      publicTitle: other.publicTitle,
      status: other.status,
      similarity: Math.round(similarity * 100) / 100,
    }));
}

/** Words and pairs of words, folded (so "đường" and "duong" are one term): Vietnamese words are often two syllables. */
function termSet(text: string): Set<string> {
  const terms = searchTerms(text).filter((term) => term.length > 1);
  return new Set([...terms, ...terms.slice(1).map((term, index) => `${terms[index]} ${term}`)]);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export async function itemDetail(principal: Principal, id: string) {
  const item = await itemFor(principal, id);
  const officer = agencyScopeOf(principal) === undefined;
  return {
    item,
    flags: await publicTextFlags(item),
    ...(officer ? { duplicates: await possibleDuplicates(item) } : {}),
    history: await listHistory(feedbackEntity(id)),
  };
}

/** The sender's contact, for staff who must reach them; the read is written to the item's audit trail. */
export async function readContact(actor: Actor, id: string): Promise<FeedbackContact> {
  await loadFeedback(id);
  const contact = await getFeedbackContact(id);
  if (!contact)
    throw errors.notFound('contact (deleted at the sender’s request or after the retention period)');
  await runTransaction([
    recordAudit(feedbackEntity(id), actor, 'read-contact', { note: 'xem thông tin liên hệ của người gửi' }),
  ]);
  return contact;
}

/** A short-lived link to one of the sender's attachments, for staff; the read is audited like the contact. */
export async function attachmentLink(
  principal: Principal,
  id: string,
  index: number,
): Promise<{ url: string; fileName: string; contentType: string }> {
  const item = await itemFor(principal, id);
  const file = item.attachments[index];
  if (!file) throw errors.notFound(`attachment ${index} of ${id}`);
  await runTransaction([
    recordAudit(
      feedbackEntity(id),
      { id: principal.userId, name: principal.displayName },
      'read-attachment',
      {
        note: file.fileName,
      },
    ),
  ]);
  return {
    url: await presignedDownload(file.key, file.fileName),
    fileName: file.fileName,
    contentType: file.contentType,
  };
}
