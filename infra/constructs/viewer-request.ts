import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

/**
 * CloudFront Functions (cloudfront-js-2.0) that map a viewer's URL to an S3 key, the same rules as
 * shared/config/site-paths.ts applies in the local gateway (test/infra checks they agree).
 * An S3 REST origin behind OAC has no index documents, so the distribution has to do this itself.
 * The code is plain ES5-style JavaScript: CloudFront Functions run a restricted runtime, not Node.js.
 */

/**
 * Public site: pages are `<path>/index.html`. `/a/` and `/a` → `/a/index.html`; `/a/feed.xml` unchanged.
 * `/admin` redirects to `/admin/` because only `/admin/*` reaches the admin behaviour.
 */
export const siteRewriteCode = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/admin') {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: '/admin/' } } };
  }
  if (uri.charAt(uri.length - 1) === '/') {
    request.uri = uri + 'index.html';
  } else if (uri.substring(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = uri + '/index.html';
  }
  return request;
}`;

/** Admin SPA: a path whose last segment has no file extension is a client-side route → /admin/index.html. */
export const adminSpaRewriteCode = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.substring(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = '/admin/index.html';
  }
  return request;
}`;

export function createViewerRequestFunctions(scope: Construct): {
  site: cloudfront.Function;
  adminSpa: cloudfront.Function;
} {
  return {
    site: new cloudfront.Function(scope, 'SiteRewriteFunction', {
      comment: 'Public site: directory URLs to <path>/index.html',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(siteRewriteCode),
    }),
    adminSpa: new cloudfront.Function(scope, 'AdminSpaRewriteFunction', {
      comment: 'Admin SPA: client-side routes to /admin/index.html',
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(adminSpaRewriteCode),
    }),
  };
}
