import * as z from 'zod';
import { auditEntrySchema } from '#shared/domain/audit.ts';
import {
  type MenuId,
  menuContentSchema,
  menuIdSchema,
  menuSchema,
  type SaveMenuInput,
} from '#shared/domain/menu.ts';
import {
  type CreatePageInput,
  pageRevisionSchema,
  pageSchema,
  publishedPageSchema,
  type savePageInputSchema,
} from '#shared/domain/page.ts';
import { contextClient } from './transport.ts';

/** Managed pages and menus (functions/content/pages.ts; policy: shared/auth/policies/content.ts). */
const content = contextClient('/api/content');
const pagePath = (id: string, rest = '') => `/admin/pages/${encodeURIComponent(id)}${rest}`;
const versioned = (expectedVersion: number) => ({ body: { expectedVersion } });

const pageViewSchema = z.object({
  page: pageSchema,
  latest: pageRevisionSchema,
  published: publishedPageSchema.optional(),
});
/** A menu as the API answers it: a menu never saved comes without a version. */
const menuViewSchema = z.union([menuSchema, menuContentSchema.extend({ id: menuIdSchema })]);
export type MenuView = z.infer<typeof menuViewSchema>;
export type SavePageInput = z.input<typeof savePageInputSchema>;

export const pagesApi = {
  list: () => content.items(pageSchema, 'GET', '/admin/pages'),
  get: (id: string) => content.json(pageViewSchema, 'GET', pagePath(id)),
  create: (input: CreatePageInput) => content.json(pageSchema, 'POST', '/admin/pages', { body: input }),
  save: (id: string, input: SavePageInput) => content.json(pageSchema, 'PUT', pagePath(id), { body: input }),
  submit: (id: string, expectedVersion: number) =>
    content.json(pageSchema, 'POST', pagePath(id, '/submit'), versioned(expectedVersion)),
  approve: (id: string, expectedVersion: number) =>
    content.json(pageSchema, 'POST', pagePath(id, '/approve'), versioned(expectedVersion)),
  returnPage: (id: string, input: { expectedVersion: number; note: string }) =>
    content.json(pageSchema, 'POST', pagePath(id, '/return'), { body: input }),
  history: (id: string) => content.items(auditEntrySchema, 'GET', pagePath(id, '/history')),
  preview: (id: string) => content.text(pagePath(id, '/preview'), 'text/html'),
  reviewQueue: () => content.items(pageSchema, 'GET', '/admin/page-review-queue'),
  menu: (id: MenuId) => content.json(menuViewSchema, 'GET', `/admin/menus/${id}`),
  saveMenu: (id: MenuId, input: SaveMenuInput) =>
    content.json(menuSchema, 'PUT', `/admin/menus/${id}`, { body: input }),
  menuHistory: (id: MenuId) => content.items(auditEntrySchema, 'GET', `/admin/menus/${id}/history`),
};
