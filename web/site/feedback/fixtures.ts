import { createHash } from 'node:crypto';
import type {
  FeedbackContact,
  FeedbackFile,
  FeedbackStatistics,
  FeedbackTopic,
  PublicTracking,
  PublishedFeedback,
  SubmissionReceipt,
} from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { sampleBaseUrl } from '../fixtures.ts';
import type { AgencyName, FeedbackSettings } from './format.ts';

/**
 * Sample feedback data for tests and screenshots: subjects, agencies of the province after the 2025
 * reorganisation, three published answers (one answered late, one reopened), tracking data from receipt
 * to publication (one item re-routed between two agencies, one rejected, one merged) and statistics.
 * Valid for the domain schemas (test/unit/site-feedback-render.test.ts checks it). People are invented;
 * `sampleContact` exists only so that tests can make sure no page ever shows it.
 */

const uuid = (n: number) => `00000000-0000-4000-a000-${n.toString(16).padStart(12, '0')}`;

export const sampleFeedbackSettings: FeedbackSettings = {
  forwardWorkingDays: 5,
  answerWorkingDays: 15,
  retentionDays: 365,
  noticeVersion: '2026-01',
};

export const sampleFeedbackTopics: FeedbackTopic[] = [
  { slug: 'dat-dai', nameVi: 'Đất đai', nameEn: 'Land', order: 0, active: true, version: 1 },
  {
    slug: 'xay-dung-giao-thong',
    nameVi: 'Xây dựng, giao thông',
    nameEn: 'Construction and transport',
    order: 1,
    active: true,
    version: 1,
  },
  {
    slug: 'thu-tuc-hanh-chinh',
    nameVi: 'Thủ tục hành chính',
    nameEn: 'Administrative procedures',
    order: 2,
    active: true,
    version: 2,
  },
  {
    slug: 'moi-truong',
    nameVi: 'Nông nghiệp, môi trường',
    nameEn: 'Agriculture and environment',
    order: 3,
    active: true,
    version: 1,
  },
  // No longer offered on the form; its old answers keep their listing.
  {
    slug: 'ke-hoach-dau-tu',
    nameVi: 'Kế hoạch, đầu tư',
    nameEn: 'Investment',
    order: 9,
    active: false,
    version: 3,
  },
];

export function sampleFeedbackTopic(slug: string): FeedbackTopic {
  const found = sampleFeedbackTopics.find((topic) => topic.slug === slug);
  if (!found) throw new Error(`No sample topic ${slug}`);
  return found;
}

export const sampleFeedbackAgencies: AgencyName[] = [
  { id: 'so-xay-dung', nameVi: 'Sở Xây dựng' },
  { id: 'so-tai-chinh', nameVi: 'Sở Tài chính' },
  { id: 'so-nong-nghiep-moi-truong', nameVi: 'Sở Nông nghiệp và Môi trường' },
  { id: 'so-tu-phap', nameVi: 'Sở Tư pháp' },
  { id: 'ubnd-phuong-dong-hoi', nameVi: 'Ủy ban nhân dân phường Đồng Hới' },
];

/** A sender's contact: what must never reach a public page. */
export const sampleContact: FeedbackContact = {
  feedbackId: uuid(1),
  senderType: 'citizen',
  name: 'Hoàng Thị Mỹ Duyên',
  address: '27 Lý Thường Kiệt, phường Đồng Hới, tỉnh Quảng Trị',
  phone: '0905 713 246',
  email: 'myduyen.hoang@example.vn',
  consent: { at: '2026-10-05T02:14:00.000Z', noticeVersion: '2026-01' },
};

function answerFile(key: string, fileName: string, size: number): FeedbackFile {
  return {
    key,
    fileName,
    size,
    sha256: createHash('sha256').update(`qtp-sample:${key}`).digest('hex'),
    contentType: 'application/pdf',
  };
}

