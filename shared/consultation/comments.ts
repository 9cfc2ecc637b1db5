import { randomUUID } from 'node:crypto';
import { actorOf } from '#shared/auth/actor.ts';
import { recordAudit } from '#shared/data/audit.ts';
import {
  consultationWrites,
  getComment,
  getCommentContact,
  getConsultation,
} from '#shared/data/consultations.ts';
import { claimFormToken, FormTokenUsed, getFormTokenUse } from '#shared/data/participation.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import { systemActor } from '#shared/domain/audit.ts';
import {
  type CommentContact,
  type CommentSubmission,
  type Consultation,
  type ConsultationComment,
  type ModerationInput,
  rejectionReasonLabels,
} from '#shared/domain/consultation.ts';
import { CommentPeriodClosed, CommentPeriodNotOpen, errors } from '#shared/domain/errors.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { sendMail } from '#shared/notifications/mail.ts';
import { logger } from '#shared/observability/logger.ts';
import { checkRateLimits, publicFormLimits } from '#shared/participation/rate-limits.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import { maskPersonalData } from '#shared/text/personal-data.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import { consultationEntity, consultationFor } from './consultations.ts';
import { anchorLabel, anchorsOf } from './draft-text.ts';
import { consultationSettings } from './settings.ts';
import { decideComment, periodAt } from './workflow.ts';

/**
 * A citizen's or organisation's comment on a draft, from the public form without an account, and its
 * moderation. The comment and, apart, the commenter's contact are written in one transaction with a check
 * that the consultation still takes comments; a comment is published only once a moderator let it through.
 */
const FORM_TOKEN_DAYS = 1;
const commenter = { ...systemActor, name: 'Người góp ý (cổng công khai)' };

export type CommentClient = { ip: string; formToken?: string | undefined };

/** Refuses a comment outside the period, by the clock (the schedules may be late). */
export function assertTakesComments(consultation: Consultation, now: Date) {
  const period = periodAt(consultation, now);
  if (period === 'closed')
    throw new CommentPeriodClosed(
      `the period ended at ${formatDateTimeVi(consultation.closesAt)} (giờ Việt Nam)`,
    );
  if (period === 'not-yet-open')
    throw new CommentPeriodNotOpen(
      `the period opens at ${formatDateTimeVi(consultation.opensAt)} (giờ Việt Nam)`,
    );
}

