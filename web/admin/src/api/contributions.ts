import * as z from 'zod';
import { articleSchema } from '#shared/domain/article.ts';
import { auditEntrySchema } from '#shared/domain/audit.ts';
import { type ContributionInput, contributionSchema } from '#shared/domain/contribution.ts';
import { contextClient } from './transport.ts';

/**
 * Agencies' contributions (functions/content/contributions.ts; who may call what:
 * shared/auth/policies/content.ts), typed by the schemas of shared/domain/contribution.ts.
 */
const content = contextClient('/api/content');
const path = (id: string, rest = '') => `/admin/contributions/${encodeURIComponent(id)}${rest}`;

const viewSchema = z.object({
  contribution: contributionSchema,
  /** Whether the caller's area covers it (shared/editorial/areas.ts): take and decline are offered then. */
  mayHandle: z.boolean(),
});
const takenSchema = z.object({ contribution: contributionSchema, article: articleSchema });

/** A contribution as the form sends it: a category or a language not chosen yet goes as ''. */
export type ContributionBody = Omit<ContributionInput, 'language'> & { language: string };

export const contributionsApi = {
  list: () => content.items(contributionSchema, 'GET', '/admin/contributions'),
  get: (id: string) => content.json(viewSchema, 'GET', path(id)),
  history: (id: string) => content.items(auditEntrySchema, 'GET', path(id, '/history')),
  send: (input: ContributionBody) =>
    content.json(contributionSchema, 'POST', '/admin/contributions', { body: input }),
  take: (id: string, expectedVersion: number) =>
    content.json(takenSchema, 'POST', path(id, '/take'), { body: { expectedVersion } }),
  decline: (id: string, input: { expectedVersion: number; reason: string }) =>
    content.json(contributionSchema, 'POST', path(id, '/decline'), { body: input }),
};
