import {
  type FeedbackTopic,
  feedbackKindLabels,
  type PublicTracking,
  type SubmissionReceipt,
} from '#shared/domain/feedback.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { PublishedTime } from '../../components/PublishedTime.tsx';
import type { SiteContext } from '../../context.ts';
import { FeedbackLayout } from '../components/FeedbackLayout.tsx';
import { ErrorSummary } from '../components/FormFields.tsx';
import { type FailedSenderAction, SenderActions, senderActionFields } from '../components/SenderActions.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { formatIsoDate } from '../format.ts';
import { feedbackLabels as text } from '../i18n.ts';

export type TrackingPageModel = {
  tracking: PublicTracking;
  /** The subject, to name it (the tracking data has its slug only). */
  topic?: FeedbackTopic | undefined;
  /**
   * The sender's key, when they came by the secret link: the action forms post it back. The forms of
   * `tracking.actions` are shown only with it.
   */
  secretKey?: string | undefined;
  /** Just sent: the confirmation, with the code and the secret link; `receiptMailed` if a mail went out. */
  receipt?: (SubmissionReceipt & { receiptMailed: boolean }) | undefined;
  /** What the sender's last action did. */
  notice?: 'rated' | 'reopened' | 'deleted' | undefined;
  /** A sender's action that failed: its form comes back with the errors and what was typed. */
  failed?: FailedSenderAction | undefined;
};

/**
 * The tracking page, rendered on request by the feedback API (for the lookup, the secret link, and right
 * after sending): the status, the due dates, the public timeline, the answer when published; with the
 * secret link, the sender's forms. Nothing here names the sender. The page holds the secret key when the
 * sender opened their link, so it loads nothing from elsewhere and has no canonical URL; the API sends it
 * with `Referrer-Policy: no-referrer` and `Cache-Control: no-store`.
 */
export function TrackingPage({ ctx, model }: { ctx: SiteContext; model: TrackingPageModel }) {
  const { tracking, receipt, failed } = model;
  const errors = failed?.errors ?? [];
  const heading = receipt ? text.receiptTitle : text.trackingTitle(tracking.code);
  const waitingToForward = tracking.status === 'received' || tracking.status === 'accepted';
  const waitingForAnswer = tracking.status === 'forwarded' || tracking.status === 'answered';
  return (
    <FeedbackLayout
      ctx={ctx}
      title={`${errors.length > 0 ? text.errorTitlePrefix : ''}${heading}`}
      trail={[{ name: text.lookupTitle, path: sitePaths.feedbackLookup() }]}
      current={tracking.code}
    >
      <div class="fb-tracking">
        {receipt ? (
          <div class="fb-receipt">
            <h1>{heading}</h1>
            <p class="fb-receipt__label">{text.receiptCode}</p>
            <p class="fb-code">{receipt.code}</p>
            <p>{text.receiptCodeHint}</p>
            <p>{text.receiptForwardBy(formatIsoDate(receipt.forwardDueOn))}</p>
          </div>
        ) : (
          <h1>{heading}</h1>
        )}
        {receipt ? (
          <section class="fb-secret" aria-labelledby="fb-secret-title">
            <h2 id="fb-secret-title">{text.receiptSecret}</h2>
            <p>{text.receiptSecretHint}</p>
            <p class="fb-secret__link">
              <a href={receipt.secretUrl}>{receipt.secretUrl}</a>
            </p>
            <p>{receipt.receiptMailed ? text.receiptMailed : text.receiptNotMailed}</p>
          </section>
        ) : null}
        {model.notice ? (
          <p class="fb-done" role="status">
            {text.notices[model.notice]}
          </p>
        ) : null}
        {failed ? <ErrorSummary errors={errors} fields={senderActionFields[failed.action]} /> : null}
        <section class="block" aria-labelledby="fb-status">
          <h2 class="block__title" id="fb-status">
            {text.details}
          </h2>
          <dl class="doc-fields">
            <dt>{text.trackingCode}</dt>
            <dd>
              <span class="fb-code-inline">{tracking.code}</span>
            </dd>
            <dt>{text.kindLabel}</dt>
            <dd>{feedbackKindLabels[tracking.kind].vi}</dd>
            {model.topic ? (
              <>
                <dt>{text.topicLabel}</dt>
                <dd>{model.topic.nameVi}</dd>
              </>
            ) : null}
            <dt>{text.title.vi}</dt>
            <dd>{tracking.publicTitle}</dd>
            <dt>{text.receivedOn}</dt>
            <dd>
              <PublishedTime instant={tracking.receivedAt} language="vi" withTime />
            </dd>
            <dt>{text.statusLabel}</dt>
            <dd>
              <strong>{text.status[tracking.status]}</strong>
              {tracking.publishedPath ? (
                <>
                  {' · '}
                  <a href={tracking.publishedPath}>{text.readAnswer}</a>
                </>
              ) : null}
            </dd>
            {tracking.mergedInto ? (
              <>
                <dt>{text.event.merged}</dt>
                <dd>
                  <a
                    href={
                      tracking.mergedInto.publishedPath ??
                      sitePaths.feedbackTracking(tracking.mergedInto.code)
                    }
                  >
                    {tracking.mergedInto.code}
                  </a>
                </dd>
              </>
            ) : null}
            {tracking.agencyName ? (
              <>
                <dt>{text.handledBy}</dt>
                <dd>{tracking.agencyName}</dd>
              </>
            ) : null}
            {waitingToForward ? (
              <>
                <dt>{text.forwardDue}</dt>
                <dd>{formatIsoDate(tracking.forwardDueOn)}</dd>
              </>
            ) : null}
            {tracking.answerDueOn && waitingForAnswer ? (
              <>
                <dt>{text.answerDue}</dt>
                <dd>{formatIsoDate(tracking.answerDueOn)}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section class="block" aria-labelledby="fb-timeline">
          <h2 class="block__title" id="fb-timeline">
            {text.timeline}
          </h2>
          <Timeline events={tracking.timeline} publishedPath={tracking.publishedPath} />
        </section>
        {tracking.actions && model.secretKey ? (
          <SenderActions
            tracking={tracking}
            actions={tracking.actions}
            secretKey={model.secretKey}
            failed={failed}
          />
        ) : null}
      </div>
    </FeedbackLayout>
  );
}
