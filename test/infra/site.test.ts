import { createRequire } from 'node:module';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import cdkNag from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminObjectKey, siteObjectKey } from '#shared/config/site-paths.ts';
import { feedbackSubmissionSchema } from '#shared/domain/feedback.ts';
import { formTokenApiOf } from '#shared/site/form-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { adminSpaRewriteCode, siteRewriteCode } from '../../infra/constructs/viewer-request.ts';
import { formTokenCookieCode } from '../../infra/constructs/viewer-response.ts';
import { formTokenCookie } from '../../infra/local/gateway-extras.ts';
import { AuthStack } from '../../infra/stacks/auth-stack.ts';
import { type PortalConfig, readPortalConfig } from '../../infra/stacks/config.ts';
import { DataStack } from '../../infra/stacks/data-stack.ts';
import { SiteStack } from '../../infra/stacks/site-stack.ts';
import { adminSpaBuild, deployedFile, removeTestOutputs, testApp, unbuiltAdminSpa } from './support.ts';

afterAll(removeTestOutputs);

type ViewerRequest = { uri: string };
type ViewerResponse = { statusCode: number; headers: Record<string, { value: string }> };

/** Runs a CloudFront Function's code the way CloudFront calls it: `handler(event)`. */
function runViewerRequest(code: string, uri: string): ViewerRequest | ViewerResponse {
  const handler: unknown = new Function(`${code}\nreturn handler;`)();
  if (typeof handler !== 'function') throw new Error('the function code defines no handler');
  return handler({ request: { uri, method: 'GET', headers: {}, querystring: {}, cookies: {} } });
}

function rewrittenKey(code: string, uri: string): string {
  const result = runViewerRequest(code, uri);
  if (!('uri' in result)) throw new Error(`${uri} was answered, not forwarded`);
  return result.uri.replace(/^\/+/, '');
}

describe('viewer-request functions', () => {
  const sitePaths = [
    '/',
    '/tin-tuc/',
    '/tin-tuc/le-hoi-thanh-co',
    '/tin-tuc/le-hoi-thanh-co/',
    '/en/news/2026/',
    '/feed.xml',
    '/sitemap-2026-11.xml',
    '/assets/site.3f2a.css',
    '/search-index.json',
  ];

  it.each(sitePaths)('maps %s to the same site key as the local gateway', (path) => {
    expect(rewrittenKey(siteRewriteCode, path)).toBe(siteObjectKey(path));
  });

  it('redirects /admin to /admin/, where the admin behaviour starts', () => {
    expect(runViewerRequest(siteRewriteCode, '/admin')).toEqual({
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: '/admin/' } },
    });
  });

  const adminPaths = [
    '/admin/',
    '/admin/articles',
    '/admin/articles/42/edit',
    '/admin/assets/index-a1b2.js',
    '/admin/config.json',
  ];

  it.each(adminPaths)('maps %s to the same admin key as the local gateway', (path) => {
    expect(rewrittenKey(adminSpaRewriteCode, path)).toBe(adminObjectKey(path));
  });
});

type Cookie = { value: string; attributes: string };
type EdgeResponse = { statusCode: number; headers: Record<string, unknown>; cookies: Record<string, Cookie> };

/**
 * Runs a viewer-response function's code as CloudFront calls it: after the site's viewer-request function
 * rewrote the URI, with the request id CloudFront gives every request. `require('crypto')` is Node's here;
 * CloudFront's module has the same createHash (sha256, hex digest).
 */
function runViewerResponse(code: string, uri: string, statusCode: number, requestId: string): EdgeResponse {
  const handler: unknown = new Function('require', `${code}\nreturn handler;`)(
    createRequire(import.meta.url),
  );
  if (typeof handler !== 'function') throw new Error('the function code defines no handler');
  return handler({
    context: { eventType: 'viewer-response', requestId, distributionId: 'E2EXAMPLE' },
    request: { uri, method: 'GET', headers: {}, querystring: {}, cookies: {} },
    response: { statusCode, statusDescription: 'OK', headers: {}, cookies: {} },
  });
}

const asSetCookie = (name: string, cookie: Cookie) => `${name}=${cookie.value}; ${cookie.attributes}`;
const formPageKey = `/${siteObjectKey(sitePaths.feedbackForm())}`;

