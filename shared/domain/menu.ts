import * as z from 'zod';
import { isoInstantSchema, text } from '#shared/domain/text.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';

/**
 * The site's menus and the home page's blocks, arranged by the admin without a deploy: one record per menu
 * (versioned, audited). A menu item points at a page of the site, a managed page, the categories, or an
 * external address; its label is given in both languages (pages and the home entry fall back to their own
 * names).
 */
export const menuIdSchema = z.enum(['main', 'footer', 'home']);
export type MenuId = z.infer<typeof menuIdSchema>;

/** A path on this site: `/…/`, no scheme, no host, no `..`. */
const sitePathSchema = z
  .string()
  .max(200)
  .regex(/^\/(?:[a-z0-9-]+\/)*(?:[a-z0-9-]+(?:\.[a-z]+)+)?$/);

export const menuTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('home') }),
  /** Every category, in the categories' own order. */
  z.object({ kind: z.literal('categories') }),
  /** A managed page in each language (the page and its translation); shown where that one is live. */
  z.object({ kind: z.literal('page'), vi: z.uuid().optional(), en: z.uuid().optional() }),
  /** A page of the site in each language (the English one may be the Vietnamese page, e.g. the gazette). */
  z.object({ kind: z.literal('path'), vi: sitePathSchema, en: sitePathSchema }),
  z.object({ kind: z.literal('url'), url: z.url({ protocol: /^https$/ }).max(500) }),
]);
export type MenuTarget = z.infer<typeof menuTargetSchema>;

export const menuItemSchema = z.object({
  target: menuTargetSchema,
  labelVi: text({ max: 80 }).optional(),
  labelEn: text({ max: 80 }).optional(),
});
export type MenuItem = z.infer<typeof menuItemSchema>;

export const menuContentSchema = z.object({
  items: z.array(menuItemSchema).max(40),
  /** Home blocks only: the article shown first on each language's home page. */
  featuredArticleIds: z.object({ vi: z.uuid().optional(), en: z.uuid().optional() }).optional(),
});
export type MenuContent = z.infer<typeof menuContentSchema>;

export const menuSchema = menuContentSchema.extend({
  id: menuIdSchema,
  updatedAt: isoInstantSchema,
  updatedBy: z.string(),
  version: z.number().int().min(1),
});
export type Menu = z.infer<typeof menuSchema>;

export const saveMenuInputSchema = menuContentSchema.extend({
  expectedVersion: versionedSchema.shape.expectedVersion.optional(),
});
export type SaveMenuInput = z.infer<typeof saveMenuInputSchema>;
export const menuIdParamSchema = z.object({ id: menuIdSchema });
