import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readEnv } from '#shared/config/env.ts';
import { decideReport, submitReport } from '#shared/consultation/consultations.ts';
import {
  confirmFollow,
  followerIdOf,
  followerScheduleName,
  forgetFollowers,
  notifyFollowers,
  runFollowerTask,
} from '#shared/consultation/followers.ts';
import { periodScheduleName } from '#shared/consultation/schedules.ts';
import { runConsultationTask } from '#shared/consultation/tasks.ts';
import { listHistory } from '#shared/data/audit.ts';
import { s3 } from '#shared/data/clients.ts';
import { getFollower, listFollowers } from '#shared/data/consultation-followers.ts';
import { getConsultation } from '#shared/data/consultations.ts';
import { pendingSchedule } from '#shared/data/schedules.ts';
import { type Consultation, consultationTaskSchema } from '#shared/domain/consultation.ts';
import { FollowLinkExpired, followerTaskSchema } from '#shared/domain/consultation-followers.ts';
import { problemDocumentSchema } from '#shared/domain/problem.ts';
import { type MailMessage, readOutbox } from '#shared/notifications/mail.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { formPoster, officerPrincipal, openConsultation } from '../support/consultation.ts';
import { startTestStack, uniqueSlug } from '../support/local-stack.ts';

/**
 * Followers of a consultation on the real local engines: a citizen with JavaScript off asks to follow a
 * draft, confirms through the mailed link (opening it changes nothing; its button confirms), is told once
 * when the period closes however often the closing task runs, and once when the report is published; an
 * unconfirmed address is not told and its link lapses; the one-click unsubscribe deletes the address; after
 * the retention period every address is deleted. No address reaches a public page.
 */
let stack: LocalStack;
const agency = uniqueSlug('so-theo-doi');
const citizenAddress = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
const tag = Math.random().toString(36).slice(2, 8);
const first = `theodoi.${tag}@example.vn`;
const second = `theodoi2.${tag}@example.vn`;
const unconfirmed = `chuaxacnhan.${tag}@example.vn`;
const officer = officerPrincipal;

const postForm = formPoster(() => stack.url, citizenAddress);

async function postJson(path: string, body: unknown) {
  const response = await fetch(`${stack.url}${path}`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      'x-forwarded-for': citizenAddress,
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json()) as unknown,
    type: response.headers.get('content-type'),
  };
}

async function siteObject(key: string): Promise<string> {
  const got = await s3().send(new GetObjectCommand({ Bucket: readEnv().SITE_BUCKET, Key: key }));
  return (await got.Body?.transformToString()) ?? '';
}

const mails = async (to: string, topic?: string): Promise<MailMessage[]> =>
  (await readOutbox(readEnv().MAIL_OUTBOX_DIR ?? '')).filter(
    (mail) => mail.to.includes(to) && (topic === undefined || mail.topic === topic),
  );

/** The path and query of the mail's link of that kind (the mail names the public base URL). */
function linkIn(mail: MailMessage | undefined, kind: 'confirm' | 'unsubscribe'): string {
  const match = mail?.text.match(
    new RegExp(`https?://\\S+?(/api/consultations/\\S+/${kind}\\?token=[\\w-]+)`),
  );
  if (!match?.[1]) throw new Error(`no ${kind} link in the mail`);
  return match[1];
}

async function fireClose(consultation: Consultation, now: Date) {
  const due = await pendingSchedule(periodScheduleName(consultation.id, 'close'));
  if (!due) throw new Error('no closing schedule');
  return runConsultationTask(consultationTaskSchema.parse(due.event), now);
}

const followFields = (email: string) => ({
  email,
  consentNoticeVersion: '2026-12-02',
  website: '',
});

let consultation: Consultation;
const closesAt = new Date(Math.ceil((Date.now() + 2 * 3600_000) / 1000) * 1000);

beforeAll(async () => {
  stack = await startTestStack();
  consultation = await openConsultation(agency, `Dự thảo Quy định quản lý chợ ${tag}`, closesAt);
});
afterAll(async () => stack.stop());

