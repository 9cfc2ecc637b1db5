import { activityReportSchema } from '#shared/domain/reports.ts';
import type { Language } from '#shared/domain/text.ts';
import { contextClient, queryString, request } from './transport.ts';

/**
 * The reports on the portal's activity (functions/content/reports.ts; who may read them:
 * shared/auth/policies/reports.ts): a period's report, and its CSV and PDF as files.
 */
const content = contextClient('/api/content');

export const reportsApi = {
  get: (period: string) =>
    content.json(activityReportSchema, 'GET', `/admin/reports${queryString({ period })}`),
  download: async (period: string, format: 'csv' | 'pdf', lang: Language): Promise<Blob> =>
    (
      await request('GET', `/api/content/admin/reports/${format}${queryString({ period, lang })}`, {
        accept: format === 'csv' ? 'text/csv' : 'application/pdf',
      })
    ).blob(),
};
