import type { Context, HonoRequest } from 'hono';
import { getConnInfo } from 'hono/aws-lambda';
import { z } from 'zod';
import { errors } from '#shared/domain/errors.ts';
import type { ContextEnv } from './context-app.ts';

/**
 * What every public form endpoint (feedback, comments on drafts, questions for dialogues) needs to read a
 * post: whether a browser sent it (answered with pages) or a script (JSON), its fields, the caller's address.
 */

/** A browser form post or page load (not a script asking for JSON). */
export function browserAsks(accept: string | undefined, contentType?: string): boolean {
  if (accept?.includes('application/json')) return false;
  if (accept?.includes('text/html')) return true;
  return Boolean(contentType && /application\/x-www-form-urlencoded|multipart\/form-data/.test(contentType));
}

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
