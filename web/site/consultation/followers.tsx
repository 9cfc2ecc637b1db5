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

/** One step of following: a heading, what happened in Vietnamese then English, perhaps a button, the way back. */
function FollowStepPage(props: {
  ctx: SiteContext;
  consultation: Titled;
  title: string;
  vi: string;
  en: string;
  /** The button of a link's page: posts to the same link. */
  action?: { href: string; label: string } | undefined;
}) {
  return (
    <ConsultationLayout ctx={props.ctx} title={props.title} current={props.title}>
      <div class="prose">
        <h1>{props.title}</h1>
        <p role={props.action ? undefined : 'status'}>{props.vi}</p>
        <p lang="en">{props.en}</p>
        {props.action ? (
          <form method="post" action={props.action.href}>
            <button class="button" type="submit">
              {props.action.label}
            </button>
          </form>
        ) : null}
        <Back consultation={props.consultation} />
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
    <FollowStepPage
      ctx={ctx}
      consultation={consultation}
      title="Hãy kiểm tra hộp thư của bạn"
      vi={`Chúng tôi đã gửi thư có đường liên kết xác nhận đến địa chỉ bạn ghi. Hãy mở đường liên kết trong vòng ${hours} giờ để bắt đầu theo dõi dự thảo “${consultation.title}”; nếu không, địa chỉ tự động bị xóa.`}
      en={`We sent a confirmation link to the address you gave. Open it within ${hours} hours to follow this draft.`}
    />
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
  return kind === 'confirm' ? (
    <FollowStepPage
      ctx={ctx}
      consultation={consultation}
      title="Xác nhận theo dõi dự thảo"
      vi={`Bấm nút dưới đây để xác nhận bạn muốn nhận thư thông báo về dự thảo “${consultation.title}”.`}
      en="Press the button to confirm you want notices about this draft."
      action={{ href: action, label: 'Xác nhận theo dõi' }}
    />
  ) : (
    <FollowStepPage
      ctx={ctx}
      consultation={consultation}
      title="Hủy theo dõi dự thảo"
      vi={`Bấm nút dưới đây để không nhận thư về dự thảo “${consultation.title}” nữa; địa chỉ của bạn bị xóa ngay.`}
      en="Press the button to stop the mails about this draft; your address is deleted at once."
      action={{ href: action, label: 'Hủy theo dõi' }}
    />
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
  return kind === 'confirmed' ? (
    <FollowStepPage
      ctx={ctx}
      consultation={consultation}
      title="Đã xác nhận theo dõi"
      vi={`Bạn đang theo dõi dự thảo “${consultation.title}”. Bạn sẽ nhận thư khi hết thời gian lấy ý kiến và khi báo cáo tiếp thu, giải trình được công bố.`}
      en="You now follow this draft: you will be told when the period closes and when the report is published."
    />
  ) : (
    <FollowStepPage
      ctx={ctx}
      consultation={consultation}
      title="Đã hủy theo dõi"
      vi={`Bạn không còn theo dõi dự thảo “${consultation.title}”; địa chỉ thư điện tử của bạn đã bị xóa.`}
      en="You no longer follow this draft; your address was deleted."
    />
  );
}