describe('following a consultation by e-mail', () => {
  it('subscribes with JavaScript off, confirms by the mailed link, is told once of each event, unsubscribes', async () => {
    const path = `/lay-y-kien/${consultation.slug}/`;
    const followApi = `/api/consultations/${consultation.slug}/followers`;
    const page = await fetch(`${stack.url}${path}`);
    const pageHtml = await page.text();
    expect(pageHtml).toContain(`action="${followApi}"`);
    expect(pageHtml).toContain('Theo dõi dự thảo này');
    // The consent box is never ticked by the page, and the notice says when the address is deleted.
    expect(pageHtml).toMatch(/<input[^>]*id="cs-follow-consent"(?![^>]*checked)[^>]*>/);
    expect(pageHtml).toContain('địa chỉ đã xác nhận bị xóa 30 ngày sau khi báo cáo được');
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^qtp_form=/);

    // Without consent, with a bad address: the form again, each error by its field, what was typed kept.
    const refused = await postForm(followApi, { ...followFields('khong-phai-dia-chi') }, cookie);
    expect(refused.status).toBe(400);
    expect(refused.type).toContain('text/html');
    expect(refused.html).toContain('Địa chỉ thư điện tử chưa đúng');
    expect(refused.html).toContain('Not a valid e-mail address');
    expect(refused.html).toContain('Cần đồng ý cho phép xử lý dữ liệu cá nhân để nhận thông báo về dự thảo');
    expect(refused.html).toContain('value="khong-phai-dia-chi"');
    expect(await mails(first)).toEqual([]);

    const sent = await postForm(followApi, { ...followFields(first), consent: 'yes' }, cookie);
    expect(sent.status).toBe(200);
    expect(sent.html).toContain('Hãy kiểm tra hộp thư của bạn');
    // The same copy of the form posted again: the same answer, no second mail.
    const again = await postForm(followApi, { ...followFields(first), consent: 'yes' }, cookie);
    expect(again.status).toBe(200);
    expect(again.html).toContain('Hãy kiểm tra hộp thư của bạn');
    const confirmations = await mails(first, 'consultation-follow-confirm');
    expect(confirmations).toHaveLength(1);
    const [confirmation] = confirmations;
    expect(confirmation?.headers).toEqual([
      {
        name: 'List-Unsubscribe',
        value: expect.stringMatching(/^<https?:\/\/\S+\/unsubscribe\?token=[\w-]+>$/),
      },
      { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ]);
    const confirmLink = linkIn(confirmation, 'confirm');
    const token = new URL(confirmLink, stack.url).searchParams.get('token') ?? '';
    // Only a hash of the token is stored.
    const stored = await getFollower(consultation.id, followerIdOf(consultation.id, first));
    expect(stored?.status).toBe('pending');
    expect(JSON.stringify(stored)).not.toContain(token);

    // A script subscribes a second address (JSON), and a third that never confirms.
    const scripted = await postJson(followApi, { ...followFields(second), consent: 'yes' });
    expect(scripted.status).toBe(202);
    expect(scripted.json).toEqual({ status: 'confirmation-sent', confirmWithinHours: 48 });
    expect((await postJson(followApi, { ...followFields(unconfirmed), consent: 'yes' })).status).toBe(202);
    const badScript = await postJson(followApi, { email: second });
    expect(badScript.status).toBe(400);
    expect(badScript.type).toContain('application/problem+json');
    expect(problemDocumentSchema.parse(badScript.json).errors?.map((error) => error.path)).toEqual(
      expect.arrayContaining(['consent', 'consentNoticeVersion']),
    );

    // Opening the link (a person, or a mail scanner) confirms nothing; its button does.
    const opened = await fetch(`${stack.url}${confirmLink}`, { headers: { accept: 'text/html' } });
    expect(opened.status).toBe(200);
    const openedHtml = await opened.text();
    expect(openedHtml).toContain('Xác nhận theo dõi dự thảo');
    expect(openedHtml).toContain('method="post"');
    expect((await getFollower(consultation.id, followerIdOf(consultation.id, first)))?.status).toBe(
      'pending',
    );
    const confirmed = await postForm(confirmLink, {});
    expect(confirmed.status).toBe(200);
    expect(confirmed.html).toContain('Đã xác nhận theo dõi');
    expect((await getFollower(consultation.id, followerIdOf(consultation.id, first)))?.status).toBe(
      'confirmed',
    );
    // The same link again: still confirmed, no error.
    expect((await postForm(confirmLink, {})).status).toBe(200);
    // A wrong token: refused, the page or the problem says the link is no longer valid.
    const wrong = confirmLink.replace(/token=[\w-]+/, 'token=khong-dung-ma-xac-nhan-nay-dau');
    const wrongPage = await postForm(wrong, {});
    expect(wrongPage.status).toBe(410);
    expect(wrongPage.html).toContain('Đường liên kết không còn hiệu lực');
    const wrongJson = await postJson(wrong, {});
    expect(wrongJson.status).toBe(410);
    expect(problemDocumentSchema.parse(wrongJson.json).type).toMatch(/follow-link-expired$/);

    // The script's address confirms by JSON.
    const secondLink = linkIn((await mails(second, 'consultation-follow-confirm'))[0], 'confirm');
    expect((await postJson(secondLink, {})).json).toEqual({ status: 'confirmed' });

    // The unconfirmed address's link lapses after 48 hours.
    const lapsedLink = linkIn((await mails(unconfirmed, 'consultation-follow-confirm'))[0], 'confirm');
    const lapsedToken = new URL(lapsedLink, stack.url).searchParams.get('token') ?? '';
    await expect(
      confirmFollow(
        consultation,
        followerIdOf(consultation.id, unconfirmed),
        lapsedToken,
        new Date(Date.now() + 49 * 3600_000),
      ),
    ).rejects.toBeInstanceOf(FollowLinkExpired);
    const lapsed = await getFollower(consultation.id, followerIdOf(consultation.id, unconfirmed));
    expect(lapsed?.status).toBe('pending');
    // DynamoDB's TTL removes it on AWS at the lapse.
    expect(Date.parse(lapsed?.confirmBy ?? '')).toBeLessThan(Date.now() + 48 * 3600_000 + 60_000);

    // Subscribing again once confirmed: the same answer (nothing tells who follows), a mail saying so.
    const already = await postForm(followApi, { ...followFields(first), consent: 'yes' });
    expect(already.status).toBe(200);
    expect(already.html).toContain('Hãy kiểm tra hộp thư của bạn');
    expect(await mails(first, 'consultation-follow-already')).toHaveLength(1);

    // The period closes; the closing task is delivered twice: each confirmed follower is told once.
    expect(await fireClose(consultation, closesAt)).toEqual({ done: 'closed' });
    expect(await fireClose(consultation, new Date(closesAt.getTime() + 5000))).toEqual({ done: 'stale' });
    expect(await notifyFollowers(consultation.id, 'period-closed')).toBe(0);
    expect(await mails(first, 'consultation-follow-closed')).toHaveLength(1);
    expect(await mails(second, 'consultation-follow-closed')).toHaveLength(1);
    expect(await mails(unconfirmed, 'consultation-follow-closed')).toEqual([]);
    const closedNotice = (await mails(first, 'consultation-follow-closed'))[0];
    expect(closedNotice?.text).toContain('đã hết thời gian lấy ý kiến');
    expect(closedNotice?.headers?.[0]?.name).toBe('List-Unsubscribe');

    // The second follower unsubscribes with the mail client's one-click POST (RFC 8058).
    const unsubscribeLink = linkIn(
      closedNotice && (await mails(second, 'consultation-follow-closed'))[0],
      'unsubscribe',
    );
    const openedUnsubscribe = await fetch(`${stack.url}${unsubscribeLink}`, {
      headers: { accept: 'text/html' },
    });
    expect(await openedUnsubscribe.text()).toContain('Hủy theo dõi dự thảo');
    expect(await getFollower(consultation.id, followerIdOf(consultation.id, second))).toBeDefined();
    const oneClick = await fetch(`${stack.url}${unsubscribeLink}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': citizenAddress },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('Đã hủy theo dõi');
    expect(await getFollower(consultation.id, followerIdOf(consultation.id, second))).toBeUndefined();
    // Clicking it again is done too.
    expect((await postJson(unsubscribeLink, {})).json).toEqual({ status: 'unsubscribed' });

    // The report is approved: a task tells the remaining follower once, even delivered twice.
    const closed = await getConsultation(consultation.id);
    if (!closed) throw new Error('closed');
    const submitted = await submitReport(officer, consultation.id, {
      expectedVersion: closed.version,
      summary: 'Không có góp ý nào cần tiếp thu.',
      issues: [
        { title: 'Ý kiến chung', commentIds: [], disposition: 'accepted', reason: 'Giữ như dự thảo.' },
      ],
    });
    const approvedAt = new Date();
    await decideReport(
      officer,
      consultation.id,
      { decision: 'approve', expectedVersion: submitted.version },
      approvedAt,
    );
    const notice = await pendingSchedule(followerScheduleName(consultation.id, 'report-notice'));
    const task = followerTaskSchema.parse(notice?.event);
    expect(task).toEqual({
      task: 'notify-followers',
      consultationId: consultation.id,
      event: 'report-published',
    });
    expect(await runFollowerTask(task)).toEqual({ done: 'notified 1' });
    expect(await runFollowerTask(task)).toEqual({ done: 'notified 0' });
    expect(await mails(first, 'consultation-follow-report')).toHaveLength(1);
    expect(await mails(second, 'consultation-follow-report')).toEqual([]);
    // A concluded consultation takes no more followers.
    expect((await postJson(followApi, { ...followFields(second), consent: 'yes' })).status).toBe(409);

    // The addresses are deleted 30 days after the conclusion (the setting), confirmed or not.
    const forget = await pendingSchedule(followerScheduleName(consultation.id, 'forget-followers'));
    expect(Date.parse(forget?.at ?? '')).toBeGreaterThanOrEqual(approvedAt.getTime() + 30 * 86_400_000);
    expect(followerTaskSchema.parse(forget?.event)).toEqual({
      task: 'forget-followers',
      consultationId: consultation.id,
    });
    expect((await listFollowers(consultation.id)).length).toBe(2);
    expect(await forgetFollowers(consultation.id)).toBe(2);
    expect(await listFollowers(consultation.id)).toEqual([]);
    const history = (await listHistory({ type: 'Consultation', id: consultation.id })).map((entry) => [
      entry.action,
      entry.note,
    ]);
    expect(history).toEqual(
      expect.arrayContaining([
        ['notify-followers', 'period-closed: 2'],
        ['notify-followers', 'report-published: 1'],
        ['forget-followers', '2'],
      ]),
    );
    // No audit record names an address.
    expect(JSON.stringify(history)).not.toContain('@example.vn');

    // No address on any public page of consultations.
    const publicFiles = await Promise.all([
      siteObject(`lay-y-kien/${consultation.slug}/index.html`),
      siteObject('lay-y-kien/index.html'),
      siteObject('lay-y-kien/rss.xml'),
      siteObject('lay-y-kien/atom.xml'),
      siteObject('sitemaps/lay-y-kien.xml'),
      fetch(`${stack.url}/api/consultations/${consultation.slug}`).then((response) => response.text()),
    ]);
    for (const file of publicFiles)
      for (const address of [first, second, unconfirmed]) expect(file).not.toContain(address);
    // The feeds carry the opening and the report.
    expect(publicFiles[2]).toContain(`Báo cáo tiếp thu, giải trình: ${consultation.title}`);
    expect(publicFiles[3]).toContain(`Lấy ý kiến: ${consultation.title}`);
    expect(z.string().parse(publicFiles[1])).toContain('application/atom+xml');
  }, 60_000);
});
