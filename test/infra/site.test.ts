import { Template } from 'aws-cdk-lib/assertions';
import cdkNag from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminObjectKey, siteObjectKey } from '#shared/config/site-paths.ts';
import { adminSpaRewriteCode, siteRewriteCode } from '../../infra/constructs/viewer-request.ts';
import { type PortalConfig, readPortalConfig } from '../../infra/stacks/config.ts';
import { DataStack } from '../../infra/stacks/data-stack.ts';
import { SiteStack } from '../../infra/stacks/site-stack.ts';
import { removeTestOutputs, testApp } from './support.ts';

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

describe('site stack with a custom domain', () => {
  const domainName = 'quangtri.gov.vn';
  const certificateArn =
    'arn:aws:acm:us-east-1:111122223333:certificate/0f3c6d2e-1111-2222-3333-444455556666';

  let built: { config: PortalConfig; site: SiteStack };
  beforeAll(() => {
    const app = testApp({ domainName, certificateArn });
    const config = readPortalConfig(app);
    const publicBaseUrl = config.publicBaseUrl ?? 'https://unset.invalid';
    const data = new DataStack(app, 'QtpData', { env: { region: config.region }, config, publicBaseUrl });
    const site = new SiteStack(app, 'QtpSite', {
      env: { region: config.region },
      config,
      publicBaseUrl,
      siteBucket: data.siteBucket,
      mediaBucket: data.mediaBucket,
      archiveBucket: data.archiveBucket,
      apiDomainName: 'abc123.execute-api.ap-southeast-1.amazonaws.com',
      auth: {
        hostedUiDomainName: 'quangtri-portal-prod.auth.ap-southeast-1.amazoncognito.com',
        clientId: 'client',
      },
    });
    app.synth();
    built = { config, site };
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

  it('needs no acknowledgement for viewer TLS (AwsSolutions-CFR4 passes)', () => {
    const report = new cdkNag.AwsSolutionsChecks().validateScope(built.site);
    expect(report.violations.map((violation) => violation.ruleName)).toEqual([]);
  });
});
