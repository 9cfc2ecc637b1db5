import { Annotations, type App, Tags } from 'aws-cdk-lib';
import { ApiStack } from './api-stack.ts';
import { AuthStack } from './auth-stack.ts';
import { type PortalConfig, placeholderBaseUrl, stackName } from './config.ts';
import { DataStack } from './data-stack.ts';
import { EdgeStack } from './edge-stack.ts';
import { SiteStack } from './site-stack.ts';
import { WorkflowStack } from './workflow-stack.ts';

export type Portal = {
  edge: EdgeStack;
  data: DataStack;
  auth: AuthStack;
  api: ApiStack;
  site: SiteStack;
  workflow: WorkflowStack;
};

/**
 * The portal's stacks, by lifecycle, in deployment order:
 *
 *   QtpData ─┬─> QtpAuth ─> QtpApi ─> QtpSite ─> QtpWorkflow
 *            └──────────────────────────────────────^ (table, buckets, alarm topic, mail go to every later stack)
 *   QtpEdge (us-east-1) ─────────────────^ (the web ACL's ARN, through CDK's cross-region references)
 *
 * - QtpEdge: the WAF web ACL, which CloudFront reads only from us-east-1. No dependencies.
 * - QtpData: table, buckets, alarm topic, the SES sender. Stateful, retained, rarely changed.
 * - QtpAuth: Cognito. Stateful (the accounts), retained.
 * - QtpApi: the HTTP API, the three context functions and the keys CloudFormation generates for them.
 * - QtpSite: CloudFront, the admin bucket; its /api/* origin is QtpApi's endpoint.
 * - QtpWorkflow: the publisher (it invalidates QtpSite's distribution), the publication schedule group and
 *   its scheduler role, the gazette state machines and their task function, the feedback task function.
 *   The APIs reach the publisher, the state machines and the task functions by fixed name (config.ts), not
 *   by reference.
 *
 * Cross-stack values travel as constructor props, so CDK creates the exports and the ordering.
 */
export function buildPortal(app: App, config: PortalConfig): Portal {
  const env = { account: config.account, region: config.region };
  Tags.of(app).add('project', 'qtp');
  Tags.of(app).add('stage', config.stage);

  // The buckets, Cognito and the API deploy before CloudFront, so they cannot read its address. Without a
  // custom domain or -c publicBaseUrl they get a placeholder, and the operator redeploys with the real
  // address once it exists.
  const publicBaseUrl = config.publicBaseUrl ?? placeholderBaseUrl;

  const edge = new EdgeStack(app, 'QtpEdge', {
    env: { account: config.account, region: 'us-east-1' },
    stackName: stackName(config.stage, 'QtpEdge'),
    description: 'Quang Tri portal: WAF web ACL for CloudFront (us-east-1)',
    crossRegionReferences: true,
    config,
  });

  const data = new DataStack(app, 'QtpData', {
    env,
    stackName: stackName(config.stage, 'QtpData'),
    description: 'Quang Tri portal: table, buckets, alarm topic (stateful)',
    terminationProtection: config.stage === 'prod',
    config,
    publicBaseUrl,
  });

  const auth = new AuthStack(app, 'QtpAuth', {
    env,
    stackName: stackName(config.stage, 'QtpAuth'),
    description: 'Quang Tri portal: staff sign-in (Cognito)',
    terminationProtection: config.stage === 'prod',
    config,
    publicBaseUrl,
  });
  if (config.publicBaseUrl === undefined) {
    Annotations.of(auth).addWarningV2(
      'qtp:publicBaseUrl',
      `No domainName or publicBaseUrl in context: Cognito callback URLs, PUBLIC_BASE_URL and the media bucket's ` +
        `upload CORS origin use ${placeholderBaseUrl}. ` +
        'After the first deploy, redeploy with -c publicBaseUrl=<QtpSite DistributionUrl output>.',
    );
  }

  const functionAuth = { issuerUrl: auth.issuerUrl, audience: auth.spaClient.userPoolClientId };
  const buckets = { site: data.siteBucket, media: data.mediaBucket, archive: data.archiveBucket };

  const api = new ApiStack(app, 'QtpApi', {
    env,
    stackName: stackName(config.stage, 'QtpApi'),
    description: 'Quang Tri portal: HTTP API and context functions',
    config,
    publicBaseUrl,
    table: data.table,
    buckets,
    auth: functionAuth,
    alarmTopic: data.alarmTopic,
    mail: data.mail,
  });

  const site = new SiteStack(app, 'QtpSite', {
    env,
    stackName: stackName(config.stage, 'QtpSite'),
    description: 'Quang Tri portal: CloudFront distribution and admin SPA bucket',
    crossRegionReferences: true,
    config,
    publicBaseUrl,
    siteBucket: data.siteBucket,
    mediaBucket: data.mediaBucket,
    archiveBucket: data.archiveBucket,
    apiDomainName: api.apiDomainName,
    auth: { hostedUiDomainName: auth.hostedUiDomainName, clientId: auth.spaClient.userPoolClientId },
    webAclArn: edge.webAcl.attrArn,
  });

  const workflow = new WorkflowStack(app, 'QtpWorkflow', {
    env,
    stackName: stackName(config.stage, 'QtpWorkflow'),
    description: 'Quang Tri portal: publisher, scheduled publication, gazette workflow',
    config,
    // The publisher runs after the distribution exists, so it can use the real address.
    publicBaseUrl: config.publicBaseUrl ?? site.distributionUrl,
    table: data.table,
    buckets,
    distribution: site.distribution,
    auth: functionAuth,
    alarmTopic: data.alarmTopic,
    mail: data.mail,
  });
  return { edge, data, auth, api, site, workflow };
}
