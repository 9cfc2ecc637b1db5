import { type App, Tags } from 'aws-cdk-lib';
import { ApiStack } from './api-stack.ts';
import { AuthStack } from './auth-stack.ts';
import { type PortalConfig, stackName } from './config.ts';
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
 *   QtpData ─┬─> QtpAuth ─> QtpSite ─> QtpApi ─> QtpWorkflow
 *            └───────────────────^─────────^──────────^ (table, buckets, alarm topic, mail go to every later stack)
 *   QtpEdge (us-east-1) ─────────┘ (the web ACL's ARN, through CDK's cross-region references)
 *
 * - QtpEdge: the WAF web ACL, which CloudFront reads only from us-east-1. No dependencies.
 * - QtpData: table, buckets, alarm topic, the SES sender. Stateful, retained, rarely changed.
 * - QtpAuth: the Cognito user pool. Stateful (the accounts), retained.
 * - QtpSite: CloudFront, the HTTP API resource behind its /api/*, the admin bucket, the admin SPA with its
 *   config.json and its Cognito app client.
 * - QtpApi: the HTTP API's routes and stage, the context functions and the keys CloudFormation generates
 *   for them.
 * - QtpWorkflow: the publisher (it invalidates QtpSite's distribution), the publication schedule group and
 *   its scheduler role, the gazette state machines and their task function, the feedback task function.
 *   The APIs reach the publisher, the state machines and the task functions by fixed name (config.ts), not
 *   by reference.
 *
 * One pass from an empty account, with or without a custom domain (docs/decisions.md 130): everything that
 * names the site's address deploys with or after the distribution and takes `site.publicBaseUrl`, which is
 * the domain when there is one and the distribution's own name otherwise. The one exception is the media
 * bucket's CORS rule (QtpData, stateful): without a domain QtpSite puts it once the distribution exists.
 *
 * Cross-stack values travel as constructor props, so CDK creates the exports and the ordering.
 */
export function buildPortal(app: App, config: PortalConfig): Portal {
  const env = { account: config.account, region: config.region };
  Tags.of(app).add('project', 'qtp');
  Tags.of(app).add('stage', config.stage);

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
  });

  const auth = new AuthStack(app, 'QtpAuth', {
    env,
    stackName: stackName(config.stage, 'QtpAuth'),
    description: 'Quang Tri portal: staff sign-in (Cognito)',
    terminationProtection: config.stage === 'prod',
    config,
  });

  const buckets = { site: data.siteBucket, media: data.mediaBucket, archive: data.archiveBucket };

  const site = new SiteStack(app, 'QtpSite', {
    env,
    stackName: stackName(config.stage, 'QtpSite'),
    description: 'Quang Tri portal: CloudFront, the HTTP API it fronts, the admin SPA and its sign-in client',
    crossRegionReferences: true,
    config,
    siteBucket: data.siteBucket,
    mediaBucket: data.mediaBucket,
    archiveBucket: data.archiveBucket,
    auth: { userPool: auth.userPool, hostedUiDomainName: auth.hostedUiDomainName },
    webAclArn: edge.webAcl.attrArn,
  });

  const functionAuth = { issuerUrl: auth.issuerUrl, audience: site.adminSpaClient.userPoolClientId };

  const api = new ApiStack(app, 'QtpApi', {
    env,
    stackName: stackName(config.stage, 'QtpApi'),
    description: 'Quang Tri portal: HTTP API routes and context functions',
    config,
    publicBaseUrl: site.publicBaseUrl,
    httpApi: site.httpApi,
    table: data.table,
    buckets,
    auth: functionAuth,
    staffUserPool: auth.userPool,
    alarmTopic: data.alarmTopic,
    mail: data.mail,
  });

  const workflow = new WorkflowStack(app, 'QtpWorkflow', {
    env,
    stackName: stackName(config.stage, 'QtpWorkflow'),
    description: 'Quang Tri portal: publisher, scheduled publication, gazette workflow',
    config,
    publicBaseUrl: site.publicBaseUrl,
    table: data.table,
    buckets,
    distribution: site.distribution,
    auth: functionAuth,
    alarmTopic: data.alarmTopic,
    mail: data.mail,
  });
  return { edge, data, auth, api, site, workflow };
}
