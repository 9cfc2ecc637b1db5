import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type * as z from 'zod';
import { listFeedbackTopics } from '#shared/data/feedback.ts';
import { AppError, errors } from '#shared/domain/errors.ts';
import {
  deletionInputSchema,
  feedbackSubmissionSchema,
  ratingInputSchema,
  reopenInputSchema,
  trackingQuerySchema,
} from '#shared/domain/feedback.ts';
import { pageRatingInputSchema } from '#shared/domain/page-rating.ts';
import { rateAnswer, reopenFeedback, requestDeletion, trackFeedback } from '#shared/feedback/sender.ts';
import { feedbackStatistics } from '#shared/feedback/statistics.ts';
import { submitFeedback } from '#shared/feedback/submissions.ts';
import { type ContextEnv, createContextApp } from '#shared/http/context-app.ts';
import { browserAsks, clientIp, FORM_TOKEN_COOKIE, fieldsOf, formPage } from '#shared/http/public-forms.ts';
import { fieldErrorsFromZod } from '#shared/http/validation.ts';
import { filesOf } from '#shared/participation/attachments.ts';
import { RateLimited } from '#shared/participation/rate-limits.ts';
import { ratePage } from '#shared/rating/ratings.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { ratedPageOf } from '#shared/site/page-rating.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { SenderAction } from '#web/site/feedback/render.ts';
import { renderRatingAnswer } from '#web/site/rating/render.tsx';
import { formPageAnswer, lookupAnswer, senderActionAnswer, trackingPageAnswer } from './pages.ts';

/**
 * The feedback context's public routes: citizens submit, track, rate, reopen and ask for deletion. Their
 * own function on AWS (public-handler.ts), so a citizen's request loads none of the staff routes. They
 * serve browsers with JavaScript off (form posts answered with pages) and scripts (JSON, problem+json)
 * alike.
 */
export const feedbackPublicRoutes = new Hono<ContextEnv>()
  .get('/health', (c) => c.json({ context: 'feedback', ok: true }))
  .get('/topics', async (c) =>
    c.json({ items: (await listFeedbackTopics()).filter((topic) => topic.active) }),
  )
  .get('/statistics', async (c) => {
    c.header('cache-control', 'public, max-age=300');
    return c.json(await feedbackStatistics());
  })
  .post('/submissions', async (c) => {
    const browser = browserAsks(c.req.header('accept'), c.req.header('content-type'));
    const fields = await fieldsOf(c.req);
    const { attachments, ...values } = fields;
    const parsed = feedbackSubmissionSchema.safeParse(values);
    try {
      if (!parsed.success) throw errors.validation(fieldErrorsFromZod(parsed.error));
      const result = await submitFeedback(parsed.data, await filesOf(attachments), {
        ip: clientIp(c),
        formToken: getCookie(c, FORM_TOKEN_COOKIE),
      });
      if (browser) return c.redirect(`${result.secretLink}&moi=${result.receiptMailed ? 'thu' : '1'}`, 303);
      return c.json({ ...result.receipt, receiptMailed: result.receiptMailed }, result.repeated ? 200 : 201);
    } catch (error) {
      if (browser && error instanceof AppError) return formPageAnswer(c, error, values);
      throw error;
    }
  })
  .get('/track', async (c) => {
    const browser = browserAsks(c.req.header('accept'));
    const query = trackingQuerySchema.safeParse(c.req.query());
    // A secret link must not leak through the Referer of a link followed from the page.
    c.header('referrer-policy', 'no-referrer');
    c.header('cache-control', 'no-store');
    try {
      if (!query.success) throw errors.validation(fieldErrorsFromZod(query.error));
      const tracking = await trackFeedback(query.data.code, query.data.key);
      if (browser)
        return trackingPageAnswer(c, tracking, {
          key: query.data.key,
          just: c.req.query('moi'),
          notice: c.req.query('xong'),
        });
      return c.json(tracking);
    } catch (error) {
      if (browser && error instanceof AppError) return lookupAnswer(c, error, c.req.query('code'));
      throw error;
    }
  })
  // A reader's rating of any page carrying the widget (web/site/components/PageRating.tsx), decision 157.
  .post('/page-ratings', async (c) => {
    const browser = browserAsks(c.req.header('accept'), c.req.header('content-type'));
    const values = await fieldsOf(c.req);
    const parsed = pageRatingInputSchema.safeParse(values);
    c.header('cache-control', 'no-store');
    const page = typeof values.page === 'string' ? values.page : '';
    const backPath = ratedPageOf(page)?.path;
    const language = page.startsWith('/en/') ? 'en' : 'vi';
    try {
      if (!parsed.success) throw errors.validation(fieldErrorsFromZod(parsed.error));
      const rated = await ratePage(parsed.data, { ip: clientIp(c) });
      if (browser)
        return formPage(
          c,
          renderRatingAnswer(await loadSiteContext(), { language, backPath: rated.path }),
          200,
        );
      return c.json({ done: 'rated', page: rated.path, section: rated.section });
    } catch (error) {
      if (!browser || !(error instanceof AppError)) throw error;
      if (error instanceof RateLimited) c.header('retry-after', String(error.retryAfterSeconds));
      const problem = language === 'vi' ? error.titleVi : error.titleEn;
      return formPage(
        c,
        renderRatingAnswer(await loadSiteContext(), { language, backPath, problem }),
        error.status,
      );
    }
  })
  .post('/track/rating', async (c) =>
    senderAction(c, ratingInputSchema, 'rate', (input) => rateAnswer(input.code, input.key, input)),
  )
  .post('/track/reopen', async (c) =>
    senderAction(c, reopenInputSchema, 'reopen', (input) => reopenFeedback(input.code, input.key, input)),
  )
  .post('/track/deletion', async (c) =>
    senderAction(c, deletionInputSchema, 'deletion', (input) => requestDeletion(input.code, input.key)),
  );

/** The sender's actions from the secret link: a browser comes back to the link with a notice. */
async function senderAction<S extends z.ZodType<{ code: string; key: string }>>(
  c: Context<ContextEnv>,
  schema: S,
  action: SenderAction,
  act: (input: z.output<S>) => Promise<unknown>,
) {
  const notice = ({ rate: 'rated', reopen: 'reopened', deletion: 'deleted' } as const)[action];
  const browser = browserAsks(c.req.header('accept'), c.req.header('content-type'));
  const values = await fieldsOf(c.req);
  c.header('referrer-policy', 'no-referrer');
  c.header('cache-control', 'no-store');
  const parsed = schema.safeParse(values);
  try {
    if (!parsed.success) throw errors.validation(fieldErrorsFromZod(parsed.error));
    await act(parsed.data);
    if (browser)
      return c.redirect(
        `${sitePaths.feedbackSecretLink(parsed.data.code, parsed.data.key)}&xong=${notice}`,
        303,
      );
    return c.json({ done: notice, tracking: await trackFeedback(parsed.data.code, parsed.data.key) });
  } catch (error) {
    if (browser && error instanceof AppError) return senderActionAnswer(c, error, action, values);
    throw error;
  }
}

/** The function behind API Gateway's public /api/feedback/{proxy+}. */
export const feedbackPublicApp = createContextApp('/api/feedback').route('/', feedbackPublicRoutes);
