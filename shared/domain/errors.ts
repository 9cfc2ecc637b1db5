/**
 * Errors a person can act on. Each has a stable `type` (the problem+json type URI's last segment),
 * a Vietnamese and an English title, and an HTTP status. Anything else that is thrown is a bug and
 * reaches clients only as a generic 500.
 *
 * Every kind of refusal is its own class, so code that must react to one (retry on a moved counter, treat
 * an already-taken step as done) tests `instanceof`, never a message or a status code.
 */
export type FieldError = { path: string; messageVi: string; messageEn: string };

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly titleVi: string,
    readonly titleEn: string,
    readonly detail?: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(`${type}: ${titleEn}${detail ? ` — ${detail}` : ''}`);
    this.name = new.target.name;
  }
}

/** The record moved on since the caller read it (optimistic concurrency). Reload and try again. */
export class VersionConflict extends AppError {
  constructor(detail?: string) {
    super(
      409,
      'version-conflict',
      'Nội dung đã được người khác thay đổi; hãy tải lại rồi thử lại',
      'Someone else changed this item; reload and try again',
      detail,
    );
  }
}

/** Another transaction on the same items was in flight at the same moment; trying again succeeds. */
export class ConcurrentChange extends AppError {
  constructor(detail?: string) {
    super(
      409,
      'concurrent-change',
      'Đang có thay đổi khác trên cùng nội dung; hãy thử lại',
      'Another change to the same item was in progress; try again',
      detail,
    );
  }
}

/** A value that must be unique (a document number, an agency name) is held by another record. */
export class DuplicateValue extends AppError {
  /** `fieldErrors` place the refusal on the form field that holds the value. */
  constructor(what: string, fieldErrors: FieldError[] = []) {
    super(409, 'duplicate', 'Giá trị này đã tồn tại', 'This value already exists', what, fieldErrors);
  }
}

/** A slug is held by another article: the caller tries the next candidate. */
export class SlugTaken extends AppError {
  constructor(slug: string) {
    super(409, 'slug-taken', 'Đường dẫn đã được dùng', 'This slug is taken', slug);
  }
}

/** A full rebuild is already running (decision 141): the administrator follows that one. */
export class RebuildRunning extends AppError {
  constructor(readonly rebuildId: string) {
    super(
      409,
      'rebuild-running',
      'Trang đang được dựng lại; hãy chờ lần này xong',
      'The site is being rebuilt; wait for this rebuild to end',
      rebuildId,
    );
  }
}

/** A counter (a listing ordinal, an issue number) was advanced by someone else: read it again. */
export class CounterMoved extends AppError {
  constructor(detail: string) {
    super(
      409,
      'counter-moved',
      'Số thứ tự vừa được cấp cho nội dung khác; hãy thử lại',
      'The number was just given to something else; try again',
      detail,
    );
  }
}

/** The step a decision answers was taken by another decision (a double click, two officers at once). */
export class AlreadyDecided extends AppError {
  constructor(detail?: string) {
    super(
      409,
      'already-decided',
      'Việc này đã được người khác xử lý; hãy tải lại để xem kết quả',
      'This was decided already; reload to see the outcome',
      detail,
    );
  }
}

/** The action is not possible from the record's current state. */
export class InvalidTransition extends AppError {
  constructor(from: string, action: string) {
    super(
      409,
      'invalid-transition',
      'Không thể thực hiện thao tác ở trạng thái hiện tại',
      'This action is not possible in the current state',
      `${action} from ${from}`,
    );
  }
}

/** A file of the write-once archive exists with other bytes; published files are never overwritten. */
export class ArchiveOverwriteRefused extends AppError {
  constructor(key: string) {
    super(
      409,
      'archive-write-once',
      'Tệp đã phát hành không được ghi đè',
      'A published file is never overwritten',
      key,
    );
  }
}

/** The workflow engine did not take a decision; the decision was undone, so the person can try again. */
export class WorkflowUnavailable extends AppError {
  constructor(detail?: string) {
    super(
      503,
      'workflow-unavailable',
      'Quy trình chưa tiếp nhận được quyết định; vui lòng tải lại và thử lại',
      'The workflow could not take the decision just now; reload and try again',
      detail,
    );
  }
}

/** The account was disabled by an administrator: its tokens are refused, even those not yet expired. */
export class AccountDisabled extends AppError {
  constructor(detail?: string) {
    super(
      401,
      'account-disabled',
      'Tài khoản đã bị khóa; hãy liên hệ quản trị hệ thống',
      'This account is disabled; contact the system administrator',
      detail,
    );
  }
}

/**
 * An editor changed (created, saved, submitted) an article outside the news categories or languages the
 * administrator assigned them (docs/decisions.md 166). They may still read it.
 */
export class OutsideEditorArea extends AppError {
  constructor(detail?: string) {
    super(
      403,
      'outside-editor-area',
      'Bài viết thuộc chuyên mục hoặc ngôn ngữ ngoài phạm vi biên tập được phân công; chỉ được xem',
      'This article is outside the categories or languages you are assigned to edit; you may only read it',
      detail,
    );
  }
}

export const errors = {
  validation: (fieldErrors: FieldError[], detail?: string) =>
    new AppError(
      400,
      'validation-failed',
      'Dữ liệu gửi lên chưa hợp lệ',
      'The submitted data is not valid',
      detail,
      fieldErrors,
    ),
  /** One field's error, in both languages. */
  field: (path: string, messageVi: string, messageEn: string) =>
    errors.validation([{ path, messageVi, messageEn }]),
  badRequest: (titleVi: string, titleEn: string, detail?: string) =>
    new AppError(400, 'bad-request', titleVi, titleEn, detail),
  unauthenticated: (detail?: string) =>
    new AppError(401, 'unauthenticated', 'Cần đăng nhập', 'Authentication is required', detail),
  forbidden: (detail?: string) =>
    new AppError(403, 'forbidden', 'Không có quyền thực hiện thao tác này', 'You may not do this', detail),
  notFound: (what: string) =>
    new AppError(
      404,
      'not-found',
      'Không tìm thấy nội dung yêu cầu',
      'The requested item was not found',
      what,
    ),
  conflict: (detail?: string) => new VersionConflict(detail),
  duplicate: (what: string) => new DuplicateValue(what),
  invalidTransition: (from: string, action: string) => new InvalidTransition(from, action),
  payloadTooLarge: (detail: string) =>
    new AppError(413, 'payload-too-large', 'Tệp quá lớn', 'The file is too large', detail),
  unsupportedMediaType: (detail: string) =>
    new AppError(
      415,
      'unsupported-media-type',
      'Loại tệp không được chấp nhận',
      'This file type is not accepted',
      detail,
    ),
};

/** The comment period of a consultation is over, or has not begun: the comment is not taken. */
export class CommentPeriodClosed extends AppError {
  constructor(detail?: string) {
    super(
      409,
      'comment-period-closed',
      'Đã hết thời gian lấy ý kiến đối với dự thảo này; góp ý không được tiếp nhận',
      'The comment period for this draft is over; the comment was not accepted',
      detail,
    );
  }
}

/** The comment period has not begun yet. */
export class CommentPeriodNotOpen extends AppError {
  constructor(detail?: string) {
    super(
      409,
      'comment-period-not-open',
      'Dự thảo chưa đến thời gian lấy ý kiến',
      'The comment period for this draft has not begun',
      detail,
    );
  }
}
