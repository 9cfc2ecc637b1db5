import { readEnv } from '#shared/config/env.ts';
import { MAX_FEEDBACK_ATTACHMENT_BYTES, MAX_FEEDBACK_ATTACHMENTS } from '#shared/domain/feedback.ts';

/**
 * The rules of feedback handling the province sets, from the configuration (defaults: Decree 20/2008/NĐ-CP
 * as amended by Decree 92/2017/NĐ-CP where it says; the rest are questions for the province, listed in
 * docs/decisions.md).
 */
export function feedbackSettings() {
  const env = readEnv();
  return {
    forwardWorkingDays: env.FEEDBACK_FORWARD_WORKING_DAYS,
    answerWorkingDays: env.FEEDBACK_ANSWER_WORKING_DAYS,
    rerouteWorkingDays: env.FEEDBACK_REROUTE_WORKING_DAYS,
    reminderWorkingDays: env.FEEDBACK_REMINDER_WORKING_DAYS,
    reopenDays: env.FEEDBACK_REOPEN_DAYS,
    retentionDays: env.FEEDBACK_RETENTION_DAYS,
    noticeVersion: env.FEEDBACK_NOTICE_VERSION,
    officerEmails: env.FEEDBACK_OFFICER_EMAILS,
    limits: {
      ipPer10Minutes: env.FEEDBACK_LIMIT_IP_10_MINUTES,
      ipPerDay: env.FEEDBACK_LIMIT_IP_DAY,
      contactPerDay: env.FEEDBACK_LIMIT_CONTACT_DAY,
    },
    attachments: { maxFiles: MAX_FEEDBACK_ATTACHMENTS, maxTotalBytes: MAX_FEEDBACK_ATTACHMENT_BYTES },
  };
}
export type FeedbackSettings = ReturnType<typeof feedbackSettings>;
