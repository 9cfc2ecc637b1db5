import { listHolidayCalendars } from '#shared/data/calendar.ts';
import { createAgency, getAgency } from '#shared/data/directory.ts';
import { listFeedbackTopics } from '#shared/data/feedback.ts';
import { systemActor } from '#shared/domain/audit.ts';
import type { HolidayCalendarRecord } from '#shared/domain/calendar.ts';
import type { FeedbackTopic } from '#shared/domain/feedback.ts';
import { feedbackSubmissionSchema } from '#shared/domain/feedback.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { saveHolidayCalendar } from '#shared/feedback/calendar.ts';
import {
  answerFeedback,
  classifyFeedback,
  decideAnswer,
  forwardFeedback,
} from '#shared/feedback/handling.ts';
import { feedbackSettings } from '#shared/feedback/settings.ts';
import { submitFeedback } from '#shared/feedback/submissions.ts';
import { createFeedbackTopic } from '#shared/feedback/topics.ts';
import { localAccounts } from './accounts.ts';
import { seedAgencies } from './seed-data.ts';

/**
 * Demo data of the feedback context, written for this project: the form's subjects, the holiday calendars
 * of 2026 and 2027 (illustrative: the government announces the days off each year, and the admin keeps
 * them), and a few items taken through the real workflow (sent, classified, forwarded, answered, approved),
 * so the public Q&A has something to show. A store that has subjects already is left alone.
 */
export const seedFeedbackTopics: Omit<FeedbackTopic, 'version'>[] = [
  { slug: 'dat-dai', nameVi: 'Đất đai', nameEn: 'Land', order: 1, active: true },
  {
    slug: 'xay-dung-do-thi',
    nameVi: 'Xây dựng, quy hoạch đô thị',
    nameEn: 'Construction and urban planning',
    order: 2,
    active: true,
  },
  { slug: 'giao-thong', nameVi: 'Giao thông', nameEn: 'Transport', order: 3, active: true },
  {
    slug: 'moi-truong',
    nameVi: 'Tài nguyên, môi trường',
    nameEn: 'Natural resources and environment',
    order: 4,
    active: true,
  },
  {
    slug: 'thu-tuc-hanh-chinh',
    nameVi: 'Thủ tục hành chính',
    nameEn: 'Administrative procedures',
    order: 5,
    active: true,
  },
  { slug: 'y-te-giao-duc', nameVi: 'Y tế, giáo dục', nameEn: 'Health and education', order: 6, active: true },
  {
    slug: 'chinh-sach-xa-hoi',
    nameVi: 'Chính sách xã hội, lao động',
    nameEn: 'Social policy and labour',
    order: 7,
    active: true,
  },
  {
    slug: 'kinh-te-doanh-nghiep',
    nameVi: 'Kinh tế, doanh nghiệp, đầu tư',
    nameEn: 'Economy, business and investment',
    order: 8,
    active: true,
  },
  { slug: 'khac', nameVi: 'Lĩnh vực khác', nameEn: 'Other', order: 99, active: true },
];

const holiday = (date: string, nameVi: string, nameEn: string) => ({ date, nameVi, nameEn });
export const seedHolidayCalendars: Omit<HolidayCalendarRecord, 'version'>[] = [
  {
    year: 2026,
    holidays: [
      holiday('2026-01-01', 'Tết Dương lịch', "New Year's Day"),
      ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((date) =>
        holiday(date, 'Tết Nguyên đán Bính Ngọ', 'Lunar New Year (Tết)'),
      ),
      holiday(
        '2026-04-27',
        'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật)',
        "Hùng Kings' Day (in lieu)",
      ),
      holiday('2026-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'),
      holiday('2026-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'),
      holiday('2026-09-01', 'Quốc khánh (ngày nghỉ liền kề)', 'National Day (adjacent day)'),
      holiday('2026-09-02', 'Quốc khánh', 'National Day'),
    ],
    workingWeekends: [],
  },
  {
    year: 2027,
    holidays: [
      holiday('2027-01-01', 'Tết Dương lịch', "New Year's Day"),
      ...['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'].map((date) =>
        holiday(date, 'Tết Nguyên đán Đinh Mùi', 'Lunar New Year (Tết)'),
      ),
      holiday('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', "Hùng Kings' Day"),
      holiday('2027-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'),
      holiday('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động (Thứ Bảy)', 'International Labour Day (in lieu)'),
      holiday('2027-09-02', 'Quốc khánh', 'National Day'),
      holiday('2027-09-03', 'Quốc khánh (ngày nghỉ liền kề)', 'National Day (adjacent day)'),
    ],
    workingWeekends: [],
  },
];

