import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { App } from 'aws-cdk-lib';
import * as z from 'zod';
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
 * | publicBaseUrl    | https://domainName | public origin used in feeds, canonical URLs and Cognito's callback URL;  |
 * |                  |                  | without it and a domain, the distribution's https://<id>.cloudfront.net  |
 * | adminSpaDir      | web/admin/dist   | the admin SPA's build (npm run build:admin), deployed by QtpSite; synth  |
 * |                  |                  | leaves the SPA's deployment out (and warns) while it is not built        |
 * | authDomainPrefix | quangtri-portal-<stage> | Cognito hosted UI prefix (must be unique in the region)          |
 * | alarmEmail       | (none)           | address subscribed to the alarm topic                                   |
 * | mailFrom         | no-reply@domainName | sender of the portal's mail (SES); without a domain, a verified address |
 * | feedbackWriteRateLimit | 100        | WAF: public feedback POSTs per IP in 5 minutes before 429               |
 * | feedback*        | as shared/config/env.ts | the feedback rules the province sets (feedbackSettingSchemas)     |
 * | participationHashKeyVersion | (current) | pins a rotated PARTICIPATION_HASH_KEY version (generatedSecrets) |
 * | cursorSigningKeyVersion | (current) | pins a rotated CURSOR_SIGNING_KEY version (generatedSecrets) |
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

/** cdk.json lists every key with "" for "not set"; numbers and lists then take their defaults. */
const blankAsUnset = (value: unknown) => (value === '' || value === null ? undefined : value);
const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(blankAsUnset, z.coerce.number().int().min(min).max(max).default(fallback));

/**
 * The feedback rules the province sets, per stage and without a code change: each context key sets one
 * `FEEDBACK_*` variable of shared/config/env.ts, with the same bounds and defaults (test/infra/config.test.ts
 * checks both against readEnv).
 */
const feedbackSettingSchemas = {
  feedbackOfficerEmails: z.preprocess(
    blankAsUnset,
    z
      .union([z.array(z.string()), z.string()])
      .default('tiepnhan@quangtri.gov.vn')
      .transform((value) =>
        (Array.isArray(value) ? value : value.split(',')).map((address) => address.trim()).filter(Boolean),
      )
      .pipe(z.array(z.email()))
      .transform((addresses) => addresses.join(',')),
  ),
  feedbackForwardWorkingDays: wholeNumber(1, 30, 5),
  feedbackAnswerWorkingDays: wholeNumber(1, 90, 15),
  feedbackRerouteWorkingDays: wholeNumber(1, 30, 2),
  feedbackReminderWorkingDays: wholeNumber(0, 10, 2),
  feedbackReopenDays: wholeNumber(1, 365, 30),
  feedbackRetentionDays: wholeNumber(1, 3650, 180),
  feedbackNoticeVersion: z.preprocess(blankAsUnset, z.string().trim().min(1).max(40).default('2026-12-01')),
  feedbackLimitIp10Minutes: wholeNumber(1, Number.MAX_SAFE_INTEGER, 5),
  feedbackLimitIpDay: wholeNumber(1, Number.MAX_SAFE_INTEGER, 20),
  feedbackLimitContactDay: wholeNumber(1, Number.MAX_SAFE_INTEGER, 3),
};

export const feedbackSettingVariables: Record<keyof typeof feedbackSettingSchemas, string> = {
  feedbackOfficerEmails: 'FEEDBACK_OFFICER_EMAILS',
  feedbackForwardWorkingDays: 'FEEDBACK_FORWARD_WORKING_DAYS',
  feedbackAnswerWorkingDays: 'FEEDBACK_ANSWER_WORKING_DAYS',
  feedbackRerouteWorkingDays: 'FEEDBACK_REROUTE_WORKING_DAYS',
  feedbackReminderWorkingDays: 'FEEDBACK_REMINDER_WORKING_DAYS',
  feedbackReopenDays: 'FEEDBACK_REOPEN_DAYS',
  feedbackRetentionDays: 'FEEDBACK_RETENTION_DAYS',
  feedbackNoticeVersion: 'FEEDBACK_NOTICE_VERSION',
  feedbackLimitIp10Minutes: 'FEEDBACK_LIMIT_IP_10_MINUTES',
  feedbackLimitIpDay: 'FEEDBACK_LIMIT_IP_DAY',
  feedbackLimitContactDay: 'FEEDBACK_LIMIT_CONTACT_DAY',
};

