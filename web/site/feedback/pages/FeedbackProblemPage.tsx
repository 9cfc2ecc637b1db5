import { sitePaths } from '#shared/site/urls.ts';
import type { SiteContext } from '../../context.ts';
import { FeedbackLayout } from '../components/FeedbackLayout.tsx';
import { minutesFrom } from '../format.ts';
import { feedbackLabels as text } from '../i18n.ts';

export type FeedbackProblemModel = {
  /** The HTTP status the API answers with (429, 409, 404, 400…). */
  status: number;
  /** The problem document's titles. */
  title: string;
  titleEn: string;
  detail?: string | undefined;
  /** 429: how long until the sender may try again (the Retry-After header's value). */
  retryAfterSeconds?: number | undefined;
  /** Where to go from here, besides the feedback home page (back to the form, the tracking page). */
  back?: { href: string; label: string } | undefined;
};

/**
 * A plain page for a problem a browser meets on the feedback endpoints (too many posts, a form already
 * sent, an expired link): the problem document's title in Vietnamese with the English below, what to do,
 * and the way back. Browsers get this; scripts get the problem+json.
 */
export function FeedbackProblemPage({ ctx, model }: { ctx: SiteContext; model: FeedbackProblemModel }) {
  const retry =
    model.retryAfterSeconds === undefined ? undefined : text.retryAfter(minutesFrom(model.retryAfterSeconds));
  return (
    <FeedbackLayout ctx={ctx} title={model.title} trail={[]} current={model.title}>
      <div class="prose fb-problem">
        <h1>
          {model.title}{' '}
          <span class="fb-problem__en" lang="en">
            {model.titleEn}
          </span>
        </h1>
        {model.detail ? <p>{model.detail}</p> : null}
        {retry ? (
          <p>
            {retry.vi} <span lang="en">{retry.en}</span>
          </p>
        ) : null}
        <ul class="fb-problem__links">
          {model.back ? (
            <li>
              <a href={model.back.href}>{model.back.label}</a>
            </li>
          ) : null}
          <li>
            <a href={sitePaths.feedbackLookup()}>{text.toLookup}</a>
          </li>
          <li>
            <a href={sitePaths.feedbackHome()}>{text.backToFeedback}</a>
          </li>
        </ul>
        <p class="muted">{text.statusCode(model.status)}</p>
      </div>
    </FeedbackLayout>
  );
}
