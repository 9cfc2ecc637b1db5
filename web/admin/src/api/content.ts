import * as z from 'zod';
import {
  type approveArticleInputSchema,
  articleRevisionSchema,
  articleSchema,
  type createArticleInputSchema,
  type returnArticleInputSchema,
  type saveArticleInputSchema,
} from '#shared/domain/article.ts';
import { auditEntrySchema } from '#shared/domain/audit.ts';
import {
  type agencyInputSchema,
  agencySchema,
  type agencyUpdateSchema,
  type categoryInputSchema,
  categorySchema,
  type categoryUpdateSchema,
} from '#shared/domain/directory.ts';
import { contextClient, pageOf, queryString } from './transport.ts';

/**
 * The content API (functions/content; who may call what: shared/auth/policies/content.ts): articles and
 * their workflow, media uploads, and the portal's reference data (categories, agencies).
 */
const content = contextClient('/api/content');

const articleViewSchema = z.object({
  article: articleSchema,
  latest: articleRevisionSchema,
  published: articleRevisionSchema.optional(),
  /** Whether the caller may change it: false for an editor outside their area (shared/editorial/areas.ts). */
  mayEdit: z.boolean().default(true),
});
const uploadedSchema = z.object({
  key: z.string(),
  url: z.string().optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  variants: z.array(z.number().int().positive()).default([]),
});

export type ArticleListQuery = {
  status?: string;
  categorySlug?: string;
  language?: string;
  authorId?: string;
  cursor?: string;
};
export type CreateArticleInput = z.input<typeof createArticleInputSchema>;
export type SaveArticleInput = z.input<typeof saveArticleInputSchema>;
export type ApproveInput = z.input<typeof approveArticleInputSchema>;
export type ReturnInput = z.input<typeof returnArticleInputSchema>;
export type ArticleView = z.output<typeof articleViewSchema>;
export type Uploaded = z.output<typeof uploadedSchema>;
export type CategoryInput = z.input<typeof categoryInputSchema>;
export type CategoryUpdate = z.input<typeof categoryUpdateSchema>;
export type AgencyInput = z.input<typeof agencyInputSchema>;
export type AgencyUpdate = z.input<typeof agencyUpdateSchema>;

const articlePath = (id: string, rest = '') => `/admin/articles/${encodeURIComponent(id)}${rest}`;
const versioned = (expectedVersion: number) => ({ body: { expectedVersion } });

const meSchema = z.object({
  /** An editor's area (shared/editorial/areas.ts); absent for everyone else. */
  editorArea: z
    .object({ categories: z.array(z.string()), languages: z.array(z.enum(['vi', 'en'])) })
    .optional(),
});

export const contentApi = {
  /** What the API knows of the caller beyond the token: an editor's area. */
  me: () => content.json(meSchema, 'GET', '/admin/me'),
  categories: () => content.items(categorySchema, 'GET', '/categories'),
  agencies: () => content.items(agencySchema, 'GET', '/agencies'),
  createCategory: (input: CategoryInput) =>
    content.json(categorySchema, 'POST', '/admin/categories', { body: input }),
  updateCategory: (slug: string, input: CategoryUpdate) =>
    content.json(categorySchema, 'PUT', `/admin/categories/${encodeURIComponent(slug)}`, { body: input }),
  categoryHistory: (slug: string) =>
    content.items(auditEntrySchema, 'GET', `/admin/categories/${encodeURIComponent(slug)}/history`),
  createAgency: (input: AgencyInput) =>
    content.json(agencySchema, 'POST', '/admin/agencies', { body: input }),
  updateAgency: (id: string, input: AgencyUpdate) =>
    content.json(agencySchema, 'PUT', `/admin/agencies/${encodeURIComponent(id)}`, { body: input }),
  agencyHistory: (id: string) =>
    content.items(auditEntrySchema, 'GET', `/admin/agencies/${encodeURIComponent(id)}/history`),

  listArticles: (query: ArticleListQuery) =>
    content.json(pageOf(articleSchema), 'GET', `/admin/articles${queryString(query)}`),
  createArticle: (input: CreateArticleInput) =>
    content.json(articleSchema, 'POST', '/admin/articles', { body: input }),
  getArticle: (id: string) => content.json(articleViewSchema, 'GET', articlePath(id)),
  saveArticle: (id: string, input: SaveArticleInput) =>
    content.json(articleSchema, 'PUT', articlePath(id), { body: input }),
  submit: (id: string, expectedVersion: number) =>
    content.json(articleSchema, 'POST', articlePath(id, '/submit'), versioned(expectedVersion)),
  approve: (id: string, input: ApproveInput) =>
    content.json(articleSchema, 'POST', articlePath(id, '/approve'), { body: input }),
  returnArticle: (id: string, input: ReturnInput) =>
    content.json(articleSchema, 'POST', articlePath(id, '/return'), { body: input }),
  unpublish: (id: string, expectedVersion: number) =>
    content.json(articleSchema, 'POST', articlePath(id, '/unpublish'), versioned(expectedVersion)),
  archive: (id: string, expectedVersion: number) =>
    content.json(articleSchema, 'POST', articlePath(id, '/archive'), versioned(expectedVersion)),
  history: (id: string) => content.items(auditEntrySchema, 'GET', articlePath(id, '/history')),
  revisions: (id: string) => content.items(articleRevisionSchema, 'GET', articlePath(id, '/revisions')),
  preview: (id: string, revision?: number) =>
    content.text(articlePath(id, `/preview${queryString({ revision })}`), 'text/html'),
  reviewQueue: () => content.items(articleSchema, 'GET', '/admin/review-queue'),

  /** An image for an article: uploaded to storage by ticket, then the API makes its variants. */
  upload: async (file: File, alt: { altVi: string }): Promise<Uploaded> => {
    const key = await content.upload('/admin/media/uploads', file, file.type || 'application/octet-stream');
    return content.json(uploadedSchema, 'POST', '/admin/media/uploads/complete', { body: { key, ...alt } });
  },
};

/** Where the gateway (CloudFront, or `npm start`) serves a media key: `media/…` → `/media/…`. */
export const mediaUrl = (key: string) => `/${key.replace(/^\/+/, '')}`;
