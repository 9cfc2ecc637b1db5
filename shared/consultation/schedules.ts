import type { Consultation, ConsultationTask } from '#shared/domain/consultation.ts';
import * as scheduler from '#shared/publication/scheduler.ts';

/**
 * The period's opening and closing on the scheduler port (EventBridge Scheduler on AWS, the local scheduler
 * on one machine). Schedules are named after the consultation and the step, so scheduling again replaces;
 * the task checks the consultation still waits for that instant (tasks.ts), so a stale one does nothing.
 */
export const periodScheduleName = (id: string, task: ConsultationTask['task']) =>
  `consultation-${id}-${task}`;

async function at(task: ConsultationTask, now: Date) {
  // A moment already past fires at once: the scheduler takes it on its next poll.
  const instant = new Date(Math.max(new Date(task.at).getTime(), now.getTime() + 1000)).toISOString();
  await scheduler.schedule({
    name: periodScheduleName(task.consultationId, task.task),
    at: instant,
    target: 'consultation-tasks',
    event: task,
  });
}

export async function schedulePeriod(
  consultation: Pick<Consultation, 'id' | 'opensAt' | 'closesAt'>,
  now = new Date(),
) {
  await at({ task: 'open', consultationId: consultation.id, at: consultation.opensAt }, now);
  await at({ task: 'close', consultationId: consultation.id, at: consultation.closesAt }, now);
}
