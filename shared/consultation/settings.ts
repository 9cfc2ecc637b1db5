import { readEnv } from '#shared/config/env.ts';

/** The rules of consultations the province sets, from the configuration (docs/decisions.md, 85). */
export function consultationSettings() {
  const env = readEnv();
  return {
    minimumPeriodDays: env.CONSULTATION_MIN_PERIOD_DAYS,
    noticeVersion: env.CONSULTATION_NOTICE_VERSION,
    // Comments are longer to write than feedback and an organisation may send several: looser limits.
    limits: { ipPer10Minutes: 10, ipPerDay: 60, contactPerDay: 20 },
  };
}
export type ConsultationSettings = ReturnType<typeof consultationSettings>;
