import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import { feedbackPolicy } from '#shared/auth/policies/feedback.ts';
import { listHolidayCalendars } from '#shared/data/calendar.ts';
import { listFeedbackTopics } from '#shared/data/feedback.ts';
import { holidayCalendarInputSchema } from '#shared/domain/calendar.ts';
import {
  answerDecisionSchema,
  answerInputSchema,
  classifyInputSchema,
  declineInputSchema,
  feedbackQueueQuerySchema,
  feedbackTopicInputSchema,
  feedbackTopicUpdateSchema,
  forwardInputSchema,
  mergeInputSchema,
  publicTextInputSchema,
  rejectInputSchema,
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
import { handlingSettings } from '#shared/feedback/settings.ts';
import { createFeedbackTopic, updateFeedbackTopic } from '#shared/feedback/topics.ts';
import { createAdminApp, createContextApp } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import { createDocumentUploadTicket, documentUploadRequestSchema } from '#shared/media/document-uploads.ts';
import { pageRatingFigures } from '#shared/rating/ratings.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { renderFeedbackAnswer } from '#web/site/feedback/render.ts';
import { feedbackPublicRoutes } from './public-app.ts';

/**
 * Feedback context: citizens' feedback and petitions (phản ánh, kiến nghị), their routing to the agency that
 * must answer, the answers and their publication. The citizens' routes are in public-app.ts; these are the
 * staff's.
 */
const idParam = z.object({ id: z.uuid() });

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
  .get('/page-ratings', async (c) => c.json(await pageRatingFigures()))
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

/** The staff routes alone: the function behind API Gateway's /api/feedback/admin/{proxy+}. */
export const feedbackAdminApp = createContextApp('/api/feedback').route('/admin', adminRoutes);

/** Both halves in one app, as the local gateway and the route tests serve them. */
export const feedbackApp = createContextApp('/api/feedback')
  .route('/', feedbackPublicRoutes)
  .route('/admin', adminRoutes);