/**
 * Keys that CloudFormation generates (a Secrets Manager secret per variable, docs/decisions.md 61) and hands to
 * the functions that need them as environment variables; each with the context key that pins a version
 * after a rotation. A new one is one more line here and one `useSecret` call.
 */
export const generatedSecrets = {
  PARTICIPATION_HASH_KEY: {
    versionContextKey: 'participationHashKeyVersion',
    description: "Keys the pseudonyms of senders' IP addresses and contacts in the feedback rate limits",
  },
  CURSOR_SIGNING_KEY: {
    versionContextKey: 'cursorSigningKeyVersion',
    description: 'HMAC key of the page cursors the admin lists hand out',
  },
} as const;
export type GeneratedSecretVariable = keyof typeof generatedSecrets;
const secretVersionKeys = Object.values(generatedSecrets).map((secret) => secret.versionContextKey);

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
    adminSpaDir: optionalText,
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
    mailFrom: optionalText.pipe(z.email().optional()),
    // AWS WAF counts a rate-based rule's requests over the window; 10 is the smallest limit it takes.
    feedbackWriteRateLimit: wholeNumber(10, 2_000_000_000, 100),
    ...feedbackSettingSchemas,
    // Secrets Manager version ids: 32 to 64 letters, digits and hyphens.
    ...Object.fromEntries(
      secretVersionKeys.map((key) => [
        key,
        optionalText.pipe(
          z
            .string()
            .regex(/^[A-Za-z0-9-]{32,64}$/)
            .optional(),
        ),
      ]),
    ),
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
  })
  // SES sends only from a verified identity; with a domain, that identity is the domain itself.
  .refine(
    (context) =>
      !context.domainName ||
      !context.mailFrom ||
      context.mailFrom.toLowerCase().endsWith(`@${context.domainName.toLowerCase()}`),
    { message: 'mailFrom must be an address of domainName, the identity SES verifies', path: ['mailFrom'] },
  );

/**
 * Where the portal's mail comes from (shared/notifications/mail.ts): with a custom domain, that domain is the
 * SES identity (DKIM-signed) and the sender is `mailFrom` or no-reply@ the domain; without one, the single
 * address `mailFrom`, verified by the link SES mails to it. Neither: no mail on AWS (synth warns).
 */
export type MailConfig = { from: string; identity: { domain: string } | { address: string } };

export type PortalConfig = {
  stage: string;
  region: string;
  /** From the CLI's credentials when deploying; undefined offline (environment-agnostic account). */
  account: string | undefined;
  customDomain: { domainName: string; certificateArn: string } | undefined;
  /**
   * The site's public origin when it is known before CloudFront exists (custom domain or explicit context).
   * Undefined without a domain: QtpSite then derives it from the distribution it creates, and what deploys
   * earlier learns it in the same pass (infra/stacks/portal.ts, docs/decisions.md 130).
   */
  publicBaseUrl: string | undefined;
  /**
   * Absolute path of the admin SPA's build when it holds an index.html; undefined while the SPA is not built
   * (a fresh clone, CI, tests), and then QtpSite deploys no SPA (docs/decisions.md 131).
   */
  adminSpaDirectory: string | undefined;
  authDomainPrefix: string;
  alarmEmail: string | undefined;
  mail: MailConfig | undefined;
  /** Public feedback POSTs one IP may send in 5 minutes before WAF answers 429. */
  feedbackWriteRateLimit: number;
  /** The `FEEDBACK_*` variables of the feedback functions, from the context or env.ts's defaults. */
  feedbackEnvironment: Record<string, string>;
  /** A rotated generated secret's version, when the operator pinned one (see generatedSecrets). */
  secretVersions: Partial<Record<GeneratedSecretVariable, string>>;
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
  'adminSpaDir',
  'authDomainPrefix',
  'alarmEmail',
  'mailFrom',
  'feedbackWriteRateLimit',
  ...Object.keys(feedbackSettingVariables),
  ...secretVersionKeys,
  'nag',
  'gazetteSigningCertificate',
];

