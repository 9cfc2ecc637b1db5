import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, Stack } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';
import { acknowledgeRule } from './acknowledge.ts';

export type AdminSpaDeploymentProps = {
  /** The SPA's build (web/admin/dist): index.html, Vite's fingerprinted assets/, and its public files. */
  directory: string;
  bucket: s3.IBucket;
  distribution: cloudfront.IDistribution;
  /** What /admin/config.json holds; CloudFormation values are resolved when the deployment runs. */
  config: Record<string, unknown>;
};

/**
 * The admin SPA into the admin bucket under admin/ (CloudFront passes the viewer's path as the key), with a
 * config.json written from this deployment's values rather than the build's local-mode one. The same cache
 * rules as the local gateway (infra/local/admin-spa.ts): Vite fingerprints assets/, so they are immutable
 * and kept after a release for tabs still open on the old index.html; everything else must always be fresh.
 */
export function createAdminSpaDeployment(scope: Construct, props: AdminSpaDeploymentProps): Construct {
  const deployment = new Construct(scope, 'AdminSpa');
  const assetsDirectory = join(props.directory, 'assets');
  const assets = existsSync(assetsDirectory)
    ? new s3deploy.BucketDeployment(deployment, 'Assets', {
        sources: [s3deploy.Source.asset(assetsDirectory)],
        destinationBucket: props.bucket,
        destinationKeyPrefix: 'admin/assets/',
        prune: false,
        cacheControl: [
          s3deploy.CacheControl.setPublic(),
          s3deploy.CacheControl.maxAge(Duration.days(365)),
          s3deploy.CacheControl.immutable(),
        ],
      })
    : undefined;
  const pages = new s3deploy.BucketDeployment(deployment, 'Pages', {
    sources: [
      s3deploy.Source.asset(props.directory, { exclude: ['assets', 'config.json'] }),
      s3deploy.Source.jsonData('config.json', props.config),
    ],
    destinationBucket: props.bucket,
    destinationKeyPrefix: 'admin/',
    // Removes pages a release dropped, but never the assets, which the deployment above owns.
    prune: true,
    exclude: ['assets/*'],
    cacheControl: [s3deploy.CacheControl.noCache()],
    distribution: props.distribution,
    distributionPaths: ['/admin/*'],
  });
  // index.html names the new assets: they must be there before it is.
  if (assets) pages.node.addDependency(assets);
  acknowledgeDeploymentHandler(pages);
  return deployment;
}

/**
 * cdk-nag's findings on what aws-cdk-lib builds for BucketDeployment: one handler per stack (a singleton
 * function whose role and runtime CDK chooses), reading the CDK asset bucket where the build is staged and
 * writing the admin bucket, plus the CloudFront invalidation. Acknowledged on that handler and this
 * deployment only, not on the stack.
 */
function acknowledgeDeploymentHandler(pages: s3deploy.BucketDeployment): void {
  const handler: IConstruct | undefined = pages.handlerRole.node.scope;
  if (!handler) throw new Error('BucketDeployment: its handler role has no function');
  acknowledgeRule(
    handler,
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    "CDK gives BucketDeployment's handler the basic execution role: it writes its own logs, no more.",
  );
  const copyActions = ['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'];
  for (const action of copyActions) {
    acknowledgeRule(
      handler,
      `AwsSolutions-IAM5[Action::${action}]`,
      `CDK's BucketDeployment grants ${action} to copy the staged build and prune old pages: on the CDK ` +
        'asset bucket and the admin bucket only.',
    );
  }
  for (const resource of [
    `arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${Stack.of(pages).region}/*`,
    '<AdminBucket.Arn>/*',
  ]) {
    acknowledgeRule(
      handler,
      `AwsSolutions-IAM5[Resource::${resource}]`,
      'Objects of the CDK asset bucket (where the build is staged) and of the admin bucket: S3 object ARNs ' +
        'need a key wildcard; no other bucket is granted.',
    );
  }
  acknowledgeRule(
    handler,
    'AwsSolutions-L1',
    "BucketDeployment's handler runs the Python runtime aws-cdk-lib pins for it; it moves with CDK upgrades.",
  );
  acknowledgeRule(
    pages,
    'AwsSolutions-IAM5[Resource::*]',
    'cloudfront:CreateInvalidation and GetInvalidation for /admin/* after the copy, which BucketDeployment ' +
      'grants on "*".',
  );
}
