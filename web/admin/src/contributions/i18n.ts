import { useMemo } from 'preact/hooks';
import { type ContributionStatus, contributionStatusLabels } from '#shared/domain/contribution.ts';
import type { BadgeTone } from '../components/status-badge.tsx';
import { useI18n } from '../context.ts';
import { actionWordsOf, type Lang, translatorOf } from '../i18n.ts';

/**
 * The contribution screens' words, in their chunk. Same rules as src/i18n.ts: `en` has exactly the keys of
 * `vi`. The statuses' names are the domain's (shared/domain/contribution.ts).
 */
const vi = {
  listTitle: 'Tin bài từ các cơ quan',
  ownListTitle: 'Tin bài đã gửi',
  listIntro:
    'Tin, bài và thông báo các sở, ngành, địa phương gửi Cổng. Biên tập viên của chuyên mục tiếp nhận vào biên tập hoặc trả lời không sử dụng, kèm lý do.',
  ownListIntro:
    'Tin, bài cơ quan đã gửi Cổng và kết quả xử lý: đã tiếp nhận, đang biên tập, đã đăng (kèm đường dẫn) hoặc không sử dụng (kèm lý do).',
  send: 'Gửi tin bài',
  filters: 'Lọc tin bài',
  filterStatus: 'Trạng thái',
  applyFilters: 'Lọc',
  clearFilters: 'Bỏ lọc',
  listEmpty: 'Chưa có tin bài nào.',
  count: '{count} tin bài',
  colTitle: 'Tiêu đề',
  colAgency: 'Cơ quan',
  colCategory: 'Chuyên mục',
  colReceived: 'Ngày tiếp nhận',
  colStatus: 'Trạng thái',
  colOutcome: 'Kết quả',
  publicLink: 'Xem bài đã đăng',
  publicLinkOf: 'Xem bài đã đăng “{title}”',
  formTitle: 'Gửi tin bài',
  formIntro:
    'Soạn tin, bài hoặc thông báo đề nghị đăng trên Cổng. Ban Biên tập sẽ tiếp nhận, biên tập và ghi nguồn là cơ quan của bạn.',
  fieldTitle: 'Tiêu đề',
  fieldSummary: 'Tóm tắt',
  fieldSummaryHint: 'Một đến hai câu giới thiệu nội dung (ít nhất 10 ký tự).',
  fieldBody: 'Nội dung',
  fieldCategory: 'Chuyên mục đề nghị',
  chooseCategory: '— Chọn chuyên mục —',
  fieldLanguage: 'Ngôn ngữ',
  langVi: 'Tiếng Việt',
  langEn: 'Tiếng Anh',
  sendButton: 'Gửi đến Cổng',
  sending: 'Đang gửi…',
  sent: 'Đã gửi “{title}”. Cổng đã tiếp nhận.',
  noAgency: 'Tài khoản này chưa gắn với cơ quan nào nên không gửi được tin bài.',
  conflictTitle: 'Tin bài này đã được người khác xử lý',
  conflictDetail: 'Hãy tải lại để xem trạng thái mới nhất.',
  reload: 'Tải lại',
  detailFacts: 'Thông tin tiếp nhận',
  metaAgency: 'Cơ quan gửi',
  metaSentBy: 'Người gửi',
  metaReceived: 'Tiếp nhận lúc',
  metaCategory: 'Chuyên mục đề nghị',
  metaLanguage: 'Ngôn ngữ',
  metaStatus: 'Trạng thái',
  metaTakenBy: 'Biên tập viên tiếp nhận',
  metaPublished: 'Đăng lúc',
  metaDeclined: 'Trả lời lúc',
  metaReason: 'Lý do không sử dụng',
  metaArticle: 'Bài viết',
  openArticle: 'Mở bài viết trong biên tập',
  contentTitle: 'Nội dung gửi',
  decisionTitle: 'Xử lý',
  take: 'Tiếp nhận vào biên tập',
  taken: 'Đã tạo bản nháp bài viết từ “{title}”.',
  decline: 'Không sử dụng',
  declined: 'Đã trả lời không sử dụng “{title}”.',
  reasonLabel: 'Lý do không sử dụng',
  reasonHint: 'Cơ quan gửi sẽ đọc lý do này.',
  reasonRequired: 'Hãy ghi lý do (ít nhất 3 ký tự).',
  outsideArea:
    'Tin bài thuộc chuyên mục hoặc ngôn ngữ ngoài phạm vi biên tập được phân công cho bạn: bạn chỉ được xem.',
  action_send: 'Gửi',
  action_take: 'Tiếp nhận vào biên tập',
  action_decline: 'Không sử dụng',
  action_publish: 'Đăng',
};
type ContributionKey = keyof typeof vi;

