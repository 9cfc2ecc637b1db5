import * as z from 'zod';
import { auditEntrySchema } from '#shared/domain/audit.ts';
import {
  type externalLinkInputSchema,
  externalLinkSchema,
  type externalLinkUpdateSchema,
  linkCheckSchema,
  type officialInputSchema,
  officialSchema,
  type officialUpdateSchema,
  type unitInputSchema,
  unitSchema,
  type unitUpdateSchema,
} from '#shared/domain/organisation.ts';
import { rebuildProgressSchema } from '#shared/domain/rebuild.ts';
import { contextClient } from './transport.ts';

/**
 * The organisation as data (functions/content/organisation.ts; who may call what:
 * shared/auth/policies/content.ts): units, focal-point officials, external links and their checks, and the
 * administrator's full rebuild (decision 141).
 */
const content = contextClient('/api/content');
const at = (kind: string, id: string, rest = '') => `/admin/${kind}/${encodeURIComponent(id)}${rest}`;

export type UnitInput = z.input<typeof unitInputSchema>;
export type UnitUpdate = z.input<typeof unitUpdateSchema>;
export type OfficialInput = z.input<typeof officialInputSchema>;
export type OfficialUpdate = z.input<typeof officialUpdateSchema>;
export type ExternalLinkInput = z.input<typeof externalLinkInputSchema>;
export type ExternalLinkUpdate = z.input<typeof externalLinkUpdateSchema>;

export const rebuildStatusSchema = z.union([
  rebuildProgressSchema,
  z.object({ rebuildId: z.string(), status: z.literal('starting') }),
]);
export type RebuildStatus = z.infer<typeof rebuildStatusSchema>;

export const organisationApi = {
  units: () => content.items(unitSchema, 'GET', '/admin/units'),
  createUnit: (input: UnitInput) => content.json(unitSchema, 'POST', '/admin/units', { body: input }),
  updateUnit: (id: string, input: UnitUpdate) =>
    content.json(unitSchema, 'PUT', at('units', id), { body: input }),
  unitHistory: (id: string) => content.items(auditEntrySchema, 'GET', at('units', id, '/history')),
  officials: () => content.items(officialSchema, 'GET', '/admin/officials'),
  createOfficial: (input: OfficialInput) =>
    content.json(officialSchema, 'POST', '/admin/officials', { body: input }),
  updateOfficial: (id: string, input: OfficialUpdate) =>
    content.json(officialSchema, 'PUT', at('officials', id), { body: input }),
  officialHistory: (id: string) => content.items(auditEntrySchema, 'GET', at('officials', id, '/history')),
  links: () => content.items(externalLinkSchema, 'GET', '/admin/links'),
  createLink: (input: ExternalLinkInput) =>
    content.json(externalLinkSchema, 'POST', '/admin/links', { body: input }),
  updateLink: (id: string, input: ExternalLinkUpdate) =>
    content.json(externalLinkSchema, 'PUT', at('links', id), { body: input }),
  linkHistory: (id: string) => content.items(auditEntrySchema, 'GET', at('links', id, '/history')),
  linkChecks: () => content.items(linkCheckSchema, 'GET', '/admin/link-checks'),
  checkLinksNow: () => content.json(z.object({ scheduled: z.boolean() }), 'POST', '/admin/link-checks'),
  startRebuild: () => content.json(z.object({ rebuildId: z.string() }), 'POST', '/admin/rebuilds'),
  rebuild: (id: string) => content.json(rebuildStatusSchema, 'GET', at('rebuilds', id)),
};
