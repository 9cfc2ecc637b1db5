import { type ZodType, z } from 'zod';
import {
  type approveArticleInputSchema,
  articleRevisionSchema,
  articleSchema,
  type createArticleInputSchema,
  type returnArticleInputSchema,
  type saveArticleInputSchema,
} from '#shared/domain/article.ts';
import { auditEntrySchema } from '#shared/domain/audit.ts';
import { categorySchema } from '#shared/domain/directory.ts';
import { principalSchema } from '#shared/domain/roles.ts';
import type { Lang } from './i18n.ts';

/**
 * The content API (docs/api.md), typed by the domain schemas in shared/domain. Every answer is parsed with
 * its schema, so the screens work with checked data and no casts. Errors are problem+json documents
 * (RFC 9457) and surface as ApiError; a 401 also tells the app to go back to the login page.
 */
const CONTENT = '/api/content';

const fieldProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  messageEn: z.string().optional(),
});
const problemSchema = z.object({
  type: z.string().default('about:blank'),
  title: z.string(),
  titleEn: z.string().optional(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(fieldProblemSchema).default([]),
  correlationId: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

export function parseProblem(body: unknown): Problem | undefined {
  const parsed = problemSchema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}

/**
 * status 0: the request never got an answer; `unexpected`: an answer the SPA could not read;
 * `storage`: the presigned PUT of an upload failed (refused, expired, or blocked by CORS).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    readonly kind: 'problem' | 'network' | 'unexpected' | 'storage',
  ) {
    super(problem ? `${problem.status} ${problem.title}` : `${kind} (${status})`);
    this.name = 'ApiError';
  }

  get isConflict(): boolean {
    return this.status === 409 && (this.problem?.type ?? '').endsWith('/version-conflict');
  }
}

/** The problem's title in the UI language; undefined when there is no document (the caller says why). */
export function problemTitle(error: ApiError, lang: Lang): string | undefined {
  if (!error.problem) return undefined;
  return lang === 'en' ? (error.problem.titleEn ?? error.problem.title) : error.problem.title;
}

export function fieldMessage(field: FieldProblem, lang: Lang): string {
  return lang === 'en' ? (field.messageEn ?? field.message) : field.message;
}

// The app installs these: where the token comes from, and what to do when the API says 401.
let tokenSource: () => string | undefined = () => undefined;
let onUnauthorized: () => void = () => {};

export function configureApi(options: { token: () => string | undefined; unauthorized: () => void }): void {
  tokenSource = options.token;
  onUnauthorized = options.unauthorized;
}

export type RequestOptions = { body?: unknown; accept?: string; signal?: AbortSignal };

/** A request to any of the portal's APIs (`url` is absolute on this origin: `/api/<context>/…`). */
export async function request(method: string, url: string, options: RequestOptions = {}): Promise<Response> {
  const headers = new Headers({ accept: options.accept ?? 'application/json' });
  const token = tokenSource();
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, undefined, 'network');
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => undefined);
  const problem = problemSchema.safeParse(body);
  if (response.status === 401) onUnauthorized();
  throw new ApiError(
    response.status,
    problem.success ? problem.data : undefined,
    problem.success ? 'problem' : 'unexpected',
  );
}

const send = (method: string, path: string, options?: RequestOptions) =>
  request(method, `${CONTENT}${path}`, options);

/** `request`, with the answer parsed by its schema (a drift in the contract is an `unexpected` ApiError). */
export async function requestJson<Schema extends ZodType>(
  schema: Schema,
  method: string,
  url: string,
  options?: RequestOptions,
): Promise<z.output<Schema>> {
  const response = await request(method, url, options);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    console.error(`Unexpected answer from ${method} ${url}`, parsed.error.issues);
    throw new ApiError(response.status, undefined, 'unexpected');
  }
  return parsed.data;
}

const json = <Schema extends ZodType>(
  schema: Schema,
  method: string,
  path: string,
  options?: RequestOptions,
) => requestJson(schema, method, `${CONTENT}${path}`, options);

