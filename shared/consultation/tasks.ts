import { getConsultation } from '#shared/data/consultations.ts';
import { type Actor, systemActor } from '#shared/domain/audit.ts';
import type { Consultation, ConsultationTask } from '#shared/domain/consultation.ts';
import { commitConsultation } from './consultations.ts';
import { notifyFollowers } from './followers.ts';
import { decide } from './workflow.ts';

/**
 * The consultation task function's work, fired by the scheduler: the period opens, the period closes. Each
 * task checks that the consultation still waits for that step at that instant; otherwise it does nothing,
 * so a late, repeated or superseded schedule is harmless (EventBridge Scheduler delivers at least once).
 */
const clock: Actor = { ...systemActor, name: 'Thời hạn lấy ý kiến (tự động)' };

/** The period opens now: the status, the instant, the audit record and the pages. */
function openNow(consultation: Consultation, at: string) {
  return commitConsultation(
    consultation,
    { ...consultation, status: decide(consultation, 'open'), openedAt: at, updatedAt: at },
    consultation.version,
    clock,
    'open',
  );
}

export async function runConsultationTask(
  task: ConsultationTask,
  now = new Date(),
): Promise<{ done: string }> {
  const consultation = await getConsultation(task.consultationId);
  if (!consultation) return { done: 'no such consultation' };
  const at = now.toISOString();
  switch (task.task) {
    case 'open': {
      if (consultation.status !== 'scheduled' || consultation.opensAt !== task.at) return { done: 'stale' };
      await openNow(consultation, at);
      return { done: 'opened' };
    }
    case 'close': {
      if (consultation.closesAt !== task.at) return { done: 'stale' };
      // A closing that fires before its opening did (a scheduler outage) opens and closes at once.
      const open = consultation.status === 'scheduled' ? await openNow(consultation, at) : consultation;
      if (open.status !== 'open') {
        // Closed already, perhaps by this task's earlier delivery that stopped before the notices: each
        // follower not yet told is told now (never twice).
        await notifyFollowers(open.id, 'period-closed', now);
        return { done: 'stale' };
      }
      await commitConsultation(
        open,
        { ...open, status: decide(open, 'close'), closedAt: at, updatedAt: at },
        open.version,
        clock,
        'close',
      );
      await notifyFollowers(open.id, 'period-closed', now);
      return { done: 'closed' };
    }
  }
}
