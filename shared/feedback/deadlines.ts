import type { FeedbackItem, FeedbackTask } from '#shared/domain/feedback.ts';
import * as scheduler from '#shared/publication/scheduler.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import {
  endOfDayInVietnam,
  type HolidayCalendar,
  morningInVietnam,
  subtractWorkingDays,
} from '#shared/time/working-days.ts';
import { feedbackSettings } from './settings.ts';

/**
 * Deadlines on the scheduler port (EventBridge Scheduler on AWS, the local scheduler on one machine): a
 * reminder at 08:00 a few working days before a deadline, and the deadline's passing at the start of the
 * next day. Schedules are named after the item and the deadline, so a new deadline replaces the old one;
 * a schedule that fires after the item moved on finds nothing to do (tasks.ts checks the item still waits).
 */
const name = (id: string, what: string) => `feedback-${id}-${what}`;

async function at(when: string, scheduleName: string, event: FeedbackTask, now: Date): Promise<void> {
  // A moment already past fires at once: the scheduler takes it on its next poll (or EventBridge within a minute).
  const instant = new Date(Math.max(new Date(when).getTime(), now.getTime() + 1000)).toISOString();
  await scheduler.schedule({ name: scheduleName, at: instant, target: 'feedback-tasks', event });
}

export async function scheduleDeadline(
  item: Pick<FeedbackItem, 'id'>,
  deadline: 'forward' | 'answer',
  dueOn: string,
  calendar: HolidayCalendar,
  now = new Date(),
): Promise<void> {
  const settings = feedbackSettings();
  const remindOn = subtractWorkingDays(dueOn, settings.reminderWorkingDays, calendar);
  if (settings.reminderWorkingDays > 0 && remindOn > dateInVietnam(now)) {
    await at(
      morningInVietnam(remindOn),
      name(item.id, `${deadline}-reminder`),
      {
        task: 'deadline-reminder',
        feedbackId: item.id,
        deadline,
        dueOn,
      },
      now,
    );
  }
  const passes = new Date(new Date(endOfDayInVietnam(dueOn)).getTime() + 1).toISOString();
  await at(
    passes,
    name(item.id, `${deadline}-due`),
    { task: 'deadline-passed', feedbackId: item.id, deadline, dueOn },
    now,
  );
}

/** The end of the reopen period after a publication. */
export async function scheduleClosing(item: Pick<FeedbackItem, 'id'>, publishedAt: string, now = new Date()) {
  const closes = new Date(new Date(publishedAt).getTime() + feedbackSettings().reopenDays * 86_400_000);
  await at(
    closes.toISOString(),
    name(item.id, 'close'),
    { task: 'close', feedbackId: item.id, publishedAt },
    now,
  );
}

/** The end of the retention period after an item closed (or was rejected or merged). */
export async function scheduleAnonymisation(
  item: Pick<FeedbackItem, 'id'>,
  closedAt: string,
  now = new Date(),
) {
  const due = new Date(new Date(closedAt).getTime() + feedbackSettings().retentionDays * 86_400_000);
  await at(due.toISOString(), name(item.id, 'anonymise'), { task: 'anonymise', feedbackId: item.id }, now);
}