/** PUTs a file to a presigned URL (straight to storage, not through the API). */
export async function putToStorage(
  uploadUrl: string,
  headers: Record<string, string>,
  file: File,
): Promise<void> {
  let put: Response;
  try {
    put = await fetch(uploadUrl, { method: 'PUT', headers, body: file });
  } catch {
    throw new ApiError(0, undefined, 'storage');
  }
  if (!put.ok) throw new ApiError(put.status, undefined, 'storage');
}

export const listOf = <Schema extends ZodType>(item: Schema) => z.object({ items: z.array(item) });
const articleListSchema = z.object({ items: z.array(articleSchema), nextCursor: z.string().optional() });
const articleViewSchema = z.object({
  article: articleSchema,
  latest: articleRevisionSchema,
  published: articleRevisionSchema.optional(),
});
export const uploadTicketSchema = z.object({
  key: z.string(),
  uploadUrl: z.string(),
  headers: z.record(z.string(), z.string()).default({}),
  expiresAt: z.string().optional(),
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
  limit?: number;
};
export type CreateArticleInput = z.input<typeof createArticleInputSchema>;
export type SaveArticleInput = z.input<typeof saveArticleInputSchema>;
export type ApproveInput = z.input<typeof approveArticleInputSchema>;
export type ReturnInput = z.input<typeof returnArticleInputSchema>;
export type ArticleView = z.output<typeof articleViewSchema>;
export type Uploaded = z.output<typeof uploadedSchema>;

const articlePath = (id: string, rest = '') => `/admin/articles/${encodeURIComponent(id)}${rest}`;

export const api = {
  me: () => json(principalSchema, 'GET', '/admin/me'),
  categories: () => json(listOf(categorySchema), 'GET', '/categories'),

  listArticles: (query: ArticleListQuery, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params.set(name, String(value));
    }
    const search = params.size > 0 ? `?${params}` : '';
    return json(articleListSchema, 'GET', `/admin/articles${search}`, signal ? { signal } : {});
  },
  createArticle: (input: CreateArticleInput) =>
    json(articleSchema, 'POST', '/admin/articles', { body: input }),
  getArticle: (id: string) => json(articleViewSchema, 'GET', articlePath(id)),
  saveArticle: (id: string, input: SaveArticleInput) =>
    json(articleSchema, 'PUT', articlePath(id), { body: input }),
  submit: (id: string, expectedVersion: number) =>
    json(articleSchema, 'POST', articlePath(id, '/submit'), { body: { expectedVersion } }),
  approve: (id: string, input: ApproveInput) =>
    json(articleSchema, 'POST', articlePath(id, '/approve'), { body: input }),
  returnArticle: (id: string, input: ReturnInput) =>
    json(articleSchema, 'POST', articlePath(id, '/return'), { body: input }),
  unpublish: (id: string, expectedVersion: number) =>
    json(articleSchema, 'POST', articlePath(id, '/unpublish'), { body: { expectedVersion } }),
  archive: (id: string, expectedVersion: number) =>
    json(articleSchema, 'POST', articlePath(id, '/archive'), { body: { expectedVersion } }),
  history: (id: string) => json(listOf(auditEntrySchema), 'GET', articlePath(id, '/history')),
  revisions: (id: string) => json(listOf(articleRevisionSchema), 'GET', articlePath(id, '/revisions')),
  preview: async (id: string, revision?: number) => {
    const query = revision ? `?revision=${revision}` : '';
    const response = await send('GET', articlePath(id, `/preview${query}`), { accept: 'text/html' });
    return response.text();
  },
  reviewQueue: () => json(listOf(articleSchema), 'GET', '/admin/review-queue'),

  /** Presigned upload: ask for a ticket, PUT the bytes straight to storage, then tell the API it is there. */
  upload: async (file: File): Promise<Uploaded> => {
    const ticket = await json(uploadTicketSchema, 'POST', '/admin/media/uploads', {
      body: { fileName: file.name, contentType: file.type || 'application/octet-stream', size: file.size },
    });
    await putToStorage(ticket.uploadUrl, ticket.headers, file);
    return json(uploadedSchema, 'POST', '/admin/media/uploads/complete', { body: { key: ticket.key } });
  },
};

/** Where the gateway (CloudFront, or `npm start`) serves a media key: `media/…` → `/media/…`. */
export const mediaUrl = (key: string) => `/${key.replace(/^\/+/, '')}`;
