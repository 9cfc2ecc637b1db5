import type { Consultation } from '#shared/domain/consultation.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import type { SiteContext } from '../context.ts';
import { FollowForm, type FollowFormModel } from './FollowForm.tsx';
import { ConsultationLayout } from './pages.tsx';

/**
 * Following a consultation by e-mail (double opt-in): the pages the follow API answers a browser with (the
 * form again with its errors, "check your mailbox", the confirmation and unsubscribe pages, each a button
 * that posts, since mail scanners open links). Vietnamese first, a line of English. No model holds an
 * address but the one the person just typed, sent back to them.
 */
type Titled = Pick<Consultation, 'slug' | 'title'>;

function Back({ consultation }: { consultation: Titled }) {
  return (
    <p>
      <a href={consultationPaths.page(consultation.slug)}>Về dự thảo “{consultation.title}”</a>
    </p>
  );
}

/** A refused follow post (400): the form again, with what was typed and each error by its field. */
export function FollowFormPage({
  ctx,
  consultation,
  form,
}: {
  ctx: SiteContext;
  consultation: Titled;
  form: FollowFormModel;
}) {
  return (
    <ConsultationLayout ctx={ctx} title="Lỗi: Theo dõi dự thảo" current="Theo dõi dự thảo">
      <div class="prose">
        <h1>Theo dõi dự thảo “{consultation.title}”</h1>
        <FollowForm model={form} />
        <Back consultation={consultation} />
      </div>
    </ConsultationLayout>
  );
}

/** After a follow post: the link is in the mailbox (the same words whether the address was known or not). */
export function FollowRequestedPage({
  ctx,
  consultation,
  hours,
}: {
  ctx: SiteContext;
  consultation: Titled;
  hours: number;
}) {
  return (
    <ConsultationLayout ctx={ctx} title="Hãy kiểm tra hộp thư" current="Hãy kiểm tra hộp thư">
      <div class="prose">
        <h1>Hãy kiểm tra hộp thư của bạn</h1>
        <p role="status">
          Chúng tôi đã gửi thư có đường liên kết xác nhận đến địa chỉ bạn ghi. Hãy mở đường liên kết trong
          vòng {hours} giờ để bắt đầu theo dõi dự thảo “{consultation.title}”; nếu không, địa chỉ tự động bị
          xóa.
        </p>
        <p lang="en">
          We sent a confirmation link to the address you gave. Open it within {hours} hours to follow this
          draft.
        </p>
        <Back consultation={consultation} />
      </div>
    </ConsultationLayout>
  );
}

/** A link from a follower's mail, opened: one button does what it says (a scanner's visit changes nothing). */
export function FollowLinkPage({
  ctx,
  consultation,
  action,
  kind,
}: {
  ctx: SiteContext;
  consultation: Titled;
  /** The same link, to post to. */
  action: string;
  kind: 'confirm' | 'unsubscribe';
}) {
  const title = kind === 'confirm' ? 'Xác nhận theo dõi dự thảo' : 'Hủy theo dõi dự thảo';
  return (
    <ConsultationLayout ctx={ctx} title={title} current={title}>
      <div class="prose">
        <h1>{title}</h1>
        <p>
          {kind === 'confirm'
            ? `Bấm nút dưới đây để xác nhận bạn muốn nhận thư thông báo về dự thảo “${consultation.title}”.`
            : `Bấm nút dưới đây để không nhận thư về dự thảo “${consultation.title}” nữa; địa chỉ của bạn bị xóa ngay.`}{' '}
          <span lang="en">
            {kind === 'confirm'
              ? 'Press the button to confirm you want notices about this draft.'
              : 'Press the button to stop the mails about this draft; your address is deleted at once.'}
          </span>
        </p>
        <form method="post" action={action}>
          <button class="button" type="submit">
            {kind === 'confirm' ? 'Xác nhận theo dõi' : 'Hủy theo dõi'}
          </button>
        </form>
        <Back consultation={consultation} />
      </div>
    </ConsultationLayout>
  );
}

/** The link did its work. */
export function FollowDonePage({
  ctx,
  consultation,
  kind,
}: {
  ctx: SiteContext;
  consultation: Titled;
  kind: 'confirmed' | 'unsubscribed';
}) {
  const title = kind === 'confirmed' ? 'Đã xác nhận theo dõi' : 'Đã hủy theo dõi';
  return (
    <ConsultationLayout ctx={ctx} title={title} current={title}>
      <div class="prose">
        <h1>{title}</h1>
        <p role="status">
          {kind === 'confirmed'
            ? `Bạn đang theo dõi dự thảo “${consultation.title}”. Bạn sẽ nhận thư khi hết thời gian lấy ý kiến và khi báo cáo tiếp thu, giải trình được công bố.`
            : `Bạn không còn theo dõi dự thảo “${consultation.title}”; địa chỉ thư điện tử của bạn đã bị xóa.`}
        </p>
        <p lang="en">
          {kind === 'confirmed'
            ? 'You now follow this draft: you will be told when the period closes and when the report is published.'
            : 'You no longer follow this draft; your address was deleted.'}
        </p>
        <Back consultation={consultation} />
      </div>
    </ConsultationLayout>
  );
}