const en: Record<ContributionKey, string> = {
  listTitle: 'Contributions from agencies',
  ownListTitle: 'Items sent',
  listIntro:
    'News, articles and announcements the departments, sectors and localities send to the portal. An editor of the category takes each into editing or declines it, with the reason.',
  ownListIntro:
    'What your agency sent to the portal and what became of it: received, being edited, published (with the link) or declined (with the reason).',
  send: 'Send an item',
  filters: 'Filter items',
  filterStatus: 'Status',
  applyFilters: 'Filter',
  clearFilters: 'Clear filters',
  listEmpty: 'No items yet.',
  count: '{count} items',
  colTitle: 'Title',
  colAgency: 'Agency',
  colCategory: 'Category',
  colReceived: 'Received',
  colStatus: 'Status',
  colOutcome: 'Outcome',
  publicLink: 'View the published article',
  publicLinkOf: 'View the published article “{title}”',
  formTitle: 'Send an item',
  formIntro:
    'Write news, an article or an announcement you propose for the portal. The editorial office takes it in, edits it and credits your agency as its source.',
  fieldTitle: 'Title',
  fieldSummary: 'Summary',
  fieldSummaryHint: 'One or two sentences introducing it (at least 10 characters).',
  fieldBody: 'Content',
  fieldCategory: 'Proposed category',
  chooseCategory: '— Choose a category —',
  fieldLanguage: 'Language',
  langVi: 'Vietnamese',
  langEn: 'English',
  sendButton: 'Send to the portal',
  sending: 'Sending…',
  sent: 'Sent “{title}”. The portal received it.',
  noAgency: 'This account belongs to no agency, so it cannot send items.',
  conflictTitle: 'Someone else has handled this item',
  conflictDetail: 'Reload to see its latest state.',
  reload: 'Reload',
  detailFacts: 'Receipt',
  metaAgency: 'Sent by agency',
  metaSentBy: 'Sender',
  metaReceived: 'Received at',
  metaCategory: 'Proposed category',
  metaLanguage: 'Language',
  metaStatus: 'Status',
  metaTakenBy: 'Taken by',
  metaPublished: 'Published at',
  metaDeclined: 'Answered at',
  metaReason: 'Reason for declining',
  metaArticle: 'Article',
  openArticle: 'Open the article in editing',
  contentTitle: 'What was sent',
  decisionTitle: 'Handling',
  take: 'Take into editing',
  taken: 'An article draft was created from “{title}”.',
  decline: 'Decline',
  declined: 'Declined “{title}”.',
  reasonLabel: 'Reason for declining',
  reasonHint: 'The agency that sent it reads this reason.',
  reasonRequired: 'Give a reason (at least 3 characters).',
  outsideArea:
    'This item is in a category or language outside the area you are assigned to edit: you may only read it.',
  action_send: 'Sent',
  action_take: 'Taken into editing',
  action_decline: 'Declined',
  action_publish: 'Published',
};

const dictionaries: Record<Lang, Record<ContributionKey, string>> = { vi, en };

export function useContributionWords() {
  const { lang } = useI18n();
  return useMemo(() => {
    const w = translatorOf(dictionaries[lang]);
    return {
      lang,
      w,
      action: actionWordsOf(dictionaries[lang], w),
      status: (status: ContributionStatus) => contributionStatusLabels[status][lang],
    };
  }, [lang]);
}

/** How each status shows in a badge. */
export const statusTone: Record<ContributionStatus, BadgeTone> = {
  received: 'waiting',
  editing: 'planned',
  published: 'done',
  declined: 'closed',
};
