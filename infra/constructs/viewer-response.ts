import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { formPages } from '#shared/site/form-pages.ts';

/**
 * CloudFront Function (cloudfront-js-2.0, viewer response) for the pages with a public form: each copy of a
 * form gets a one-time token in the `qtp_form` cookie, which only that form's API receives, so posting the
 * same form twice gives the same receipt. The cookie is the local gateway's (infra/local/gateway-extras.ts
 * formTokenCookie; test/infra/site.test.ts compares them) plus `Secure`, which only HTTPS can carry.
 *
 * CloudFront Functions have no secure random source: `crypto` offers hashes and HMACs only, and
 * `Math.random()` is not meant to be unpredictable. The token need not be: it only makes a double post
 * idempotent, the secret link it leads to is an HMAC under a key the API alone holds, and abuse is the rate
 * limits' business. It must only be unique, which the request id CloudFront gives every request makes it;
 * the time and Math.random() are mixed in for good measure.
 */
export const formTokenCookieCode = `var crypto = require('crypto');
var formPages = ${JSON.stringify(formPages.map((form) => ({ page: form.page, api: form.api })))};
function handler(event) {
  var response = event.response;
  var served = response.statusCode === 200 || response.statusCode === 304;
  if (!served) return response;
  var form = null;
  for (var index = 0; index < formPages.length; index++) {
    if (new RegExp(formPages[index].page).test(event.request.uri)) form = formPages[index];
  }
  if (!form) return response;
  var token = crypto
    .createHash('sha256')
    .update(event.context.requestId + ':' + Date.now() + ':' + Math.random())
    .digest('hex')
    .substring(0, 32);
  response.cookies = response.cookies || {};
  response.cookies.qtp_form = {
    value: token,
    attributes: 'Path=' + form.api + '; HttpOnly; SameSite=Strict; Max-Age=86400; Secure',
  };
  return response;
}`;

export function createFormTokenFunction(scope: Construct): cloudfront.Function {
  return new cloudfront.Function(scope, 'FormTokenFunction', {
    comment: "Public form pages: a one-time form token cookie for the form's API",
    runtime: cloudfront.FunctionRuntime.JS_2_0,
    code: cloudfront.FunctionCode.fromInline(formTokenCookieCode),
  });
}
