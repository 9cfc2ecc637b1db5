import { useMemo } from 'preact/hooks';
import {
  type ConsultationStatus,
  consultationStatusLabels,
  type Disposition,
  dispositionLabels,
  documentKindLabels,
  type RejectionReason,
  rejectionReasonLabels,
} from '#shared/domain/consultation.ts';
import { useI18n } from '../context.ts';
import { type Lang, translatorOf } from '../i18n.ts';

/**
 * The consultation screens' words, in the chunk with the screens. `en` has exactly the keys of `vi`. Names
 * of statuses, document kinds, rejection reasons and dispositions come from shared/domain/consultation.ts,
 * as the public site's do.
 */
const vi = {
  listTitle: 'Lấy ý kiến dự thảo văn bản',
  listIntro:
    'Dự thảo văn bản đăng trên Cổng để người dân, tổ chức góp ý: thời gian lấy ý kiến, góp ý cần kiểm duyệt, báo cáo tiếp thu, giải trình.',
  listEmpty: 'Chưa có dự thảo nào.',
  newConsultation: 'Đăng dự thảo lấy ý kiến',
  colTitle: 'Dự thảo',
  colAgency: 'Cơ quan soạn thảo',
  colPeriod: 'Thời gian lấy ý kiến',
  colStatus: 'Tình trạng',
  shortPeriod: 'Ngắn hơn {days} ngày',
  fieldTitle: 'Tên dự thảo',
  fieldAgency: 'Cơ quan soạn thảo',
  fieldAgencyHint: 'Tài khoản của cơ quan đăng cho chính cơ quan mình.',
  fieldField: 'Lĩnh vực',
  fieldKind: 'Loại văn bản',
  fieldSummary: 'Tóm tắt',
  fieldDraftText: 'Toàn văn dự thảo',
  fieldDraftTextHint:
    'Dán toàn văn: mỗi chương bắt đầu một dòng “Chương I”, mỗi điều “Điều 1.”, mỗi khoản “1.”. Các điều đánh số liên tục.',
  checkStructure: 'Kiểm tra cấu trúc',
  structureOk: 'Cấu trúc hợp lệ: {chapters} chương, {articles} điều, {clauses} khoản.',
  fieldOpensAt: 'Bắt đầu lấy ý kiến (giờ Việt Nam)',
  fieldClosesAt: 'Kết thúc lấy ý kiến (giờ Việt Nam)',
  periodWarning:
    'Thời gian lấy ý kiến ngắn hơn {days} ngày theo quy định: vẫn đăng được, quản trị sẽ thấy cảnh báo.',
  fieldQuestions: 'Vấn đề xin ý kiến',
  fieldQuestionsHint: 'Mỗi dòng một câu hỏi (không bắt buộc).',
  fieldFiles: 'Hồ sơ kèm theo (PDF, DOCX)',
  post: 'Đăng dự thảo',
  posted: 'Đã đăng dự thảo; trang công khai được cập nhật theo lịch lấy ý kiến.',
  conflict: 'Dự thảo đã được người khác thay đổi — tải lại',
  conflictDetail: 'Những gì bạn đã nhập vẫn còn trên trang.',
  reload: 'Tải lại',
  detailFacts: 'Thông tin dự thảo',
  publicPage: 'Trang công khai',
  commentsTitle: 'Góp ý ({n})',
  commentsEmpty: 'Chưa có góp ý nào.',
  commentOn: 'Về {part}',
  commentStatus_pending: 'Chờ kiểm duyệt',
  commentStatus_published: 'Đã đăng',
  commentStatus_rejected: 'Không đăng',
  publish: 'Đăng góp ý',
  reject: 'Không đăng',
  rejectReason: 'Lý do không đăng',
  showContact: 'Xem thông tin liên hệ',
  contactNote: 'Mỗi lần xem được ghi lại.',
  reportTitle: 'Báo cáo tổng hợp, tiếp thu, giải trình',
  reportSummary: 'Tổng hợp chung',
  issue: 'Vấn đề {n}',
  issueTitle: 'Nội dung góp ý',
  issueDisposition: 'Tiếp thu',
  issueReason: 'Lý do, giải trình',
  issueChanged: 'Điều, khoản đã sửa (nếu có)',
  issueComments: 'Các góp ý thuộc vấn đề này',
  addIssue: 'Thêm vấn đề',
  submitReport: 'Gửi báo cáo để duyệt',
  reportSubmitted: 'Đã gửi báo cáo; cán bộ phụ trách sẽ duyệt trước khi công bố.',
  approveReport: 'Duyệt và công bố báo cáo',
  returnReport: 'Trả lại báo cáo',
  returnNote: 'Lý do trả lại',
  reportApproved: 'Đã duyệt; báo cáo được công bố trên trang dự thảo.',
  reportReturned: 'Đã trả lại báo cáo cho cơ quan soạn thảo.',
  returnedNote: 'Báo cáo bị trả lại: {note}',
  none: '—',
};

