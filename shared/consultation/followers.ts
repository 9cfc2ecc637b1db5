import { createHash, createHmac, randomBytes } from 'node:crypto';
import { readEnv } from '#shared/config/env.ts';
import { recordAudit } from '#shared/data/audit.ts';
import {
  AlreadyFollowing,
  claimNotice,
  confirmFollower,
  FollowFormTokenUsed,
  followerWrites,
  getFollower,
  getFollowFormTokenUse,
  listFollowers,
  unsubscribeFollower,
} from '#shared/data/consultation-followers.ts';
import { getConsultation } from '#shared/data/consultations.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import { type Actor, systemActor } from '#shared/domain/audit.ts';
import type { Consultation } from '#shared/domain/consultation.ts';
import {
  type ConsultationFollower,
  type FollowerEvent,
  type FollowerTask,
  FollowingClosed,
  type FollowSubmission,
} from '#shared/domain/consultation-followers.ts';
import { sendMail } from '#shared/notifications/mail.ts';
import { logger } from '#shared/observability/logger.ts';
import { checkRateLimits, publicFormLimits } from '#shared/participation/rate-limits.ts';
import * as scheduler from '#shared/publication/scheduler.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import { consultationEntity } from './consultations.ts';

/**
 * Followers of a consultation (theo dõi dự thảo), by e-mail with double opt-in: the public form asks, a mail
 * carries a one-time confirmation link (only its hash is stored), a confirmed follower is told when the
 * period closes and when the report is published (each at most once, marked before the mail goes), every
 * mail carries a one-click unsubscribe link, and the addresses are deleted a set number of days after the
 * consultation concludes. An address is never logged and never reaches a public page.
 */
const clock: Actor = { ...systemActor, name: 'Thông báo người theo dõi (tự động)' };
const FORM_TOKEN_DAYS = 1;

export function followerSettings() {
  const env = readEnv();
  return {
    confirmHours: env.CONSULTATION_FOLLOWER_CONFIRM_HOURS,
    retentionDays: env.CONSULTATION_FOLLOWER_RETENTION_DAYS,
    noticeVersion: env.CONSULTATION_NOTICE_VERSION,
    // A confirmation mail goes to an address someone typed: few per address, so nobody is mail-bombed.
    limits: { ipPer10Minutes: 5, ipPerDay: 20, contactPerDay: 3 },
  };
}

/** The same address follows each consultation under its own id, which says nothing about the address. */
export function followerIdOf(consultationId: string, email: string): string {
  return createHmac('sha256', readEnv().PARTICIPATION_HASH_KEY)
    .update(`consultation-follower\n${consultationId}\n${email.normalize('NFC').trim().toLowerCase()}`)
    .digest('base64url')
    .slice(0, 32);
}

export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('base64url');
const newSecret = () => randomBytes(24).toString('base64url');
const absolute = (path: string) => `${readEnv().PUBLIC_BASE_URL.replace(/\/$/, '')}${path}`;

/** Is this consultation still worth following: it has not concluded. */
export const takesFollowers = (consultation: Pick<Consultation, 'status'>) =>
  consultation.status !== 'concluded';

// ---------------------------------------------------------------------------------------------------
// Mail.

function unsubscribeParts(consultation: Consultation, follower: ConsultationFollower) {
  const url = absolute(
    consultationPaths.followUnsubscribe(consultation.slug, follower.id, follower.unsubscribeSecret),
  );
  return {
    footer: [
      '—',
      `Bạn nhận thư này vì đã đăng ký theo dõi dự thảo trên Cổng Thông tin điện tử tỉnh Quảng Trị. Hủy theo dõi (một lần bấm): ${url}`,
      `You receive this because you follow this draft on the Quang Tri portal. Unsubscribe: ${url}`,
    ].join('\n'),
    // RFC 8058: mail clients offer their own unsubscribe button, which POSTs to the link.
    headers: [
      { name: 'List-Unsubscribe', value: `<${url}>` },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ],
  };
}

async function mailFollower(
  consultation: Consultation,
  follower: ConsultationFollower,
  mail: { subject: string; body: string[]; topic: string },
) {
  const unsubscribe = unsubscribeParts(consultation, follower);
  await sendMail({
    to: [follower.email],
    subject: mail.subject,
    text: [...mail.body, unsubscribe.footer].join('\n\n'),
    topic: mail.topic,
    headers: unsubscribe.headers,
  });
}

