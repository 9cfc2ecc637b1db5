import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import { feedbackPolicy } from '#shared/auth/policies/feedback.ts';
import { listHolidayCalendars } from '#shared/data/calendar.ts';
import { listFeedbackTopics } from '#shared/data/feedback.ts';
import { holidayCalendarInputSchema } from '#shared/domain/calendar.ts';
import { AppError, errors } from '#shared/domain/errors.ts';
import {
  answerDecisionSchema,
  answerInputSchema,
  classifyInputSchema,
  declineInputSchema,
  deletionInputSchema,
  feedbackQueueQuerySchema,
  feedbackSubmissionSchema,
  feedbackTopicInputSchema,
  feedbackTopicUpdateSchema,
  forwardInputSchema,
  mergeInputSchema,
  publicTextInputSchema,
  ratingInputSchema,
  rejectInputSchema,
  reopenInputSchema,
  trackingQuerySchema,
} from '#shared/domain/feedback.ts';
import { slugSchema } from '#shared/domain/text.ts';
import { saveHolidayCalendar } from '#shared/feedback/calendar.ts';
import {
  answerFeedback,
  classifyFeedback,
  decideAnswer,
  declineFeedback,
  editPublicText,
  forwardFeedback,
  mergeFeedback,
  rejectFeedback,
} from '#shared/feedback/handling.ts';
import {
  answerPreview,
  attachmentLink,
  itemDetail,
  listQueue,
  readContact,
} from '#shared/feedback/queries.ts';
import { rateAnswer, reopenFeedback, requestDeletion, trackFeedback } from '#shared/feedback/sender.ts';
import { handlingSettings } from '#shared/feedback/settings.ts';
import { feedbackStatistics } from '#shared/feedback/statistics.ts';
import { submitFeedback } from '#shared/feedback/submissions.ts';
import { createFeedbackTopic, updateFeedbackTopic } from '#shared/feedback/topics.ts';
import { type ContextEnv, createAdminApp, createContextApp } from '#shared/http/context-app.ts';
import { browserAsks, clientIp, FORM_TOKEN_COOKIE, fieldsOf } from '#shared/http/public-forms.ts';
import { fieldErrorsFromZod, validate } from '#shared/http/validation.ts';
import { createDocumentUploadTicket, documentUploadRequestSchema } from '#shared/media/document-uploads.ts';
import { filesOf } from '#shared/participation/attachments.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { renderFeedbackAnswer, type SenderAction } from '#web/site/feedback/render.ts';
import { formPageAnswer, lookupAnswer, senderActionAnswer, trackingPageAnswer } from './pages.ts';

/**
 * Feedback context: citizens' feedback and petitions (phản ánh, kiến nghị), their routing to the agency that
 * must answer, the answers and their publication. The public routes serve browsers with JavaScript off (form
 * posts answered with pages) and scripts (JSON, problem+json) alike.
 */
const idParam = z.object({ id: z.uuid() });

const publicRoutes = new Hono<ContextEnv>()
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