const en: Record<keyof typeof vi, string> = {
  listTitle: 'Public comment on draft regulations',
  listIntro:
    'Drafts posted on the portal for citizens and organisations to comment on: the comment period, moderated comments, the disposition report.',
  listEmpty: 'No draft yet.',
  newConsultation: 'Post a draft for comment',
  colTitle: 'Draft',
  colAgency: 'Drafting agency',
  colPeriod: 'Comment period',
  colStatus: 'Status',
  shortPeriod: 'Shorter than {days} days',
  fieldTitle: 'Title of the draft',
  fieldAgency: 'Drafting agency',
  fieldAgencyHint: "An agency's account posts for its own agency.",
  fieldField: 'Field',
  fieldKind: 'Kind of document',
  fieldSummary: 'Summary',
  fieldDraftText: 'Full text of the draft',
  fieldDraftTextHint:
    'Paste the full text: each chapter starts a line “Chương I”, each article “Điều 1.”, each clause “1.”. Articles are numbered without gaps.',
  checkStructure: 'Check the structure',
  structureOk: 'The structure is valid: {chapters} chapters, {articles} articles, {clauses} clauses.',
  fieldOpensAt: 'Comment period opens (Vietnam time)',
  fieldClosesAt: 'Comment period closes (Vietnam time)',
  periodWarning:
    'The period is shorter than the {days} days the rules set: it can still be posted, and the administrator sees a warning.',
  fieldQuestions: 'Questions to the public',
  fieldQuestionsHint: 'One question a line (optional).',
  fieldFiles: 'Supporting files (PDF, DOCX)',
  post: 'Post the draft',
  posted: 'The draft is posted; its public page follows the comment period.',
  conflict: 'Someone else changed this draft — reload',
  conflictDetail: 'What you typed is still on the page.',
  reload: 'Reload',
  detailFacts: 'About the draft',
  publicPage: 'Public page',
  commentsTitle: 'Comments ({n})',
  commentsEmpty: 'No comment yet.',
  commentOn: 'On {part}',
  commentStatus_pending: 'Awaiting moderation',
  commentStatus_published: 'Published',
  commentStatus_rejected: 'Not published',
  publish: 'Publish the comment',
  reject: 'Do not publish',
  rejectReason: 'Reason',
  showContact: 'Show the contact details',
  contactNote: 'Every read is recorded.',
  reportTitle: 'Disposition report',
  reportSummary: 'Overview',
  issue: 'Issue {n}',
  issueTitle: 'What the comments said',
  issueDisposition: 'Disposition',
  issueReason: 'Reason, explanation',
  issueChanged: 'Article or clause changed (if any)',
  issueComments: 'Comments in this issue',
  addIssue: 'Add an issue',
  submitReport: 'Send the report for approval',
  reportSubmitted: 'The report was sent; the officer approves it before it is published.',
  approveReport: 'Approve and publish the report',
  returnReport: 'Return the report',
  returnNote: 'Why it is returned',
  reportApproved: "Approved; the report is published on the draft's page.",
  reportReturned: 'The report was returned to the drafting agency.',
  returnedNote: 'The report was returned: {note}',
  none: '—',
};

export type ConsultationKey = keyof typeof vi;
const dictionaries: Record<Lang, Record<ConsultationKey, string>> = { vi, en };

export function useConsultationWords() {
  const { lang } = useI18n();
  return useMemo(() => {
    const c = translatorOf(dictionaries[lang]);
    return {
      lang,
      c,
      status: (status: ConsultationStatus) => consultationStatusLabels[status][lang],
      kind: (kind: keyof typeof documentKindLabels) => documentKindLabels[kind][lang],
      reason: (reason: RejectionReason) => rejectionReasonLabels[reason][lang],
      disposition: (disposition: Disposition) => dispositionLabels[disposition][lang],
    };
  }, [lang]);
}
