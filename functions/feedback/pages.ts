import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { listAgencies } from '#shared/data/directory.ts';
import { listFeedbackTopics } from '#shared/data/feedback.ts';
import type { AppError } from '#shared/domain/errors.ts';
import type { PublicTracking } from '#shared/domain/feedback.ts';
import { feedbackSettings } from '#shared/feedback/settings.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { RateLimited } from '#shared/participation/rate-limits.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { sitePaths } from '#shared/site/urls.ts';

/**
 * The feedback API's answers to a browser (a form post with JavaScript off): the form again with what was
 * typed and each error by its field, the tracking page, or a plain problem page. The pages come from the
 * public site's renderer, so they look like the site.
 */

/** A browser form post or page load (not a script asking for JSON). */
export function browserAsks(accept: string | undefined, contentType?: string): boolean {
  if (accept?.includes('application/json')) return false;
  if (accept?.includes('text/html')) return true;
  return Boolean(contentType && /application\/x-www-form-urlencoded|multipart\/form-data/.test(contentType));
}

const render = () => import('#web/site/feedback/render.ts');

function html(c: Context<ContextEnv>, body: string, status: number): Response {
  return c.html(body, status as ContentfulStatusCode);
}

/** The form again, filled, with each error next to its field (400), or a problem page (409, 429). */
export async function formPageAnswer(
  c: Context<ContextEnv>,
  error: AppError,
  values: Record<string, unknown>,
) {
  if (error.status !== 400) return problemPageAnswer(c, error, {});
  const { renderFeedbackForm } = await render();
  const [ctx, topics, agencies] = await Promise.all([
    loadSiteContext(),
    listFeedbackTopics(),
    listAgencies(),
  ]);
  const strings = Object.fromEntries(
    Object.entries(values).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
  );
  return html(
    c,
    renderFeedbackForm(ctx, {
      topics: topics.filter((topic) => topic.active),
      agencies: agencies.map((agency) => ({ id: agency.id, nameVi: agency.nameVi })),
      settings: feedbackSettings(),
      values: strings,
      errors: error.fieldErrors.map((field) => ({
        path: field.path,
        message: field.messageVi,
        messageEn: field.messageEn,
      })),
    }),
    400,
  );
}

export async function trackingPageAnswer(
  c: Context<ContextEnv>,
  tracking: PublicTracking,
  flags: { just?: string | undefined; notice?: string | undefined },
) {
  const { renderTrackingPage } = await render();
  const notice =
    flags.notice === 'rated' || flags.notice === 'reopened' || flags.notice === 'deleted'
      ? flags.notice
      : undefined;
  return html(
    c,
    renderTrackingPage(await loadSiteContext(), {
      tracking,
      ...(flags.just && c.req.query('key')
        ? {
            receipt: {
              code: tracking.code,
              trackingUrl: `${sitePaths.feedbackTrackApi()}?code=${tracking.code}`,
              secretUrl: sitePaths.feedbackSecretLink(tracking.code, c.req.query('key') ?? ''),
              secretLink: sitePaths.feedbackSecretLink(tracking.code, c.req.query('key') ?? ''),
              receivedAt: tracking.receivedAt,
              forwardDueOn: tracking.forwardDueOn,
              mailed: flags.just === 'thu',
            },
          }
        : {}),
      ...(notice ? { notice } : {}),
    }),
    200,
  );
}

/** A problem as a page: an unknown code shows the lookup again; a rate limit says when to come back. */
export async function problemPageAnswer(
  c: Context<ContextEnv>,
  error: AppError,
  context: { code?: string | undefined; values?: Record<string, unknown>; action?: string },
) {
  const site = await render();
  const ctx = await loadSiteContext();
  if (error.type === 'unknown-tracking-code' || (error.status === 400 && context.code !== undefined)) {
    return html(
      c,
      site.renderFeedbackLookup(ctx, { code: context.code ?? '', notFound: true }),
      error.status,
    );
  }
  if (error instanceof RateLimited) c.header('retry-after', String(error.retryAfterSeconds));
  return html(
    c,
    site.renderFeedbackProblemPage(ctx, {
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
