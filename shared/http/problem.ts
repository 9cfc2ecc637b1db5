import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { AppError, errors } from '#shared/domain/errors.ts';
import { PROBLEM_CONTENT_TYPE, type ProblemDocument } from '#shared/domain/problem.ts';
import { logger } from '#shared/observability/logger.ts';
import { fieldErrorsFromZod } from './validation.ts';

/**
 * RFC 9457 problem details. `title` is Vietnamese (the portal's first language), `titleEn` English;
 * `errors` lists each invalid field by its path. Never carries a stack trace.
 */
export { PROBLEM_CONTENT_TYPE, type ProblemDocument };

export function toProblem(error: AppError, correlationId?: string): ProblemDocument {
  return {
    type: `/problems/${error.type}`,
    title: error.titleVi,
    titleEn: error.titleEn,
    status: error.status,
    ...(error.detail ? { detail: error.detail } : {}),
    ...(error.fieldErrors.length > 0
      ? {
          errors: error.fieldErrors.map((field) => ({
            path: field.path,
            message: field.messageVi,
            messageEn: field.messageEn,
          })),
        }
      : {}),
    ...(correlationId ? { correlationId } : {}),
  };
}

export function problemResponse(c: Context, error: AppError): Response {
  const body = toProblem(error, c.get('correlationId'));
  return c.body(JSON.stringify(body), error.status as ContentfulStatusCode, {
    'content-type': PROBLEM_CONTENT_TYPE,
  });
}

/** Maps anything thrown by a handler to a problem document; unknown errors become a generic 500. */
function asAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return errors.validation(fieldErrorsFromZod(error));
  if (error instanceof HTTPException) {
    if (error.status === 400) {
      return errors.badRequest('Yêu cầu không đúng định dạng', 'The request is malformed', error.message);
    }
    if (error.status === 401) return errors.unauthenticated(error.message);
    if (error.status === 403) return errors.forbidden(error.message);
    if (error.status === 404) return errors.notFound(error.message);
    if (error.status === 413) return errors.payloadTooLarge(error.message);
  }
  return undefined;
}

export const onError: ErrorHandler = (error, c) => {
  const known = asAppError(error);
  if (known) return problemResponse(c, known);
  logger.error('Unhandled error', { correlationId: c.get('correlationId'), path: c.req.path, error });
  return problemResponse(
    c,
    new AppError(
      500,
      'internal-error',
      'Hệ thống đang gặp sự cố, vui lòng thử lại sau',
      'Something went wrong on our side; please try again later',
    ),
  );
};

export const onNotFound: NotFoundHandler = (c) => problemResponse(c, errors.notFound(c.req.path));
