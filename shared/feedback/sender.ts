import { feedbackIdByCode, feedbackWrites, getFeedback, getFeedbackAccess } from '#shared/data/feedback.ts';
import { type Actor, systemActor } from '#shared/domain/audit.ts';
import { AppError, errors } from '#shared/domain/errors.ts';
import type { FeedbackItem, PublicTracking } from '#shared/domain/feedback.ts';
import { removeFiles } from '#shared/participation/attachments.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { addWorkingDays } from '#shared/time/working-days.ts';
import { workingCalendar } from './calendar.ts';
import { secretMatches } from './codes.ts';
import { scheduleDeadline } from './deadlines.ts';
import { commitChange, withEvent } from './items.ts';
import { notifyAgency, notifyOfficers } from './notifications.ts';
import { feedbackSettings } from './settings.ts';
import { canRate, canReopen, decide, reopenDeadline } from './workflow.ts';

/**
 * What the sender does without an account: follow the public timeline with the code; with the secret link,
 * rate the answer, reopen it once, or have their personal data deleted. The audit trail names them only as
 * "the sender".
 */
const sender: Actor = { ...systemActor, id: 'sender', name: 'Người gửi' };

export class UnknownTrackingCode extends AppError {
  constructor(code: string) {
    super(
      404,
      'unknown-tracking-code',
      'Không tìm thấy phản ánh, kiến nghị có mã này',
      'No item has this tracking code',
      code,
    );
  }
}

export class SecretLinkRefused extends AppError {
  constructor() {
    super(
      403,
      'secret-link-refused',
      'Đường dẫn riêng không đúng hoặc đã hết hiệu lực',
      'This private link is not valid',
    );
  }
}

async function byCode(code: string): Promise<FeedbackItem> {
  const id = await feedbackIdByCode(code);
  const item = id ? await getFeedback(id) : undefined;
  if (!item) throw new UnknownTrackingCode(code);
  return item;
}

/** The item, if the key is the sender's secret for it; refused otherwise (the same answer for a wrong code). */
async function bySecret(code: string, key: string): Promise<FeedbackItem> {
  const item = await byCode(code).catch(() => undefined);
  const access = item ? await getFeedbackAccess(item.id) : undefined;
  if (!item || !access || !secretMatches(key, access.secretHash)) throw new SecretLinkRefused();
  return item;
}

/** The public timeline of an item (no personal data); with the sender's key, what they may still do. */
export async function trackFeedback(code: string, key?: string, now = new Date()): Promise<PublicTracking> {
  const item = key ? await bySecret(code, key) : await byCode(code);
  const settings = feedbackSettings();
  const original = item.mergedInto ? await getFeedback(item.mergedInto.id) : undefined;
  const agency = item.timeline.findLast(
    (event) => event.type === 'forwarded' && event.agencyId === item.agencyId,
  );
  return {
    code: item.code,
    kind: item.kind,
    topicSlug: item.topicSlug,
    status: item.status,
    publicTitle: item.publicTitle,
    receivedAt: item.receivedAt,
    forwardDueOn: item.forwardDueOn,
    ...(item.answerDueOn && item.agencyId ? { answerDueOn: item.answerDueOn } : {}),
    ...(item.agencyId && agency?.agencyName ? { agencyName: agency.agencyName } : {}),
    timeline: item.timeline,
    ...(item.publishedAt ? { publishedPath: sitePaths.feedbackAnswer(item.code) } : {}),
    ...(item.mergedInto
      ? {
          mergedInto: {
            code: item.mergedInto.code,
            ...(original?.publishedAt ? { publishedPath: sitePaths.feedbackAnswer(original.code) } : {}),
          },
        }
      : {}),
    ...(key
      ? {
          actions: {
            rate: canRate(item),
            reopen: canReopen(item, now, settings.reopenDays),
            deleteData: item.anonymisedAt === undefined,
            ...(item.publishedAt && item.reopenCount === 0
              ? { reopenUntil: reopenDeadline(item.publishedAt, settings.reopenDays).toISOString() }
              : {}),
          },
        }
      : {}),
  };
}