describe('viewer-response function of the public form pages', () => {
  it('sets the form token cookie the local gateway sets, and Secure', () => {
    const { cookies } = runViewerResponse(formTokenCookieCode, formPageKey, 200, 'req-1');
    const edgeCookie = cookies.qtp_form;
    if (!edgeCookie) throw new Error('no qtp_form cookie');
    const local = formTokenCookie('/api/feedback');
    const localToken = local.match(/^qtp_form=([^;]+);/)?.[1] ?? '';
    expect(asSetCookie('qtp_form', edgeCookie).replace(edgeCookie.value, '<token>')).toBe(
      `${local.replace(localToken, '<token>')}; Secure`,
    );
    // Both are tokens the feedback API takes.
    const formToken = feedbackSubmissionSchema.shape.formToken;
    expect(formToken.safeParse(edgeCookie.value).success).toBe(true);
    expect(formToken.safeParse(localToken).success).toBe(true);
  });

  it('gives every copy of the form its own token', () => {
    const tokens = ['req-1', 'req-2', 'req-3'].map(
      (requestId) =>
        runViewerResponse(formTokenCookieCode, formPageKey, 200, requestId).cookies.qtp_form?.value,
    );
    expect(new Set(tokens).size).toBe(3);
  });

  it('sets it on the form page as the viewer asked for it, and on a revalidated copy', () => {
    expect(
      runViewerResponse(formTokenCookieCode, sitePaths.feedbackForm(), 200, 'r').cookies.qtp_form,
    ).toBeDefined();
    expect(runViewerResponse(formTokenCookieCode, formPageKey, 304, 'r').cookies.qtp_form).toBeDefined();
  });

  it('sends the token of a draft or a dialogue page to its own API only', () => {
    const cookieOf = (uri: string) => runViewerResponse(formTokenCookieCode, uri, 200, 'r').cookies.qtp_form;
    for (const [uri, api] of [
      ['/lay-y-kien/du-thao-quy-dinh-quan-ly-cho/index.html', '/api/consultations'],
      ['/lay-y-kien/du-thao-quy-dinh-quan-ly-cho/', '/api/consultations'],
      ['/doi-thoai/doi-thoai-thang-12/index.html', '/api/dialogues'],
    ] as const) {
      expect(cookieOf(uri)?.attributes, uri).toBe(
        `Path=${api}; HttpOnly; SameSite=Strict; Max-Age=86400; Secure`,
      );
      // The local gateway gives the same page the same cookie.
      expect(formTokenApiOf(uri)).toBe(api);
      expect(formTokenCookie(api)).toContain(`; Path=${api};`);
    }
    // The lists and the dialogue page's refresh script carry no form.
    for (const uri of ['/lay-y-kien/index.html', '/doi-thoai/index.html', '/doi-thoai/lam-moi.js']) {
      expect(cookieOf(uri), uri).toBeUndefined();
      expect(formTokenApiOf(uri), uri).toBeUndefined();
    }
  });

  it('sets nothing on a missing page or any other page', () => {
    expect(runViewerResponse(formTokenCookieCode, formPageKey, 404, 'r').cookies).toEqual({});
    expect(
      runViewerResponse(formTokenCookieCode, '/phan-anh-kien-nghi/gui/khac/index.html', 200, 'r').cookies,
    ).toEqual({});
    expect(
      runViewerResponse(formTokenCookieCode, '/phan-anh-kien-nghi/index.html', 200, 'r').cookies,
    ).toEqual({});
  });
});

/** QtpSite and the two stacks it takes its inputs from, without the functions' bundling. */
function buildSiteWithItsInputs(app: App) {
  const config = readPortalConfig(app);
  const env = { region: config.region };
  const data = new DataStack(app, 'QtpData', { env, config });
  const auth = new AuthStack(app, 'QtpAuth', { env, config });
  const site = new SiteStack(app, 'QtpSite', {
    env,
    config,
    siteBucket: data.siteBucket,
    mediaBucket: data.mediaBucket,
    archiveBucket: data.archiveBucket,
    auth: { userPool: auth.userPool, hostedUiDomainName: auth.hostedUiDomainName },
    webAclArn: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/qtp-edge/0f3c6d2e',
  });
  return { config, data, auth, site };
}