function confirmationMail(consultation: Consultation, follower: ConsultationFollower, token: string) {
  const link = absolute(consultationPaths.followConfirm(consultation.slug, follower.id, token));
  const hours = followerSettings().confirmHours;
  return mailFollower(consultation, follower, {
    subject: `Xác nhận theo dõi dự thảo: ${consultation.title}`,
    body: [
      `Có người (có thể là bạn) đã đăng ký địa chỉ thư điện tử này để theo dõi dự thảo “${consultation.title}” trên Cổng Thông tin điện tử tỉnh Quảng Trị.`,
      `Để xác nhận, hãy mở đường liên kết sau trong vòng ${hours} giờ: ${link}`,
      'Nếu không phải bạn đăng ký, hãy bỏ qua thư này: địa chỉ sẽ tự động bị xóa.',
      `Someone (perhaps you) asked to follow this draft with this address. To confirm, open the link above within ${hours} hours; otherwise ignore this mail and the address will be deleted.`,
    ],
    topic: 'consultation-follow-confirm',
  });
}

function alreadyFollowingMail(consultation: Consultation, follower: ConsultationFollower) {
  return mailFollower(consultation, follower, {
    subject: `Bạn đang theo dõi dự thảo: ${consultation.title}`,
    body: [
      `Địa chỉ thư điện tử này đã đăng ký theo dõi dự thảo “${consultation.title}”; không cần xác nhận lại.`,
      'This address already follows this draft; nothing more is needed.',
    ],
    topic: 'consultation-follow-already',
  });
}

function noticeMail(consultation: Consultation, follower: ConsultationFollower, event: FollowerEvent) {
  const page = absolute(consultationPaths.page(consultation.slug));
  if (event === 'period-closed')
    return mailFollower(consultation, follower, {
      subject: `Đã hết thời gian lấy ý kiến: ${consultation.title}`,
      body: [
        `Dự thảo “${consultation.title}” (${consultation.agencyName}) đã hết thời gian lấy ý kiến lúc ${formatDateTimeVi(consultation.closesAt)} (giờ Việt Nam). Cơ quan soạn thảo sẽ tổng hợp, tiếp thu, giải trình ý kiến; bạn sẽ nhận thư khi báo cáo được công bố.`,
        `Trang dự thảo: ${page}`,
        'The comment period of this draft has closed; you will be told when the disposition report is published.',
      ],
      topic: 'consultation-follow-closed',
    });
  return mailFollower(consultation, follower, {
    subject: `Đã công bố báo cáo tiếp thu, giải trình: ${consultation.title}`,
    body: [
      `Báo cáo tổng hợp, tiếp thu, giải trình ý kiến về dự thảo “${consultation.title}” đã được công bố: ${absolute(`${consultationPaths.page(consultation.slug)}#bao-cao`)}`,
      `Đây là thư cuối cùng về dự thảo này. Địa chỉ của bạn sẽ bị xóa sau ${followerSettings().retentionDays} ngày.`,
      'The disposition report on this draft is published. This is the last mail about it; your address will be deleted.',
    ],
    topic: 'consultation-follow-report',
  });
}

// ---------------------------------------------------------------------------------------------------
// The public verbs.

export type FollowClient = { ip: string; formToken?: string | undefined };

/**
 * Someone asks to follow a consultation. The answer is the same whether the address is new, waiting for its
 * link or already confirmed (so the form tells nobody who follows what); only the mail differs.
 */
export async function requestFollow(
  consultation: Consultation,
  submission: FollowSubmission,
  client: FollowClient,
  now = new Date(),
): Promise<{ repeated: boolean }> {
  const token = submission.formToken ?? client.formToken;
  if (token && (await getFollowFormTokenUse(token))) return { repeated: true };
  if (!takesFollowers(consultation)) throw new FollowingClosed();
  const settings = followerSettings();
  await checkRateLimits(
    publicFormLimits('consultation-follow', { ip: client.ip, contacts: [submission.email] }, settings.limits),
    now,
  );
  const id = followerIdOf(consultation.id, submission.email);
  const existing = await getFollower(consultation.id, id);
  const at = now.toISOString();
  const confirmToken = newSecret();
  const follower: ConsultationFollower = {
    consultationId: consultation.id,
    id,
    email: submission.email.trim(),
    status: 'pending',
    consent: { at, noticeVersion: submission.consentNoticeVersion },
    confirmTokenHash: hashLinkToken(confirmToken),
    confirmBy: new Date(now.getTime() + settings.confirmHours * 3_600_000).toISOString(),
    unsubscribeSecret: existing?.unsubscribeSecret ?? newSecret(),
    notified: {},
    createdAt: existing?.createdAt ?? at,
  };
  const tokenClaim = token
    ? [followerWrites.claimFormToken(token, id, new Date(now.getTime() + FORM_TOKEN_DAYS * 86_400_000))]
    : [];
  try {
    await runTransaction([followerWrites.putPending(follower), ...tokenClaim]);
  } catch (error) {
    if (error instanceof AlreadyFollowing && existing) {
      await runTransaction(tokenClaim).catch((claim: unknown) => {
        if (!(claim instanceof FollowFormTokenUsed)) throw claim;
      });
      await alreadyFollowingMail(consultation, existing);
      return { repeated: false };
    }
    // The same copy of the form posted twice at once: the other post sends the mail.
    if (error instanceof FollowFormTokenUsed) return { repeated: true };
    throw error;
  }
  await confirmationMail(consultation, follower, confirmToken);
  return { repeated: false };
}

