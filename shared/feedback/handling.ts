import { CopyObjectCommand } from '@aws-sdk/client-s3';
import { actorOf } from '#shared/auth/actor.ts';
import { assertInAgencyScope } from '#shared/auth/agency-scope.ts';
import { readEnv } from '#shared/config/env.ts';
import { activityOf, countActivityEvent } from '#shared/data/activity.ts';
import { s3 } from '#shared/data/clients.ts';
import {
  feedbackIdByCode,
  feedbackWrites,
  getFeedback,
  getFeedbackContact,
  getFeedbackTopic,
  nextQaOrdinal,
  type QaListing,
  type QaOrdinals,
} from '#shared/data/feedback.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { CounterMoved, errors, VersionConflict } from '#shared/domain/errors.ts';
import type {
  FeedbackFile,
  FeedbackItem,
  FeedbackKind,
  PublishedFeedback,
  RejectionReason,
} from '#shared/domain/feedback.ts';
import { rejectionReasonLabels } from '#shared/domain/feedback.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { inspectUpload } from '#shared/media/document-uploads.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import { findPersonalData } from '#shared/text/personal-data.ts';
import { sanitizeRichText } from '#shared/text/rich-text.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { addWorkingDays, workingDaysBetweenInstants } from '#shared/time/working-days.ts';
import { workingCalendar } from './calendar.ts';
import { scheduleAnonymisation, scheduleClosing, scheduleDeadline } from './deadlines.ts';
import { agencyNamed, commitChange, loadFeedback, senderDetails, withEvent } from './items.ts';
import {
  notifyAgency,
  notifyAgencyForwarded,
  notifyOfficers,
  notifySenderForwarded,
  notifySenderMerged,
  notifySenderRejected,
  notifySendersPublished,
} from './notifications.ts';
import { feedbackSettings } from './settings.ts';
import { decide } from './workflow.ts';

/**
 * What the feedback officer, the agencies and the director do with an item. Each verb reads: load, decide
 * (workflow.ts), one transaction with its audit record (items.ts), then the side effects: deadlines on the
 * scheduler, mail, and the publisher for what became public.
 */

async function topicMustExist(topicSlug: string) {
  if (!(await getFeedbackTopic(topicSlug))) {
    throw errors.field('topicSlug', 'Lĩnh vực không tồn tại', 'No such subject');
  }
}

export async function classifyFeedback(
  officer: Actor,
  id: string,
  input: { kind: FeedbackKind; topicSlug: string; expectedVersion: number },
  now = new Date(),
): Promise<FeedbackItem> {
  const item = await loadFeedback(id);
  const status = decide(item, 'classify');
  await topicMustExist(input.topicSlug);
  const at = now.toISOString();
  return commitChange(
    item,
    {
      ...item,
      kind: input.kind,
      topicSlug: input.topicSlug,
      status,
      timeline: item.status === 'received' ? withEvent(item, { type: 'accepted' }, at) : item.timeline,
      updatedAt: at,
    },
    input.expectedVersion,
    officer,
    'classify',
  );
}

export async function rejectFeedback(
  officer: Actor,
  id: string,
  input: {
    reason: RejectionReason;
    note?: string | undefined;
    duplicateOf?: string | undefined;
    expectedVersion: number;
  },
  now = new Date(),
): Promise<FeedbackItem> {
  const item = await loadFeedback(id);
  const status = decide(item, 'reject');
  if (input.reason === 'duplicate') {
    const originalId = input.duplicateOf ? await feedbackIdByCode(input.duplicateOf) : undefined;
    if (!originalId || originalId === id) {
      throw errors.field(
        'duplicateOf',
        'Không tìm thấy phản ánh gốc với mã này',
        'No original with this code',
      );
    }
  }
  const at = now.toISOString();
  const rejected = await commitChange(
    item,
    {
      ...item,
      status,
      rejection: {
        reason: input.reason,
        ...(input.note ? { note: input.note } : {}),
        ...(input.duplicateOf ? { duplicateOf: input.duplicateOf } : {}),
      },
      closedAt: at,
      timeline: withEvent(
        item,
        {
          type: 'rejected',
          rejectionReason: input.reason,
          reason: input.note ?? rejectionReasonLabels[input.reason].vi,
          ...(input.duplicateOf ? { relatedCode: input.duplicateOf } : {}),
        },
        at,
      ),
      updatedAt: at,
    },
    input.expectedVersion,
    officer,
    'reject',
    { note: `${input.reason}${input.note ? `: ${input.note}` : ''}` },
    [feedbackWrites.countTotals({ rejected: 1 })],
  );
  await scheduleAnonymisation(rejected, at, now);
  await notifySenderRejected(rejected);
  return rejected;
}