/** Newest first. */
export const samplePublishedFeedback: PublishedFeedback[] = [
  {
    id: uuid(1),
    code: 'PA-2026-7K3Q9',
    kind: 'kien-nghi',
    topicSlug: 'xay-dung-giao-thong',
    agencyId: 'so-xay-dung',
    agencyName: 'Sở Xây dựng',
    publicTitle: 'Đề nghị sửa chữa mặt đường Lý Thường Kiệt đoạn qua chợ Đồng Hới',
    publicContent:
      'Mặt đường Lý Thường Kiệt, đoạn từ ngã tư Trần Hưng Đạo đến chợ Đồng Hới, bị bong tróc nhiều chỗ từ sau mưa lũ tháng 10.\nXe máy đi qua dễ trượt ngã, nhất là buổi tối.\n\nKiến nghị Sở sớm vá tạm các ổ gà và có kế hoạch thảm lại mặt đường trong năm 2027.',
    answer: {
      html: '<p>Sở Xây dựng tiếp nhận kiến nghị và trả lời như sau:</p><ul><li>Ngày 20/11/2026, đơn vị quản lý đường bộ đã vá tạm 14 ổ gà trên đoạn đường nêu trên.</li><li>Việc thảm lại mặt đường được đưa vào kế hoạch bảo trì năm 2027.</li></ul><p>Cảm ơn ông/bà đã phản ánh.</p>',
      attachments: [
        answerFile(
          'media/phan-anh-kien-nghi/2026/pa-2026-7k3q9/cong-van-tra-loi.pdf',
          'Công văn trả lời số 2415-SXD.pdf',
          184_320,
        ),
      ],
      agencyId: 'so-xay-dung',
      agencyName: 'Sở Xây dựng',
      answeredAt: '2026-11-20T08:45:00.000Z',
    },
    receivedAt: '2026-10-05T02:14:00.000Z',
    publishedAt: '2026-11-24T03:00:00.000Z',
    firstPublishedAt: '2026-11-24T03:00:00.000Z',
    ordinal: 2,
    topicOrdinal: 0,
    agencyOrdinal: 1,
    reopened: false,
    workingDaysToAnswer: 12,
    answeredOnTime: true,
  },
  {
    id: uuid(2),
    code: 'PA-2026-M4TR8',
    kind: 'phan-anh',
    topicSlug: 'thu-tuc-hanh-chinh',
    agencyId: 'so-tu-phap',
    agencyName: 'Sở Tư pháp',
    publicTitle: 'Thời gian cấp phiếu lý lịch tư pháp trực tuyến kéo dài',
    publicContent:
      'Tôi nộp hồ sơ cấp phiếu lý lịch tư pháp trên Cổng Dịch vụ công ngày 02/10/2026 nhưng đến ngày 20/10/2026 vẫn chưa nhận được kết quả, quá thời hạn 10 ngày theo quy định.',
    answer: {
      html: '<p>Hồ sơ chậm do phải xác minh thông tin tại địa phương nơi ông/bà cư trú trước đây. Sở đã có văn bản xin lỗi và trả kết quả ngày 12/11/2026.</p>',
      attachments: [],
      agencyId: 'so-tu-phap',
      agencyName: 'Sở Tư pháp',
      answeredAt: '2026-11-12T09:30:00.000Z',
    },
    receivedAt: '2026-10-20T07:02:00.000Z',
    publishedAt: '2026-11-26T02:00:00.000Z',
    firstPublishedAt: '2026-11-16T02:00:00.000Z',
    ordinal: 1,
    topicOrdinal: 0,
    agencyOrdinal: 0,
    reopened: true,
    workingDaysToAnswer: 17,
    answeredOnTime: false,
  },
  {
    id: uuid(3),
    code: 'PA-2026-XH52D',
    kind: 'phan-anh',
    topicSlug: 'dat-dai',
    agencyId: 'so-nong-nghiep-moi-truong',
    agencyName: 'Sở Nông nghiệp và Môi trường',
    publicTitle: 'Hướng dẫn hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất',
    publicContent:
      'Hộ gia đình tôi cần cấp đổi giấy chứng nhận quyền sử dụng đất cấp năm 1998. Đề nghị hướng dẫn hồ sơ cần chuẩn bị và nơi nộp sau khi sắp xếp lại đơn vị hành chính.',
    answer: {
      html: '<p>Hồ sơ gồm đơn đề nghị theo Mẫu số 11/ĐK và bản gốc giấy chứng nhận đã cấp. Hồ sơ nộp tại Trung tâm Phục vụ hành chính công hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.</p>',
      attachments: [],
      agencyId: 'so-nong-nghiep-moi-truong',
      agencyName: 'Sở Nông nghiệp và Môi trường',
      answeredAt: '2026-10-28T04:10:00.000Z',
    },
    receivedAt: '2026-10-09T01:30:00.000Z',
    publishedAt: '2026-10-30T02:00:00.000Z',
    firstPublishedAt: '2026-10-30T02:00:00.000Z',
    ordinal: 0,
    topicOrdinal: 0,
    agencyOrdinal: 0,
    reopened: false,
    workingDaysToAnswer: 9,
    answeredOnTime: true,
  },
];