const adminRoutes = createAdminApp(feedbackPolicy)
  .get('/me', (c) => c.json(c.get('principal')))
  .get('/settings', (c) => c.json(handlingSettings()))
  .get('/feedback', validate('query', feedbackQueueQuerySchema), async (c) =>
    c.json(await listQueue(c.get('principal'), c.req.valid('query'))),
  )
  .get('/feedback/:id', validate('param', idParam), async (c) =>
    c.json(await itemDetail(c.get('principal'), c.req.valid('param').id)),
  )
  .get('/feedback/:id/preview', validate('param', idParam), async (c) => {
    // The public site's renderer, so the director approves exactly the page readers will see.
    const preview = await answerPreview(c.get('principal'), c.req.valid('param').id);
    c.header('cache-control', 'no-store');
    return c.html(renderFeedbackAnswer(await loadSiteContext(), { ...preview, preview: true }));
  })
  .get('/feedback/:id/contact', validate('param', idParam), async (c) =>
    c.json(await readContact(actorOf(c.get('principal')), c.req.valid('param').id)),
  )
  .get(
    '/feedback/:id/attachments/:index',
    validate('param', idParam.extend({ index: z.coerce.number().int().min(0).max(10) })),
    async (c) => {
      const { id, index } = c.req.valid('param');
      return c.json(await attachmentLink(c.get('principal'), id, index));
    },
  )
  .post(
    '/feedback/:id/classify',
    validate('param', idParam),
    validate('json', classifyInputSchema),
    async (c) =>
      c.json(
        await classifyFeedback(actorOf(c.get('principal')), c.req.valid('param').id, c.req.valid('json')),
      ),
  )
  .post('/feedback/:id/reject', validate('param', idParam), validate('json', rejectInputSchema), async (c) =>
    c.json(await rejectFeedback(actorOf(c.get('principal')), c.req.valid('param').id, c.req.valid('json'))),
  )
  .post('/feedback/:id/merge', validate('param', idParam), validate('json', mergeInputSchema), async (c) =>
    c.json(await mergeFeedback(actorOf(c.get('principal')), c.req.valid('param').id, c.req.valid('json'))),
  )
  .post(
    '/feedback/:id/forward',
    validate('param', idParam),
    validate('json', forwardInputSchema),
    async (c) =>
      c.json(
        await forwardFeedback(actorOf(c.get('principal')), c.req.valid('param').id, c.req.valid('json')),
      ),
  )
  .put(
    '/feedback/:id/public-text',
    validate('param', idParam),
    validate('json', publicTextInputSchema),
    async (c) =>
      c.json(await editPublicText(actorOf(c.get('principal')), c.req.valid('param').id, c.req.valid('json'))),
  )
  .post(
    '/feedback/:id/decline',
    validate('param', idParam),
    validate('json', declineInputSchema),
    async (c) =>
      c.json(await declineFeedback(c.get('principal'), c.req.valid('param').id, c.req.valid('json'))),
  )
  .post('/feedback/:id/answer', validate('param', idParam), validate('json', answerInputSchema), async (c) =>
    c.json(await answerFeedback(c.get('principal'), c.req.valid('param').id, c.req.valid('json'))),
  )
  .post(
    '/feedback/:id/decision',
    validate('param', idParam),
    validate('json', answerDecisionSchema),
    async (c) =>
      c.json(await decideAnswer(actorOf(c.get('principal')), c.req.valid('param').id, c.req.valid('json'))),
  )
  .post(
    '/files/uploads',
    validate('json', documentUploadRequestSchema.extend({ contentType: z.literal('application/pdf') })),
    async (c) => c.json(await createDocumentUploadTicket(c.req.valid('json'), 'feedback'), 201),
  )
  .get('/topics', async (c) => c.json({ items: await listFeedbackTopics() }))
  .post('/topics', validate('json', feedbackTopicInputSchema), async (c) =>
    c.json(await createFeedbackTopic(actorOf(c.get('principal')), c.req.valid('json')), 201),
  )
  .put(
    '/topics/:slug',
    validate('param', z.object({ slug: slugSchema })),
    validate('json', feedbackTopicUpdateSchema),
    async (c) => {
      const { expectedVersion, ...changes } = c.req.valid('json');
      return c.json(
        await updateFeedbackTopic(
          actorOf(c.get('principal')),
          c.req.valid('param').slug,
          changes,
          expectedVersion,
        ),
      );
    },
  )
  .get('/calendars', async (c) => c.json({ items: await listHolidayCalendars() }))
  .put(
    '/calendars/:year',
    validate('param', z.object({ year: z.coerce.number().int().min(2000).max(2200) })),
    validate('json', holidayCalendarInputSchema),
    async (c) =>
      c.json(
        await saveHolidayCalendar(
          actorOf(c.get('principal')),
          c.req.valid('param').year,
          c.req.valid('json'),
        ),
      ),
  );

export const feedbackApp = createContextApp('/api/feedback')
  .route('/', publicRoutes)
  .route('/admin', adminRoutes);
