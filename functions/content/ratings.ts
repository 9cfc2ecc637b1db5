import { type Context, Hono } from 'hono';
import { ratePage } from '#shared/content/ratings.ts';
import { listRatings } from '#shared/data/ratings.ts';
import { AppError, errors } from '#shared/domain/errors.ts';
import { ratedPathSchema, ratingInputSchema, sectionOf, sectionTotals } from '#shared/domain/rating.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { browserAsks, clientIp, fieldsOf, formPage } from '#shared/http/public-forms.ts';
import { fieldErrorsFromZod } from '#shared/http/validation.ts';
import { RateLimited } from '#shared/participation/rate-limits.ts';
import { requestSiteContext } from '#shared/site/context.ts';
import { renderRatingAnswerPage } from '#web/site/render.ts';

/**
 * Readers rate a page's usefulness (the widget web/site/components/PageRating.tsx). A browser's form post
 * gets a thank-you page in the site's layout with a link back (the static page cannot show state); a
 * script gets JSON. Bad input is problem+json, or for a browser the same page with the problem.
 */
export const ratingPublicRoutes = new Hono<ContextEnv>().post('/ratings', async (c) => {
  const browser = browserAsks(c.req.header('accept'), c.req.header('content-type'));
  c.header('cache-control', 'no-store');
  let values: Record<string, unknown> = {};
  try {
    values = await fieldsOf(c.req);
    const parsed = ratingInputSchema.safeParse(values);
    if (!parsed.success) throw errors.validation(fieldErrorsFromZod(parsed.error));
    await ratePage(parsed.data, { ip: clientIp(c) });
    if (browser) return answerPage(c, { kind: 'thanks', path: parsed.data.path });
    return c.json({ rated: parsed.data.path, answer: parsed.data.answer }, 201);
  } catch (error) {
    if (error instanceof RateLimited) c.header('retry-after', String(error.retryAfterSeconds));
    if (browser && error instanceof AppError) return answerPage(c, { kind: 'problem', error, values });
    throw error;
  }
});

type Answer =
  | { kind: 'thanks'; path: string }
  | { kind: 'problem'; error: AppError; values: Record<string, unknown> };

async function answerPage(c: Context<ContextEnv>, answer: Answer) {
  const ctx = await requestSiteContext();
  if (answer.kind === 'thanks') {
    const { language } = sectionOf(answer.path);
    return formPage(c, renderRatingAnswerPage(ctx, { kind: 'thanks', language, backPath: answer.path }), 200);
  }
  const path = ratedPathSchema.safeParse(answer.values.path);
  const backPath = path.success ? path.data : undefined;
  const { error } = answer;
  return formPage(
    c,
    renderRatingAnswerPage(ctx, {
      kind: 'problem',
      language: backPath ? sectionOf(backPath).language : 'vi',
      backPath,
      status: error.status,
      title: error.titleVi,
      titleEn: error.titleEn,
      errors: error.fieldErrors.map((field) => ({ message: field.messageVi, messageEn: field.messageEn })),
    }),
    error.status,
  );
}

/** The admin's figures: every page's counters and each section's totals (policy: shared/auth/policies/ratings.ts). */
export const ratingAdminRoutes = new Hono<ContextEnv>().get('/ratings', async (c) => {
  const items = await listRatings();
  return c.json({ items, sections: sectionTotals(items) });
});
