import { claimDueSchedule, dueSchedules, type ScheduleTarget } from '#shared/publication/scheduler.ts';

/**
 * Stands in for EventBridge Scheduler on one machine: due schedules live in DynamoDB (written by
 * shared/publication/scheduler.ts) and this loop hands each one's event to the same handler the
 * schedule targets on AWS. A schedule is claimed (deleted conditionally) before it fires, so it fires
 * once even if two loops run.
 */
export type ScheduleTargets = Record<ScheduleTarget, (event: unknown) => Promise<unknown>>;

export async function runDueSchedules(targets: ScheduleTargets, now = new Date()): Promise<string[]> {
  const fired: string[] = [];
  for (const due of await dueSchedules(now)) {
    if (!(await claimDueSchedule(due.name))) continue;
    await targets[due.target](due.event);
    fired.push(due.name);
  }
  return fired;
}

export function startLocalScheduler(
  target: ScheduleTargets,
  onError: (error: unknown) => void,
  intervalMs = 1000,
) {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runDueSchedules(target)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
