import { GetObjectCommand, NoSuchKey, S3ServiceException } from '@aws-sdk/client-s3';
import { Hono } from 'hono';
import { bucketDefinitions } from '#shared/config/buckets.ts';
import { adminObjectKey, siteObjectKey } from '#shared/config/site-paths.ts';
import { s3 } from '#shared/data/clients.ts';
import { PROBLEM_CONTENT_TYPE } from '#shared/domain/problem.ts';
import type { ContextEnv } from '#shared/http/context-app.ts';
import { readOutbox } from '#shared/notifications/mail.ts';
import { logger } from '#shared/observability/logger.ts';
import { formTokenApiOf } from '#shared/site/form-pages.ts';
import { formTokenCookie, renderOutbox, viewerAddress } from './gateway-extras.ts';
import { localApiGatewayEvent } from './lambda-context.ts';

/**
 * The local stand-in for CloudFront: one origin on localhost that routes as the distribution does.
 * /api/<context>/* → that context's Hono app (in-process, like API Gateway → Lambda),
 * /auth/* → the local token issuer (Cognito's role), /admin/* → the admin bucket (SPA fallback),
 * /media/* → the media bucket, /archive/* → the gazette archive, everything else → the site bucket.
 */
export type GatewayApps = {
  api: Record<
    string,
    { fetch: (request: Request, env: ContextEnv['Bindings']) => Response | Promise<Response> }
  >;
  issuer: { fetch: (request: Request) => Response | Promise<Response> };
  /** The mail outbox, listed at /_outbox/ (mail the portal "sent" on this machine). */
  outboxDir: string;
  trustForwardedFor: boolean;
};

async function serveObject(bucket: string, key: string, request: Request): Promise<Response | undefined> {
  try {
    const object = await s3().send(
      new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        IfNoneMatch: request.headers.get('if-none-match') ?? undefined,
      }),
    );
    const headers = new Headers();
    if (object.ContentType) headers.set('content-type', object.ContentType);
    if (object.ETag) headers.set('etag', object.ETag);
    if (object.CacheControl) headers.set('cache-control', object.CacheControl);
    if (object.ContentEncoding) headers.set('content-encoding', object.ContentEncoding);
    if (object.ContentDisposition) headers.set('content-disposition', object.ContentDisposition);
    if (object.ContentLength !== undefined) headers.set('content-length', String(object.ContentLength));
    const body = request.method === 'HEAD' ? null : (object.Body?.transformToWebStream() ?? null);
    return new Response(body, { status: 200, headers });
  } catch (error) {
    if (error instanceof NoSuchKey) return undefined;
    if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 304) {
      return new Response(null, { status: 304 });
    }
    if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return undefined;
    throw error;
  }
}

/** Security headers CloudFront's response headers policy adds on AWS. */
function withSecurityHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('x-content-type-options', 'nosniff');
  headers.set('x-frame-options', 'DENY');
  headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function notFoundPage(request: Request): Promise<Response> {
  const page = await serveObject(bucketDefinitions.site.localName, '404.html', request);
  if (page) return new Response(page.body, { status: 404, headers: page.headers });
  return new Response('Không tìm thấy trang / Page not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** A plain answer of the gateway itself (CloudFront's own errors are not problem documents either). */
const plain = (status: 400 | 500 | 503, vi: string, en: string, headers: Record<string, string> = {}) =>
  new Response(`${vi} / ${en}`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  });

/** What a request hears while the stack is still starting: come back in a moment. */
export function startingResponse(request: Request): Response {
  const retry = { 'retry-after': '2' };
  if (new URL(request.url).pathname.startsWith('/api/')) {
    return new Response(
      JSON.stringify({
        type: '/problems/starting',
        title: 'Cổng đang khởi động, vui lòng thử lại sau giây lát',
        titleEn: 'The portal is starting; try again in a moment',
        status: 503,
      }),
      { status: 503, headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...retry } },
    );
  }
  return plain(503, 'Cổng đang khởi động, vui lòng thử lại sau giây lát', 'The portal is starting', retry);
}