/** A duplicate joins the original: it is closed where it stands, and follows the original's answer. */
export async function mergeFeedback(
  officer: Actor,
  id: string,
  input: { into: string; expectedVersion: number },
  now = new Date(),
): Promise<FeedbackItem> {
  const item = await loadFeedback(id);
  const status = decide(item, 'merge');
  const originalId = await feedbackIdByCode(input.into);
  const original = originalId ? await getFeedback(originalId) : undefined;
  if (!original || original.id === id || original.status === 'merged' || original.status === 'rejected') {
    throw errors.field('into', 'Không gộp được vào phản ánh này', 'Cannot merge into this item');
  }
  const at = now.toISOString();
  const merged = await commitChange(
    item,
    {
      ...item,
      status,
      mergedInto: { id: original.id, code: original.code },
      closedAt: at,
      timeline: withEvent(item, { type: 'merged', relatedCode: original.code }, at),
      updatedAt: at,
    },
    input.expectedVersion,
    officer,
    'merge',
    { note: `gộp vào ${original.code}` },
    [
      feedbackWrites.replace(
        {
          ...original,
          mergedItems: [...original.mergedItems, { id: item.id, code: item.code }],
          updatedAt: at,
          version: original.version + 1,
        },
        original.version,
      ),
      feedbackWrites.countTotals({ merged: 1 }),
    ],
  );
  await scheduleAnonymisation(merged, at, now);
  await notifySenderMerged(merged);
  return merged;
}

export async function forwardFeedback(
  officer: Actor,
  id: string,
  input: { agencyId: string; answerWorkingDays?: number | undefined; expectedVersion: number },
  now = new Date(),
): Promise<FeedbackItem> {
  const item = await loadFeedback(id);
  const status = decide(item, 'forward');
  const agency = await agencyNamed(input.agencyId);
  const calendar = await workingCalendar();
  const days = input.answerWorkingDays ?? feedbackSettings().answerWorkingDays;
  const at = now.toISOString();
  const answerDueOn = addWorkingDays(dateInVietnam(now), days, calendar);
  // Each agency counts an item once, however often it comes back to it.
  const firstTimeHere = !item.timeline.some(
    (event) => event.type === 'forwarded' && event.agencyId === agency.id,
  );
  const forwarded = await commitChange(
    item,
    {
      ...item,
      status,
      agencyId: agency.id,
      forwardedAt: at,
      answerWorkingDays: days,
      answerDueOn,
      timeline: withEvent(
        item,
        { type: 'forwarded', agencyId: agency.id, agencyName: agency.nameVi, dueOn: answerDueOn },
        at,
      ),
      updatedAt: at,
    },
    input.expectedVersion,
    officer,
    'forward',
    { note: `${agency.nameVi}, hạn ${answerDueOn}` },
    firstTimeHere ? [feedbackWrites.countForAgency(agency.id, agency.nameVi, { received: 1 })] : [],
  );
  await scheduleDeadline(forwarded, 'answer', answerDueOn, calendar, now);
  await notifyAgencyForwarded(forwarded);
  await notifySenderForwarded(forwarded, agency.nameVi);
  return forwarded;
}

/**
 * The officer's public version of the question (personal data masked). It can be corrected after
 * publication too: personal data found late comes off the page at once.
 */
