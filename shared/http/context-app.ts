import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { bodyLimit } from 'hono/body-limit';
import { type AuthVariables, type RoutePolicy, requireRoles } from '#shared/auth/route-policy.ts';
import { verifierFromEnv } from '#shared/auth/verifier-from-env.ts';
import { errors } from '#shared/domain/errors.ts';
import { logger } from '#shared/observability/logger.ts';
import { bodyLimitOf } from './body-limits.ts';
import { onError, onNotFound } from './problem.ts';

export type ContextEnv = {
  Variables: AuthVariables;
  /** What hono/aws-lambda's `handle` passes (and the local gateway the same way): the viewer's address is in `requestContext`. */
  Bindings: {
    event?: LambdaEvent;
    requestContext?: LambdaEvent['requestContext'];
    lambdaContext?: LambdaContext;
  };
};

/**
 * The Hono app of one bounded context, mounted at `/api/<context>` both behind API Gateway and in the
 * local entry point. Every response carries a correlation id; every error is problem+json.
 */
export function createContextApp(basePath: `/api/${string}`) {
  const app = new Hono<ContextEnv>().basePath(basePath);
  app.onError(onError);
  app.notFound(onNotFound);
  app.use(async function correlate(c, next) {
    const correlationId =
      c.req.header('x-correlation-id')?.slice(0, 100) ?? c.env?.lambdaContext?.awsRequestId ?? randomUUID();
    c.set('correlationId', correlationId);
    const started = performance.now();
    await next();
    c.header('x-correlation-id', correlationId);
    logger.info('request', {
      correlationId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    });
  });
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw errors.payloadTooLarge(`request bodies are limited to ${maxSize} bytes`);
      },
    });
  const limits = new Map<number, ReturnType<typeof limit>>();
  app.use(async function limitBody(c, next) {
    const maxSize = bodyLimitOf(c.req.path);
    const limiter = limits.get(maxSize) ?? limit(maxSize);
    limits.set(maxSize, limiter);
    return limiter(c, next);
  });
  return app;
}

/** A sub-app for `/admin/*` routes, every one of them behind the context's policy table. */
export function createAdminApp(policy: RoutePolicy) {
  const admin = new Hono<ContextEnv>();
  admin.use(requireRoles(policy, verifierFromEnv));
  return admin;
}