export async function submitComment(
  consultationId: string,
  submission: CommentSubmission,
  client: CommentClient,
  now = new Date(),
): Promise<{ comment: ConsultationComment; repeated: boolean }> {
  const consultation = await getConsultation(consultationId);
  if (!consultation) throw errors.notFound(`consultation ${consultationId}`);
  const token = submission.formToken ?? client.formToken;
  if (token) {
    const use = await getFormTokenUse(token);
    const earlier =
      use?.kind === 'consultation-comment' ? await getComment(consultationId, use.id) : undefined;
    if (earlier) return { comment: earlier, repeated: true };
  }
  assertTakesComments(consultation, now);
  const settings = consultationSettings();
  await checkRateLimits(
    publicFormLimits(
      'consultation',
      { ip: client.ip, contacts: [submission.email, submission.phone] },
      settings.limits,
    ),
    now,
  );
  if (!anchorsOf(consultation.draft).includes(submission.anchor))
    throw errors.field(
      'anchor',
      'Dự thảo không có điều, khoản này',
      'The draft has no such article or clause',
    );

  const id = randomUUID();
  const at = now.toISOString();
  const known = [submission.name, submission.email, submission.phone, submission.organisation].flatMap(
    (value) => (value ? [value] : []),
  );
  const comment: ConsultationComment = {
    id,
    consultationId,
    anchor: submission.anchor,
    // An organisation's comment is published under its name; a person's under their name, as public comment
    // on drafts is (the contact never is).
    authorLabel: submission.organisation ?? submission.name,
    authorKind: submission.organisation ? 'organisation' : 'individual',
    content: submission.content,
    publicContent: maskPersonalData(submission.content, known),
    status: 'pending',
    receivedAt: at,
    version: 1,
  };
  const contact: CommentContact = {
    commentId: id,
    consultationId,
    name: submission.name,
    ...(submission.organisation ? { organisation: submission.organisation } : {}),
    ...(submission.email ? { email: submission.email } : {}),
    ...(submission.phone ? { phone: submission.phone } : {}),
    consent: { at, noticeVersion: submission.consentNoticeVersion },
  };
  try {
    await runTransaction([
      consultationWrites.stillOpen(consultationId),
      consultationWrites.createComment(comment),
      consultationWrites.putContact(contact),
      ...(token
        ? [
            claimFormToken(
              token,
              { kind: 'consultation-comment', id },
              new Date(now.getTime() + FORM_TOKEN_DAYS * 86_400_000),
            ),
          ]
        : []),
      recordAudit(
        consultationEntity(consultationId),
        commenter,
        'comment',
        { note: `${id} ${submission.anchor}` },
        at,
      ),
    ]);
  } catch (error) {
    if (error instanceof FormTokenUsed && token) {
      const use = await getFormTokenUse(token);
      const earlier = use ? await getComment(consultationId, use.id) : undefined;
      if (earlier) return { comment: earlier, repeated: true };
    }
    throw error;
  }
  if (submission.email) {
    await sendMail({
      to: [submission.email],
      subject: `Đã nhận góp ý về dự thảo: ${consultation.title}`,
      text: [
        `Cổng Thông tin điện tử tỉnh Quảng Trị đã nhận góp ý của bạn về ${anchorLabel(submission.anchor).vi} của dự thảo “${consultation.title}”.`,
        'Góp ý được đăng công khai sau khi được kiểm duyệt; thông tin liên hệ của bạn không được công bố.',
      ].join('\n\n'),
      topic: 'consultation-comment-receipt',
    }).catch((error: unknown) =>
      logger.warn('comment receipt not sent', {
        consultationId,
        error: error instanceof Error ? error.name : 'unknown',
      }),
    );
  }
  return { comment, repeated: false };
}

/** A moderator publishes a comment or keeps it off the page with a coded reason. */
export async function moderateComment(
  principal: Principal,
  consultationId: string,
  commentId: string,
  input: ModerationInput,
  now = new Date(),
): Promise<ConsultationComment> {
  await consultationFor(principal, consultationId);
  const comment = await getComment(consultationId, commentId);
  if (!comment) throw errors.notFound(`comment ${commentId}`);
  const status = decideComment(comment, input.decision === 'publish' ? 'publish' : 'reject');
  const at = now.toISOString();
  const moderated: ConsultationComment = {
    ...comment,
    status,
    moderatedAt: at,
    moderatedBy: principal.displayName,
    ...(input.decision === 'reject' ? { rejectionReason: input.reason } : {}),
  };
  await runTransaction([
    consultationWrites.replaceComment(moderated, input.expectedVersion),
    recordAudit(
      consultationEntity(consultationId),
      actorOf(principal),
      `${input.decision}-comment`,
      {
        fromStatus: comment.status,
        toStatus: status,
        note:
          input.decision === 'reject' ? `${commentId}: ${rejectionReasonLabels[input.reason].vi}` : commentId,
      },
      at,
    ),
  ]);
  if (status === 'published') await requestPublication({ type: 'consultation-changed', consultationId });
  return { ...moderated, version: input.expectedVersion + 1 };
}

/** A commenter's contact, for the drafting agency or the officer who must reach them; every read is audited. */
export async function readCommentContact(principal: Principal, consultationId: string, commentId: string) {
  await consultationFor(principal, consultationId);
  const contact = await getCommentContact(consultationId, commentId);
  if (!contact) throw errors.notFound(`contact of ${commentId}`);
  await runTransaction([
    recordAudit(consultationEntity(consultationId), actorOf(principal), 'read-contact', { note: commentId }),
  ]);
  return contact;
}
