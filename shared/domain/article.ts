import * as z from 'zod';
import { articleStatusSchema } from '#shared/domain/editorial-status.ts';
import { bilingual, isoInstantSchema, languageSchema, slugSchema, text } from '#shared/domain/text.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';

/**
 * News and information articles. An article is a head record (workflow state, pointers) plus
 * immutable numbered revisions of its content. The live page always shows `publishedRevision`;
 * a revision of a published article goes through approval while the live one stays.
 */
export { type ArticleStatus, articleStatusSchema } from '#shared/domain/editorial-status.ts';

export const coverImageSchema = z.object({
  /** Key under the media bucket, e.g. `media/2026/11/<id>.jpg`. */
  key: z.string().regex(/^media\/[\w\-/.]+$/),
  alt: text({ max: 300 }),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  /** Widths of the responsive variants stored beside the original (`<key>-<width>w.webp`). */
  variants: z.array(z.number().int().positive()).default([]),
});
export type CoverImage = z.infer<typeof coverImageSchema>;

const tagSchema = text({ max: 60 });

/**
 * The agency an article credits as its source (an agency's contribution, shared/domain/contribution.ts): its
 * id and its names as they were when the contribution was taken into editing.
 */
export const sourceAgencySchema = z.object({ id: slugSchema, nameVi: z.string(), nameEn: z.string() });
export type SourceAgency = z.infer<typeof sourceAgencySchema>;

/** What an editor writes. The body is HTML that is sanitized before it is stored. */
export const articleContentSchema = z.object({
  title: text({ min: 5, max: 250 }),
  summary: text({ min: 10, max: 600 }),
  bodyHtml: z.string().min(1).max(200_000),
  coverImage: coverImageSchema.optional(),
  categorySlug: slugSchema,
  tags: z.array(tagSchema).max(20).default([]),
});
export type ArticleContent = z.infer<typeof articleContentSchema>;

export const articleRevisionSchema = articleContentSchema.extend({
  articleId: z.uuid(),
  revision: z.number().int().min(1),
  savedAt: isoInstantSchema,
  savedBy: z.string(),
  savedByName: z.string(),
});
export type ArticleRevision = z.infer<typeof articleRevisionSchema>;

export const articleSchema = z.object({
  id: z.uuid(),
  language: languageSchema,
  /** Assigned at creation from the title; stable once the article has been published. */
  slug: slugSchema,
  status: articleStatusSchema,
  authorId: z.string(),
  authorName: z.string(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  /** The newest revision (what the editor works on). */
  latestRevision: z.number().int().min(1),
  /** The revision on the public site, if any. */
  publishedRevision: z.number().int().min(1).optional(),
  /** The revision the director is reviewing or has approved for a scheduled time. */
  submittedRevision: z.number().int().min(1).optional(),
  firstPublishedAt: isoInstantSchema.optional(),
  publishedAt: isoInstantSchema.optional(),
  scheduledAt: isoInstantSchema.optional(),
  reviewNote: z.string().optional(),
  /** The same article in the other language; the link is kept on both articles. */
  translationOf: z.uuid().optional(),
  /** Where the article sits in its category's public listing; kept after unpublishing for reuse. */
  listing: z.object({ categorySlug: slugSchema, ordinal: z.number().int().min(0) }).optional(),
  /** Written from an agency's contribution: the agency credited on the page, and the contribution. */
  sourceAgency: sourceAgencySchema.optional(),
  contributionId: z.uuid().optional(),
  /** Denormalized from the latest revision for admin lists and filters. */
  title: z.string(),
  categorySlug: slugSchema,
  version: z.number().int().min(1),
});
export type Article = z.infer<typeof articleSchema>;

/** A published article as the public site renders it: head + its live revision. */
export const publishedArticleSchema = articleContentSchema.extend({
  id: z.uuid(),
  language: languageSchema,
  slug: slugSchema,
  revision: z.number().int().min(1),
  authorName: z.string(),
  firstPublishedAt: isoInstantSchema,
  publishedAt: isoInstantSchema,
  /** Slug of the translation's page, for the language switch. */
  translationSlug: slugSchema.optional(),
  /** Position in its category's listing, from 0, assigned at first publication and never reused. */
  ordinal: z.number().int().min(0),
  /** "Nguồn: <agency>" on the page (an agency's contribution). */
  sourceAgency: sourceAgencySchema.optional(),
});
export type PublishedArticle = z.infer<typeof publishedArticleSchema>;

// Inputs of the admin API.

export const createArticleInputSchema = articleContentSchema.extend({
  language: languageSchema,
  translationOf: z.uuid().optional(),
});

export const saveArticleInputSchema = articleContentSchema.extend(versionedSchema.shape);

export const approveArticleInputSchema = versionedSchema.extend({
  /** Omitted: publish now. Otherwise an instant in the future (the UI sends Asia/Ho_Chi_Minh times with +07:00). */
  publishAt: isoInstantSchema.optional(),
});

export const returnArticleInputSchema = versionedSchema.extend({
  note: text({ min: 3, max: 2000 }).describe(bilingual('Lý do trả lại', 'Reason for returning')),
});

export const articleListQuerySchema = z.object({
  status: articleStatusSchema.optional(),
  categorySlug: slugSchema.optional(),
  language: languageSchema.optional(),
  authorId: z.string().optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
