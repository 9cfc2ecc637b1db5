import { useMemo } from 'preact/hooks';
import {
  type DisclosureCollection,
  type DisclosureStatus,
  disclosureCollections,
  disclosureStatusLabels,
} from '#shared/domain/disclosure.ts';
import type { BadgeTone } from '../components/status-badge.tsx';
import { useI18n } from '../context.ts';
import { actionWordsOf, type Lang, translatorOf } from '../i18n.ts';

/**
 * The disclosure screens' words, in their chunk. Same rules as src/i18n.ts: `en` has exactly the keys of
 * `vi`. The collections' and statuses' names are the domain's (shared/domain/disclosure.ts).
 */
const vi = {
  listTitle: 'Thông tin công khai',
  listIntro:
    'Thông tin tỉnh phải công khai theo Luật Tiếp cận thông tin 2016 (Điều 17) và Nghị định 13/2018/NĐ-CP. Biên tập viên soạn bản nháp kèm tệp PDF, XLSX; Giám đốc công khai hoặc gỡ.',
  newDisclosure: 'Thêm thông tin công khai',
  filters: 'Lọc thông tin công khai',
  filterCollection: 'Nhóm thông tin',
  filterYear: 'Năm',
  filterStatus: 'Trạng thái',
  applyFilters: 'Lọc',
  clearFilters: 'Bỏ lọc',
  listEmpty: 'Không có thông tin công khai nào.',
  count: '{count} thông tin',
  colTitle: 'Tiêu đề',
  colCollection: 'Nhóm',
  colYear: 'Năm',
  colDate: 'Ngày',
  colStatus: 'Trạng thái',
  formNewTitle: 'Thêm thông tin công khai',
  formEditTitle: 'Sửa thông tin công khai',
  fieldTitleVi: 'Tiêu đề tiếng Việt',
  fieldTitleEn: 'Tiêu đề tiếng Anh',
  fieldCollection: 'Nhóm thông tin',
  chooseCollection: '— Chọn nhóm —',
  fieldDate: 'Ngày ban hành',
  fieldDateHint: 'Ngày của quyết định hoặc báo cáo được công khai.',
  fieldYear: 'Năm của thông tin',
  fieldYearHint: 'Năm mà thông tin nói đến (dự toán năm 2027 có thể công khai vào tháng 12/2026).',
  fieldIssuingBody: 'Cơ quan ban hành',
  fieldSummaryVi: 'Tóm tắt tiếng Việt',
  fieldSummaryEn: 'Tóm tắt tiếng Anh',
  fieldFiles: 'Tệp đính kèm',
  fieldFilesHint: 'Tệp PDF hoặc XLSX, tối đa 10 tệp, mỗi tệp đến 20 MB.',
  fileWrongType: '“{name}” không phải tệp PDF hoặc XLSX.',
  fileTooLarge: '“{name}” lớn hơn 20 MB.',
  tooManyFiles: 'Tối đa 10 tệp.',
  removeFile: 'Bỏ tệp “{name}”',
  uploadingFile: 'Đang tải lên “{name}”…',
  uploadedFile: 'Đã tải lên “{name}”.',
  save: 'Lưu bản nháp',
  saving: 'Đang lưu…',
  saved: 'Đã lưu “{title}”.',
  conflictTitle: 'Thông tin này đã được người khác sửa',
  conflictDetail:
    'Nội dung bạn đã nhập vẫn còn trên trang. Hãy sao chép phần cần giữ, rồi tải lại bản mới nhất.',
  reload: 'Tải lại',
  detailFacts: 'Thông tin chung',
  metaCollection: 'Nhóm thông tin',
  metaDate: 'Ngày ban hành',
  metaYear: 'Năm',
  metaIssuingBody: 'Cơ quan ban hành',
  metaStatus: 'Trạng thái',
  metaUpdatedBy: 'Người sửa gần nhất',
  metaPublishedAt: 'Công khai lúc',
  summaryVi: 'Tóm tắt tiếng Việt',
  summaryEn: 'Tóm tắt tiếng Anh',
  filesTitle: 'Tệp đính kèm',
  openFile: 'Tải “{name}”',
  edit: 'Sửa bản nháp',
  editPublishedNote:
    'Thông tin đã công khai không sửa trực tiếp: Giám đốc gỡ, biên tập viên sửa rồi trình lại.',
  publicPage: 'Xem trang công khai',
  decisionTitle: 'Quyết định',
  ownChangeNote: 'Bạn là người sửa thông tin này gần nhất nên không thể tự công khai (nguyên tắc bốn mắt).',
  publish: 'Công khai',
  withdraw: 'Gỡ khỏi cổng',
  noteLabel: 'Ghi chú',
  noteHint: 'Không bắt buộc; ghi vào lịch sử.',
  published: 'Đã công khai “{title}”. Các trang công khai đang được cập nhật.',
  withdrawn: 'Đã gỡ “{title}” khỏi cổng.',
  decisionConflict: 'Thông tin này vừa thay đổi',
  action_create: 'Tạo',
  action_update: 'Sửa',
  action_publish: 'Công khai',
  action_withdraw: 'Gỡ',
};