/** Where `npm run build:admin` writes the admin SPA (web/admin/vite.config.ts). */
export const defaultAdminSpaDir = 'web/admin/dist';

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
  const mail: MailConfig | undefined = customDomain
    ? {
        from: context.mailFrom ?? `no-reply@${customDomain.domainName}`,
        identity: { domain: customDomain.domainName },
      }
    : context.mailFrom
      ? { from: context.mailFrom, identity: { address: context.mailFrom } }
      : undefined;

  return {
    stage: context.stage,
    region: context.region,
    account: process.env.CDK_DEFAULT_ACCOUNT,
    customDomain,
    publicBaseUrl:
      context.publicBaseUrl?.replace(/\/+$/, '') ??
      (customDomain ? `https://${customDomain.domainName}` : undefined),
    adminSpaDirectory: builtAdminSpa(context.adminSpaDir ?? defaultAdminSpaDir),
    authDomainPrefix: context.authDomainPrefix ?? `quangtri-portal-${context.stage}`,
    alarmEmail: context.alarmEmail,
    mail,
    feedbackWriteRateLimit: context.feedbackWriteRateLimit,
    feedbackEnvironment: Object.fromEntries(
      Object.entries(feedbackSettingVariables).map(([key, variable]) => [
        variable,
        String(Reflect.get(context, key)),
      ]),
    ),
    secretVersions: Object.fromEntries(
      Object.entries(generatedSecrets).flatMap(([variable, secret]) => {
        const version: unknown = Reflect.get(context, secret.versionContextKey);
        return typeof version === 'string' ? [[variable, version]] : [];
      }),
    ),
    nag: context.nag,
    gazetteSigningCertificate: context.gazetteSigningCertificate
      ? resolve(context.gazetteSigningCertificate)
      : undefined,
  };
}

function builtAdminSpa(directory: string): string | undefined {
  const absolute = resolve(directory);
  return existsSync(resolve(absolute, 'index.html')) ? absolute : undefined;
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
 * What the content API needs from the publication workflow, by name. Fixed names keep QtpApi and
 * QtpWorkflow independent of each other (both deploy after QtpSite, whose distribution the publisher
 * invalidates); they were what broke a cycle when QtpApi deployed before the distribution.
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

/**
 * The full rebuild's state machine (QtpWorkflow), which the publisher starts on `rebuild-site` and which
 * invokes the publisher for each step: the publisher addresses it by name to avoid the cycle.
 */
export function rebuildNames(stage: string): { stateMachineName: string } {
  return { stateMachineName: portalName(stage, 'site-rebuild') };
}

/**
 * The feedback task function (QtpWorkflow), which the feedback API's schedules target by name as the
 * gazette's do theirs, and which re-schedules itself (closing, then anonymisation).
 */
export function feedbackNames(stage: string): {
  taskFunctionName: string;
  /** Schedules both feedback functions create in the publication group: `feedback-<id>-<what>` (shared/feedback/deadlines.ts). */
  schedulePrefix: string;
} {
  return { taskFunctionName: portalName(stage, 'feedback-tasks'), schedulePrefix: 'feedback-' };
}

/**
 * The consultation task function (QtpWorkflow), which the consultation API's period schedules target by
 * name: `consultation-<id>-open` and `consultation-<id>-close` (shared/consultation/schedules.ts).
 */
export function consultationNames(stage: string): { taskFunctionName: string; schedulePrefix: string } {
  return { taskFunctionName: portalName(stage, 'consultation-tasks'), schedulePrefix: 'consultation-' };
}

/**
 * The directory's task function (QtpWorkflow): the daily link check, a chain of one-time schedules named
 * `directory-link-check` (shared/organisation/service.ts) that the content API (the admin's "check now")
 * and the function itself create.
 */
export function directoryNames(stage: string): { taskFunctionName: string; schedulePrefix: string } {
  return { taskFunctionName: portalName(stage, 'directory-tasks'), schedulePrefix: 'directory-' };
}

/** Schedules the dialogue API creates in the publication group: `dialogue-<id>-<boundary>` (shared/dialogue). */
export const dialogueNames = { schedulePrefix: 'dialogue-' } as const;

/** The variable through which shared/gazette/workflow/port.ts finds each machine. */
export const stateMachineArnVariables: Record<GazetteMachine, string> = {
  'document-review': 'DOCUMENT_REVIEW_STATE_MACHINE_ARN',
  'issue-publication': 'ISSUE_PUBLICATION_STATE_MACHINE_ARN',
};

export const gazetteMachines: readonly GazetteMachine[] = ['document-review', 'issue-publication'];
