import {
  type FeedbackKind,
  type FeedbackStatus,
  MAX_FEEDBACK_ATTACHMENT_BYTES,
  MAX_FEEDBACK_ATTACHMENTS,
} from '#shared/domain/feedback.ts';
import { portal } from '../portal.ts';

/**
 * Interface text of the citizens' feedback pages (web/site/feedback), in one place. Vietnamese, like the
 * questions and answers they publish; a field error gives Vietnamese first and English after it.
 *
 * Kept apart from web/site/i18n.ts because it is long and has its own keepers: the privacy notice is the
 * data controller's text (its version goes with every consent), and the legal basis is the feedback
 * office's to keep current. The site-wide menu label stays in web/site/i18n.ts.
 */

const megabytes = MAX_FEEDBACK_ATTACHMENT_BYTES / (1024 * 1024);

/** The form's limits, as the schema sets them (test/unit/site-feedback-render.test.ts checks they agree). */
export const feedbackFieldLimits = {
  title: { min: 5, max: 200 },
  content: { min: 20, max: 5000 },
  name: { min: 2, max: 120 },
  address: { min: 5, max: 300 },
} as const;

const count = new Intl.NumberFormat('vi-VN');

export const feedbackLabels = {
  section: 'Phản ánh, kiến nghị',
  homeTitle: 'Phản ánh, kiến nghị về quy định hành chính',
  homeDescription:
    'Gửi phản ánh, kiến nghị về quy định, thủ tục hành chính đến chính quyền tỉnh Quảng Trị, theo dõi quá trình xử lý bằng mã theo dõi và đọc các câu trả lời đã công bố.',

  // What a phản ánh and a kiến nghị are (Decree 20/2008/NĐ-CP, Art. 3, as amended by Decree 92/2017/NĐ-CP).
  whatTitle: 'Phản ánh, kiến nghị là gì',
  whatPhanAnh:
    'Phản ánh là ý kiến của cá nhân, tổ chức với cơ quan hành chính nhà nước về quy định hành chính: những vướng mắc cụ thể khi thực hiện; sự không hợp pháp, không hợp lý, không đồng bộ, không thống nhất với hệ thống pháp luật; và những vấn đề khác liên quan đến quy định, thủ tục hành chính.',
  whatKienNghi:
    'Kiến nghị là đề xuất của cá nhân, tổ chức về cách xử lý những vấn đề nêu trên, hoặc sáng kiến ban hành quy định hành chính mới liên quan đến sản xuất, kinh doanh và đời sống nhân dân.',
  legalBasis:
    'Căn cứ: Nghị định số 20/2008/NĐ-CP ngày 14 tháng 02 năm 2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính, được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017.',
  notComplaints:
    'Khiếu nại, tố cáo được giải quyết theo Luật Khiếu nại và Luật Tố cáo, không gửi qua biểu mẫu này.',
  requirements:
    'Phản ánh, kiến nghị viết bằng tiếng Việt, nêu rõ nội dung, và ghi họ tên, địa chỉ, số điện thoại hoặc thư điện tử của người gửi. Bạn không cần tài khoản.',

  howTitle: 'Quy trình tiếp nhận và trả lời',
  steps: (forwardWorkingDays: number, answerWorkingDays: number) => [
    'Bạn gửi phản ánh, kiến nghị qua biểu mẫu trên Cổng và nhận ngay một mã theo dõi cùng một đường dẫn riêng.',
    `Cán bộ tiếp nhận phân loại và chuyển đến cơ quan có thẩm quyền trong thời hạn ${forwardWorkingDays} ngày làm việc. Nội dung không đủ điều kiện xem xét được báo lại cho bạn kèm lý do và hướng dẫn.`,
    `Cơ quan được chuyển đến trả lời trong thời hạn ${answerWorkingDays} ngày làm việc, trừ khi có thời hạn khác; hạn trả lời của từng phản ánh, kiến nghị ghi trên trang theo dõi.`,
    'Câu trả lời được lãnh đạo duyệt rồi công bố trên Cổng, cùng nội dung câu hỏi đã lược bỏ mọi thông tin cá nhân.',
    'Bằng đường dẫn riêng, bạn có thể đánh giá câu trả lời, đề nghị xem xét lại một lần nếu chưa thỏa đáng, hoặc yêu cầu xóa dữ liệu cá nhân.',
  ],
  workingDaysNote: 'Ngày làm việc không tính thứ Bảy, Chủ nhật và các ngày nghỉ lễ, Tết.',
  actionsTitle: 'Bạn muốn',
  toForm: 'Gửi phản ánh, kiến nghị',
  toLookup: 'Tra cứu bằng mã theo dõi',
  toAnswers: 'Xem các câu trả lời',
  toStatistics: 'Số liệu trả lời của các cơ quan',
  latestAnswers: 'Câu trả lời mới công bố',
  allAnswers: 'Xem tất cả câu trả lời',
  noAnswers: 'Chưa có câu trả lời nào được công bố.',

  // The form.
  formTitle: 'Gửi phản ánh, kiến nghị',
  formIntro:
    'Điền các mục dưới đây. Mục nào ghi “không bắt buộc” có thể để trống; các mục khác đều cần điền.',
  formNoComplaints:
    'Biểu mẫu này không tiếp nhận khiếu nại, tố cáo. Không ghi thông tin cá nhân của người khác trong nội dung.',
  aboutSubmission: 'Nội dung phản ánh, kiến nghị',
  aboutSender: 'Thông tin người gửi',
  privacyTitle: 'Thông báo về xử lý dữ liệu cá nhân',
  optional: '(không bắt buộc)',
  kind: { vi: 'Phản ánh hay kiến nghị', en: 'Feedback or petition' },
  kindLegend: 'Bạn gửi phản ánh hay kiến nghị?',
  kindHints: {
    'phan-anh': 'nêu vướng mắc, bất cập của quy định, thủ tục hành chính',
    'kien-nghi': 'đề xuất cách xử lý hoặc một quy định mới',
  } satisfies Record<FeedbackKind, string>,
  topic: { vi: 'Lĩnh vực', en: 'Subject' },
  chooseTopic: 'Chọn lĩnh vực',
  agency: { vi: 'Cơ quan liên quan', en: 'Agency concerned' },
  agencyUnknown: 'Không rõ hoặc không chọn',
  agencyHint: 'Nếu không rõ cơ quan nào, cán bộ tiếp nhận sẽ chuyển đến đúng cơ quan.',
  documentNumber: { vi: 'Số, ký hiệu văn bản liên quan', en: 'Number of the legal document concerned' },
  documentNumberHint: 'Ví dụ: 12/2024/QĐ-UBND',
  procedure: { vi: 'Thủ tục hành chính liên quan', en: 'Administrative procedure concerned' },
  procedureHint: 'Tên hoặc mã thủ tục',
  title: { vi: 'Tiêu đề', en: 'Title' },
  titleHint: `Một câu ngắn nêu vấn đề, từ ${feedbackFieldLimits.title.min} đến ${feedbackFieldLimits.title.max} ký tự.`,
  content: { vi: 'Nội dung', en: 'Content' },
  contentHint: `Nêu rõ vấn đề, nơi và thời gian xảy ra; nếu là kiến nghị, nêu đề xuất của bạn. Từ ${feedbackFieldLimits.content.min} đến ${count.format(feedbackFieldLimits.content.max)} ký tự.`,
  attachments: { vi: 'Tệp đính kèm', en: 'Attachments' },
  attachmentsHint: `Tối đa ${MAX_FEEDBACK_ATTACHMENTS} tệp ảnh JPEG, PNG hoặc tệp PDF, tổng dung lượng không quá ${megabytes} MB. Tệp được kiểm tra theo nội dung, không chỉ theo tên tệp. Không gửi ảnh căn cước hoặc giấy tờ tùy thân.`,
  attachmentsAgain: {
    vi: 'Các tệp đã chọn không được giữ lại khi biểu mẫu có lỗi: hãy chọn lại tệp trước khi gửi.',
    en: 'Files cannot be kept when the form has errors: choose them again before you send it.',
  },
  senderType: { vi: 'Tư cách người gửi', en: 'Sending as' },
  senderTypeLegend: 'Bạn gửi với tư cách',
  senderTypes: { citizen: 'Cá nhân', organisation: 'Tổ chức, doanh nghiệp' },
  organisation: { vi: 'Tên tổ chức, doanh nghiệp', en: 'Name of the organisation' },
  organisationHint: 'Chỉ ghi khi gửi với tư cách tổ chức, doanh nghiệp.',
  name: { vi: 'Họ và tên', en: 'Full name' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  addressHint: 'Số nhà, đường, thôn hoặc tổ dân phố, xã hoặc phường, tỉnh hoặc thành phố.',
  contactNote:
    'Cần ghi ít nhất một trong hai: số điện thoại hoặc thư điện tử, để cơ quan liên hệ khi cần làm rõ nội dung.',
  phone: { vi: 'Số điện thoại', en: 'Phone number' },
  phoneHint: 'Ví dụ: 0912 345 678',
  email: { vi: 'Thư điện tử', en: 'E-mail address' },
  emailHint: 'Nếu ghi, bạn nhận thư xác nhận kèm mã theo dõi và đường dẫn riêng.',
  consent: { vi: 'Đồng ý xử lý dữ liệu cá nhân', en: 'Consent' },
  consentLabel: `Tôi đã đọc thông báo trên và đồng ý để ${portal.managingUnit.vi} xử lý dữ liệu cá nhân của tôi cho việc tiếp nhận, xử lý và trả lời phản ánh, kiến nghị này.`,
  honeypot: 'Để trống ô này',
  submit: 'Gửi phản ánh, kiến nghị',

  /** The privacy notice shown beside the consent box (Law 91/2025/QH15, Decree 356/2025/NĐ-CP). */
  privacy: (retentionDays: number, noticeVersion: string) => [
    {
      term: 'Thông tin được lưu',
      text: 'Họ và tên, địa chỉ, số điện thoại và thư điện tử (nếu ghi), tên tổ chức (nếu có), nội dung và các tệp bạn gửi, cùng thời điểm bạn đồng ý.',
    },
    {
      term: 'Để làm gì',
      text: 'Để xem xét, xử lý và trả lời phản ánh, kiến nghị của bạn. Cơ quan chỉ liên hệ với bạn khi cần làm rõ nội dung. Thông tin không được dùng vào việc khác.',
    },
    {
      term: 'Ai quản lý',
      text: `${portal.managingUnit.vi} là bên kiểm soát dữ liệu. Cơ quan được chuyển đến xem xét chỉ được xem những gì cần để trả lời; mỗi lần cán bộ xem thông tin liên hệ của bạn đều được ghi lại.`,
    },
    {
      term: 'Những gì được công bố',
      text: 'Câu hỏi được công bố cùng câu trả lời sau khi đã lược bỏ tên, địa chỉ, số điện thoại, thư điện tử và mọi thông tin có thể nhận ra bạn. Tệp bạn gửi không được công bố.',
    },
    {
      term: 'Lưu trong bao lâu',
      text: `Đến ${retentionDays} ngày sau khi phản ánh, kiến nghị kết thúc xử lý. Sau đó thông tin cá nhân, nội dung gốc và tệp của bạn bị xóa; chỉ còn nội dung đã lược bỏ thông tin cá nhân.`,
    },
    {
      term: 'Quyền của bạn',
      text: `Bạn có quyền được biết, xem, sửa, rút lại sự đồng ý và yêu cầu xóa dữ liệu của mình. Để xóa, mở đường dẫn riêng bạn nhận được sau khi gửi; để thực hiện các quyền khác, viết thư đến ${portal.email}. Căn cứ: Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP.`,
    },
    { term: 'Phiên bản thông báo', text: noticeVersion },
  ],

  // Errors (GOV.UK's error summary and error message patterns).
  errorTitlePrefix: 'Lỗi: ',
  errorSummaryTitle: { vi: 'Có lỗi cần sửa', en: 'There is a problem' },
  errorPrefix: 'Lỗi:',

  // Lookup.
  lookupTitle: 'Tra cứu phản ánh, kiến nghị',
  lookupIntro:
    'Nhập mã theo dõi bạn nhận được khi gửi (trên màn hình xác nhận hoặc trong thư điện tử) để xem phản ánh, kiến nghị đang được xử lý đến đâu.',
  code: { vi: 'Mã theo dõi', en: 'Tracking code' },
  codeHint: 'Mã có dạng PA-2026-7K3Q9; gõ chữ thường hoặc có dấu cách cũng được.',
  lookupSubmit: 'Tra cứu',
  notFound: (code: string) => ({
    vi: `Không tìm thấy phản ánh, kiến nghị có mã ${code}. Hãy kiểm tra lại mã.`,
    en: `No feedback has the code ${code}. Check the code and try again.`,
  }),

  // Answers.
  answersTitle: 'Câu trả lời phản ánh, kiến nghị',
  topicAnswersTitle: (name: string) => `Câu trả lời lĩnh vực ${name}`,
  agencyAnswersTitle: (name: string) => `Câu trả lời của ${name}`,
  pageN: (page: number) => `Trang ${page}`,
  byTopic: 'Câu trả lời theo lĩnh vực',
  allTopics: 'Tất cả lĩnh vực',
  noAnswersHere: 'Chưa có câu trả lời nào được công bố ở mục này.',
  newer: 'Câu trả lời mới hơn',
  older: 'Câu trả lời cũ hơn',
  question: 'Nội dung phản ánh, kiến nghị',
  answer: 'Câu trả lời',
  answerFiles: 'Tệp kèm câu trả lời',
  details: 'Thông tin xử lý',
  kindLabel: 'Loại',
  topicLabel: 'Lĩnh vực',
  agencyLabel: 'Cơ quan trả lời',
  receivedOn: 'Ngày tiếp nhận',
  answeredOn: 'Ngày trả lời',
  publishedOn: 'Ngày công bố',
  updatedOn: 'Cập nhật câu trả lời',
  workingDays: 'Thời gian trả lời',
  workingDaysValue: (days: number) => `${days} ngày làm việc`,
  onTime: 'Đúng hạn',
  late: 'Quá hạn',
  reopenedNotice: 'Người gửi đề nghị xem xét lại; câu trả lời dưới đây đang được xem xét lại.',
  trackingCode: 'Mã theo dõi',
  viewTimeline: 'Xem quá trình xử lý',
  answerBy: (agency: string) => `Trả lời của ${agency}`,

  // Statistics.
  statisticsTitle: 'Số liệu trả lời phản ánh, kiến nghị',
  statisticsIntro:
    'Số phản ánh, kiến nghị mỗi cơ quan đã nhận và đã trả lời, thời gian trả lời, tỷ lệ đúng hạn, tỷ lệ bị đề nghị xem xét lại và mức độ hài lòng của người gửi.',
  statisticsAt: (at: string) => `Số liệu tại thời điểm ${at}.`,
  totals: 'Toàn tỉnh',
  totalReceived: 'Đã tiếp nhận',
  totalRejected: 'Không đủ điều kiện xem xét',
  totalMerged: 'Trùng nội dung, đã gộp',
  totalPublished: 'Đã công bố câu trả lời',
  byAgency: 'Theo cơ quan',
  byAgencyCaption: 'Số liệu trả lời phản ánh, kiến nghị của từng cơ quan',
  colAgency: 'Cơ quan',
  colReceived: 'Đã nhận',
  colAnswered: 'Đã trả lời',
  colMedian: 'Số ngày làm việc để trả lời (trung vị)',
  colOnTime: 'Tỷ lệ trả lời đúng hạn',
  colReopened: 'Tỷ lệ bị đề nghị xem xét lại',
  colRating: 'Điểm hài lòng trung bình (1–5)',
  noData: 'chưa có số liệu',
  noAgencies: 'Chưa có cơ quan nào nhận phản ánh, kiến nghị.',
  openData: 'Tải số liệu dạng JSON (dữ liệu mở)',
  methodTitle: 'Cách tính',
  method: [
    {
      term: 'Đã nhận',
      text: 'Số phản ánh, kiến nghị đã được chuyển đến cơ quan để trả lời; một phản ánh được chuyển lại cho cơ quan khác được tính ở cả hai cơ quan.',
    },
    { term: 'Đã trả lời', text: 'Số câu trả lời của cơ quan đã được duyệt và công bố.' },
    {
      term: 'Số ngày làm việc để trả lời (trung vị)',
      text: 'Tính từ ngày chuyển đến cơ quan đến ngày cơ quan trả lời, không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết. Một nửa số câu trả lời mất không quá số ngày này.',
    },
    {
      term: 'Tỷ lệ trả lời đúng hạn',
      text: 'Số câu trả lời trong hạn chia cho số câu trả lời.',
    },
    {
      term: 'Tỷ lệ bị đề nghị xem xét lại',
      text: 'Số câu trả lời người gửi đề nghị xem xét lại chia cho số câu trả lời.',
    },
    {
      term: 'Điểm hài lòng trung bình',
      text: 'Trung bình điểm người gửi chấm cho câu trả lời, từ 1 (rất không hài lòng) đến 5 (rất hài lòng).',
    },
    {
      term: '—',
      text: 'Dấu gạch ngang: chưa có số liệu, vì cơ quan chưa có câu trả lời hoặc chưa có đánh giá nào.',
    },
  ],

  // Tracking.
  trackingTitle: (code: string) => `Phản ánh, kiến nghị ${code}`,
  receiptTitle: 'Đã gửi phản ánh, kiến nghị',
  receiptCode: 'Mã theo dõi của bạn',
  receiptCodeHint: 'Ghi lại mã này để tra cứu, hoặc đọc mã khi gọi điện hỏi cơ quan.',
  receiptSecret: 'Đường dẫn riêng của bạn',
  receiptSecretHint:
    'Lưu lại đường dẫn này: chỉ bạn có đường dẫn này. Với nó, bạn đánh giá câu trả lời, đề nghị xem xét lại hoặc yêu cầu xóa dữ liệu cá nhân. Không chia sẻ đường dẫn với người khác.',
  receiptMailed:
    'Thư xác nhận kèm mã theo dõi và đường dẫn riêng đã được gửi đến địa chỉ thư điện tử bạn ghi.',
  receiptNotMailed:
    'Bạn không ghi thư điện tử, nên không có thư xác nhận: hãy lưu mã và đường dẫn trên ngay bây giờ.',
  receiptForwardBy: (date: string) => `Hạn chuyển đến cơ quan giải quyết: ${date}.`,
  statusLabel: 'Tình trạng',
  status: {
    received: 'Đã tiếp nhận, đang phân loại',
    accepted: 'Chờ chuyển đến cơ quan giải quyết',
    rejected: 'Không đủ điều kiện xem xét',
    merged: 'Trùng nội dung, đã gộp với phản ánh, kiến nghị khác',
    forwarded: 'Đang được cơ quan giải quyết',
    answered: 'Đã có câu trả lời, chờ duyệt công bố',
    published: 'Đã công bố câu trả lời',
    closed: 'Đã kết thúc',
  } satisfies Record<FeedbackStatus, string>,
  forwardDue: 'Hạn chuyển đến cơ quan giải quyết',
  answerDue: 'Hạn trả lời',
  handledBy: 'Cơ quan giải quyết',
  timeline: 'Quá trình xử lý',
  readAnswer: 'Đọc câu trả lời',
  mergedInto: (code: string) => `Phản ánh, kiến nghị này được gộp với ${code}`,
  event: {
    received: 'Đã tiếp nhận phản ánh, kiến nghị',
    accepted: 'Đã phân loại, chờ chuyển đến cơ quan giải quyết',
    forwarded: (agency: string) => `Đã chuyển đến ${agency}`,
    someAgency: 'cơ quan giải quyết',
    returnedTo: (agency: string) => `chuyển lại ${agency}`,
    dueBy: (date: string) => `hạn trả lời ${date}`,
    declined: (agency: string | undefined) => `${agency ?? 'Cơ quan'} đề nghị chuyển cơ quan khác`,
    rejected: 'Bị từ chối',
    merged: 'Trùng nội dung, đã gộp vào',
    answered: (agency: string | undefined) =>
      `${agency ?? 'Cơ quan'} đã trả lời; câu trả lời đang chờ duyệt công bố`,
    published: 'Đã công bố câu trả lời',
    reopened: 'Người gửi đề nghị xem xét lại câu trả lời',
    overdueForward: 'Quá hạn chuyển xử lý',
    overdueAnswer: 'Quá hạn trả lời',
    rated: 'Người gửi đã đánh giá câu trả lời',
    closed: 'Đã kết thúc xử lý',
  },
  notices: {
    rated: 'Cảm ơn bạn đã đánh giá câu trả lời.',
    reopened:
      'Đã ghi nhận đề nghị xem xét lại. Câu trả lời được chuyển lại cơ quan giải quyết; hạn trả lời mới ghi bên dưới.',
    deleted:
      'Đã xóa dữ liệu cá nhân của bạn: thông tin liên hệ, nội dung gốc và tệp đính kèm. Nội dung đã lược bỏ thông tin cá nhân và câu trả lời vẫn được giữ.',
  },
  actionsHeading: 'Việc bạn có thể làm',
  rateTitle: 'Đánh giá câu trả lời',
  score: { vi: 'Mức độ hài lòng với câu trả lời', en: 'How satisfied are you with the answer' },
  scores: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  comment: { vi: 'Nhận xét', en: 'Comment' },
  rateSubmit: 'Gửi đánh giá',
  reopenTitle: 'Đề nghị xem xét lại',
  reopenIntro: 'Nếu câu trả lời chưa thỏa đáng, bạn có thể đề nghị xem xét lại một lần.',
  reopenUntil: 'Bạn có thể gửi đề nghị đến',
  reason: { vi: 'Lý do đề nghị xem xét lại', en: 'Why the answer should be looked at again' },
  reasonHint: 'Nêu điều câu trả lời chưa giải quyết, từ 10 ký tự.',
  reopenSubmit: 'Gửi đề nghị xem xét lại',
  deletionTitle: 'Xóa dữ liệu cá nhân',
  deletionIntro: [
    'Khi bạn yêu cầu, thông tin liên hệ của bạn (họ tên, địa chỉ, số điện thoại, thư điện tử, tên tổ chức), nội dung gốc bạn viết và các tệp đính kèm bị xóa hẳn.',
    'Nội dung đã lược bỏ thông tin cá nhân và câu trả lời vẫn được giữ và công bố. Sau khi xóa, cơ quan không thể liên hệ lại với bạn về phản ánh, kiến nghị này.',
  ],
  confirm: { vi: 'Xác nhận xóa', en: 'Confirm' },
  confirmLabel: 'Tôi hiểu và muốn xóa dữ liệu cá nhân của tôi trong phản ánh, kiến nghị này.',
  deletionSubmit: 'Xóa dữ liệu cá nhân',

  // Problems.
  retryAfter: (minutes: number) => ({
    vi: `Vui lòng thử lại sau ${minutes} phút.`,
    en: `Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  }),
  backToFeedback: 'Về trang Phản ánh, kiến nghị',
  statusCode: (status: number) => `Mã lỗi HTTP ${status}`,

  feedTitle: `Câu trả lời phản ánh, kiến nghị — ${portal.name.vi}`,
  feedDescription: `Các câu trả lời phản ánh, kiến nghị mới công bố trên ${portal.name.vi}.`,
  feedLink: 'Theo dõi câu trả lời mới (RSS)',
};
