import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { z } from 'zod';
import type { GazetteMachine } from '#shared/gazette/workflow/definitions.ts';

/**
 * Deploy-time settings, read from CDK context (cdk.json, or `-c key=value` on the command line).
 * cdk.json lists every key; an empty string means "not set".
 *
 * | key              | default          | meaning                                                                 |
 * |------------------|------------------|-------------------------------------------------------------------------|
 * | stage            | prod             | suffix for stack and resource names (prod keeps the bare names)        |
 * | region           | ap-southeast-1   | region of every stack (Singapore: the AWS region nearest Vietnam)        |
 * | domainName       | (none)           | custom domain for CloudFront, e.g. quangtri.gov.vn; needs certificateArn |
 * | certificateArn   | (none)           | ACM certificate in us-east-1 (CloudFront only reads certificates there)  |
 * | publicBaseUrl    | https://domainName | public origin used in feeds, canonical URLs and Cognito's callback URL |
 * | authDomainPrefix | quangtri-portal-<stage> | Cognito hosted UI prefix (must be unique in the region)          |
 * | alarmEmail       | (none)           | address subscribed to the alarm topic                                   |
 * | nag              | false            | apply cdk-nag's AwsSolutions checks during synth                        |
 * | gazetteSigningCertificate | (none)  | PEM file (leaf first, then its chain) of the certificate the government |
 * |                  |                  | CA issued for the gazette's KMS signing key; bundled with the task      |
 * |                  |                  | function. Without it the key signs with a certificate it issues itself. |
 */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const contextSchema = z
  .object({
    stage: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,15}$/, 'stage: lower-case letters, digits and hyphens, 2 to 16 characters')
      .default('prod'),
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/)
      .default('ap-southeast-1'),
    domainName: optionalText,
    certificateArn: optionalText.pipe(
      z
        .string()
        .startsWith(
          'arn:aws:acm:us-east-1:',
          'certificateArn: CloudFront needs an ACM certificate in us-east-1',
        )
        .optional(),
    ),
    publicBaseUrl: optionalText.pipe(z.url({ protocol: /^https$/ }).optional()),
    authDomainPrefix: optionalText.pipe(
      z
        .string()
        .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/)
        // Cognito refuses prefixes containing these reserved words.
        .refine(
          (prefix) => !/aws|amazon|cognito/.test(prefix),
          'authDomainPrefix must not contain aws, amazon or cognito',
        )
        .optional(),
    ),
    alarmEmail: optionalText.pipe(z.email().optional()),
    nag: z
      .union([z.boolean(), z.enum(['true', 'false'])])
      .default(false)
      .transform((value) => value === true || value === 'true'),
    gazetteSigningCertificate: optionalText.pipe(
      z
        .string()
        .refine(
          (path) => existsSync(path) && readFileSync(path, 'utf8').includes('-----BEGIN CERTIFICATE-----'),
          'gazetteSigningCertificate: a PEM file with the certificate and its chain',
        )
        .optional(),
    ),
  })
  .refine((context) => (context.domainName === undefined) === (context.certificateArn === undefined), {
    message: 'domainName and certificateArn go together: give both or neither',
  });

export type PortalConfig = {
  stage: string;
  region: string;
  /** From the CLI's credentials when deploying; undefined offline (environment-agnostic account). */
  account: string | undefined;
  customDomain: { domainName: string; certificateArn: string } | undefined;
  /**
   * The site's public origin when it is known before CloudFront exists (custom domain or explicit context).
   * Undefined on a first deploy without a domain: the API and Cognito then get a placeholder (see
   * `publicBaseUrlFor`) until the operator sets `-c publicBaseUrl=https://<distribution>.cloudfront.net`.
   */
  publicBaseUrl: string | undefined;
  authDomainPrefix: string;
  alarmEmail: string | undefined;
  nag: boolean;
  /** Absolute path of the signing certificate's PEM file, when the province has given one. */
  gazetteSigningCertificate: string | undefined;
};

export const contextKeys = [
  'stage',
  'region',
  'domainName',
  'certificateArn',
  'publicBaseUrl',
  'authDomainPrefix',
  'alarmEmail',
  'nag',
  'gazetteSigningCertificate',
] as const;

