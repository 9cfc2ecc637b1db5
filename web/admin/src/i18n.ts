import type { ArticleStatus } from '#shared/domain/article.ts';

/**
 * The admin's two languages. Vietnamese is the default (the portal's staff work in it); English is a switch
 * away and remembered in localStorage. Every visible string lives here, so the two can't drift apart:
 * `en` must have exactly the keys of `vi` (the type says so).
 */
export type Lang = 'vi' | 'en';

const vi = {
  appName: 'Quản trị Cổng Thông tin điện tử tỉnh Quảng Trị',
  appShortName: 'Quản trị Cổng TTĐT Quảng Trị',
  skipToMain: 'Bỏ qua, đến nội dung chính',
  mainNav: 'Điều hướng chính',
  navArticles: 'Bài viết',
  navReview: 'Chờ duyệt',
  navAgencyDocuments: 'Văn bản của cơ quan',
  navSubmitDocument: 'Gửi văn bản',
  navGazetteReview: 'Hàng chờ rà soát',
  navGazetteCompose: 'Soạn số Công báo',
  navGazetteIssues: 'Số Công báo',
  // Not "… chờ duyệt": a link named so would also answer to the articles' "Chờ duyệt".
  navGazetteApprovals: 'Duyệt số Công báo',
  navGazetteDistribution: 'Cấp phát miễn phí',
  navFeedbackQueue: 'Phản ánh, kiến nghị',
  navFeedbackInbox: 'Phản ánh được chuyển đến',
  navFeedbackApprovals: 'Duyệt trả lời phản ánh',
  navFeedbackTopics: 'Lĩnh vực phản ánh',
  navCategories: 'Chuyên mục',
  navAgencies: 'Cơ quan, đơn vị',
  navRatings: 'Đánh giá trang',
  navFeedbackCalendar: 'Lịch nghỉ lễ',
  navConsultations: 'Lấy ý kiến dự thảo',
  navDialogues: 'Đối thoại trực tuyến',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch the interface to English',
  signedInAs: 'Đang đăng nhập',
  logout: 'Đăng xuất',
  loading: 'Đang tải…',
  retry: 'Thử lại',
  cancel: 'Hủy',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundBody: 'Địa chỉ này không có trong trang quản trị.',
  backToArticles: 'Về danh sách bài viết',
  forbiddenTitle: 'Không có quyền truy cập',
  forbiddenBody: 'Tài khoản của bạn không có quyền xem trang này.',
  networkError: 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.',
  unexpectedResponse: 'Máy chủ trả lời không đúng định dạng mong đợi.',
  genericError: 'Đã có lỗi xảy ra',
  errorSummaryTitle: 'Có lỗi cần sửa',
  reload: 'Tải lại',
  autoRefreshing: 'Đang cập nhật trạng thái…',
  autoRefreshStopped: 'Trạng thái chưa thay đổi. Bấm “Tải lại” để xem lại.',

  // Login
  loginTitle: 'Đăng nhập',
  loginIntro: 'Đăng nhập bằng tài khoản được cấp để quản trị nội dung Cổng thông tin.',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  loginButton: 'Đăng nhập',
  loginCognitoButton: 'Đăng nhập',
  loginCognitoIntro: 'Bạn sẽ được chuyển đến trang đăng nhập của hệ thống xác thực.',
  loggingIn: 'Đang đăng nhập…',
  loginRequired: 'Vui lòng nhập tên đăng nhập và mật khẩu.',
  loginWrong: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  sessionExpired: 'Phiên đăng nhập đã hết hạn hoặc không còn hợp lệ. Vui lòng đăng nhập lại.',
  loggedOut: 'Bạn đã đăng xuất.',
  configError: 'Không đọc được cấu hình đăng nhập (/admin/config.json).',
  callbackError: 'Không hoàn tất được đăng nhập. Vui lòng thử lại.',
  noPortalRole: 'Tài khoản này chưa được gán vai trò nào trong Cổng.',

  // Article list
  articlesTitle: 'Bài viết',
  newArticle: 'Viết bài mới',
  filters: 'Lọc bài viết',
  filterStatus: 'Trạng thái',
  filterCategory: 'Chuyên mục',
  filterLanguage: 'Ngôn ngữ',
  filterMine: 'Chỉ bài của tôi',
  filterAll: 'Tất cả',
  applyFilters: 'Lọc',
  clearFilters: 'Bỏ lọc',
  colTitle: 'Tiêu đề',
  colCategory: 'Chuyên mục',
  colLanguage: 'Ngôn ngữ',
  colStatus: 'Trạng thái',
  colAuthor: 'Tác giả',
  colUpdated: 'Cập nhật',
  loadMore: 'Tải thêm',
  noArticles: 'Không có bài viết nào phù hợp.',
  articleCount: 'Đang hiển thị {n} bài viết',
  langVi: 'Tiếng Việt',
  langEn: 'Tiếng Anh',
  untitled: '(chưa có tiêu đề)',

  // Editor
  editorNewTitle: 'Viết bài mới',
  editorEditTitle: 'Sửa bài viết',
  fieldTitle: 'Tiêu đề',
  fieldSummary: 'Tóm tắt',
  fieldSummaryHint: 'Từ 10 đến 600 ký tự; hiện dưới tiêu đề và trong danh sách tin.',
  fieldBody: 'Nội dung',
  fieldCategory: 'Chuyên mục',
  chooseCategory: '— Chọn chuyên mục —',
  fieldTags: 'Từ khóa',
  fieldTagsHint: 'Cách nhau bằng dấu phẩy, ví dụ: nông nghiệp, Gio Linh',
  fieldLanguage: 'Ngôn ngữ bài viết',
  fieldTranslationOf: 'Bản dịch của bài (mã bài viết)',
  fieldTranslationOfHint: 'Không bắt buộc. Mã (UUID) của bài viết cùng nội dung bằng ngôn ngữ kia.',
  fieldCover: 'Ảnh đại diện',
  fieldCoverFile: 'Chọn ảnh đại diện',
  fieldCoverAlt: 'Mô tả ảnh (văn bản thay thế)',
  fieldCoverAltHint: 'Mô tả nội dung ảnh cho người không xem được ảnh.',
  removeCover: 'Bỏ ảnh đại diện',
  uploading: 'Đang tải ảnh lên…',
  uploadDone: 'Đã tải ảnh lên.',
  uploadFailed: 'Không gửi được ảnh lên kho lưu trữ. Vui lòng thử lại.',
  saveDraft: 'Lưu nháp',
  submitForReview: 'Gửi duyệt',
  saving: 'Đang lưu…',
  saved: 'Đã lưu phiên bản {n}.',
  submitted: 'Đã gửi duyệt.',
  conflict: 'Bài viết đã được người khác sửa — tải lại',
  conflictDetail:
    'Nội dung bạn đang nhập vẫn còn trên trang. Sao chép phần cần giữ, rồi tải lại bản mới nhất để sửa tiếp.',
  reloadLatest: 'Tải lại bản mới nhất',
  restoredUnsaved: 'Đã khôi phục nội dung chưa lưu từ lần làm việc trước.',
  discardRestored: 'Bỏ nội dung khôi phục',
  currentStatus: 'Trạng thái hiện tại',
  versionLabel: 'Phiên bản',
  viewDetail: 'Xem chi tiết và lịch sử',
  articleNotEditable: 'Bài viết đã lưu trữ, không sửa được nữa.',

  // Rich text toolbar
  toolbar: 'Định dạng văn bản',
  heading2: 'Tiêu đề mục',
  heading3: 'Tiêu đề mục nhỏ',
  bold: 'Đậm',
  italic: 'Nghiêng',
  bulletList: 'Danh sách chấm',
  orderedList: 'Danh sách số',
  blockquote: 'Trích dẫn',
  link: 'Liên kết',
  unlink: 'Bỏ liên kết',
  linkUrl: 'Địa chỉ liên kết',
  applyLink: 'Gắn liên kết',
  insertImage: 'Chèn ảnh',
  imageFile: 'Tệp ảnh chèn vào bài',
  imageAlt: 'Mô tả ảnh chèn vào bài',
  insertImageConfirm: 'Tải lên và chèn',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  editorLoading: 'Đang tải trình soạn thảo…',

  // Review
  reviewQueueTitle: 'Bài chờ duyệt',
  reviewQueueEmpty: 'Không có bài nào đang chờ duyệt.',
  submittedAt: 'Gửi lúc',
  openReview: 'Xem và duyệt',
  reviewTitle: 'Duyệt bài',
  preview: 'Xem trước bài viết',
  approveNow: 'Duyệt và đăng ngay',
  schedule: 'Hẹn giờ đăng',
  scheduleAt: 'Thời điểm đăng (giờ Việt Nam, UTC+7)',
  scheduleRequired: 'Chọn ngày giờ đăng.',
  schedulePast: 'Thời điểm đăng phải ở tương lai.',
  returnArticle: 'Trả lại',
  returnNote: 'Lý do trả lại',
  returnNoteHint: 'Bắt buộc, ít nhất 3 ký tự; biên tập viên sẽ thấy ghi chú này.',
  returnNoteRequired: 'Nhập lý do trả lại (ít nhất 3 ký tự).',
  approved: 'Đã duyệt và đăng bài.',
  scheduled: 'Đã hẹn giờ đăng lúc {at}.',
  returned: 'Đã trả lại bài cho biên tập viên.',
  ownArticle: 'Bạn là tác giả của bài này nên không thể tự duyệt. Một lãnh đạo khác sẽ duyệt.',
  notDirector: 'Chỉ lãnh đạo Cổng mới duyệt bài.',
  notInReview: 'Bài này không còn ở trạng thái chờ duyệt.',
  decision: 'Quyết định',

  // Detail
  detailTitle: 'Chi tiết bài viết',
  edit: 'Sửa bài',
  goReview: 'Mở trang duyệt',
  history: 'Lịch sử',
  historyEmpty: 'Chưa có thay đổi nào.',
  colWho: 'Người thực hiện',
  colWhen: 'Thời điểm',
  colAction: 'Thao tác',
  colTransition: 'Trạng thái',
  colNote: 'Ghi chú',
  revisions: 'Các phiên bản',
  colRevision: 'Phiên bản',
  colSavedBy: 'Người lưu',
  colSavedAt: 'Lưu lúc',
  previewRevision: 'Xem trước phiên bản {n}',
  publishedMark: 'đang đăng',
  latestMark: 'mới nhất',
  unpublish: 'Gỡ bài',
  archive: 'Lưu trữ',
  confirmUnpublish: 'Xác nhận gỡ bài khỏi Cổng',
  confirmArchive: 'Xác nhận lưu trữ bài',
  unpublished: 'Đã gỡ bài.',
  archived: 'Đã lưu trữ bài.',
  reviewNote: 'Ghi chú khi trả lại',
  author: 'Tác giả',
  createdAt: 'Tạo lúc',
  publishedAt: 'Đăng lúc',
  scheduledAt: 'Hẹn đăng lúc',
  slug: 'Đường dẫn',
  directorActions: 'Thao tác của lãnh đạo',

  status_draft: 'Nháp',
  status_in_review: 'Chờ duyệt',
  status_returned: 'Bị trả lại',
  status_scheduled: 'Đã lên lịch',
  status_published: 'Đã đăng',
  status_unpublished: 'Đã gỡ',
  status_archived: 'Lưu trữ',

  action_create: 'Tạo bài',
  action_created: 'Tạo bài',
  action_save: 'Lưu phiên bản mới',
  action_update: 'Lưu phiên bản mới',
  action_updated: 'Lưu phiên bản mới',
  action_submit: 'Gửi duyệt',
  action_submitted: 'Gửi duyệt',
  action_approve: 'Duyệt',
  action_approved: 'Duyệt',
  action_schedule: 'Hẹn giờ đăng',
  action_scheduled: 'Hẹn giờ đăng',
  action_publish: 'Đăng bài',
  action_published: 'Đăng bài',
  action_return: 'Trả lại',
  action_returned: 'Trả lại',
  action_unpublish: 'Gỡ bài',
  action_unpublished: 'Gỡ bài',
  action_archive: 'Lưu trữ',
  action_archived: 'Lưu trữ',
};

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  appName: 'Quang Tri Provincial Electronic Portal — administration',
  appShortName: 'Quang Tri Portal admin',
  skipToMain: 'Skip to main content',
  mainNav: 'Main navigation',
  navArticles: 'Articles',
  navReview: 'Review queue',
  navAgencyDocuments: 'Our documents',
  navSubmitDocument: 'Submit a document',
  navGazetteReview: 'Documents to review',
  navGazetteCompose: 'Compose an issue',
  navGazetteIssues: 'Gazette issues',
  navGazetteApprovals: 'Approve gazette issues',
  navGazetteDistribution: 'Free distribution',
  navFeedbackQueue: 'Citizens’ feedback',
  navFeedbackInbox: 'Feedback for our agency',
  navFeedbackApprovals: 'Approve feedback answers',
  navFeedbackTopics: 'Feedback subjects',
  navCategories: 'Categories',
  navAgencies: 'Agencies',
  navRatings: 'Page ratings',
  navFeedbackCalendar: 'Holiday calendar',
  navConsultations: 'Comment on drafts',
  navDialogues: 'Online dialogues',
  switchLanguage: 'Tiếng Việt',
  switchLanguageLabel: 'Chuyển giao diện sang tiếng Việt',
  signedInAs: 'Signed in as',
  logout: 'Sign out',
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  notFoundTitle: 'Page not found',
  notFoundBody: 'This address is not part of the administration pages.',
  backToArticles: 'Back to the articles',
  forbiddenTitle: 'Access denied',
  forbiddenBody: 'Your account may not see this page.',
  networkError: 'Could not reach the server. Check the network and try again.',
  unexpectedResponse: 'The server answered in an unexpected format.',
  genericError: 'Something went wrong',
  errorSummaryTitle: 'There is a problem',
  reload: 'Reload',
  autoRefreshing: 'Updating the status…',
  autoRefreshStopped: 'The status has not changed yet. Use “Reload” to check again.',

  loginTitle: 'Sign in',
  loginIntro: 'Sign in with the account you were given to manage the portal’s content.',
  username: 'Username',
  password: 'Password',
  loginButton: 'Sign in',
  loginCognitoButton: 'Sign in',
  loginCognitoIntro: 'You will be taken to the sign-in page of the identity service.',
  loggingIn: 'Signing in…',
  loginRequired: 'Enter your username and password.',
  loginWrong: 'The username or password is not right.',
  sessionExpired: 'Your session has expired or is no longer valid. Please sign in again.',
  loggedOut: 'You have signed out.',
  configError: 'Could not read the sign-in configuration (/admin/config.json).',
  callbackError: 'Sign-in could not be completed. Please try again.',
  noPortalRole: 'This account has no role in the portal yet.',

  articlesTitle: 'Articles',
  newArticle: 'Write a new article',
  filters: 'Filter articles',
  filterStatus: 'Status',
  filterCategory: 'Category',
  filterLanguage: 'Language',
  filterMine: 'Only my articles',
  filterAll: 'All',
  applyFilters: 'Filter',
  clearFilters: 'Clear filters',
  colTitle: 'Title',
  colCategory: 'Category',
  colLanguage: 'Language',
  colStatus: 'Status',
  colAuthor: 'Author',
  colUpdated: 'Updated',
  loadMore: 'Load more',
  noArticles: 'No articles match.',
  articleCount: 'Showing {n} articles',
  langVi: 'Vietnamese',
  langEn: 'English',
  untitled: '(untitled)',

  editorNewTitle: 'Write a new article',
  editorEditTitle: 'Edit article',
  fieldTitle: 'Title',
  fieldSummary: 'Summary',
  fieldSummaryHint: '10 to 600 characters; shown under the title and in news listings.',
  fieldBody: 'Body',
  fieldCategory: 'Category',
  chooseCategory: '— Choose a category —',
  fieldTags: 'Tags',
  fieldTagsHint: 'Separated by commas, e.g. agriculture, Gio Linh',
  fieldLanguage: 'Article language',
  fieldTranslationOf: 'Translation of (article id)',
  fieldTranslationOfHint: 'Optional. The id (UUID) of the same article in the other language.',
  fieldCover: 'Cover image',
  fieldCoverFile: 'Choose a cover image',
  fieldCoverAlt: 'Image description (alt text)',
  fieldCoverAltHint: 'Describe the image for people who cannot see it.',
  removeCover: 'Remove cover image',
  uploading: 'Uploading the image…',
  uploadDone: 'Image uploaded.',
  uploadFailed: 'The image could not be sent to storage. Please try again.',
  saveDraft: 'Save draft',
  submitForReview: 'Submit for review',
  saving: 'Saving…',
  saved: 'Saved revision {n}.',
  submitted: 'Submitted for review.',
  conflict: 'Someone else has changed this article — reload',
  conflictDetail:
    'What you typed is still on the page. Copy what you want to keep, then reload the latest version and continue.',
  reloadLatest: 'Reload the latest version',
  restoredUnsaved: 'Restored unsaved changes from your previous session.',
  discardRestored: 'Discard restored changes',
  currentStatus: 'Current status',
  versionLabel: 'Version',
  viewDetail: 'Details and history',
  articleNotEditable: 'This article is archived and can no longer be edited.',

  toolbar: 'Formatting',
  heading2: 'Section heading',
  heading3: 'Subsection heading',
  bold: 'Bold',
  italic: 'Italic',
  bulletList: 'Bulleted list',
  orderedList: 'Numbered list',
  blockquote: 'Quote',
  link: 'Link',
  unlink: 'Remove link',
  linkUrl: 'Link address',
  applyLink: 'Apply link',
  insertImage: 'Insert image',
  imageFile: 'Image file to insert in the body',
  imageAlt: 'Description of the inserted image',
  insertImageConfirm: 'Upload and insert',
  undo: 'Undo',
  redo: 'Redo',
  editorLoading: 'Loading the editor…',

  reviewQueueTitle: 'Articles awaiting review',
  reviewQueueEmpty: 'No articles are waiting for review.',
  submittedAt: 'Submitted',
  openReview: 'Open and review',
  reviewTitle: 'Review article',
  preview: 'Article preview',
  approveNow: 'Approve and publish now',
  schedule: 'Schedule publication',
  scheduleAt: 'Publication time (Vietnam time, UTC+7)',
  scheduleRequired: 'Choose the publication date and time.',
  schedulePast: 'The publication time must be in the future.',
  returnArticle: 'Return',
  returnNote: 'Reason for returning',
  returnNoteHint: 'Required, at least 3 characters; the editor will see this note.',
  returnNoteRequired: 'Enter the reason for returning (at least 3 characters).',
  approved: 'Approved and published.',
  scheduled: 'Scheduled for {at}.',
  returned: 'Returned to the editor.',
  ownArticle: 'You wrote this article, so you cannot approve it. Another director will review it.',
  notDirector: 'Only the portal’s directors approve articles.',
  notInReview: 'This article is no longer waiting for review.',
  decision: 'Decision',

  detailTitle: 'Article details',
  edit: 'Edit',
  goReview: 'Open the review page',
  history: 'History',
  historyEmpty: 'No changes yet.',
  colWho: 'By',
  colWhen: 'When',
  colAction: 'Action',
  colTransition: 'Status',
  colNote: 'Note',
  revisions: 'Revisions',
  colRevision: 'Revision',
  colSavedBy: 'Saved by',
  colSavedAt: 'Saved',
  previewRevision: 'Preview revision {n}',
  publishedMark: 'live',
  latestMark: 'latest',
  unpublish: 'Unpublish',
  archive: 'Archive',
  confirmUnpublish: 'Confirm: take the article off the portal',
  confirmArchive: 'Confirm: archive the article',
  unpublished: 'The article was taken down.',
  archived: 'The article was archived.',
  reviewNote: 'Note from the reviewer',
  author: 'Author',
  createdAt: 'Created',
  publishedAt: 'Published',
  scheduledAt: 'Scheduled for',
  slug: 'Path',
  directorActions: 'Director’s actions',

  status_draft: 'Draft',
  status_in_review: 'In review',
  status_returned: 'Returned',
  status_scheduled: 'Scheduled',
  status_published: 'Published',
  status_unpublished: 'Unpublished',
  status_archived: 'Archived',

  action_create: 'Created',
  action_created: 'Created',
  action_save: 'Saved a new revision',
  action_update: 'Saved a new revision',
  action_updated: 'Saved a new revision',
  action_submit: 'Submitted for review',
  action_submitted: 'Submitted for review',
  action_approve: 'Approved',
  action_approved: 'Approved',
  action_schedule: 'Scheduled',
  action_scheduled: 'Scheduled',
  action_publish: 'Published',
  action_published: 'Published',
  action_return: 'Returned',
  action_returned: 'Returned',
  action_unpublish: 'Unpublished',
  action_unpublished: 'Unpublished',
  action_archive: 'Archived',
  action_archived: 'Archived',
};