export function samplePublished(code: string): PublishedFeedback {
  const found = samplePublishedFeedback.find((answer) => answer.code === code);
  if (!found) throw new Error(`No sample answer ${code}`);
  return found;
}

/** Forwarded to the wrong agency, declined, and forwarded again: re-routing in the open. */
export const sampleReroutedTracking: PublicTracking = {
  code: 'PA-2026-B9WQ3',
  kind: 'phan-anh',
  topicSlug: 'xay-dung-giao-thong',
  status: 'forwarded',
  publicTitle: 'Đèn chiếu sáng đường Hữu Nghị không hoạt động',
  receivedAt: '2026-11-16T01:20:00.000Z',
  forwardDueOn: '2026-11-23',
  answerDueOn: '2026-12-15',
  agencyName: 'Sở Xây dựng',
  timeline: [
    { at: '2026-11-16T01:20:00.000Z', type: 'received' },
    { at: '2026-11-17T02:00:00.000Z', type: 'accepted' },
    {
      at: '2026-11-17T02:05:00.000Z',
      type: 'forwarded',
      agencyId: 'so-tai-chinh',
      agencyName: 'Sở Tài chính',
      dueOn: '2026-12-08',
    },
    {
      at: '2026-11-19T08:30:00.000Z',
      type: 'declined',
      agencyId: 'so-tai-chinh',
      agencyName: 'Sở Tài chính',
      reason: 'Chiếu sáng đô thị do Sở Xây dựng quản lý.',
    },
    {
      at: '2026-11-24T03:15:00.000Z',
      type: 'overdue',
      deadline: 'forward',
    },
    {
      at: '2026-11-24T07:40:00.000Z',
      type: 'forwarded',
      agencyId: 'so-xay-dung',
      agencyName: 'Sở Xây dựng',
      dueOn: '2026-12-15',
    },
  ],
};

/** Published, opened by the secret link: the sender may rate, reopen and delete. */
export const samplePublishedTracking: PublicTracking = {
  code: 'PA-2026-7K3Q9',
  kind: 'kien-nghi',
  topicSlug: 'xay-dung-giao-thong',
  status: 'published',
  publicTitle: 'Đề nghị sửa chữa mặt đường Lý Thường Kiệt đoạn qua chợ Đồng Hới',
  receivedAt: '2026-10-05T02:14:00.000Z',
  forwardDueOn: '2026-10-12',
  answerDueOn: '2026-11-25',
  agencyName: 'Sở Xây dựng',
  publishedPath: sitePaths.feedbackAnswer('PA-2026-7K3Q9'),
  timeline: [
    { at: '2026-10-05T02:14:00.000Z', type: 'received' },
    {
      at: '2026-11-04T02:00:00.000Z',
      type: 'forwarded',
      agencyId: 'so-xay-dung',
      agencyName: 'Sở Xây dựng',
      dueOn: '2026-11-25',
    },
    { at: '2026-11-20T08:45:00.000Z', type: 'answered', agencyId: 'so-xay-dung', agencyName: 'Sở Xây dựng' },
    { at: '2026-11-24T03:00:00.000Z', type: 'published' },
  ],
  actions: { rate: true, reopen: true, deleteData: true, reopenUntil: '2026-12-24T03:00:00.000Z' },
};

/** The secret key of samplePublishedTracking's link. */
export const sampleSecretKey = 'k7Q2mX9vR4tL8wZ3pN6sB1cD5fG0hJ';

