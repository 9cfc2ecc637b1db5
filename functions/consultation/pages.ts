import type { Context } from 'hono';
import { followNotice, takesFollowers } from '#shared/consultation/followers.ts';
import { publicViewOf } from '#shared/consultation/public-view.ts';
import { consultationSettings } from '#shared/consultation/settings.ts';
import { periodAt } from '#shared/consultation/workflow.ts';
import type { Consultation } from '#shared/domain/consultation.ts';
import type { AppError } from '#shared/domain/errors.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { fieldProblemsOf, formPage as page, stringsOf } from '#shared/http/public-forms.ts';
import { RateLimited } from '#shared/participation/rate-limits.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { requestSiteContext } from '#shared/site/context.ts';
import {
  renderCommentReceived,
  renderConsultationPage,
  renderConsultationProblem,
} from '#web/site/consultation/render.ts';

/**
 * The consultation API's answers to a browser (a form post with JavaScript off): the draft's page again with
 * what was typed and each error by its field, the confirmation, or a problem page (the period closed, too
 * many posts). None may be cached; none shows anything but the public record.
 */
export async function commentReceivedAnswer(
  c: Context<ContextEnv>,
  consultation: Consultation,
  anchor: string,
) {
  return page(c, renderCommentReceived(await requestSiteContext(), { consultation, anchor }), 200);
}

export async function problemPageAnswer(c: Context<ContextEnv>, error: AppError, slug?: string) {
  if (error instanceof RateLimited) c.header('retry-after', String(error.retryAfterSeconds));
  return page(
    c,
    renderConsultationProblem(await requestSiteContext(), {
      status: error.status,
      title: error.titleVi,
      titleEn: error.titleEn,
      ...(error.detail ? { detail: error.detail } : {}),
      ...(slug ? { back: consultationPaths.page(slug) } : {}),
    }),
    error.status,
  );
}

/** A refused comment: the page with the form filled and its errors (400), or a problem page. */
export async function commentFormAnswer(
  c: Context<ContextEnv>,
  error: AppError,
  consultation: Consultation,
  values: Record<string, unknown>,
  now = new Date(),
) {
  if (error.status !== 400) return problemPageAnswer(c, error, consultation.slug);
  const view = await publicViewOf(consultation);
  return page(
    c,
    renderConsultationPage(await requestSiteContext(), {
      ...view,
      takesComments: periodAt(consultation, now) === 'open',
      noticeVersion: consultationSettings().noticeVersion,
      ...(takesFollowers(consultation) ? { follow: { slug: consultation.slug, ...followNotice() } } : {}),
      values: stringsOf(values),
      errors: fieldProblemsOf(error),
    }),
    400,
  );
}
