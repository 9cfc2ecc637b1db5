import { readEnv } from '#shared/config/env.ts';
import { getAgency } from '#shared/data/directory.ts';
import { getFeedbackContact } from '#shared/data/feedback.ts';
import { type FeedbackItem, rejectionReasonLabels } from '#shared/domain/feedback.ts';
import { sendMail } from '#shared/notifications/mail.ts';
import { logger } from '#shared/observability/logger.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateVi } from '#shared/time/vietnam.ts';
import { feedbackSettings } from './settings.ts';

/**
 * The mail the feedback context sends: to the sender (when they gave an e-mail address) at each step that
 * matters to them, to an agency when an item reaches it or nears its deadline, and to the feedback officers
 * when something is overdue or declined. A mail that cannot be sent is logged (without its recipient or
 * text) and does not undo the change it reports: the timeline is the record, mail is a courtesy.
 */
const absolute = (path: string) => `${readEnv().PUBLIC_BASE_URL.replace(/\/$/, '')}${path}`;
const trackingLink = (code: string) => absolute(`${sitePaths.feedbackTrackApi()}?code=${code}`);

async function deliver(to: string[], topic: string, subject: string, text: string): Promise<void> {
  if (to.length === 0) return;
  try {
    await sendMail({ to, topic, subject, text });
  } catch (error) {
    logger.error('A notification could not be sent', {
      topic,
      error: error instanceof Error ? error.name : 'unknown',
    });
  }
}

const signature =
  '\n\n—\nCổng Thông tin điện tử tỉnh Quảng Trị\nThư này được gửi tự động; vui lòng không trả lời thư này.';

async function toSender(item: FeedbackItem, topic: string, subject: string, body: string): Promise<void> {
  const contact = await getFeedbackContact(item.id);
  if (!contact?.email) return;
  await deliver(
    [contact.email],
    topic,
    `[${item.code}] ${subject}`,
    `Kính gửi ${contact.name},\n\n${body}\n\nTheo dõi: ${trackingLink(item.code)}${signature}`,
  );
}

export async function sendReceipt(item: FeedbackItem, secretLink: string): Promise<boolean> {
  const contact = await getFeedbackContact(item.id);
  if (!contact?.email) return false;
  await deliver(
    [contact.email],
    'feedback-receipt',
    `[${item.code}] Đã tiếp nhận phản ánh, kiến nghị của bạn`,
    [
      `Kính gửi ${contact.name},`,
      '',
      `Cổng Thông tin điện tử tỉnh Quảng Trị đã nhận phản ánh, kiến nghị “${item.publicTitle}” lúc ${formatDateVi(item.receivedAt)}.`,
      `Mã theo dõi: ${item.code}`,
      `Hạn chuyển cơ quan có thẩm quyền xử lý: ${formatDateVi(item.forwardDueOn)}.`,
      '',
      `Theo dõi tiến độ (ai có mã đều xem được, không có thông tin cá nhân): ${trackingLink(item.code)}`,
      `Đường dẫn riêng của bạn (để đánh giá câu trả lời, đề nghị xem xét lại hoặc yêu cầu xóa dữ liệu cá nhân; không chia sẻ): ${absolute(secretLink)}`,
    ].join('\n') + signature,
  );
  return true;
}

export async function notifySenderRejected(item: FeedbackItem): Promise<void> {
  if (!item.rejection) return;
  const reason = rejectionReasonLabels[item.rejection.reason].vi;
  const note = item.rejection.note ? `\n${item.rejection.note}` : '';
  await toSender(
    item,
    'feedback-rejected',
    'Phản ánh, kiến nghị không được tiếp nhận',
    `Lý do: ${reason}.${note}`,
  );
}

export async function notifySenderMerged(item: FeedbackItem): Promise<void> {
  if (!item.mergedInto) return;
  await toSender(
    item,
    'feedback-merged',
    'Phản ánh, kiến nghị đã được gộp',
    `Nội dung của bạn trùng với phản ánh ${item.mergedInto.code} và được giải quyết cùng phản ánh đó; bạn sẽ nhận được câu trả lời khi câu trả lời được công bố.`,
  );
}

