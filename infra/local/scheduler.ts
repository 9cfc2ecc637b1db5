import {
  abandonSchedule,
  claimDueSchedule,
  completeSchedule,
  dueSchedules,
  type ScheduleTarget,
} from '#shared/data/schedules.ts';

/**
 * Stands in for EventBridge Scheduler on one machine: due schedules live in DynamoDB (written by
 * shared/publication/scheduler.ts) and this loop hands each one's event to the same handler the
 * schedule targets on AWS. Delivery is at least once, as on AWS: an attempt takes the schedule for a
 * lease, and only a handler that returned deletes it. A handler that failed, or a process that died
 * while it ran, leaves the schedule to fall due again when the lease ends; after MAX_ATTEMPTS it is set
 * aside with the error (EventBridge's retry policy gives up likewise). The handlers are idempotent: each
 * checks that its subject still waits for that instant.
 */
export type ScheduleTargets = Record<ScheduleTarget, (event: unknown) => Promise<unknown>>;

/** How long an attempt may run before the schedule is fired again. */
export const DEFAULT_LEASE_MS = 30_000;
/** The first attempt and 10 retries: the RetryPolicy the AWS schedules carry. */
export const MAX_ATTEMPTS = 11;

export type SchedulerOptions = {
  onError?: (error: unknown, schedule: string) => void;
  leaseMs?: number;
  /** Fire only the schedules this accepts (tests share one table: each fires its own, not another's). */
  only?: (name: string) => boolean;
};

export async function runDueSchedules(
  targets: ScheduleTargets,
  now = new Date(),
  options: SchedulerOptions = {},
): Promise<string[]> {
  const fired: string[] = [];
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  for (const due of await dueSchedules(now)) {
    if (options.only && !options.only(due.name)) continue;
    const attempt = await claimDueSchedule(due, new Date(now.getTime() + leaseMs));
    if (attempt === undefined) continue;
    try {
      await targets[due.target](due.event);
    } catch (error) {
      options.onError?.(error, due.name);
      if (attempt >= MAX_ATTEMPTS) {
        await abandonSchedule(due.name, attempt, error instanceof Error ? error.message : String(error));
      }
      continue;
    }
    await completeSchedule(due.name, attempt);
    fired.push(due.name);
  }
  return fired;
}

export function startLocalScheduler(target: ScheduleTargets, options: SchedulerOptions, intervalMs = 1000) {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runDueSchedules(target, new Date(), options)
      .catch((error: unknown) => options.onError?.(error, '(polling)'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
