import { Annotations, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { DEFAULT_DIALOGUE_VIDEO_HOSTS } from '#shared/site/dialogue-video.ts';
import { formPages } from '#shared/site/form-pages.ts';
import { acknowledgeRule } from '../constructs/acknowledge.ts';
import { createAdminSpaDeployment } from '../constructs/admin-spa-deployment.ts';
import { createMediaUploadCors } from '../constructs/media-upload-cors.ts';
import { createLogBucket, createPortalBucket } from '../constructs/portal-bucket.ts';
import { createViewerRequestFunctions } from '../constructs/viewer-request.ts';
import { createFormTokenFunction } from '../constructs/viewer-response.ts';
import { adminCallbackPath, adminSignOutPath, createAdminSpaClient } from './auth-stack.ts';
import type { PortalConfig } from './config.ts';

export type SiteStackProps = StackProps & {
  config: PortalConfig;
  siteBucket: s3.IBucket;
  mediaBucket: s3.IBucket;
  archiveBucket: s3.IBucket;
  /** QtpAuth's staff pool, for the admin SPA's app client, and the host name of its hosted UI. */
  auth: { userPool: cognito.IUserPool; hostedUiDomainName: string };
  /** The web ACL (QtpEdge, us-east-1) in front of the distribution. */
  webAclArn: string;
};

/**
 * Content Security Policy for a site that runs no inline script: everything from this origin, no plugins,
 * no framing of the portal (it frames only the allow-listed video hosts of online dialogues), forms post only here. The admin SPA also fetches tokens from Cognito's hosted UI domain and
 * PUTs uploads straight to the media bucket's endpoint with presigned URLs.
 * (JSON-LD blocks are data, not script, so script-src does not apply to them.)
 */
export function contentSecurityPolicy(hostedUiDomainName: string, uploadDomainName: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' https://${hostedUiDomainName} https://${uploadDomainName}`,
    "object-src 'none'",
    // Online dialogues embed their live video, in a sandboxed frame, from the allow-listed hosts only.
    `frame-src ${DEFAULT_DIALOGUE_VIDEO_HOSTS.map((host) => `https://${host}`).join(' ')}`,
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/**
 * The public face: one CloudFront distribution in front of the site bucket (default), the admin SPA
 * (/admin/*), the media bucket (/media/*), the gazette archive (/archive/*) and the HTTP API (/api/*).
 * S3 origins are private and read through Origin Access Control; every response carries the security
 * headers.
 *
 * Everything that must name the site's address lives here or deploys after this stack, so that one deploy
 * works without a custom domain (docs/decisions.md 130): the HTTP API resource (its routes and functions are
 * QtpApi's, which is told the address), the admin SPA's Cognito client, the SPA with its config.json, and,
 * when the address is the distribution's, the media bucket's upload CORS rule.
 */
export class SiteStack extends Stack {
  readonly distribution: cloudfront.Distribution;
  readonly adminBucket: s3.Bucket;
  readonly httpApi: apigwv2.HttpApi;
  readonly adminSpaClient: cognito.UserPoolClient;
  /** https://<custom domain> or https://<distribution>.cloudfront.net */
  readonly distributionUrl: string;
  /** The portal's origin: `publicBaseUrl` from the context, else `distributionUrl`. */
  readonly publicBaseUrl: string;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);
    const { config, auth } = props;

    // CloudFront standard logs and the admin bucket's S3 access logs (AwsSolutions-CFR3, -S1).
    const logs = createLogBucket(this, 'EdgeLogsBucket', {
      acceptsCloudFrontLogs: true,
      expireAfterDays: 365,
    });
    acknowledgeRule(logs, 'AwsSolutions-S1', 'This is the log bucket; logging it into itself would loop.');

    // The built admin SPA. CloudFront passes the viewer's path as the key, so its files live under admin/,
    // as in the local gateway.
    this.adminBucket = createPortalBucket(this, 'AdminBucket', {
      accessLogs: { bucket: logs, prefix: 's3-access/admin/' },
      noncurrentVersionDays: 30,
    });

    // The site, media and archive buckets belong to QtpData, whose bucket policies already let this
    // account's distributions read them (see DataStack.allowCloudFrontRead). Imported by attributes, CDK
    // leaves their policies alone instead of writing this distribution's id into QtpData: a cycle.
    const siteOrigin = origins.S3BucketOrigin.withOriginAccessControl(
      s3.Bucket.fromBucketAttributes(this, 'SiteOriginBucket', {
        bucketArn: props.siteBucket.bucketArn,
        bucketRegionalDomainName: props.siteBucket.bucketRegionalDomainName,
      }),
    );
    const mediaOrigin = origins.S3BucketOrigin.withOriginAccessControl(
      s3.Bucket.fromBucketAttributes(this, 'MediaOriginBucket', {
        bucketArn: props.mediaBucket.bucketArn,
        bucketRegionalDomainName: props.mediaBucket.bucketRegionalDomainName,
      }),
    );
    const archiveOrigin = origins.S3BucketOrigin.withOriginAccessControl(
      s3.Bucket.fromBucketAttributes(this, 'ArchiveOriginBucket', {
        bucketArn: props.archiveBucket.bucketArn,
        bucketRegionalDomainName: props.archiveBucket.bucketRegionalDomainName,
      }),
    );
    Annotations.of(this).acknowledgeWarning(
      '@aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOac',
      "QtpData grants this account's CloudFront distributions read access in the bucket policies it owns.",
    );
    const adminOrigin = origins.S3BucketOrigin.withOriginAccessControl(this.adminBucket);
    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      apiName: `qtp-${config.stage}-api`,
      description: 'Quang Tri portal API, reached through CloudFront at /api/*',
      // No CORS: the site and the admin SPA call /api/* on their own origin, through CloudFront.
      createDefaultStage: false,
    });
    const apiDomainName = `${this.httpApi.apiId}.execute-api.${this.region}.${this.urlSuffix}`;
    const apiOrigin = new origins.HttpOrigin(apiDomainName, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      // TLS 1.2 to the origin (AwsSolutions-CFR5).
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      readTimeout: Duration.seconds(30),
    });

    const functions = createViewerRequestFunctions(this);
    const formToken = createFormTokenFunction(this);
    const securityHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'QTP: security headers on every response',
      securityHeadersBehavior: {
        // Two years, as HSTS preload lists expect. Not includeSubdomains: other provincial agencies run
        // their own sites under the province's domain, and this portal must not force HTTPS on them.
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: false,
          preload: false,
          override: true,
        },
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(
            auth.hostedUiDomainName,
            // Where the SDK's presigned URLs point: https://<bucket>.s3.<region>.amazonaws.com/<key>.
            props.mediaBucket.bucketRegionalDomainName,
          ),
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          {
            header: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=()',
            override: true,
          },
        ],
      },
    });

    const staticBehavior = {
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      responseHeadersPolicy: securityHeaders,
      compress: true,
    };

    // A published gazette file never changes (write-once archive; a correction is a new file), so edges
    // keep it a year whatever the object says. Nothing from the viewer varies the response.
    const immutableFiles = new cloudfront.CachePolicy(this, 'ImmutableFilesCachePolicy', {
      comment: 'QTP: published gazette files, immutable',
      minTtl: Duration.days(1),
      defaultTtl: Duration.days(365),
      maxTtl: Duration.days(365),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.none(),
      headerBehavior: cloudfront.CacheHeaderBehavior.none(),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const customDomain = config.customDomain;
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Quang Tri provincial portal (${config.stage})`,
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      // CloudFront takes a WAFv2 web ACL by its ARN.
      webAclId: props.webAclArn,
      ...(customDomain
        ? {
            domainNames: [customDomain.domainName],
            certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', customDomain.certificateArn),
            // TLS 1.2 or newer for viewers (AwsSolutions-CFR4).
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        ...staticBehavior,
        origin: siteOrigin,
        functionAssociations: [
          { eventType: cloudfront.FunctionEventType.VIEWER_REQUEST, function: functions.site },
        ],
      },
      additionalBehaviors: {
        // Pages with a public form (feedback, comments on drafts, questions for dialogues): the site's
        // rewrite, plus a one-time form token cookie on the way out.
        ...Object.fromEntries(
          formPages.map((form) => [
            form.pathPattern,
            {
              ...staticBehavior,
              origin: siteOrigin,
              functionAssociations: [
                { eventType: cloudfront.FunctionEventType.VIEWER_REQUEST, function: functions.site },
                { eventType: cloudfront.FunctionEventType.VIEWER_RESPONSE, function: formToken },
              ],
            },
          ]),
        ),
        '/admin/*': {
          ...staticBehavior,
          origin: adminOrigin,
          functionAssociations: [
            { eventType: cloudfront.FunctionEventType.VIEWER_REQUEST, function: functions.adminSpa },
          ],
        },
        '/media/*': { ...staticBehavior, origin: mediaOrigin },
        // Read-only: GET and HEAD reach the archive, nothing else.
        '/archive/*': {
          ...staticBehavior,
          origin: archiveOrigin,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: immutableFiles,
        },
        '/api/*': {
          origin: apiOrigin,
          // Forms and the admin SPA POST and PUT: refuse plain HTTP rather than redirect (a redirect drops bodies).
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          // Every viewer header (Authorization included), query string and cookie, but not Host: API
          // Gateway routes by its own host name.
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
          compress: true,
        },
      },
      // No custom error responses: they apply to every behaviour and would replace the API's JSON errors.
    });

    this.distributionUrl = customDomain
      ? `https://${customDomain.domainName}`
      : `https://${this.distribution.distributionDomainName}`;
    this.publicBaseUrl = config.publicBaseUrl ?? this.distributionUrl;

    this.adminSpaClient = createAdminSpaClient(this, auth.userPool, this.publicBaseUrl);
    // Only an address learnt from the distribution needs this; a known one is in QtpData's template.
    if (config.publicBaseUrl === undefined) {
      createMediaUploadCors(this, { mediaBucket: props.mediaBucket, origin: this.publicBaseUrl });
    }

    // What the SPA reads from /admin/config.json (web/admin/src/auth.ts).
    const adminAuthConfig = {
      auth: {
        mode: 'cognito',
        domain: auth.hostedUiDomainName,
        clientId: this.adminSpaClient.userPoolClientId,
        redirectUri: `${this.publicBaseUrl}${adminCallbackPath}`,
        logoutUri: `${this.publicBaseUrl}${adminSignOutPath}`,
      },
    };
    if (config.adminSpaDirectory) {
      createAdminSpaDeployment(this, {
        directory: config.adminSpaDirectory,
        bucket: this.adminBucket,
        distribution: this.distribution,
        config: adminAuthConfig,
      });
    } else {
      Annotations.of(this).addWarningV2(
        'qtp:adminSpa',
        'The admin SPA is not built (no web/admin/dist/index.html): this synth deploys no SPA, and a deploy ' +
          'leaves the one in the admin bucket as it is. `npm run deploy` builds it first.',
      );
    }

    acknowledgeRule(
      this.distribution,
      'AwsSolutions-CFR1',
      'A provincial portal is read from anywhere (Vietnamese abroad, investors, partner provinces), and ' +
        'Decree 224/2026/ND-CP asks for English information for foreign readers: no geo restriction.',
    );
    if (!customDomain) {
      acknowledgeRule(
        this.distribution,
        'AwsSolutions-CFR4',
        'Without a custom domain the distribution uses the *.cloudfront.net certificate, whose security policy ' +
          'CloudFront fixes. Deploying with -c domainName and -c certificateArn sets TLSv1.2_2021.',
      );
    }

    new CfnOutput(this, 'AdminBucketName', {
      description: 'The admin SPA, under the admin/ prefix (deployed by this stack)',
      value: this.adminBucket.bucketName,
    });
    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'DistributionUrl', {
      description: 'Public origin: the custom domain, or the distribution when there is none',
      value: this.distributionUrl,
    });
  }
}