describe('site stack with a custom domain', () => {
  const domainName = 'quangtri.gov.vn';
  const certificateArn =
    'arn:aws:acm:us-east-1:111122223333:certificate/0f3c6d2e-1111-2222-3333-444455556666';

  let built: { config: PortalConfig; site: SiteStack; data: DataStack; auth: AuthStack };
  beforeAll(() => {
    const app = testApp({ domainName, certificateArn, adminSpaDir: adminSpaBuild() });
    built = buildSiteWithItsInputs(app);
    app.synth();
  });

  it('derives the public address from the domain', () => {
    expect(built.config.publicBaseUrl).toBe(`https://${domainName}`);
  });

  it('answers on the domain with the certificate and TLS 1.2 or newer', () => {
    const template = Template.fromStack(built.site);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: {
        Aliases: [domainName],
        ViewerCertificate: {
          AcmCertificateArn: certificateArn,
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        },
      },
    });
  });

  it("sends the portal's mail from no-reply@ the domain, a DKIM-signed SES domain identity", () => {
    expect(built.config.mail).toEqual({ from: `no-reply@${domainName}`, identity: { domain: domainName } });
    const data = Template.fromStack(built.data);
    data.hasResource('AWS::SES::EmailIdentity', {
      Properties: {
        EmailIdentity: domainName,
        DkimAttributes: { SigningEnabled: true },
        DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
        ConfigurationSetAttributes: { ConfigurationSetName: { Ref: 'MailConfigurationSet' } },
      },
      DeletionPolicy: 'Retain',
    });
    // The operator adds these three CNAMEs to the domain's DNS.
    const dkim = JSON.stringify(data.toJSON().Outputs.MailDkimRecords.Value);
    for (const n of [1, 2, 3]) {
      expect(dkim).toContain(`DkimDNSTokenName${n}`);
      expect(dkim).toContain(`DkimDNSTokenValue${n}`);
    }
  });

  it("names the domain itself in Cognito's callbacks, the upload CORS rule and the SPA's config", () => {
    const site = Template.fromStack(built.site);
    site.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: [`https://${domainName}/admin/callback`],
      LogoutURLs: [`https://${domainName}/admin/`],
    });
    // Known before CloudFront exists, so in QtpData's template, and nothing puts it at deploy time.
    expect(
      Template.fromStack(built.data).toJSON().Resources.MediaBucket.Properties.CorsConfiguration,
    ).toEqual({
      CorsRules: [
        {
          Id: 'presigned-uploads',
          AllowedOrigins: [`https://${domainName}`],
          AllowedMethods: ['PUT'],
          AllowedHeaders: ['content-type'],
          MaxAge: 3600,
        },
      ],
    });
    expect(Object.keys(site.findResources('Custom::AWS'))).toEqual([]);
    const pages = Object.entries(site.findResources('Custom::CDKBucketDeployment')).find(([id]) =>
      id.startsWith('AdminSpaPages'),
    );
    const config = JSON.parse(deployedFile(built.site, pages?.[1] ?? {}, 'config.json'));
    expect(config.auth).toMatchObject({
      redirectUri: `https://${domainName}/admin/callback`,
      logoutUri: `https://${domainName}/admin/`,
    });
    // The invitation mail can name the address too.
    expect(JSON.stringify(Template.fromStack(built.auth).toJSON())).toContain(`https://${domainName}/admin/`);
  });

  it('needs no acknowledgement for viewer TLS (AwsSolutions-CFR4 passes)', () => {
    const report = new cdkNag.AwsSolutionsChecks().validateScope(built.site);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
  });
});

describe('site stack before the admin SPA is built', () => {
  it('synthesizes without a SPA deployment, and says so', () => {
    const app = testApp({ adminSpaDir: unbuiltAdminSpa });
    const { config, site } = buildSiteWithItsInputs(app);
    expect(config.adminSpaDirectory).toBeUndefined();
    const warnings = app
      .synth()
      .getStackArtifact(site.artifactId)
      .messages.filter((message) => message.level === 'warning')
      .map((message) => String(message.entry.data));
    expect(Object.keys(Template.fromStack(site).findResources('Custom::CDKBucketDeployment'))).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining('The admin SPA is not built')]);
  });
});