export async function editPublicText(
  officer: Actor,
  id: string,
  input: { publicTitle: string; publicContent: string; expectedVersion: number },
  now = new Date(),
): Promise<FeedbackItem> {
  const item = await loadFeedback(id);
  decide(item, 'edit-public-text');
  const at = now.toISOString();
  const edited: FeedbackItem = {
    ...item,
    publicTitle: input.publicTitle,
    publicContent: input.publicContent,
    updatedAt: at,
  };
  const published = item.publishedAt ? await publishedEntryOf(edited) : undefined;
  const saved = await commitChange(
    item,
    edited,
    input.expectedVersion,
    officer,
    'edit-public-text',
    {},
    published ? [feedbackWrites.putPublished(published.entry, published.ordinals)] : [],
  );
  if (published) await requestPublication({ type: 'feedback-changed', feedbackId: id });
  return saved;
}

/** An agency's item: only the agency it is forwarded to (the shared agency scope) may act on it. */
async function itemOfAgency(principal: Principal, id: string): Promise<FeedbackItem> {
  const item = await loadFeedback(id);
  assertInAgencyScope(principal, { agencyId: item.agencyId });
  return item;
}

/** Outside the agency's competence: back to the officer, who routes it elsewhere (visible on the timeline). */
export async function declineFeedback(
  principal: Principal,
  id: string,
  input: { reason: string; expectedVersion: number },
  now = new Date(),
): Promise<FeedbackItem> {
  const item = await itemOfAgency(principal, id);
  const status = decide(item, 'decline');
  const agency = item.agencyId ? await agencyNamed(item.agencyId) : undefined;
  const calendar = await workingCalendar();
  const at = now.toISOString();
  const forwardDueOn = addWorkingDays(dateInVietnam(now), feedbackSettings().rerouteWorkingDays, calendar);
  const { agencyId: _agency, forwardedAt: _forwarded, answerDueOn: _due, ...rest } = item;
  const declined = await commitChange(
    item,
    {
      ...rest,
      status,
      forwardDueOn,
      timeline: withEvent(
        item,
        {
          type: 'declined',
          ...(agency ? { agencyId: agency.id, agencyName: agency.nameVi } : {}),
          reason: input.reason,
          dueOn: forwardDueOn,
        },
        at,
      ),
      updatedAt: at,
    },
    input.expectedVersion,
    actorOf(principal),
    'decline',
    { note: input.reason },
  );
  await scheduleDeadline(declined, 'forward', forwardDueOn, calendar, now);
  await notifyOfficers(
    declined,
    'feedback-declined',
    'Cơ quan đề nghị chuyển cơ quan khác',
    `${agency?.nameVi ?? 'Cơ quan'} cho rằng phản ánh “${item.publicTitle}” không thuộc thẩm quyền: ${input.reason}\nHạn chuyển lại: ${forwardDueOn}.`,
  );
  return declined;
}

/** The agency's answer (sanitized rich text, PDF attachments uploaded first); the director approves it. */
export async function answerFeedback(
  principal: Principal,
  id: string,
  input: { html: string; attachmentKeys: string[]; expectedVersion: number },
  now = new Date(),
): Promise<FeedbackItem> {
  const item = await itemOfAgency(principal, id);
  const status = decide(item, 'answer');
  if (!item.agencyId) throw errors.invalidTransition(item.status, 'answer');
  const agency = await agencyNamed(item.agencyId);
  const html = sanitizeRichText(input.html);
  if (html.length === 0) throw errors.field('html', 'Câu trả lời trống', 'The answer is empty');
  const attachments: FeedbackFile[] = [];
  const problems = [];
  for (const [index, key] of input.attachmentKeys.entries()) {
    const inspected = await inspectUpload(key, `attachmentKeys.${index}`, {
      require: 'pdf',
      owner: 'feedback',
    });
    problems.push(...inspected.errors);
    if (inspected.file) attachments.push({ ...inspected.file, contentType: 'application/pdf' });
  }
  if (problems.length > 0) throw errors.validation(problems);
  const at = now.toISOString();
  const { returnNote: _note, ...rest } = item;
  return commitChange(
    item,
    {
      ...rest,
      status,
      answer: {
        html,
        attachments,
        agencyId: agency.id,
        agencyName: agency.nameVi,
        answeredAt: at,
        answeredBy: principal.displayName,
      },
      timeline: withEvent(item, { type: 'answered', agencyId: agency.id, agencyName: agency.nameVi }, at),
      updatedAt: at,
    },
    input.expectedVersion,
    actorOf(principal),
    'answer',
  );
}

