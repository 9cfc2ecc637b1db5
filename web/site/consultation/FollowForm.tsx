import type { FieldProblem } from '#shared/domain/problem.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { Checkbox, ErrorSummary, TextInput } from '../feedback/components/FormFields.tsx';

/**
 * The small form "Theo dõi dự thảo này" on a draft's page: an e-mail address and consent, never pre-ticked,
 * with the plain notice of what the address is used for and when it is deleted. A plain form post: it works
 * with JavaScript off. The page it is on carries the form token cookie; the honeypot is hidden.
 */
export type FollowFormModel = {
  slug: string;
  noticeVersion: string;
  retentionDays: number;
  confirmHours: number;
  values?: Record<string, string> | undefined;
  errors?: FieldProblem[] | undefined;
};

export const followFormFields = {
  email: { id: 'cs-follow-email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
  consent: { id: 'cs-follow-consent', label: { vi: 'Đồng ý xử lý dữ liệu cá nhân', en: 'Consent' } },
};

export function FollowForm({ model }: { model: FollowFormModel }) {
  const values = model.values ?? {};
  const errors = model.errors ?? [];
  const errorsFor = (name: string) => errors.filter((error) => error.path.split('.')[0] === name);
  return (
    <section class="cs-follow" id="theo-doi" aria-labelledby="theo-doi-title">
      <h2 id="theo-doi-title">Theo dõi dự thảo này</h2>
      <p>
        Nhận thư khi hết thời gian lấy ý kiến và khi báo cáo tiếp thu, giải trình được công bố.{' '}
        <span lang="en">Get an e-mail when the comment period closes and when the report is published.</span>
      </p>
      <ErrorSummary errors={errors} fields={followFormFields} />
      <form method="post" action={consultationPaths.followApi(model.slug)} novalidate>
        <input type="hidden" name="consentNoticeVersion" value={model.noticeVersion} />
        <TextInput
          id={followFormFields.email.id}
          name="email"
          type="email"
          label="Thư điện tử"
          autocomplete="email"
          spellcheck={false}
          value={values.email ?? ''}
          errors={errorsFor('email')}
        />
        <p class="field__hint" id="cs-follow-notice">
          Địa chỉ chỉ dùng để gửi thư xác nhận và các thông báo về dự thảo này; không công khai, không dùng
          vào việc khác, không ghi vào nhật ký hệ thống. Nếu không xác nhận trong {model.confirmHours} giờ,
          địa chỉ tự động bị xóa; địa chỉ đã xác nhận bị xóa {model.retentionDays} ngày sau khi báo cáo được
          công bố, hoặc ngay khi bạn hủy theo dõi (mỗi thư có đường liên kết hủy). Thông báo phiên bản{' '}
          {model.noticeVersion}.
        </p>
        <div class="field" aria-hidden="true" hidden>
          <label for="cs-follow-website">Để trống ô này</label>
          <input
            id="cs-follow-website"
            name="website"
            type="text"
            tabindex={-1}
            autocomplete="off"
            value=""
          />
        </div>
        <Checkbox
          id={followFormFields.consent.id}
          name="consent"
          value="yes"
          label="Tôi đồng ý để Cổng Thông tin điện tử tỉnh Quảng Trị dùng địa chỉ thư điện tử của tôi như trên (Nghị định 13/2023/NĐ-CP)."
          notes={['cs-follow-notice']}
          checked={values.consent === 'yes'}
          errors={errorsFor('consent')}
        />
        <button class="button" type="submit">
          Theo dõi
        </button>
      </form>
    </section>
  );
}
