import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import { dialoguePolicy } from '#shared/auth/policies/dialogue.ts';
import { listDialogues, listQuestionsOfDialogue } from '#shared/data/dialogues.ts';
import { createDialogue, loadDialogue, updateDialogue } from '#shared/dialogue/dialogues.ts';
import {
  answerQuestion,
  assignQuestion,
  dialogueBySlug,
  editQuestion,
  publishQuestion,
  questionsForStaff,
  rejectQuestion,
  submitQuestion,
} from '#shared/dialogue/questions.ts';
import { dialogueSettings } from '#shared/dialogue/settings.ts';
import { isPublic } from '#shared/dialogue/workflow.ts';
import {
  answerQuestionSchema,
  assignQuestionSchema,
  dialogueInputSchema,
  dialogueUpdateSchema,
  editQuestionSchema,
  publishQuestionSchema,
  questionSubmissionSchema,
  rejectQuestionSchema,
  toPublicQuestion,
} from '#shared/domain/dialogue.ts';
import { AppError, errors } from '#shared/domain/errors.ts';
import { slugSchema } from '#shared/domain/text.ts';
import { type ContextEnv, createAdminApp, createContextApp } from '#shared/http/context-app.ts';
import {
  browserAsks,
  clientIp,
  FORM_TOKEN_COOKIE,
  fieldProblemsOf,
  fieldsOf,
  formPage,
  stringsOf,
} from '#shared/http/public-forms.ts';
import { fieldErrorsFromZod, validate } from '#shared/http/validation.ts';
import { RateLimited } from '#shared/participation/rate-limits.ts';
import { requestSiteContext } from '#shared/site/context.ts';
import { embedUrlOf } from '#shared/site/dialogue-video.ts';
import { sitePaths } from '#shared/site/urls.ts';
import {
  renderDialoguePage,
  renderDialogueProblem,
  renderQuestionReceipt,
} from '#web/site/dialogue/render.ts';

/**
 * Online dialogues with the province's leaders: the public question form (a form post with JavaScript
 * off, answered with pages; JSON for scripts), the public record of a dialogue, and the officer's and the
 * answer desk's routes under /admin.
 */
const idParam = z.object({ id: z.uuid() });
const questionParam = z.object({ id: z.uuid(), questionId: z.uuid() });
const page = formPage;

/** What a browser gets back after a failed post: the page with the form filled and its errors, or a problem page. */
async function failedPostPage(
  c: Context<ContextEnv>,
  slug: string,
  error: AppError,
  values: Record<string, unknown>,
) {
  const ctx = await requestSiteContext();
  const dialogue = await dialogueBySlug(slug).catch(() => undefined);
  if (error.status === 400 && dialogue) {
    const settings = dialogueSettings();
    const questions = (await listQuestionsOfDialogue(dialogue.id))
      .filter((question) => isPublic(question.status))
      .map(toPublicQuestion);
    return page(
      c,
      renderDialoguePage(ctx, {
        dialogue,
        questions,
        embedUrl: dialogue.videoUrl ? embedUrlOf(dialogue.videoUrl, settings.videoHosts) : undefined,
        takesQuestions: true,
        form: {
          settings: { retentionDays: settings.retentionDays, noticeVersion: settings.noticeVersion },
          values: stringsOf(values),
          errors: fieldProblemsOf(error),
        },
      }),
      400,
    );
  }
  if (error instanceof RateLimited) c.header('retry-after', String(error.retryAfterSeconds));
  return page(
    c,
    renderDialogueProblem(ctx, {
      title: error.titleVi,
      titleEn: error.titleEn,
      ...(dialogue
        ? { back: { href: sitePaths.dialogue(dialogue.slug), label: `Về trang “${dialogue.title}”` } }
        : {}),
    }),
    error.status,
  );
}