/** The confirmation link was followed (and its button pressed): the address follows the consultation. */
export async function confirmFollow(
  consultation: Consultation,
  followerId: string,
  token: string,
  now = new Date(),
) {
  await confirmFollower(consultation.id, followerId, hashLinkToken(token), now.toISOString());
}

/** A confirmation link's page asks before confirming: is the link still good? */
export async function followLinkValid(
  consultation: Consultation,
  followerId: string,
  token: string,
  now = new Date(),
) {
  const follower = await getFollower(consultation.id, followerId);
  if (!follower || follower.confirmTokenHash !== hashLinkToken(token)) return false;
  return follower.status === 'confirmed' || Date.parse(follower.confirmBy) > now.getTime();
}

/** The unsubscribe link (or a mail client's one-click POST): the address is deleted at once. */
export async function unsubscribe(consultation: Consultation, followerId: string, secret: string) {
  await unsubscribeFollower(consultation.id, followerId, secret);
}

// ---------------------------------------------------------------------------------------------------
// The clock's verbs: notices and forgetting.

/**
 * Tells every confirmed follower of an event, each at most once: the mark is set before the mail goes, so a
 * repeated task (EventBridge Scheduler delivers at least once) sends nothing twice. The count is audited.
 */
export async function notifyFollowers(consultationId: string, event: FollowerEvent, now = new Date()) {
  const consultation = await getConsultation(consultationId);
  if (!consultation) return 0;
  const at = now.toISOString();
  let sent = 0;
  for (const follower of await listFollowers(consultationId)) {
    if (follower.status !== 'confirmed' || follower.notified[event]) continue;
    if (!(await claimNotice(consultationId, follower.id, event, at))) continue;
    try {
      await noticeMail(consultation, follower, event);
      sent += 1;
    } catch (error) {
      // Marked and not sent: at most once is the promise. The address is never logged, the id says nothing.
      logger.warn('follower notice not sent', {
        consultationId,
        followerId: follower.id,
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  }
  if (sent > 0)
    await runTransaction([
      recordAudit(
        consultationEntity(consultationId),
        clock,
        'notify-followers',
        { note: `${event}: ${sent}` },
        at,
      ),
    ]);
  return sent;
}

/**
 * The retention period after the consultation concluded is over: every follower's address is deleted,
 * confirmed or not. The count is audited; running it again deletes nothing more.
 */
export async function forgetFollowers(consultationId: string, now = new Date()) {
  const consultation = await getConsultation(consultationId);
  if (consultation && consultation.status !== 'concluded') return 0;
  const followers = await listFollowers(consultationId);
  for (let start = 0; start < followers.length; start += 99)
    await runTransaction(
      followers
        .slice(start, start + 99)
        .map((follower) => followerWrites.remove(consultationId, follower.id)),
    ).catch((error: unknown) => {
      // One of them unsubscribed meanwhile: the next run takes the rest.
      logger.warn('followers not all removed', {
        consultationId,
        error: error instanceof Error ? error.name : 'unknown',
      });
    });
  if (followers.length > 0 && consultation)
    await runTransaction([
      recordAudit(
        consultationEntity(consultationId),
        clock,
        'forget-followers',
        { note: `${followers.length}` },
        now.toISOString(),
      ),
    ]);
  return followers.length;
}

export const followerScheduleName = (consultationId: string, what: 'report-notice' | 'forget-followers') =>
  `consultation-${consultationId}-${what}`;

/**
 * The report was approved: the followers are told by a task (not in the officer's request), and their
 * addresses are deleted `retentionDays` after the conclusion.
 */
export async function scheduleAfterReport(consultationId: string, now = new Date()) {
  await scheduler.schedule({
    name: followerScheduleName(consultationId, 'report-notice'),
    at: new Date(now.getTime() + 1000).toISOString(),
    target: 'consultation-tasks',
    event: { task: 'notify-followers', consultationId, event: 'report-published' },
  });
  await scheduler.schedule({
    name: followerScheduleName(consultationId, 'forget-followers'),
    at: new Date(now.getTime() + Math.max(1, followerSettings().retentionDays * 86_400) * 1000).toISOString(),
    target: 'consultation-tasks',
    event: { task: 'forget-followers', consultationId },
  });
}

export async function runFollowerTask(task: FollowerTask, now = new Date()): Promise<{ done: string }> {
  if (task.task === 'notify-followers')
    return { done: `notified ${await notifyFollowers(task.consultationId, task.event, now)}` };
  return { done: `forgot ${await forgetFollowers(task.consultationId, now)}` };
}

/** What the follow form's notice states: the version, how long a link waits, when addresses are deleted. */
export function followNotice() {
  const { noticeVersion, retentionDays, confirmHours } = followerSettings();
  return { noticeVersion, retentionDays, confirmHours };
}