export function principalOf(username: string): Principal {
  const account = localAccounts.find((candidate) => candidate.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return {
    userId: `local-${account.username}`,
    username: account.username,
    displayName: account.name,
    roles: account.groups,
    ...(account.agencyId ? { agencyId: account.agencyId } : {}),
  };
}
const actorOf = (principal: Principal) => ({ id: principal.userId, name: principal.displayName });

const demoItems = [
  {
    topicSlug: 'giao-thong',
    title: 'Đèn tín hiệu giao thông tại ngã tư Lý Thường Kiệt - Trần Hưng Đạo hoạt động không ổn định',
    content:
      'Nhiều ngày qua, đèn tín hiệu giao thông tại ngã tư Lý Thường Kiệt - Trần Hưng Đạo (phường Đồng Hới) thường xuyên chỉ nhấp nháy vàng vào giờ cao điểm buổi sáng, gây ùn tắc và nguy hiểm cho học sinh. Đề nghị cơ quan chức năng kiểm tra, sửa chữa.',
    answer:
      '<p>Sở Xây dựng đã phối hợp với đơn vị quản lý hệ thống đèn tín hiệu kiểm tra hiện trường. Nguyên nhân là bộ điều khiển bị ẩm sau đợt mưa lớn; bộ điều khiển đã được thay mới và hoạt động bình thường từ ngày 20/11/2026.</p><p>Cảm ơn người dân đã phản ánh.</p>',
  },
  {
    topicSlug: 'xay-dung-do-thi',
    title: 'Hỏi về thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ',
    content:
      'Tôi nộp hồ sơ xin cấp giấy phép xây dựng nhà ở riêng lẻ tại phường Đông Hà đã hơn 15 ngày nhưng chưa nhận được kết quả. Xin hỏi thời hạn giải quyết theo quy định là bao lâu và tôi có thể tra cứu hồ sơ ở đâu?',
    answer:
      '<p>Theo quy định, thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ là 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ. Hồ sơ của ông/bà được bổ sung ngày 18/11/2026 nên thời hạn tính từ ngày này.</p><p>Người dân có thể tra cứu tình trạng hồ sơ trên Cổng Dịch vụ công quốc gia bằng mã hồ sơ được cấp khi nộp.</p>',
  },
];

export async function seedFeedbackIfEmpty(): Promise<boolean> {
  if ((await listFeedbackTopics()).length > 0) return false;
  for (const topic of seedFeedbackTopics) await createFeedbackTopic(systemActor, topic);
  const years = new Set((await listHolidayCalendars()).map((calendar) => calendar.year));
  for (const calendar of seedHolidayCalendars) {
    if (!years.has(calendar.year)) await saveHolidayCalendar(systemActor, calendar.year, calendar);
  }
  // The agency that answers the demo items, for a store seeded before it joined the demo directory.
  const answering = seedAgencies.find((agency) => agency.id === 'so-xay-dung');
  if (answering && !(await getAgency(answering.id))) await createAgency(answering, systemActor);
  const officer = actorOf(principalOf('tiepnhan'));
  const director = actorOf(principalOf('giamdoc'));
  const agency = principalOf('soxaydung');
  for (const [index, demo] of demoItems.entries()) {
    const submission = feedbackSubmissionSchema.parse({
      kind: index === 0 ? 'phan-anh' : 'kien-nghi',
      topicSlug: demo.topicSlug,
      title: demo.title,
      content: demo.content,
      name: index === 0 ? 'Nguyễn Văn Bình' : 'Trần Thị Mai',
      address: index === 0 ? 'Tổ dân phố 3, phường Đồng Hới' : 'Khu phố 5, phường Đông Hà',
      email: index === 0 ? 'nguyenvanbinh@example.vn' : 'tranthimai@example.vn',
      consent: 'yes',
      consentNoticeVersion: feedbackSettings().noticeVersion,
    });
    const sent = await submitFeedback(submission, [], { ip: '127.0.0.1' });
    const classified = await classifyFeedback(officer, sent.item.id, {
      kind: submission.kind,
      topicSlug: submission.topicSlug,
      expectedVersion: sent.item.version,
    });
    const forwarded = await forwardFeedback(officer, sent.item.id, {
      agencyId: 'so-xay-dung',
      expectedVersion: classified.version,
    });
    const answered = await answerFeedback(agency, sent.item.id, {
      html: demo.answer,
      attachmentKeys: [],
      expectedVersion: forwarded.version,
    });
    await decideAnswer(director, sent.item.id, {
      outcome: 'approve',
      acknowledgeFlags: true,
      expectedVersion: answered.version,
    });
  }
  return true;
}