/** The public entry of an answered item, and the ordinals it holds (given at its first publication). */
async function publishedEntryOf(
  item: FeedbackItem,
  ordinals?: QaOrdinals,
): Promise<{ entry: PublishedFeedback; ordinals: QaOrdinals }> {
  if (!item.answer || !item.publishedAt || !item.agencyId)
    throw errors.invalidTransition(item.status, 'publish');
  const calendar = await workingCalendar();
  const held = ordinals ?? item.publication;
  if (!held) throw errors.invalidTransition(item.status, 'publish');
  const workingDays = Math.max(
    0,
    workingDaysBetweenInstants(item.forwardedAt ?? item.receivedAt, item.answer.answeredAt, calendar),
  );
  const { answeredBy: _by, ...answer } = item.answer;
  return {
    ordinals: held,
    entry: {
      id: item.id,
      code: item.code,
      kind: item.kind,
      topicSlug: item.topicSlug,
      agencyId: item.answer.agencyId,
      agencyName: item.answer.agencyName,
      publicTitle: item.publicTitle,
      publicContent: item.publicContent,
      answer,
      receivedAt: item.receivedAt,
      publishedAt: item.publishedAt,
      firstPublishedAt: item.firstPublishedAt ?? item.publishedAt,
      ...held,
      reopened: item.status === 'forwarded' || item.status === 'answered',
      workingDaysToAnswer: workingDays,
      answeredOnTime: item.answerDueOn ? dateInVietnam(item.answer.answeredAt) <= item.answerDueOn : true,
    },
  };
}

/**
 * What the answer's public page would show if the director approved it now: the entry approval writes,
 * with the listing positions it holds (none yet: 0) and its files under the public keys approval gives them.
 */
export async function previewEntryOf(item: FeedbackItem, now = new Date()): Promise<PublishedFeedback> {
  if (!item.answer) throw errors.invalidTransition(item.status, 'preview');
  const at = now.toISOString();
  const attachments = item.answer.attachments.map((file, index) =>
    file.key.startsWith('media/') ? file : { ...file, key: publicAttachmentKey(item.code, index) },
  );
  const { entry } = await publishedEntryOf(
    {
      ...item,
      status: 'published',
      answer: { ...item.answer, attachments },
      publishedAt: at,
      firstPublishedAt: item.firstPublishedAt ?? at,
    },
    item.publication ?? { ordinal: 0, topicOrdinal: 0, agencyOrdinal: 0 },
  );
  return entry;
}

/**
 * The findings of the personal-data check on what the public would read: patterns (phones, e-mails, ID
 * numbers, addresses) and the sender's own details wherever they occur (read from the contact, unless it
 * was deleted).
 */
export async function publicTextFlags(item: Pick<FeedbackItem, 'id' | 'publicTitle' | 'publicContent'>) {
  const contact = await getFeedbackContact(item.id);
  const known = contact ? senderDetails(contact) : [];
  return [
    ...findPersonalData(item.publicTitle, known).map((finding) => ({
      ...finding,
      field: 'publicTitle' as const,
    })),
    ...findPersonalData(item.publicContent, known).map((finding) => ({
      ...finding,
      field: 'publicContent' as const,
    })),
  ];
}

/**
 * The director's decision on an answer: approve it for publication (the question anonymised beside it), or
 * return it to the agency with a note. Personal data still flagged in the public text must be acknowledged.
 */