type DisclosureKey = keyof typeof vi;

const en: Record<DisclosureKey, string> = {
  listTitle: 'Disclosures',
  listIntro:
    'What the province must disclose under the Law on Access to Information 2016 (Art. 17) and Decree 13/2018/NĐ-CP. Editors prepare drafts with their PDF and XLSX files; the director publishes or withdraws them.',
  newDisclosure: 'Add a disclosure',
  filters: 'Filter the disclosures',
  filterCollection: 'Collection',
  filterYear: 'Year',
  filterStatus: 'Status',
  applyFilters: 'Filter',
  clearFilters: 'Clear filters',
  listEmpty: 'No disclosures.',
  count: '{count} records',
  colTitle: 'Title',
  colCollection: 'Collection',
  colYear: 'Year',
  colDate: 'Date',
  colStatus: 'Status',
  formNewTitle: 'Add a disclosure',
  formEditTitle: 'Edit the disclosure',
  fieldTitleVi: 'Vietnamese title',
  fieldTitleEn: 'English title',
  fieldCollection: 'Collection',
  chooseCollection: '— Choose a collection —',
  fieldDate: 'Date issued',
  fieldDateHint: 'The day of the decision or report disclosed.',
  fieldYear: 'Year of the information',
  fieldYearHint: 'The year the information is about (a 2027 estimate may be disclosed in December 2026).',
  fieldIssuingBody: 'Issuing body',
  fieldSummaryVi: 'Vietnamese summary',
  fieldSummaryEn: 'English summary',
  fieldFiles: 'Attached files',
  fieldFilesHint: 'PDF or XLSX files, at most 10, each up to 20 MB.',
  fileWrongType: '“{name}” is not a PDF or XLSX file.',
  fileTooLarge: '“{name}” is larger than 20 MB.',
  tooManyFiles: 'At most 10 files.',
  removeFile: 'Remove “{name}”',
  uploadingFile: 'Uploading “{name}”…',
  uploadedFile: 'Uploaded “{name}”.',
  save: 'Save draft',
  saving: 'Saving…',
  saved: 'Saved “{title}”.',
  conflictTitle: 'Someone else has changed this record',
  conflictDetail:
    'What you typed is still on the page. Copy what you want to keep, then reload the latest version.',
  reload: 'Reload',
  detailFacts: 'Details',
  metaCollection: 'Collection',
  metaDate: 'Date issued',
  metaYear: 'Year',
  metaIssuingBody: 'Issuing body',
  metaStatus: 'Status',
  metaUpdatedBy: 'Last changed by',
  metaPublishedAt: 'Published at',
  summaryVi: 'Vietnamese summary',
  summaryEn: 'English summary',
  filesTitle: 'Attached files',
  openFile: 'Download “{name}”',
  edit: 'Edit the draft',
  editPublishedNote:
    'A published record is not edited in place: the director withdraws it, an editor corrects it, and it is published again.',
  publicPage: 'See the public page',
  decisionTitle: 'Decision',
  ownChangeNote: 'You changed this record last, so you cannot publish it yourself (four eyes).',
  publish: 'Publish',
  withdraw: 'Withdraw from the portal',
  noteLabel: 'Note',
  noteHint: 'Optional; kept in the history.',
  published: 'Published “{title}”. The public pages are being updated.',
  withdrawn: 'Withdrew “{title}” from the portal.',
  decisionConflict: 'This record has just changed',
  action_create: 'Created',
  action_update: 'Edited',
  action_publish: 'Published',
  action_withdraw: 'Withdrawn',
};

const dictionaries: Record<Lang, Record<DisclosureKey, string>> = { vi, en };

export function useDisclosureWords() {
  const { lang } = useI18n();
  return useMemo(() => {
    const w = translatorOf(dictionaries[lang]);
    return {
      lang,
      w,
      action: actionWordsOf(dictionaries[lang], w),
      status: (status: DisclosureStatus) => disclosureStatusLabels[status][lang],
      collection: (collection: DisclosureCollection) => disclosureCollections[collection][lang],
    };
  }, [lang]);
}

/** How each status shows in a badge. */
export const statusTone: Record<DisclosureStatus, BadgeTone> = {
  draft: 'neutral',
  published: 'done',
  withdrawn: 'withdrawn',
};