export async function notifySenderForwarded(item: FeedbackItem, agencyName: string): Promise<void> {
  await toSender(
    item,
    'feedback-forwarded',
    'Phản ánh, kiến nghị đã được chuyển cơ quan có thẩm quyền',
    `Phản ánh, kiến nghị của bạn đã được chuyển đến ${agencyName}. Hạn trả lời: ${item.answerDueOn ? formatDateVi(item.answerDueOn) : '—'}.`,
  );
}

/** The answer is public: the sender and the senders of every item merged into it are told where. */
export async function notifySendersPublished(item: FeedbackItem, merged: FeedbackItem[]): Promise<void> {
  const link = absolute(sitePaths.feedbackAnswer(item.code));
  for (const each of [item, ...merged]) {
    await toSender(
      each,
      'feedback-published',
      'Đã có câu trả lời cho phản ánh, kiến nghị',
      `Câu trả lời đã được công bố: ${link}\nNếu câu trả lời chưa giải quyết được vấn đề, bạn có thể đề nghị xem xét lại một lần trong ${feedbackSettings().reopenDays} ngày qua đường dẫn riêng đã nhận khi gửi.`,
    );
  }
}

async function agencyAddresses(agencyId: string | undefined): Promise<string[]> {
  const agency = agencyId ? await getAgency(agencyId) : undefined;
  return agency?.email ? [agency.email] : feedbackSettings().officerEmails;
}

export async function notifyAgencyForwarded(item: FeedbackItem): Promise<void> {
  await deliver(
    await agencyAddresses(item.agencyId),
    'feedback-to-agency',
    `[${item.code}] Phản ánh, kiến nghị chuyển đến cơ quan`,
    `Có phản ánh, kiến nghị “${item.publicTitle}” được chuyển đến cơ quan để trả lời. Hạn trả lời: ${item.answerDueOn ? formatDateVi(item.answerDueOn) : '—'}.\nXem trên trang quản trị: ${absolute(`/admin/feedback/${item.id}`)}${signature}`,
  );
}

export async function notifyReminder(
  item: FeedbackItem,
  deadline: 'forward' | 'answer',
  dueOn: string,
): Promise<void> {
  const to = deadline === 'answer' ? await agencyAddresses(item.agencyId) : feedbackSettings().officerEmails;
  const what = deadline === 'answer' ? 'trả lời' : 'chuyển cơ quan có thẩm quyền';
  await deliver(
    to,
    'feedback-reminder',
    `[${item.code}] Sắp đến hạn ${what}`,
    `Phản ánh, kiến nghị “${item.publicTitle}” đến hạn ${what} vào ngày ${formatDateVi(dueOn)}.\n${absolute(`/admin/feedback/${item.id}`)}${signature}`,
  );
}

export async function notifyOverdue(
  item: FeedbackItem,
  deadline: 'forward' | 'answer',
  dueOn: string,
): Promise<void> {
  const what = deadline === 'answer' ? 'trả lời' : 'chuyển cơ quan có thẩm quyền';
  const to = [
    ...feedbackSettings().officerEmails,
    ...(deadline === 'answer' ? await agencyAddresses(item.agencyId) : []),
  ];
  await deliver(
    [...new Set(to)],
    'feedback-overdue',
    `[${item.code}] Quá hạn ${what}`,
    `Phản ánh, kiến nghị “${item.publicTitle}” đã quá hạn ${what} (hạn ${formatDateVi(dueOn)}).\n${absolute(`/admin/feedback/${item.id}`)}${signature}`,
  );
}

export async function notifyOfficers(
  item: FeedbackItem,
  topic: string,
  subject: string,
  body: string,
): Promise<void> {
  await deliver(
    feedbackSettings().officerEmails,
    topic,
    `[${item.code}] ${subject}`,
    `${body}\n${absolute(`/admin/feedback/${item.id}`)}${signature}`,
  );
}

export async function notifyAgency(
  item: FeedbackItem,
  topic: string,
  subject: string,
  body: string,
): Promise<void> {
  await deliver(
    await agencyAddresses(item.agencyId),
    topic,
    `[${item.code}] ${subject}`,
    `${body}\n${absolute(`/admin/feedback/${item.id}`)}${signature}`,
  );
}