/** Placeholder origin while the real one is unknown; `.invalid` is reserved and can never resolve (RFC 2606). */
export const placeholderBaseUrl = 'https://portal.invalid';

export function readPortalConfig(app: App): PortalConfig {
  const raw = Object.fromEntries(contextKeys.map((key) => [key, app.node.tryGetContext(key)]));
  const parsed = contextSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'context'}: ${issue.message}`,
    );
    throw new Error(`Invalid CDK context for the portal:\n  ${problems.join('\n  ')}`);
  }
  const context = parsed.data;
  const customDomain =
    context.domainName && context.certificateArn
      ? { domainName: context.domainName, certificateArn: context.certificateArn }
      : undefined;
  return {
    stage: context.stage,
    region: context.region,
    account: process.env.CDK_DEFAULT_ACCOUNT,
    customDomain,
    publicBaseUrl:
      context.publicBaseUrl?.replace(/\/+$/, '') ??
      (customDomain ? `https://${customDomain.domainName}` : undefined),
    authDomainPrefix: context.authDomainPrefix ?? `quangtri-portal-${context.stage}`,
    alarmEmail: context.alarmEmail,
    nag: context.nag,
    gazetteSigningCertificate: context.gazetteSigningCertificate
      ? resolve(context.gazetteSigningCertificate)
      : undefined,
  };
}

/**
 * Names of resources that other stacks address by name rather than by reference. Prod keeps the bare
 * names (`qtp-publisher`); other stages insert theirs (`qtp-staging-publisher`) so stages share an account.
 */
export function portalName(stage: string, base: string): string {
  return stage === 'prod' ? `qtp-${base}` : `qtp-${stage}-${base}`;
}

/** Stack names: `QtpData` for prod, `QtpData-staging` for a stage called staging. */
export function stackName(stage: string, base: string): string {
  return stage === 'prod' ? base : `${base}-${stage}`;
}

/**
 * What the content API needs from the publication workflow, by name. QtpApi deploys before QtpWorkflow
 * (the distribution's /api/* origin is the API, and the publisher invalidates the distribution), so a
 * CloudFormation reference from the API to the publisher would close a cycle; fixed names break it.
 */
export function publicationNames(stage: string): {
  publisherFunctionName: string;
  schedulerRoleName: string;
  scheduleGroupName: string;
  /** Schedules the content API creates in that group: `article-<article id>` (shared/editorial). */
  articleSchedulePrefix: string;
} {
  return {
    publisherFunctionName: portalName(stage, 'publisher'),
    schedulerRoleName: portalName(stage, 'publication-scheduler'),
    scheduleGroupName: portalName(stage, 'publication'),
    articleSchedulePrefix: 'article-',
  };
}

/**
 * The gazette workflow's resources (QtpWorkflow) that QtpApi addresses by name, as it does the publisher.
 * The task function addresses them, and itself, by name too: the state machines and the scheduler's role
 * refer to it, while it answers the machines' task tokens and creates schedules that target it, so a
 * reference back would close a cycle inside QtpWorkflow.
 */
export function gazetteWorkflowNames(stage: string): {
  taskFunctionName: string;
  stateMachineNames: Record<GazetteMachine, string>;
  /** Schedules the task function creates in the publication group: `gazette-issue-<issue id>`. */
  releaseSchedulePrefix: string;
  /** …and `gazette-status-<document id>-<day>`: a page rendered again the day its status changes. */
  statusSchedulePrefix: string;
} {
  return {
    taskFunctionName: portalName(stage, 'gazette-tasks'),
    stateMachineNames: {
      'document-review': portalName(stage, 'gazette-document-review'),
      'issue-publication': portalName(stage, 'gazette-issue-publication'),
    },
    releaseSchedulePrefix: 'gazette-issue-',
    statusSchedulePrefix: 'gazette-status-',
  };
}

/** The variable through which shared/gazette/workflow/port.ts finds each machine. */
export const stateMachineArnVariables: Record<GazetteMachine, string> = {
  'document-review': 'DOCUMENT_REVIEW_STATE_MACHINE_ARN',
  'issue-publication': 'ISSUE_PUBLICATION_STATE_MACHINE_ARN',
};

export const gazetteMachines: readonly GazetteMachine[] = ['document-review', 'issue-publication'];
