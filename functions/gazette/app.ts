import { Hono } from 'hono';
import * as z from 'zod';
import { actorOf } from '#shared/auth/actor.ts';
import { agencyScopeOf } from '#shared/auth/agency-scope.ts';
import { gazettePolicy } from '#shared/auth/policies/gazette.ts';
import { readEnv } from '#shared/config/env.ts';
import { listHistory } from '#shared/data/audit.ts';
import { getIssue, listDistribution, listDocuments, listIssues } from '#shared/data/gazette.ts';
import { errors } from '#shared/domain/errors.ts';
import {
  composeIssueSchema,
  correctionInputSchema,
  distributionEntrySchema,
  documentSearchQuerySchema,
  documentStatusSchema,
  documentSubmissionSchema,
  issueApprovalSchema,
  issueStatusSchema,
  reviewDecisionSchema,
} from '#shared/domain/gazette.ts';
import { bilingual } from '#shared/domain/text.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';
import { addCorrection } from '#shared/gazette/corrections.ts';
import { gazetteSettings, withTiming } from '#shared/gazette/deadlines.ts';
import { replaceDistribution } from '#shared/gazette/distribution.ts';
import { documentFor, resubmitDocument, reviewDocument, submitDocument } from '#shared/gazette/documents.ts';
import { exportIssue } from '#shared/gazette/exchange.ts';
import { composeIssue, decideIssue, loadIssue, sendIssueForApproval } from '#shared/gazette/issues.ts';
import { searchDocuments } from '#shared/gazette/search.ts';
import { type ContextEnv, createAdminApp, createContextApp } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import { createDocumentUploadTicket, documentUploadRequestSchema } from '#shared/media/document-uploads.ts';
import { requestSiteContext as siteContext } from '#shared/site/context.ts';
import { renderLegalDocumentSearch } from '#web/site/gazette/render.ts';

/**
 * Gazette context (Công báo): agencies submit legal documents, the officer reviews them and composes
 * issues, the director approves; the state machines (shared/gazette) carry each through.
 */
const idParam = z.object({ id: z.uuid() });

const publicRoutes = new Hono<ContextEnv>().get(
  '/documents',
  validate('query', documentSearchQuerySchema),
  async (c) => {
    const query = c.req.valid('query');
    const found = await searchDocuments(query);
    if (c.req.header('accept')?.includes('text/html')) {
      return c.html(renderLegalDocumentSearch(await siteContext(), { query, ...found }));
    }
    return c.json({ query, total: found.total, items: found.results });
  },
);

