import type { Context } from 'hono';
import { listAgencies } from '#shared/data/directory.ts';
import { getFeedbackTopic, listFeedbackTopics } from '#shared/data/feedback.ts';
import type { AppError } from '#shared/domain/errors.ts';
import type { PublicTracking } from '#shared/domain/feedback.ts';
import { trackFeedback } from '#shared/feedback/sender.ts';
import { feedbackSettings } from '#shared/feedback/settings.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { formPage as page, stringsOf } from '#shared/http/public-forms.ts';
import { RateLimited } from '#shared/participation/rate-limits.ts';
import { requestSiteContext } from '#shared/site/context.ts';
import { sitePaths } from '#shared/site/urls.ts';
import {
  renderFeedbackForm,
  renderFeedbackLookup,
  renderFeedbackProblemPage,
  renderTrackingPage,
  type SenderAction,
} from '#web/site/feedback/render.ts';

/**
 * The feedback API's answers to a browser (a form post with JavaScript off): the form again with what was
 * typed and each error by its field, the tracking page, or a plain problem page. The pages come from the
 * public site's renderer, so they look like the site. None of them may be cached or leak a secret link.
 */

export { browserAsks } from '#shared/http/public-forms.ts';

const fieldProblems = (error: AppError) =>
  error.fieldErrors.map((field) => ({
    path: field.path,
    message: field.messageVi,
    messageEn: field.messageEn,
  }));

/** The form again, filled, with each error next to its field (400), or a problem page (409, 429). */
export async function formPageAnswer(
  c: Context<ContextEnv>,
  error: AppError,
  values: Record<string, unknown>,
) {
  if (error.status !== 400) return problemPageAnswer(c, error);
  const [ctx, topics, agencies] = await Promise.all([
    requestSiteContext(),
    listFeedbackTopics(),
    listAgencies(),
  ]);
  return page(
    c,
    renderFeedbackForm(ctx, {
      topics,
      agencies: agencies.map((agency) => ({ id: agency.id, nameVi: agency.nameVi })),
      settings: feedbackSettings(),
      values: stringsOf(values),
      errors: fieldProblems(error),
    }),
    400,
  );
}

export async function trackingPageAnswer(
  c: Context<ContextEnv>,
  tracking: PublicTracking,
  flags: { key?: string | undefined; just?: string | undefined; notice?: string | undefined },
) {
  const notice =
    flags.notice === 'rated' || flags.notice === 'reopened' || flags.notice === 'deleted'
      ? flags.notice
      : undefined;
  const [ctx, topic] = await Promise.all([requestSiteContext(), getFeedbackTopic(tracking.topicSlug)]);
  return page(
    c,
    renderTrackingPage(ctx, {
      tracking,
      topic,
      ...(flags.key ? { secretKey: flags.key } : {}),
      ...(flags.just && flags.key
        ? {
            receipt: {
              code: tracking.code,
              trackingUrl: sitePaths.feedbackTracking(tracking.code),
              secretUrl: sitePaths.feedbackSecretLink(tracking.code, flags.key),
              receivedAt: tracking.receivedAt,
              forwardDueOn: tracking.forwardDueOn,
              receiptMailed: flags.just === 'thu',
            },
          }
        : {}),
      ...(notice ? { notice } : {}),
    }),
    200,
  );
}

/** A lookup that failed: an unknown code, or not a code at all, shows the lookup form again. */
export async function lookupAnswer(c: Context<ContextEnv>, error: AppError, code: string | undefined) {
  const ctx = await requestSiteContext();
  if (error.type === 'unknown-tracking-code') {
    return page(c, renderFeedbackLookup(ctx, { code: code ?? '', notFound: true }), 404);
  }
  if (error.status === 400)
    return page(c, renderFeedbackLookup(ctx, { code: code ?? '', errors: fieldProblems(error) }), 400);
  return problemPageAnswer(c, error);
}

/**
 * A sender's action that failed: a field error brings the tracking page back with that form filled and
 * its errors; anything else (a wrong key, an action no longer possible) is a problem page.
 */
export async function senderActionAnswer(
  c: Context<ContextEnv>,
  error: AppError,
  action: SenderAction,
  values: Record<string, unknown>,
) {
  const strings = stringsOf(values);
  if (error.status === 400 && strings.code && strings.key) {
    const tracking = await trackFeedback(strings.code, strings.key).catch(() => undefined);
    if (tracking) {
      const [ctx, topic] = await Promise.all([requestSiteContext(), getFeedbackTopic(tracking.topicSlug)]);
      return page(
        c,
        renderTrackingPage(ctx, {
          tracking,
          topic,
          secretKey: strings.key,
          failed: {
            action,
            errors: fieldProblems(error),
            values: {
              score: strings.score,
              comment: strings.comment,
              reason: strings.reason,
              confirm: strings.confirm,
            },
          },
        }),
        400,
      );
    }
  }
  return problemPageAnswer(c, error);
}

/** A problem as a page; a rate limit says when to come back. */
export async function problemPageAnswer(c: Context<ContextEnv>, error: AppError) {
  if (error instanceof RateLimited) c.header('retry-after', String(error.retryAfterSeconds));
  return page(
    c,
    renderFeedbackProblemPage(await requestSiteContext(), {
      status: error.status,
      title: error.titleVi,
      titleEn: error.titleEn,
      ...(error.detail ? { detail: error.detail } : {}),
      ...(error instanceof RateLimited ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      back: { href: sitePaths.feedbackHome(), label: 'Về trang phản ánh, kiến nghị' },
    }),
    error.status,
  );
}
