import { readEnv } from '#shared/config/env.ts';

/** The rules of online dialogues the province sets, from the configuration. */
export function dialogueSettings() {
  const env = readEnv();
  return {
    videoHosts: env.DIALOGUE_VIDEO_HOSTS,
    retentionDays: env.DIALOGUE_RETENTION_DAYS,
    answerGraceMinutes: env.DIALOGUE_ANSWER_GRACE_MINUTES,
    noticeVersion: env.DIALOGUE_NOTICE_VERSION,
    // The same per-person limits as the feedback form: a question is a short public write like it.
    limits: {
      ipPer10Minutes: env.FEEDBACK_LIMIT_IP_10_MINUTES,
      ipPerDay: env.FEEDBACK_LIMIT_IP_DAY,
      contactPerDay: env.FEEDBACK_LIMIT_CONTACT_DAY,
    },
  };
}
export type DialogueSettings = ReturnType<typeof dialogueSettings>;
