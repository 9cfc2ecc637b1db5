import type { Context, HonoRequest } from 'hono';
import { getConnInfo } from 'hono/aws-lambda';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod';
import { type AppError, errors } from '#shared/domain/errors.ts';
import type { FieldProblem } from '#shared/domain/problem.ts';
import type { ContextEnv } from './context-app.ts';

/**
 * What every public form endpoint needs (feedback, questions for dialogues, comments on drafts): who is
 * posting, the fields of a form post or a JSON body, whether a browser or a script asks, and a page answer
 * that is never cached and leaks no Referer.
 */

/** The cookie the edge (and the local gateway) sets on a form page: one token per copy of the form. */
export const FORM_TOKEN_COOKIE = 'qtp_form';

/** The viewer's address, as API Gateway saw it (locally the gateway passes the socket's the same way). */
export function clientIp(c: Context<ContextEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The fields of a form post or a JSON body, as one record (a field sent twice becomes an array). */
export async function fieldsOf(request: HonoRequest): Promise<Record<string, unknown>> {
  const type = request.header('content-type') ?? '';
  if (type.includes('application/json')) {
    const body = await request.json().catch(() => {
      throw errors.badRequest('Nội dung gửi lên không phải JSON hợp lệ', 'The body is not valid JSON');
    });
    return z.record(z.string(), z.unknown()).parse(body);
  }
  return { ...(await request.parseBody({ all: true })) };
}

/** A browser form post or page load (not a script asking for JSON). */
export function browserAsks(accept: string | undefined, contentType?: string): boolean {
  if (accept?.includes('application/json')) return false;
  if (accept?.includes('text/html')) return true;
  return Boolean(contentType && /application\/x-www-form-urlencoded|multipart\/form-data/.test(contentType));
}

/** A page for a browser: never cached, no Referer to the next page (it may hold what someone typed). */
export function formPage(c: Context<ContextEnv>, body: string, status: number): Response {
  c.header('cache-control', 'no-store');
  c.header('referrer-policy', 'no-referrer');
  return c.html(body, status as ContentfulStatusCode);
}

/** The string fields of a post, to fill the form again. */
export const stringsOf = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
  );

/** A refusal's field errors as the form shows them, Vietnamese and English. */
export const fieldProblemsOf = (error: AppError): FieldProblem[] =>
  error.fieldErrors.map((field) => ({
    path: field.path,
    message: field.messageVi,
    messageEn: field.messageEn,
  }));