export const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en };

const STORAGE_KEY = 'qtp-admin:lang';

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A dictionary's lookup, `{name}` placeholders filled from `params` (the main dictionary, a context's own). */
export function translatorOf<Key extends string>(
  dictionary: Record<Key, string>,
): (key: Key, params?: Record<string, string | number>) => string {
  return (key, params) => {
    const message = dictionary[key];
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

export const translator = (lang: Lang): Translate => translatorOf(dictionaries[lang]);

export const statusKey = (status: ArticleStatus): MessageKey => `status_${status}`;

/**
 * A context dictionary's words for the history's actions (its `action_<name>` keys, the audit trail's
 * `name` with every non-letter as `_`); actions it does not know are shown as they are.
 */
export function actionWordsOf<Key extends string>(
  dictionary: Record<Key, string>,
  translate: (key: Key) => string,
): (action: string) => string {
  const isKey = (key: string): key is Key => Object.hasOwn(dictionary, key);
  return (action) => {
    const key = `action_${action.toLowerCase().replace(/[^a-z]/g, '_')}`;
    return isKey(key) ? translate(key) : action;
  };
}

/** A history entry's action in words; actions the dictionary does not know are shown as they are. */
export function actionLabel(t: Translate, action: string): string {
  const key = `action_${action.toLowerCase().replace(/[^a-z]/g, '_')}`;
  return isMessageKey(key) ? t(key) : action;
}

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(vi, key);

/** A status name from the audit trail (a plain string there) in words. */
export function statusLabel(t: Translate, status: string | undefined): string {
  if (!status) return '—';
  const key = `status_${status}`;
  return isMessageKey(key) ? t(key) : status;
}