const publicRoutes = new Hono<ContextEnv>()
  .get('/health', (c) => c.json({ context: 'dialogues', ok: true }))
  .get('/:slug', validate('param', z.object({ slug: slugSchema })), async (c) => {
    const dialogue = await dialogueBySlug(c.req.valid('param').slug);
    const questions = (await listQuestionsOfDialogue(dialogue.id))
      .filter((question) => isPublic(question.status))
      .map(toPublicQuestion);
    const { anonymisedAt: _internal, ...publicDialogue } = dialogue;
    c.header('cache-control', 'public, max-age=15');
    return c.json({ dialogue: publicDialogue, questions });
  })
  .post('/:slug/questions', validate('param', z.object({ slug: slugSchema })), async (c) => {
    const { slug } = c.req.valid('param');
    const browser = browserAsks(c.req.header('accept'), c.req.header('content-type'));
    const values = await fieldsOf(c.req);
    const parsed = questionSubmissionSchema.safeParse(values);
    try {
      if (!parsed.success) throw errors.validation(fieldErrorsFromZod(parsed.error));
      const receipt = await submitQuestion(slug, parsed.data, {
        ip: clientIp(c),
        formToken: getCookie(c, FORM_TOKEN_COOKIE),
      });
      if (browser) {
        const dialogue = await dialogueBySlug(slug);
        return page(
          c,
          renderQuestionReceipt(await requestSiteContext(), dialogue, receipt.receiptMailed),
          201,
        );
      }
      return c.json(receipt, receipt.repeated ? 200 : 201);
    } catch (error) {
      if (browser && error instanceof AppError) return failedPostPage(c, slug, error, values);
      throw error;
    }
  });

const adminRoutes = createAdminApp(dialoguePolicy)
  .get('/settings', (c) => {
    const { videoHosts, answerGraceMinutes, retentionDays } = dialogueSettings();
    return c.json({ videoHosts, answerGraceMinutes, retentionDays });
  })
  .get('/dialogues', async (c) => c.json({ items: await listDialogues() }))
  .post('/dialogues', validate('json', dialogueInputSchema), async (c) =>
    c.json(await createDialogue(actorOf(c.get('principal')), c.req.valid('json')), 201),
  )
  .get('/dialogues/:id', validate('param', idParam), async (c) =>
    c.json(await loadDialogue(c.req.valid('param').id)),
  )
  .put('/dialogues/:id', validate('param', idParam), validate('json', dialogueUpdateSchema), async (c) =>
    c.json(await updateDialogue(actorOf(c.get('principal')), c.req.valid('param').id, c.req.valid('json'))),
  )
  .get('/dialogues/:id/questions', validate('param', idParam), async (c) =>
    c.json(await questionsForStaff(c.req.valid('param').id)),
  )
  .post(
    '/dialogues/:id/questions/:questionId/publish',
    validate('param', questionParam),
    validate('json', publishQuestionSchema),
    async (c) => {
      const { id, questionId } = c.req.valid('param');
      return c.json(await publishQuestion(actorOf(c.get('principal')), id, questionId, c.req.valid('json')));
    },
  )
  .post(
    '/dialogues/:id/questions/:questionId/reject',
    validate('param', questionParam),
    validate('json', rejectQuestionSchema),
    async (c) => {
      const { id, questionId } = c.req.valid('param');
      return c.json(await rejectQuestion(actorOf(c.get('principal')), id, questionId, c.req.valid('json')));
    },
  )
  .put(
    '/dialogues/:id/questions/:questionId/public-text',
    validate('param', questionParam),
    validate('json', editQuestionSchema),
    async (c) => {
      const { id, questionId } = c.req.valid('param');
      return c.json(await editQuestion(actorOf(c.get('principal')), id, questionId, c.req.valid('json')));
    },
  )
  .post(
    '/dialogues/:id/questions/:questionId/assign',
    validate('param', questionParam),
    validate('json', assignQuestionSchema),
    async (c) => {
      const { id, questionId } = c.req.valid('param');
      return c.json(await assignQuestion(actorOf(c.get('principal')), id, questionId, c.req.valid('json')));
    },
  )
  .post(
    '/dialogues/:id/questions/:questionId/answer',
    validate('param', questionParam),
    validate('json', answerQuestionSchema),
    async (c) => {
      const { id, questionId } = c.req.valid('param');
      return c.json(await answerQuestion(actorOf(c.get('principal')), id, questionId, c.req.valid('json')));
    },
  );

// The admin routes first: `/:slug` must not catch `/admin`.
export const dialogueApp = createContextApp('/api/dialogues')
  .route('/admin', adminRoutes)
  .route('/', publicRoutes);