const adminRoutes = createAdminApp(gazettePolicy)
  .get('/me', (c) => c.json(c.get('principal')))
  .get('/settings', (c) => c.json(gazetteSettings()))
  .post('/files/uploads', validate('json', documentUploadRequestSchema), async (c) =>
    c.json(await createDocumentUploadTicket(c.req.valid('json'), 'gazette'), 201),
  )
  .post('/documents', validate('json', documentSubmissionSchema), async (c) =>
    c.json(await submitDocument(c.get('principal'), c.req.valid('json')), 201),
  )
  .get(
    '/documents',
    validate(
      'query',
      z.object({
        status: documentStatusSchema.optional(),
        cursor: z.string().optional(),
        limit: z.coerce.number().int().min(1).max(100).default(50),
      }),
    ),
    async (c) => {
      // Agencies list their own documents; officers work the queues by status, each document with how it
      // stands against the 3-day submission limit and the posting deadline.
      const agencyId = agencyScopeOf(c.get('principal'));
      const page = await listDocuments({ ...c.req.valid('query'), ...(agencyId ? { agencyId } : {}) });
      return c.json({ ...page, items: await withTiming(page.items) });
    },
  )
  .get('/documents/:id', validate('param', idParam), async (c) =>
    c.json(await documentFor(c.get('principal'), c.req.valid('param').id)),
  )
  .put(
    '/documents/:id',
    validate('param', idParam),
    validate('json', documentSubmissionSchema.and(versionedSchema)),
    async (c) => {
      const { expectedVersion, ...submission } = c.req.valid('json');
      return c.json(
        await resubmitDocument(c.get('principal'), c.req.valid('param').id, submission, expectedVersion),
      );
    },
  )
  .get('/documents/:id/history', validate('param', idParam), async (c) => {
    const document = await documentFor(c.get('principal'), c.req.valid('param').id);
    return c.json({ items: await listHistory({ type: 'LegalDocument', id: document.id }) });
  })
  .post(
    '/documents/:id/review',
    validate('param', idParam),
    validate('json', reviewDecisionSchema.and(versionedSchema)),
    async (c) => {
      const { expectedVersion, ...decision } = c.req.valid('json');
      return c.json(
        await reviewDocument(actorOf(c.get('principal')), c.req.valid('param').id, decision, expectedVersion),
      );
    },
  )
  .post(
    '/documents/:id/corrections',
    validate('param', idParam),
    validate('json', correctionInputSchema),
    async (c) =>
      c.json(
        await addCorrection(actorOf(c.get('principal')), c.req.valid('param').id, c.req.valid('json').text),
        201,
      ),
  )
  .get('/issues', validate('query', z.object({ status: issueStatusSchema.optional() })), async (c) =>
    c.json({ items: await listIssues(c.req.valid('query').status) }),
  )
  .post('/issues', validate('json', composeIssueSchema), async (c) =>
    c.json(await composeIssue(actorOf(c.get('principal')), c.req.valid('json')), 201),
  )
  .get('/issues/:id', validate('param', idParam), async (c) =>
    c.json(await loadIssue(c.req.valid('param').id)),
  )
  .get('/issues/:id/history', validate('param', idParam), async (c) => {
    const issue = await loadIssue(c.req.valid('param').id);
    return c.json({ items: await listHistory({ type: 'GazetteIssue', id: issue.id }) });
  })
  .post('/issues/:id/send', validate('param', idParam), validate('json', versionedSchema), async (c) =>
    c.json(
      await sendIssueForApproval(
        actorOf(c.get('principal')),
        c.req.valid('param').id,
        c.req.valid('json').expectedVersion,
      ),
    ),
  )
  .post(
    '/issues/:id/decision',
    validate('param', idParam),
    validate('json', issueApprovalSchema),
    async (c) =>
      c.json(await decideIssue(actorOf(c.get('principal')), c.req.valid('param').id, c.req.valid('json'))),
  )
  .get('/issues/:id/export', validate('param', idParam), async (c) => {
    const issue = await getIssue(c.req.valid('param').id);
    if (!issue) throw errors.notFound('issue');
    return c.json(await exportIssue(issue, readEnv().PUBLIC_BASE_URL));
  })
  .get('/distribution', async (c) => c.json({ items: await listDistribution() }))
  .put(
    '/distribution',
    validate(
      'json',
      z.object({
        entries: z
          .array(distributionEntrySchema)
          // The list is one item (400 KB at most): 200 agencies with the longest notes fit.
          .max(
            200,
            bilingual(
              'Danh sách cấp phát có tối đa 200 cơ quan',
              'The distribution list holds at most 200 agencies',
            ),
          )
          // One entry per agency: two entries would give one agency two different counts.
          .superRefine((entries, context) => {
            entries.forEach((entry, index) => {
              if (entries.findIndex((other) => other.agencyId === entry.agencyId) === index) return;
              context.addIssue({
                code: 'custom',
                path: [index, 'agencyId'],
                message: bilingual('Cơ quan này đã có trong danh sách', 'This agency is already on the list'),
              });
            });
          }),
      }),
    ),
    async (c) =>
      c.json({ items: await replaceDistribution(actorOf(c.get('principal')), c.req.valid('json').entries) }),
  );

export const gazetteApp = createContextApp('/api/gazette')
  .route('/', publicRoutes)
  .route('/admin', adminRoutes);
