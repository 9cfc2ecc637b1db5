import { Hono } from 'hono';
import { recountInputSchema, reportDownloadQuerySchema, reportQuerySchema } from '#shared/domain/reports.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { validate } from '#shared/http/validation.ts';
import { backfillActivity } from '#shared/reports/recount.ts';
import { renderActivityReportPdf } from '#shared/reports/report-pdf.ts';
import { activityReport } from '#shared/reports/report-service.ts';
import { reportCsv } from '#shared/reports/report-tables.ts';

/**
 * The reports on the portal's activity (issue 15; policy: shared/auth/policies/reports.ts): the report of a
 * period as JSON, CSV and PDF, and the administrator's recount (backfill) of a period's counters.
 */
const fileName = (period: string, extension: string) => `bao-cao-hoat-dong-${period}.${extension}`;

export const reportRoutes = new Hono<ContextEnv>()
  .get('/reports', validate('query', reportQuerySchema), async (c) => {
    return c.json(await activityReport(c.req.valid('query').period));
  })
  .get('/reports/csv', validate('query', reportDownloadQuerySchema), async (c) => {
    const { period, lang } = c.req.valid('query');
    const csv = reportCsv(await activityReport(period), lang);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName(period.id, 'csv')}"`,
      'cache-control': 'no-store',
    });
  })
  .get('/reports/pdf', validate('query', reportDownloadQuerySchema), async (c) => {
    const { period, lang } = c.req.valid('query');
    const pdf = await renderActivityReportPdf(await activityReport(period), lang, new Date());
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${fileName(period.id, 'pdf')}"`,
      'cache-control': 'no-store',
    });
  })
  .post('/reports/recount', validate('json', recountInputSchema), async (c) => {
    const { period } = c.req.valid('json');
    return c.json({ period: period.id, months: await backfillActivity(period) });
  });
