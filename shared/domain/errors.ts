/**
 * Errors a person can act on. Each has a stable `type` (the problem+json type URI's last segment),
 * a Vietnamese and an English title, and an HTTP status. Anything else that is thrown is a bug and
 * reaches clients only as a generic 500.
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
    this.name = 'AppError';
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
  conflict: (detail?: string) =>
    new AppError(
      409,
      'version-conflict',
      'Nội dung đã được người khác thay đổi; hãy tải lại rồi thử lại',
      'Someone else changed this item; reload and try again',
      detail,
    ),
  duplicate: (what: string) =>
    new AppError(409, 'duplicate', 'Giá trị này đã tồn tại', 'This value already exists', what),
  invalidTransition: (from: string, action: string) =>
    new AppError(
      409,
      'invalid-transition',
      'Không thể thực hiện thao tác ở trạng thái hiện tại',
      'This action is not possible in the current state',
      `${action} from ${from}`,
    ),
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
