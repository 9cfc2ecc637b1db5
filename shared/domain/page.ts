import * as z from 'zod';
import { articleStatusSchema } from '#shared/domain/editorial-status.ts';
import { bilingual, isoInstantSchema, languageSchema, slugSchema, text } from '#shared/domain/text.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';
import { normalizeText } from '#shared/text/vietnamese.ts';

/**
 * Managed pages (trang thông tin): the introduction, contacts, access to information, privacy… Like an
 * article, a page is a head record plus immutable numbered revisions, and goes live only through the
 * director's approval (shared/editorial/workflow.ts decides for both). Unlike an article it has no category,
 * listing or feed: it sits in a tree (parent, order) and at a fixed address chosen when it is created
 * (docs/decisions.md 142).
 */
export const pageStatusSchema = articleStatusSchema.exclude(['scheduled']);
export type PageStatus = z.infer<typeof pageStatusSchema>;

/** What an editor writes and the director approves: the text and the page's place in the tree. */
export const pageContentSchema = z.object({
  title: text({ min: 2, max: 250 }),
  /** A lead paragraph; may be empty. */
  summary: z
    .string()
    .max(2000)
    .transform((value) => normalizeText(value).trim())
    .pipe(z.string().max(600))
    .default(''),
  bodyHtml: z.string().min(1).max(200_000),
  /** The parent page (same language), none for a page at the top of the tree. */
  parentId: z.uuid().optional(),
  /** Position among its siblings, smaller first. */
  order: z.number().int().min(0).max(999).default(0),
});
export type PageContent = z.infer<typeof pageContentSchema>;

export const pageRevisionSchema = pageContentSchema.extend({
  pageId: z.uuid(),
  revision: z.number().int().min(1),
  savedAt: isoInstantSchema,
  savedBy: z.string(),
  savedByName: z.string(),
});
export type PageRevision = z.infer<typeof pageRevisionSchema>;

export const pageSchema = z.object({
  id: z.uuid(),
  language: languageSchema,
  /** The page's address (`/<slug>/`, `/en/<slug>/`): chosen at creation, never changed. */
  slug: slugSchema,
  status: pageStatusSchema,
  authorId: z.string(),
  authorName: z.string(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  latestRevision: z.number().int().min(1),
  publishedRevision: z.number().int().min(1).optional(),
  submittedRevision: z.number().int().min(1).optional(),
  firstPublishedAt: isoInstantSchema.optional(),
  publishedAt: isoInstantSchema.optional(),
  reviewNote: z.string().optional(),
  /** The same page in the other language; the link is kept on both heads. */
  translationOf: z.uuid().optional(),
  /** Denormalized from the latest revision for the admin tree. */
  title: z.string(),
  parentId: z.uuid().optional(),
  order: z.number().int().min(0),
  version: z.number().int().min(1),
});
export type Page = z.infer<typeof pageSchema>;

/** A live page as the site renders it: its approved revision; `publishedAt` is its "last updated". */
export const publishedPageSchema = pageContentSchema.extend({
  id: z.uuid(),
  language: languageSchema,
  slug: slugSchema,
  revision: z.number().int().min(1),
  firstPublishedAt: isoInstantSchema,
  publishedAt: isoInstantSchema,
  /** Slug of the translation's live page, for the language switch. */
  translationSlug: slugSchema.optional(),
});
export type PublishedPage = z.infer<typeof publishedPageSchema>;

/** A live page as a menu, a breadcrumb or a parent's list of subpages shows it. */
export const pageSummarySchema = publishedPageSchema.pick({
  id: true,
  language: true,
  slug: true,
  title: true,
  parentId: true,
  order: true,
});
export type PageSummary = z.infer<typeof pageSummarySchema>;

// Inputs of the admin API.

export const createPageInputSchema = pageContentSchema.extend({
  language: languageSchema,
  /** The address; from the title when omitted. */
  slug: slugSchema.optional().describe(bilingual('Đường dẫn', 'Address')),
  translationOf: z.uuid().optional(),
});
export type CreatePageInput = z.infer<typeof createPageInputSchema>;

export const savePageInputSchema = pageContentSchema.extend(versionedSchema.shape);

export const returnPageInputSchema = versionedSchema.extend({
  note: text({ min: 3, max: 2000 }).describe(bilingual('Lý do trả lại', 'Reason for returning')),
});

/** Where a page sits, before or after a change: what the publisher needs to know what it touches. */
export const pagePositionSchema = z.object({
  slug: slugSchema,
  title: z.string(),
  parentId: z.uuid().optional(),
});
export type PagePosition = z.infer<typeof pagePositionSchema>;

/** One page went live, was revised or came down (shared/site/page-touches.ts). */
export const pageChangeSchema = z.object({
  pageId: z.uuid(),
  language: languageSchema,
  before: pagePositionSchema.optional(),
  after: pagePositionSchema.optional(),
  translation: z.object({ language: languageSchema, slug: slugSchema }).optional(),
});
export type PageChange = z.infer<typeof pageChangeSchema>;
