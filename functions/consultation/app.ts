import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import * as z from 'zod';
import { consultationPolicy } from '#shared/auth/policies/consultation.ts';
import { adoptableDocuments, linkAdoptedDocument } from '#shared/consultation/adoption.ts';
import { moderateComment, readCommentContact, submitComment } from '#shared/consultation/comments.ts';
import {
  decideReport,
  detailForStaff,
  listForStaff,
  postConsultation,
  structureOf,
  submitReport,
} from '#shared/consultation/consultations.ts';
import { publicViewOf } from '#shared/consultation/public-view.ts';
import { consultationSettings } from '#shared/consultation/settings.ts';
import { postVersion } from '#shared/consultation/versions.ts';
import { listVersions } from '#shared/data/consultations.ts';
import {
  adoptedDocumentInputSchema,
  commentSubmissionSchema,
  consultationInputSchema,
  moderationInputSchema,
  reportDecisionSchema,
  reportInputSchema,
  versionInputSchema,
} from '#shared/domain/consultation.ts';
import { AppError, errors } from '#shared/domain/errors.ts';
import { slugSchema } from '#shared/domain/text.ts';
import { type ContextEnv, createAdminApp, createContextApp } from '#shared/http/context-app.ts';
import { browserAsks, clientIp, FORM_TOKEN_COOKIE, fieldsOf } from '#shared/http/public-forms.ts';
import { fieldErrorsFromZod, validate } from '#shared/http/validation.ts';
import {
  createDocumentUploadTicket,
  DOCX_TYPE,
  documentUploadRequestSchema,
} from '#shared/media/document-uploads.ts';
import { presignedDownload } from '#shared/media/downloads.ts';
import { consultationBySlug } from './by-slug.ts';
import { followerRoutes } from './followers.ts';
import { commentFormAnswer, commentReceivedAnswer, problemPageAnswer } from './pages.ts';

/**
 * Consultation context: drafts of regulations posted for public comment (lấy ý kiến dự thảo văn bản), the
 * comments and their moderation, the disposition report. The public routes serve browsers with JavaScript
 * off (form posts answered with pages) and scripts (JSON, problem+json) alike.
 */

const idParam = z.object({ id: z.uuid() });
const commentParam = idParam.extend({ commentId: z.uuid() });
const slugParam = z.object({ slug: slugSchema });

const publicRoutes = new Hono<ContextEnv>()
  .get('/health', (c) => c.json({ context: 'consultation', ok: true }))
  .get('/:slug', validate('param', slugParam), async (c) =>
    c.json(await publicViewOf(await consultationBySlug(c.req.valid('param').slug))),
  )
  // Counts only, no commenter: cacheable like the page it matches (re-rendered at each change).
  .get('/:slug/statistics', validate('param', slugParam), async (c) => {
    const view = await publicViewOf(await consultationBySlug(c.req.valid('param').slug));
    c.header('cache-control', 'public, max-age=300');
    return c.json({ slug: view.consultation.slug, ...view.statistics });
  })
  .get(
    '/:slug/files/:index',
    validate('param', slugParam.extend({ index: z.coerce.number().int().min(0).max(10) })),
    async (c) => {
      const { slug, index } = c.req.valid('param');
      const file = (await consultationBySlug(slug)).files[index];
      if (!file) throw errors.notFound(`file ${index} of ${slug}`);
      c.header('cache-control', 'no-store');
      return c.redirect(await presignedDownload(file.key, file.fileName), 302);
    },
  )
  .get(
    '/:slug/versions/:number/files/:index',
    validate(
      'param',
      slugParam.extend({
        number: z.coerce.number().int().min(2).max(1000),
        index: z.coerce.number().int().min(0).max(10),
      }),
    ),
    async (c) => {
      const { slug, number, index } = c.req.valid('param');
      const consultation = await consultationBySlug(slug);
      const version = (await listVersions(consultation.id)).find((known) => known.number === number);
      const file = version?.files[index];
      if (!file) throw errors.notFound(`file ${index} of version ${number} of ${slug}`);
      c.header('cache-control', 'no-store');
      return c.redirect(await presignedDownload(file.key, file.fileName), 302);
    },
  )
  .post('/:slug/comments', validate('param', slugParam), async (c) => {
    const browser = browserAsks(c.req.header('accept'), c.req.header('content-type'));
    const slug = c.req.valid('param').slug;
    const values = await fieldsOf(c.req);
    let consultation: Awaited<ReturnType<typeof consultationBySlug>> | undefined;
    try {
      consultation = await consultationBySlug(slug);
      const parsed = commentSubmissionSchema.safeParse(values);
      if (!parsed.success) throw errors.validation(fieldErrorsFromZod(parsed.error));
      const result = await submitComment(consultation.id, parsed.data, {
        ip: clientIp(c),
        formToken: getCookie(c, FORM_TOKEN_COOKIE),
      });
      if (browser) return commentReceivedAnswer(c, consultation, result.comment.anchor);
      return c.json(
        { id: result.comment.id, anchor: result.comment.anchor, status: result.comment.status },
        result.repeated ? 200 : 201,
      );
    } catch (error) {
      if (browser && error instanceof AppError)
        return consultation ? commentFormAnswer(c, error, consultation, values) : problemPageAnswer(c, error);
      throw error;
    }
  });