export const sampleRejectedTracking: PublicTracking = {
  code: 'PA-2026-C6NP4',
  kind: 'phan-anh',
  topicSlug: 'dat-dai',
  status: 'rejected',
  publicTitle: 'Tranh chấp ranh giới đất với hộ liền kề',
  receivedAt: '2026-11-02T03:00:00.000Z',
  forwardDueOn: '2026-11-09',
  timeline: [
    { at: '2026-11-02T03:00:00.000Z', type: 'received' },
    {
      at: '2026-11-04T04:00:00.000Z',
      type: 'rejected',
      rejectionReason: 'outside-competence',
      reason: 'Tranh chấp đất đai được hòa giải tại Ủy ban nhân dân cấp xã nơi có đất.',
    },
  ],
};

export const sampleMergedTracking: PublicTracking = {
  code: 'PA-2026-2FZK7',
  kind: 'kien-nghi',
  topicSlug: 'xay-dung-giao-thong',
  status: 'merged',
  publicTitle: 'Đường Lý Thường Kiệt xuống cấp',
  receivedAt: '2026-10-07T09:00:00.000Z',
  forwardDueOn: '2026-10-14',
  mergedInto: { code: 'PA-2026-7K3Q9', publishedPath: sitePaths.feedbackAnswer('PA-2026-7K3Q9') },
  timeline: [
    { at: '2026-10-07T09:00:00.000Z', type: 'received' },
    { at: '2026-10-08T02:00:00.000Z', type: 'merged', relatedCode: 'PA-2026-7K3Q9' },
  ],
};

/** Just sent: what the sender sees right after the form went through. */
export const sampleReceivedTracking: PublicTracking = {
  code: 'PA-2026-HT8W4',
  kind: 'phan-anh',
  topicSlug: 'thu-tuc-hanh-chinh',
  status: 'received',
  publicTitle: 'Không đặt được lịch hẹn nộp hồ sơ trực tuyến',
  receivedAt: '2026-11-27T03:10:00.000Z',
  forwardDueOn: '2026-12-04',
  timeline: [{ at: '2026-11-27T03:10:00.000Z', type: 'received' }],
};

export const sampleReceipt: SubmissionReceipt & { receiptMailed: boolean } = {
  code: 'PA-2026-HT8W4',
  trackingUrl: `${sampleBaseUrl}${sitePaths.feedbackTracking('PA-2026-HT8W4')}`,
  secretUrl: `${sampleBaseUrl}${sitePaths.feedbackSecretLink('PA-2026-HT8W4', 'Zr5yT0bW3nE8kP2qS7vA9mC4')}`,
  receivedAt: '2026-11-27T03:10:00.000Z',
  forwardDueOn: '2026-12-04',
  receiptMailed: true,
};

export const sampleStatistics: FeedbackStatistics = {
  generatedAt: '2026-11-27T00:00:00.000Z',
  totals: { received: 184, rejected: 11, merged: 6, published: 139 },
  agencies: [
    {
      agencyId: 'so-xay-dung',
      agencyName: 'Sở Xây dựng',
      received: 62,
      answered: 51,
      medianWorkingDaysToAnswer: 11,
      shareAnsweredOnTime: 0.902,
      shareReopened: 0.059,
      averageRating: 3.8,
    },
    {
      agencyId: 'so-tu-phap',
      agencyName: 'Sở Tư pháp',
      received: 23,
      answered: 21,
      medianWorkingDaysToAnswer: 8.5,
      shareAnsweredOnTime: 0.857,
      shareReopened: 0.143,
      averageRating: 4.2,
    },
    {
      agencyId: 'so-nong-nghiep-moi-truong',
      agencyName: 'Sở Nông nghiệp và Môi trường',
      received: 71,
      answered: 60,
      medianWorkingDaysToAnswer: 13,
      shareAnsweredOnTime: 0.75,
      shareReopened: 0.1,
      averageRating: null,
    },
    {
      agencyId: 'ubnd-phuong-dong-hoi',
      agencyName: 'Ủy ban nhân dân phường Đồng Hới',
      received: 4,
      answered: 0,
      medianWorkingDaysToAnswer: null,
      shareAnsweredOnTime: null,
      shareReopened: null,
      averageRating: null,
    },
  ],
};
