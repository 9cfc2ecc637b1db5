import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '#shared/config/env.ts';
import { getHolidayCalendar } from '#shared/data/calendar.ts';
import { s3 } from '#shared/data/clients.ts';
import { createAgency } from '#shared/data/directory.ts';
import { getFeedback, getFeedbackContact } from '#shared/data/feedback.ts';
import { claimFormToken } from '#shared/data/participation.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { feedbackSubmissionSchema, feedbackTaskSchema } from '#shared/domain/feedback.ts';
import { saveHolidayCalendar } from '#shared/feedback/calendar.ts';
import { forwardFeedback, rejectFeedback } from '#shared/feedback/handling.ts';
import { possibleDuplicates } from '#shared/feedback/queries.ts';
import { submitFeedback } from '#shared/feedback/submissions.ts';
import { runFeedbackTask } from '#shared/feedback/tasks.ts';
import { createFeedbackTopic } from '#shared/feedback/topics.ts';
import { readOutbox } from '#shared/notifications/mail.ts';
import { RateLimited } from '#shared/participation/rate-limits.ts';
import { seedHolidayCalendars } from '../../infra/local/seed-feedback.ts';
import { pendingSchedule, registerLocalPublisherForTests } from '../support/feedback.ts';
import { uniqueSlug } from '../support/local-stack.ts';

/**
 * The feedback clock and the sender's data, on the real local engines: deadlines counted in working days
 * across Tết, reminders and escalation fired by the schedules the service filed, anonymisation after the
 * retention period, rate limits, duplicate suggestions, and nothing half-stored when a submission fails.
 * The services take `now`, and each schedule is fired by name (other test files share the table).
 */
const officer = { id: 'local-tiepnhan', name: 'Võ Thị Lan' };
const topic = uniqueSlug('linh-vuc');
const agency = uniqueSlug('so-thu');
let address = 0;
const nextAddress = () => {
  address += 1;
  return `192.0.2.${address}`;
};

function submission(overrides: Record<string, string> = {}) {
  return feedbackSubmissionSchema.parse({
    kind: 'phan-anh',
    topicSlug: topic,
    title: 'Rác thải ùn ứ tại chợ phường Đông Hà',
    content:
      'Khu vực phía sau chợ phường Đông Hà có rác thải ùn ứ nhiều ngày, bốc mùi hôi ảnh hưởng đến các hộ dân xung quanh chợ.',
    name: 'Hoàng Minh Tuấn',
    address: 'Khu phố 4, phường Đông Hà',
    email: `tuan.${Math.random().toString(36).slice(2, 8)}@example.vn`,
    consent: 'yes',
    consentNoticeVersion: '2026-12-01',
    ...overrides,
  });
}

/** Fires a pending schedule as the scheduler would at its time: its event, to the feedback task handler. */
async function fire(name: string, now: Date) {
  const due = await pendingSchedule(name);
  if (!due) throw new Error(`no schedule ${name}`);
  expect(new Date(due.at).getTime()).toBeLessThanOrEqual(now.getTime());
  return runFeedbackTask(feedbackTaskSchema.parse(due.event), now);
}

beforeAll(async () => {
  registerLocalPublisherForTests();
  await createFeedbackTopic(systemActor, {
    slug: topic,
    nameVi: 'Môi trường (thử)',
    nameEn: 'Environment (test)',
    order: 60,
    active: true,
  });
  await createAgency(
    {
      id: agency,
      nameVi: `Sở thử ${agency}`,
      nameEn: 'Test',
      kind: 'provincial_department',
      email: `${agency}@quangtri.local`,
    },
    systemActor,
  );
  for (const calendar of seedHolidayCalendars) {
    if (!(await getHolidayCalendar(calendar.year))) {
      await saveHolidayCalendar(systemActor, calendar.year, calendar).catch(() => undefined);
    }
  }
});