export async function decideAnswer(
  director: Actor,
  id: string,
  decision:
    | { outcome: 'approve'; acknowledgeFlags: boolean; expectedVersion: number }
    | { outcome: 'return'; note: string; expectedVersion: number },
  now = new Date(),
): Promise<FeedbackItem> {
  const item = await loadFeedback(id);
  if (decision.outcome === 'return') {
    const status = decide(item, 'return');
    const returned = await commitChange(
      item,
      { ...item, status, returnNote: decision.note, updatedAt: now.toISOString() },
      decision.expectedVersion,
      director,
      'return-answer',
      { note: decision.note },
    );
    await notifyAgency(
      returned,
      'feedback-answer-returned',
      'Câu trả lời cần hoàn thiện thêm',
      decision.note,
    );
    return returned;
  }
  const status = decide(item, 'approve');
  const flags = await publicTextFlags(item);
  if (flags.length > 0 && !decision.acknowledgeFlags) {
    throw errors.validation(
      flags.map((flag) => ({
        path: flag.field,
        messageVi: `Có thể còn thông tin cá nhân: “${flag.text}”`,
        messageEn: `Possible personal data left: “${flag.text}”`,
      })),
      'acknowledgeFlags',
    );
  }
  if (!item.answer || !item.agencyId) throw errors.invalidTransition(item.status, 'approve');
  if (item.version !== decision.expectedVersion) throw new VersionConflict(`feedback ${id}`);
  const answer = { ...item.answer, attachments: await publishAttachments(item) };
  const at = now.toISOString();
  const firstTime = item.publication === undefined;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const listings: QaListing[] = [
      { kind: 'all' },
      { kind: 'topic', slug: item.topicSlug },
      { kind: 'agency', id: answer.agencyId },
    ];
    const counters = firstTime
      ? await Promise.all(listings.map((listing) => nextQaOrdinal(listing)))
      : undefined;
    const ordinals: QaOrdinals = item.publication ?? {
      ordinal: counters?.[0] ?? 0,
      topicOrdinal: counters?.[1] ?? 0,
      agencyOrdinal: counters?.[2] ?? 0,
    };
    const published: FeedbackItem = {
      ...item,
      status,
      answer,
      publishedAt: at,
      firstPublishedAt: item.firstPublishedAt ?? at,
      publication: ordinals,
      timeline: withEvent(item, { type: 'published' }, at),
      updatedAt: at,
    };
    const { entry } = await publishedEntryOf(published, ordinals);
    const calendar = await workingCalendar();
    const workingDays = Math.max(
      0,
      workingDaysBetweenInstants(item.forwardedAt ?? item.receivedAt, answer.answeredAt, calendar),
    );
    try {
      const saved = await commitChange(
        item,
        published,
        decision.expectedVersion,
        director,
        'approve-answer',
        {},
        [
          feedbackWrites.putPublished(entry, ordinals),
          ...(counters
            ? listings.map((listing, index) => feedbackWrites.advanceQaListing(listing, counters[index] ?? 0))
            : []),
          ...(firstTime
            ? [
                feedbackWrites.countForAgency(answer.agencyId, answer.agencyName, {
                  answered: 1,
                  answeredOnTime: entry.answeredOnTime ? 1 : 0,
                  [`histogram_${Math.min(workingDays, 60)}`]: 1,
                }),
                feedbackWrites.countTotals({ published: 1 }),
                countActivityEvent(activityOf.feedbackAnswered(entry)),
              ]
            : []),
        ],
      );
      await requestPublication({ type: 'feedback-changed', feedbackId: id });
      await scheduleClosing(saved, at, now);
      const merged = (await Promise.all(item.mergedItems.map((each) => getFeedback(each.id)))).filter(
        (each): each is FeedbackItem => each !== undefined,
      );
      await notifySendersPublished(saved, merged);
      return saved;
    } catch (error) {
      // Another answer took the listing ordinal we read: read the counters again.
      if (error instanceof CounterMoved) continue;
      throw error;
    }
  }
  throw new VersionConflict('too many answers published at once; try again');
}

const publicAttachmentKey = (code: string, index: number) =>
  `media/phan-anh-kien-nghi/${code.toLowerCase()}/tra-loi-${index + 1}.pdf`;

/** An answer's attachments become public files under `media/phan-anh-kien-nghi/<code>/` (copied, same bytes). */
async function publishAttachments(item: FeedbackItem): Promise<FeedbackFile[]> {
  const files = item.answer?.attachments ?? [];
  const bucket = readEnv().MEDIA_BUCKET;
  return Promise.all(
    files.map(async (file, index) => {
      if (file.key.startsWith('media/')) return file;
      const key = publicAttachmentKey(item.code, index);
      await s3().send(
        new CopyObjectCommand({ Bucket: bucket, Key: key, CopySource: `${bucket}/${file.key}` }),
      );
      return { ...file, key };
    }),
  );
}
