import type { ZodType } from 'zod';
import * as z from 'zod';
import { type FieldProblem, type ProblemDocument, problemDocumentSchema } from '#shared/domain/problem.ts';
import { type TicketRequest, uploadTicketSchema } from '#shared/domain/upload.ts';
import type { Lang } from '../i18n.ts';

/**
 * The one way the SPA talks to the portal's APIs (`/api/<context>/…`); each context's client
 * (src/api/<context>.ts) is built on it. Every answer is parsed with its schema from shared/domain, so the
 * screens work with checked data and no casts. Errors are RFC 9457 problem documents
 * (shared/domain/problem.ts) and surface as ApiError; a 401 also tells the app to go back to the login page.
 */

export function parseProblem(body: unknown): ProblemDocument | undefined {
  const parsed = problemDocumentSchema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}

/**
 * status 0: the request never got an answer; `unexpected`: an answer the SPA could not read;
 * `storage`: the presigned PUT of an upload failed (refused, expired, or blocked by CORS).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDocument | undefined,
    readonly kind: 'problem' | 'network' | 'unexpected' | 'storage',
  ) {
    super(problem ? `${problem.status} ${problem.title}` : `${kind} (${status})`);
    this.name = 'ApiError';
  }

  /**
   * The screen shows a state that moved on: someone else changed the record, or decided the step this
   * decision answers. Either way the person reloads to see the latest state (shared/domain/errors.ts).
   */
  get isConflict(): boolean {
    const type = this.problem?.type ?? '';
    return this.status === 409 && (type.endsWith('/version-conflict') || type.endsWith('/already-decided'));
  }

  /** The invalid fields the server listed (`errors[]`), by path. */
  get fieldProblems(): FieldProblem[] {
    return this.problem?.errors ?? [];
  }
}

/** The problem's title in the UI language; undefined when there is no document (the caller says why). */
export function problemTitle(error: ApiError, lang: Lang): string | undefined {
  if (!error.problem) return undefined;
  return lang === 'en' ? error.problem.titleEn : error.problem.title;
}

export function fieldMessage(field: FieldProblem, lang: Lang): string {
  return lang === 'en' ? field.messageEn : field.message;
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
  const problem = parseProblem(await response.json().catch(() => undefined));
  if (response.status === 401) onUnauthorized();
  throw new ApiError(response.status, problem, problem ? 'problem' : 'unexpected');
}

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

export const listOf = <Schema extends ZodType>(item: Schema) => z.object({ items: z.array(item) });
export const pageOf = <Schema extends ZodType>(item: Schema) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });

/** `?name=value&…` of the values that are set ('' and undefined are left out). */
export function queryString(values: Readonly<Record<string, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return params.size > 0 ? `?${params}` : '';
}

/** A file in storage that a request names by its key; forms keep its name and size to show the person. */
export const uploadedFileSchema = z.object({ key: z.string(), fileName: z.string(), size: z.number() });
export type UploadedFile = z.output<typeof uploadedFileSchema>;

/** One context's API under `base` (`/api/<context>`): paths below it, answers parsed by their schemas. */
export function contextClient(base: string) {
  return {
    json: <Schema extends ZodType>(schema: Schema, method: string, path: string, options?: RequestOptions) =>
      requestJson(schema, method, `${base}${path}`, options),
    /** The `items` of a `{ items: [...] }` answer. */
    items: async <Schema extends ZodType>(
      item: Schema,
      method: string,
      path: string,
      options?: RequestOptions,
    ) => (await requestJson(listOf(item), method, `${base}${path}`, options)).items,
    text: async (path: string, accept: string) => (await request('GET', `${base}${path}`, { accept })).text(),
    /**
     * A presigned upload: a ticket from `path` for the file, then the bytes straight to storage (not
     * through the API). Answers the ticket's key, which the next request names the file by.
     */
    upload: async (path: string, file: File, contentType: string): Promise<string> => {
      const ticketRequest: TicketRequest = { fileName: file.name, contentType, size: file.size };
      const ticket = await requestJson(uploadTicketSchema, 'POST', `${base}${path}`, { body: ticketRequest });
      await putToStorage(ticket.uploadUrl, { ...ticket.headers, 'content-type': contentType }, file);
      return ticket.key;
    },
  };
}

async function putToStorage(uploadUrl: string, headers: Record<string, string>, file: File): Promise<void> {
  let put: Response;
  try {
    put = await fetch(uploadUrl, { method: 'PUT', headers, body: file });
  } catch {
    throw new ApiError(0, undefined, 'storage');
  }
  if (!put.ok) throw new ApiError(put.status, undefined, 'storage');
}
