import { getFeedback } from '#shared/data/feedback.ts';
import { type Actor, systemActor } from '#shared/domain/audit.ts';
import type { FeedbackTask } from '#shared/domain/feedback.ts';
import { logger } from '#shared/observability/logger.ts';
import { scheduleAnonymisation } from './deadlines.ts';
import { commitChange, withEvent } from './items.ts';
import { notifyOverdue, notifyReminder } from './notifications.ts';
import { anonymiseFeedback } from './sender.ts';
import { decide } from './workflow.ts';

/**
 * The feedback task function's work, fired by the scheduler. Every task checks that the item still waits
 * for what the task was scheduled for (the same deadline, the same publication); otherwise it does nothing,
 * so a late, repeated or superseded schedule is harmless (EventBridge Scheduler delivers at least once).
 */
const clock: Actor = { ...systemActor, name: 'Hạn xử lý (tự động)' };

export async function runFeedbackTask(task: FeedbackTask, now = new Date()): Promise<{ done: string }> {
  const item = await getFeedback(task.feedbackId);
  if (!item) return { done: 'no such item' };
  switch (task.task) {
    case 'deadline-reminder': {
      const waitsOn = task.deadline === 'forward' ? item.forwardDueOn : item.answerDueOn;
      if (waitsOn !== task.dueOn || !waiting(item, task.deadline)) return { done: 'stale' };
      await notifyReminder(item, task.deadline, task.dueOn);
      return { done: 'reminded' };
    }
    case 'deadline-passed': {
      const waitsOn = task.deadline === 'forward' ? item.forwardDueOn : item.answerDueOn;
      if (waitsOn !== task.dueOn || !waiting(item, task.deadline) || item.overdue[task.deadline])
        return { done: 'stale' };
      const at = now.toISOString();
      const overdue = await commitChange(
        item,
        {
          ...item,
          overdue: { ...item.overdue, [task.deadline]: at },
          timeline: withEvent(item, { type: 'overdue', deadline: task.deadline, dueOn: task.dueOn }, at),
          updatedAt: at,
        },
        item.version,
        clock,
        'overdue',
        { note: `${task.deadline}, hạn ${task.dueOn}` },
      );
      await notifyOverdue(overdue, task.deadline, task.dueOn);
      return { done: 'escalated' };
    }
    case 'close': {
      if (item.status !== 'published' || item.publishedAt !== task.publishedAt) return { done: 'stale' };
      const at = now.toISOString();
      const closed = await commitChange(
        item,
        {
          ...item,
          status: decide(item, 'close'),
          closedAt: at,
          timeline: withEvent(item, { type: 'closed' }, at),
          updatedAt: at,
        },
        item.version,
        clock,
        'close',
      );
      await scheduleAnonymisation(closed, at, now);
      return { done: 'closed' };
    }
    case 'anonymise': {
      if (!item.closedAt || item.anonymisedAt) return { done: 'stale' };
      await anonymiseFeedback(item, clock, 'anonymise', now);
      logger.info('feedback anonymised', { feedbackId: item.id });
      return { done: 'anonymised' };
    }
  }
}

/** Whether the item still waits on that deadline (a forwarded item no longer waits to be forwarded). */
function waiting(item: { status: string }, deadline: 'forward' | 'answer'): boolean {
  return deadline === 'forward'
    ? item.status === 'received' || item.status === 'accepted'
    : item.status === 'forwarded' || item.status === 'answered';
}