const adminRoutes = createAdminApp(consultationPolicy)
  .get('/settings', (c) => {
    const { minimumPeriodDays, noticeVersion } = consultationSettings();
    return c.json({ minimumPeriodDays, noticeVersion });
  })
  .get('/consultations', async (c) => c.json({ items: await listForStaff(c.get('principal')) }))
  .post('/consultations', validate('json', consultationInputSchema), async (c) =>
    c.json(await postConsultation(c.get('principal'), c.req.valid('json')), 201),
  )
  // The structure a pasted text gives (or its problems), before posting: the agency checks its anchors.
  .post('/draft-structure', validate('json', z.object({ draftText: z.string().min(1).max(400_000) })), (c) =>
    c.json(structureOf(c.req.valid('json').draftText)),
  )
  // The text of an uploaded DOCX and its structure: the agency checks it, then posts it as the draft text.
  .post(
    '/draft-structure/docx',
    validate('json', z.object({ key: z.string().regex(/^uploads\//) })),
    // The DOCX reader (mammoth, xmldom, pako: ~250 KB) loads for this one staff route, not at every start.
    async (c) => {
      const { draftFromDocx } = await import('#shared/consultation/docx-text.ts');
      return c.json(await draftFromDocx(c.req.valid('json').key));
    },
  )
  .get('/consultations/:id', validate('param', idParam), async (c) =>
    c.json(await detailForStaff(c.get('principal'), c.req.valid('param').id)),
  )
  .post(
    '/consultations/:id/comments/:commentId/moderation',
    validate('param', commentParam),
    validate('json', moderationInputSchema),
    async (c) => {
      const { id, commentId } = c.req.valid('param');
      return c.json(await moderateComment(c.get('principal'), id, commentId, c.req.valid('json')));
    },
  )
  .get('/consultations/:id/comments/:commentId/contact', validate('param', commentParam), async (c) => {
    const { id, commentId } = c.req.valid('param');
    c.header('cache-control', 'no-store');
    return c.json(await readCommentContact(c.get('principal'), id, commentId));
  })
  .put(
    '/consultations/:id/report',
    validate('param', idParam),
    validate('json', reportInputSchema),
    async (c) => c.json(await submitReport(c.get('principal'), c.req.valid('param').id, c.req.valid('json'))),
  )
  .post(
    '/consultations/:id/report/decision',
    validate('param', idParam),
    validate('json', reportDecisionSchema),
    async (c) => c.json(await decideReport(c.get('principal'), c.req.valid('param').id, c.req.valid('json'))),
  )
  // The adopted document, chosen from the legal-document database (published documents only).
  .get(
    '/adoptable-documents',
    validate('query', z.object({ q: z.string().max(200).default('') })),
    async (c) => c.json(await adoptableDocuments(c.req.valid('query').q)),
  )
  .put(
    '/consultations/:id/adopted-document',
    validate('param', idParam),
    validate('json', adoptedDocumentInputSchema),
    async (c) =>
      c.json(await linkAdoptedDocument(c.get('principal'), c.req.valid('param').id, c.req.valid('json'))),
  )
  .post(
    '/consultations/:id/versions',
    validate('param', idParam),
    validate('json', versionInputSchema),
    async (c) =>
      c.json(await postVersion(c.get('principal'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .post(
    '/files/uploads',
    validate(
      'json',
      documentUploadRequestSchema.extend({ contentType: z.enum(['application/pdf', DOCX_TYPE]) }),
    ),
    async (c) => c.json(await createDocumentUploadTicket(c.req.valid('json'), 'consultation'), 201),
  );

export const consultationApp = createContextApp('/api/consultations')
  .route('/admin', adminRoutes)
  .route('/', followerRoutes)
  .route('/', publicRoutes);
