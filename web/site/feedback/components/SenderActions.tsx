import type { PublicTracking } from '#shared/domain/feedback.ts';
import type { FieldProblem } from '#shared/domain/problem.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import { errorsFor } from '../format.ts';
import { feedbackLabels as text } from '../i18n.ts';
import { type Bilingual, Checkbox, RadioGroup, TextArea } from './FormFields.tsx';

/** What the sender may do with the secret link, each a form that posts to its own endpoint. */
export type SenderAction = 'rate' | 'reopen' | 'deletion';

/** What the sender typed in the form that failed, as the browser sent it. */
export type SenderActionValues = Partial<Record<'score' | 'comment' | 'reason' | 'confirm', string>>;

/** A failed action: which form, its field errors, what was typed. */
export type FailedSenderAction = {
  action: SenderAction;
  errors: FieldProblem[];
  values?: SenderActionValues;
};

/** Each action's fields by name, for the error summary (`code` and `key` are hidden: errors as text). */
export const senderActionFields = {
  rate: {
    score: { id: 'rate-score', label: text.score },
    comment: { id: 'rate-comment', label: text.comment },
  },
  reopen: { reason: { id: 'reopen-reason', label: text.reason } },
  deletion: { confirm: { id: 'deletion-confirm', label: text.confirm } },
} satisfies Record<SenderAction, Record<string, { id: string; label: Bilingual }>>;

/** The code and the key go with every action; the key never appears in a URL the page links to. */
function Secret({ code, secretKey }: { code: string; secretKey: string }) {
  return (
    <>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="key" value={secretKey} />
    </>
  );
}

/**
 * The sender's forms on the tracking page opened by the secret link: rate the answer, ask for it to be
 * looked at again, delete their personal data. Each is shown only while it is possible, and comes back
 * with its errors and what was typed after a failed post.
 */
export function SenderActions({
  tracking,
  actions,
  secretKey,
  failed,
}: {
  tracking: PublicTracking;
  actions: NonNullable<PublicTracking['actions']>;
  secretKey: string;
  failed?: FailedSenderAction | undefined;
}) {
  const errorsOf = (action: SenderAction, field: string) =>
    failed?.action === action ? errorsFor(failed.errors, field) : [];
  const typed = (action: SenderAction, field: keyof SenderActionValues) =>
    failed?.action === action ? (failed.values?.[field] ?? '') : '';
  if (!actions.rate && !actions.reopen && !actions.deleteData) return null;
  return (
    <section class="block fb-sender-actions" aria-labelledby="fb-actions-heading">
      <h2 class="block__title" id="fb-actions-heading">
        {text.actionsHeading}
      </h2>
      {actions.rate ? (
        <section class="fb-action" aria-labelledby="fb-rate-title">
          <h3 id="fb-rate-title">{text.rateTitle}</h3>
          <form class="fb-form" method="post" action={sitePaths.feedbackRateApi()} novalidate>
            <Secret code={tracking.code} secretKey={secretKey} />
            <RadioGroup
              id={senderActionFields.rate.score.id}
              name="score"
              label={text.score.vi}
              value={typed('rate', 'score')}
              errors={errorsOf('rate', 'score')}
              options={text.scores.map((label, index) => ({
                value: String(index + 1),
                label: `${index + 1} — ${label}`,
              }))}
            />
            <TextArea
              id={senderActionFields.rate.comment.id}
              name="comment"
              label={text.comment.vi}
              optional
              value={typed('rate', 'comment')}
              errors={errorsOf('rate', 'comment')}
              rows={4}
            />
            <button type="submit" class="button button--primary">
              {text.rateSubmit}
            </button>
          </form>
        </section>
      ) : null}
      {actions.reopen ? (
        <section class="fb-action" aria-labelledby="fb-reopen-title">
          <h3 id="fb-reopen-title">{text.reopenTitle}</h3>
          <p>
            {text.reopenIntro}
            {actions.reopenUntil ? (
              <>
                {' '}
                {text.reopenUntil}{' '}
                <time datetime={actions.reopenUntil}>{formatDateTimeVi(actions.reopenUntil)}</time>.
              </>
            ) : null}
          </p>
          <form class="fb-form" method="post" action={sitePaths.feedbackReopenApi()} novalidate>
            <Secret code={tracking.code} secretKey={secretKey} />
            <TextArea
              id={senderActionFields.reopen.reason.id}
              name="reason"
              label={text.reason.vi}
              hint={text.reasonHint}
              value={typed('reopen', 'reason')}
              errors={errorsOf('reopen', 'reason')}
              rows={5}
            />
            <button type="submit" class="button button--primary">
              {text.reopenSubmit}
            </button>
          </form>
        </section>
      ) : null}
      {actions.deleteData ? (
        <section class="fb-action" aria-labelledby="fb-deletion-title">
          <h3 id="fb-deletion-title">{text.deletionTitle}</h3>
          {text.deletionIntro.map((paragraph) => (
            <p>{paragraph}</p>
          ))}
          <form class="fb-form" method="post" action={sitePaths.feedbackDeletionApi()} novalidate>
            <Secret code={tracking.code} secretKey={secretKey} />
            <Checkbox
              id={senderActionFields.deletion.confirm.id}
              name="confirm"
              label={text.confirmLabel}
              value="yes"
              checked={typed('deletion', 'confirm') === 'yes'}
              errors={errorsOf('deletion', 'confirm')}
            />
            <button type="submit" class="button button--warning">
              {text.deletionSubmit}
            </button>
          </form>
        </section>
      ) : null}
    </section>
  );
}