describe('feedback deadlines in working days (Asia/Ho_Chi_Minh)', () => {
  it('runs the forwarding deadline across Tết, reminds before it and escalates after it', async () => {
    // Received on Thursday 12 February 2026, 10:00 in Vietnam: Tết Bính Ngọ is 16–20 February.
    const received = new Date('2026-02-12T03:00:00.000Z');
    const { item } = await submitFeedback(submission(), [], { ip: nextAddress() }, received);
    // Day 1 is Friday 13; days 2–5 are 23–26 February, after the holiday.
    expect(item.forwardDueOn).toBe('2026-02-26');

    // The reminder goes two working days before, at 08:00: Tuesday 24 February.
    const reminded = await fire(`feedback-${item.id}-forward-reminder`, new Date('2026-02-24T01:00:00.000Z'));
    expect(reminded).toEqual({ done: 'reminded' });
    // The deadline passes at midnight after the 26th, Vietnam time.
    const passed = await fire(`feedback-${item.id}-forward-due`, new Date('2026-02-26T17:00:00.000Z'));
    expect(passed).toEqual({ done: 'escalated' });
    const overdue = await getFeedback(item.id);
    expect(overdue?.overdue.forward).toBe('2026-02-26T17:00:00.000Z');
    expect(overdue?.timeline.at(-1)).toMatchObject({
      type: 'overdue',
      deadline: 'forward',
      dueOn: '2026-02-26',
    });
    const mails = await readOutbox(readEnv().MAIL_OUTBOX_DIR ?? '');
    expect(mails.filter((mail) => mail.subject.includes(item.code)).map((mail) => mail.topic)).toEqual([
      'feedback-receipt',
      'feedback-reminder',
      'feedback-overdue',
    ]);
    // Fired again (at least once delivery), it changes nothing.
    expect(await fire(`feedback-${item.id}-forward-due`, new Date('2026-02-27T00:00:00.000Z'))).toEqual({
      done: 'stale',
    });

    // Forwarded on Friday 27 February with 15 working days: due Friday 20 March.
    const forwarded = await forwardFeedback(
      officer,
      item.id,
      { agencyId: agency, expectedVersion: overdue?.version ?? 0 },
      new Date('2026-02-27T02:00:00.000Z'),
    );
    expect(forwarded.answerDueOn).toBe('2026-03-20');
    // The old forwarding reminder, had it fired late, would find nothing to do.
    expect(await fire(`feedback-${item.id}-forward-reminder`, new Date('2026-03-01T00:00:00.000Z'))).toEqual({
      done: 'stale',
    });
  });

  it('anonymises a rejected item when the retention period is over', async () => {
    const day = new Date('2026-06-01T02:00:00.000Z');
    const { item } = await submitFeedback(submission(), [], { ip: nextAddress() }, day);
    const rejected = await rejectFeedback(
      officer,
      item.id,
      { reason: 'insufficient-information', note: 'Đề nghị nêu rõ địa điểm.', expectedVersion: item.version },
      day,
    );
    expect(rejected.closedAt).toBe(day.toISOString());
    const schedule = await pendingSchedule(`feedback-${item.id}-anonymise`);
    // 180 days after closing, by default.
    expect(schedule?.at).toBe(new Date(day.getTime() + 180 * 86_400_000).toISOString());
    expect(await getFeedbackContact(item.id)).toBeDefined();
    expect(await fire(`feedback-${item.id}-anonymise`, new Date(schedule?.at ?? 0))).toEqual({
      done: 'anonymised',
    });
    const anonymised = await getFeedback(item.id);
    expect(await getFeedbackContact(item.id)).toBeUndefined();
    expect(anonymised?.anonymisedAt).toBeDefined();
    expect(anonymised?.content).toBe(anonymised?.publicContent);
  });
});

describe('abuse resistance and duplicates', () => {
  it('answers the sixth submission from one address within ten minutes with a rate limit', async () => {
    const ip = nextAddress();
    const now = new Date('2026-07-01T02:00:00.000Z');
    for (let index = 0; index < 5; index += 1) {
      await submitFeedback(submission({ title: `Phản ánh thử giới hạn số ${index}` }), [], { ip }, now);
    }
    const refused = submitFeedback(submission({ title: 'Phản ánh thứ sáu' }), [], { ip }, now);
    await expect(refused).rejects.toBeInstanceOf(RateLimited);
    await expect(refused).rejects.toMatchObject({ status: 429 });
    // Eleven minutes later the window has moved on.
    await expect(
      submitFeedback(
        submission({ title: 'Phản ánh sau khi chờ' }),
        [],
        { ip },
        new Date(now.getTime() + 11 * 60_000),
      ),
    ).resolves.toBeDefined();
  });

  it('offers an earlier item of the same subject with similar words as a possible duplicate', async () => {
    const now = new Date('2026-08-01T02:00:00.000Z');
    const { item: original } = await submitFeedback(submission(), [], { ip: nextAddress() }, now);
    const { item: again } = await submitFeedback(
      submission({
        title: 'Rác thải ùn ứ phía sau chợ Đông Hà',
        content:
          'Rác thải phía sau chợ phường Đông Hà ùn ứ đã nhiều ngày, bốc mùi hôi, ảnh hưởng các hộ dân.',
      }),
      [],
      { ip: nextAddress() },
      now,
    );
    const { item: unrelated } = await submitFeedback(
      submission({
        title: 'Cây xanh đổ trên đường Lê Duẩn',
        content: 'Sau cơn bão, một cây xanh lớn bị đổ chắn ngang đường Lê Duẩn, chưa được dọn dẹp.',
      }),
      [],
      { ip: nextAddress() },
      now,
    );
    const found = await possibleDuplicates(again);
    expect(found.map((candidate) => candidate.code)).toContain(original.code);
    expect(found.map((candidate) => candidate.code)).not.toContain(unrelated.code);
  });

  it('leaves no file behind when the submission’s transaction fails', async () => {
    // The form token was taken by a post that left nothing readable: the transaction is refused.
    const token = `tok${Math.random().toString(36).slice(2, 14)}xxxxxxxxxxx`;
    await runTransaction([
      claimFormToken(token, { kind: 'feedback', id: crypto.randomUUID() }, new Date(Date.now() + 3600_000)),
    ]);
    const month = new Date('2031-07-15T02:00:00.000Z');
    const photo = {
      name: 'rac.png',
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    };
    await expect(
      submitFeedback(submission(), [photo], { ip: nextAddress(), formToken: token }, month),
    ).rejects.toThrow();
    const listed = await s3().send(
      new ListObjectsV2Command({ Bucket: readEnv().MEDIA_BUCKET, Prefix: 'feedback/2031/07/' }),
    );
    expect(listed.KeyCount ?? 0).toBe(0);
  });
});