/** An object key from a URL path; undefined when the path holds a malformed percent-escape (`%E0%A4%A`). */
function keyFromPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
}

const malformedPath = () =>
  plain(400, 'Đường dẫn không hợp lệ', 'The address is malformed (a broken percent-escape)');

/** The path as the viewer sent it, still percent-encoded: S3 decodes a key once, so the gateway does too. */
const rawPath = (url: string) => new URL(url).pathname;

export function createGateway(apps: GatewayApps): Hono {
  const gateway = new Hono();
  gateway.onError((error, c) => {
    logger.error('Gateway error', { path: c.req.path, error });
    return withSecurityHeaders(
      plain(500, 'Hệ thống đang gặp sự cố, vui lòng thử lại sau', 'Something went wrong on our side'),
    );
  });
  gateway.all('/auth/*', (c) => {
    const url = new URL(c.req.url);
    url.pathname = url.pathname.replace(/^\/auth/, '') || '/';
    return apps.issuer.fetch(new Request(url, c.req.raw));
  });
  gateway.all('/api/:context/*', async (c) => {
    const app = apps.api[c.req.param('context')];
    if (!app) {
      const problem = {
        type: '/problems/not-found',
        title: 'Không tìm thấy',
        titleEn: 'Not found',
        status: 404,
      };
      return c.body(JSON.stringify(problem), 404, { 'content-type': PROBLEM_CONTENT_TYPE });
    }
    // What API Gateway hands a Lambda: the viewer's address in the request context.
    const event = localApiGatewayEvent(c.req.raw, viewerAddress(c, apps));
    return app.fetch(c.req.raw, { event, requestContext: event.requestContext });
  });
  gateway.get('/_outbox/', async (c) => c.html(renderOutbox(await readOutbox(apps.outboxDir))));
  gateway.get('/_outbox', (c) => c.redirect('/_outbox/'));
  // Every object path must decode; one that does not is the viewer's error, as S3 answers it.
  gateway.use('*', async (c, next) => {
    if (!rawPath(c.req.url).startsWith('/api/') && keyFromPath(rawPath(c.req.url)) === undefined) {
      return withSecurityHeaders(malformedPath());
    }
    await next();
  });
  gateway.on(['GET', 'HEAD'], '/admin/*', async (c) => {
    const response = await serveObject(
      bucketDefinitions.admin.localName,
      adminObjectKey(rawPath(c.req.url)),
      c.req.raw,
    );
    return withSecurityHeaders(response ?? (await notFoundPage(c.req.raw)));
  });
  gateway.get('/admin', (c) => c.redirect('/admin/'));
  gateway.on(['GET', 'HEAD'], '/media/*', async (c) => {
    const key = keyFromPath(rawPath(c.req.url)) ?? '';
    const response = await serveObject(bucketDefinitions.media.localName, key, c.req.raw);
    return withSecurityHeaders(response ?? (await notFoundPage(c.req.raw)));
  });
  // Published gazette files: the write-once archive bucket (CloudFront behaviour /archive/*).
  gateway.on(['GET', 'HEAD'], '/archive/*', async (c) => {
    const key = keyFromPath(rawPath(c.req.url)) ?? '';
    const response = await serveObject(bucketDefinitions.archive.localName, key, c.req.raw);
    return withSecurityHeaders(response ?? (await notFoundPage(c.req.raw)));
  });
  gateway.on(['GET', 'HEAD'], '*', async (c) => {
    const response = await serveObject(
      bucketDefinitions.site.localName,
      siteObjectKey(rawPath(c.req.url)),
      c.req.raw,
    );
    const answer = withSecurityHeaders(response ?? (await notFoundPage(c.req.raw)));
    // As CloudFront's viewer-response function does: each copy of a public form gets a one-time token.
    const formApi =
      response && (response.status === 200 || response.status === 304)
        ? formTokenApiOf(c.req.path)
        : undefined;
    if (formApi) answer.headers.append('set-cookie', formTokenCookie(formApi));
    return answer;
  });
  return gateway;
}