export async function rateAnswer(
  code: string,
  key: string,
  input: { score: number; comment?: string | undefined },
  now = new Date(),
): Promise<FeedbackItem> {
  const item = await bySecret(code, key);
  decide(item, 'rate');
  if (!canRate(item)) throw errors.invalidTransition(item.status, 'rate');
  const at = now.toISOString();
  const agencyId = item.answer?.agencyId;
  return commitChange(
    item,
    {
      ...item,
      rating: { score: input.score, ...(input.comment ? { comment: input.comment } : {}), at },
      timeline: withEvent(item, { type: 'rated' }, at),
      updatedAt: at,
    },
    item.version,
    sender,
    'rate',
    { note: `${input.score}/5` },
    agencyId && item.answer
      ? [
          feedbackWrites.countForAgency(agencyId, item.answer.agencyName, {
            ratingCount: 1,
            ratingSum: input.score,
          }),
        ]
      : [],
  );
}

/** The answer did not resolve the matter: back to the agency that answered, with a new deadline. */
export async function reopenFeedback(code: string, key: string, input: { reason: string }, now = new Date()) {
  const item = await bySecret(code, key);
  const status = decide(item, 'reopen');
  const settings = feedbackSettings();
  if (!canReopen(item, now, settings.reopenDays)) throw errors.invalidTransition(item.status, 'reopen');
  if (!item.answer) throw errors.invalidTransition(item.status, 'reopen');
  const calendar = await workingCalendar();
  const at = now.toISOString();
  const answerDueOn = addWorkingDays(
    dateInVietnam(now),
    item.answerWorkingDays ?? settings.answerWorkingDays,
    calendar,
  );
  const reopened = await commitChange(
    item,
    {
      ...item,
      status,
      agencyId: item.answer.agencyId,
      forwardedAt: at,
      answerDueOn,
      reopenCount: item.reopenCount + 1,
      reopenReason: input.reason,
      timeline: withEvent(
        item,
        {
          type: 'reopened',
          agencyId: item.answer.agencyId,
          agencyName: item.answer.agencyName,
          dueOn: answerDueOn,
        },
        at,
      ),
      updatedAt: at,
    },
    item.version,
    sender,
    'reopen',
    {},
    [feedbackWrites.countForAgency(item.answer.agencyId, item.answer.agencyName, { reopened: 1 })],
  );
  await scheduleDeadline(reopened, 'answer', answerDueOn, calendar, now);
  // The published answer stays, marked as being looked at again.
  await requestPublication({ type: 'feedback-changed', feedbackId: item.id });
  await notifyAgency(
    reopened,
    'feedback-reopened',
    'Người gửi đề nghị xem xét lại câu trả lời',
    input.reason,
  );
  await notifyOfficers(
    reopened,
    'feedback-reopened',
    'Người gửi đề nghị xem xét lại câu trả lời',
    input.reason,
  );
  return reopened;
}

/**
 * Removes what identifies the sender, now: the contact record, the original text (the public, anonymised
 * version takes its place) and the attached files. What was published stays, as it holds no personal data.
 * The request itself is recorded in the audit trail (Law 91/2025/QH15: a request is acknowledged and honoured).
 */
export async function anonymiseFeedback(item: FeedbackItem, actor: Actor, action: string, now = new Date()) {
  const at = now.toISOString();
  const saved = await commitChange(
    item,
    {
      ...item,
      title: item.publicTitle,
      content: item.publicContent,
      attachments: [],
      anonymisedAt: at,
      updatedAt: at,
    },
    item.version,
    actor,
    action,
    { note: `liên hệ, nội dung gốc và ${item.attachments.length} tệp đính kèm đã xóa` },
    [feedbackWrites.removeContact(item.id)],
  );
  await removeFiles(item.attachments.map((file) => file.key));
  return saved;
}

export async function requestDeletion(code: string, key: string, now = new Date()): Promise<FeedbackItem> {
  const item = await bySecret(code, key);
  if (item.anonymisedAt) return item;
  return anonymiseFeedback(item, sender, 'deletion-request', now);
}
