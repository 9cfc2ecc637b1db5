import type { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import cdkNag from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { bucketDefinitions } from '#shared/config/buckets.ts';
import { tableDesign } from '#shared/data/table-design.ts';
import { allRoles } from '#shared/domain/roles.ts';
import {
  definitionWithFunction,
  type GazetteMachine,
  gazetteStateMachines,
} from '#shared/gazette/workflow/definitions.ts';
import { rebuildDefinitionWithFunction } from '#shared/publication/rebuild-workflow.ts';
import { DEFAULT_DIALOGUE_VIDEO_HOSTS } from '#shared/site/dialogue-video.ts';
import { formPages } from '#shared/site/form-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { apiContexts } from '../../infra/stacks/api-stack.ts';
import {
  consultationNames,
  directoryNames,
  feedbackNames,
  feedbackSettingVariables,
  gazetteMachines,
  gazetteWorkflowNames,
  publicationNames,
  readPortalConfig,
  rebuildNames,
  stateMachineArnVariables,
} from '../../infra/stacks/config.ts';
import { rateLimitedProblem } from '../../infra/stacks/edge-stack.ts';
import { staffDirectoryActions } from '../../infra/stacks/grants.ts';
import { buildPortal, type Portal } from '../../infra/stacks/portal.ts';
import {
  actionsOf,
  adminSpaBuild,
  deployedFile,
  environmentOf,
  functionWithService,
  grantedStatements,
  joinedText,
  onlyResource,
  removeTestOutputs,
  type Statement,
  testApp,
} from './support.ts';

afterAll(removeTestOutputs);

/**
 * The whole portal as `cdk synth` builds it (same context as cdk.json, real esbuild bundling), synthesized
 * once for every test in this file. Without a domain, with the one sender address the portal mails from
 * (site.test.ts covers a domain identity).
 */
const mailFrom = 'tiepnhan@quangtri.gov.vn';
let app: App;
let portal: Portal;
let edge: Template;
let data: Template;
let auth: Template;
let api: Template;
let site: Template;
let workflow: Template;

beforeAll(() => {
  app = testApp({ mailFrom, adminSpaDir: adminSpaBuild() });
  portal = buildPortal(app, readPortalConfig(app));
  app.synth();
  edge = Template.fromStack(portal.edge);
  data = Template.fromStack(portal.data);
  auth = Template.fromStack(portal.auth);
  api = Template.fromStack(portal.api);
  site = Template.fromStack(portal.site);
  workflow = Template.fromStack(portal.workflow);
}, 180_000);

const allTemplates = () => ({ edge, data, auth, api, site, workflow });
/** The distribution's own host name, the portal's address without a custom domain. */
const distributionDomain = { 'Fn::GetAtt': ['Distribution830FAC52', 'DomainName'] };
const mentions = (statements: Statement[], text: string) => JSON.stringify(statements).includes(text);
/** An ARN built in the template as text: `arn:aws:lambda:ap-southeast-1:<account>:function:qtp-publisher`. */
const arnText = (value: unknown) =>
  joinedText(value, (token) => {
    const reference = JSON.stringify(token);
    if (reference === '{"Ref":"AWS::Partition"}') return 'aws';
    if (reference === '{"Ref":"AWS::AccountId"}') return '<account>';
    return `<${reference}>`;
  });
const arnsOf = (resource: unknown) => (Array.isArray(resource) ? resource : [resource]).map(arnText);
const machineArn = (name: string) => `arn:aws:states:ap-southeast-1:<account>:stateMachine:${name}`;
/** What every function is told (shared/config/env.ts). */
const requiredVariables = [
  tableDesign.envVar,
  bucketDefinitions.site.envVar,
  bucketDefinitions.media.envVar,
  bucketDefinitions.archive.envVar,
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'PUBLIC_BASE_URL',
  'POWERTOOLS_SERVICE_NAME',
];
/** Both feedback functions: the rules, the mail sender, their schedules, the publisher. */
const feedbackVariables = [
  ...requiredVariables,
  ...Object.values(feedbackSettingVariables),
  'MAIL_FROM',
  'MAIL_CONFIGURATION_SET',
  'SCHEDULE_GROUP_NAME',
  'SCHEDULER_ROLE_ARN',
  'FEEDBACK_TASK_FUNCTION_ARN',
  'PUBLISHER_FUNCTION_NAME',
];

/** Each (action, resource) a set of statements grants, as `action resource` text, sorted. */
const grantsOf = (statements: Statement[]) =>
  statements
    .flatMap((statement) =>
      actionsOf(statement).flatMap((action) => arnsOf(statement.Resource).map((arn) => `${action} ${arn}`)),
    )
    .toSorted();
const mediaObjects = (keys: string) =>
  `<{"Fn::ImportValue":"QtpData:ExportsOutputFnGetAttMediaBucketArn3BCA6E41"}>/${keys}`;

describe('data stack', () => {
  it('builds the table from tableDesign: keys, GSIs and TTL attribute', () => {
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: tableDesign.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDesign.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: tableDesign.globalIndexes.map((index) =>
        Match.objectLike({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
        }),
      ),
      TimeToLiveSpecification: { AttributeName: tableDesign.timeToLiveAttribute, Enabled: true },
    });
  });

  it('keeps the table on demand, recoverable to the second, protected and retained', () => {
    data.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('pins the logical ids of stateful resources', () => {
    const ids = Object.keys(data.toJSON().Resources);
    expect(ids).toEqual(
      expect.arrayContaining([
        'PortalTable',
        'SiteBucket',
        'MediaBucket',
        'GazetteArchiveBucket',
        'AccessLogsBucket',
      ]),
    );
    expect(Object.keys(auth.toJSON().Resources)).toEqual(
      expect.arrayContaining(['StaffUserPool', 'HostedUiDomain']),
    );
    // Not stateful, but the SPA's config.json and the API's audience name it.
    expect(Object.keys(site.toJSON().Resources)).toContain('AdminSpaClient');
  });

  it('versions, encrypts, logs and retains the site, media and archive buckets', () => {
    for (const id of ['SiteBucket', 'MediaBucket', 'GazetteArchiveBucket']) {
      const bucket = data.toJSON().Resources[id];
      expect(bucket.DeletionPolicy).toBe('Retain');
      expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
        { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
      ]);
      expect(bucket.Properties.LoggingConfiguration.DestinationBucketName).toEqual({
        Ref: 'AccessLogsBucket',
      });
    }
  });

  it('makes published gazette issues write-once with Object Lock in compliance mode', () => {
    data.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 3653 } },
      },
    });
    expect(data.toJSON().Resources.GazetteArchiveBucket.Properties.ObjectLockEnabled).toBe(true);
  });

  it('lets only CloudFront distributions of this account read the site, the media and the archive', () => {
    for (const [bucket, objects] of [
      ['SiteBucket', '/*'],
      ['MediaBucket', '/media/*'],
      ['GazetteArchiveBucket', '/archive/*'],
    ] as const) {
      data.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucket },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Principal: { Service: 'cloudfront.amazonaws.com' },
              Action: 's3:GetObject',
              Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket, 'Arn'] }, objects]] },
              Condition: {
                StringEquals: { 'AWS:SourceAccount': { Ref: 'AWS::AccountId' } },
                ArnLike: { 'AWS:SourceArn': Match.anyValue() },
              },
            }),
          ]),
        },
      });
    }
  });

  it('lets CloudFront only read the archive, and only its archive/ keys', () => {
    const [, archivePolicy] = onlyResource(data, 'AWS::S3::BucketPolicy', {
      Bucket: { Ref: 'GazetteArchiveBucket' },
    });
    const statements: Statement[] = archivePolicy.Properties.PolicyDocument.Statement;
    const forCloudFront = statements.filter(
      (statement) => JSON.stringify(statement.Principal) === '{"Service":"cloudfront.amazonaws.com"}',
    );
    expect(forCloudFront.flatMap(actionsOf).toSorted()).toEqual(['s3:GetObject', 's3:ListBucket']);
    const getObject = forCloudFront.find((statement) => actionsOf(statement).includes('s3:GetObject'));
    expect(getObject?.Resource).toEqual({
      'Fn::Join': ['', [{ 'Fn::GetAtt': ['GazetteArchiveBucket', 'Arn'] }, '/archive/*']],
    });
  });

  it("lets browsers of the portal's origin PUT presigned uploads into the media bucket, nothing else", () => {
    // Without a domain the origin is the distribution's, which QtpSite creates: it puts the rule then.
    expect(data.toJSON().Resources.MediaBucket.Properties.CorsConfiguration).toBeUndefined();
    const [, cors] = onlyResource(site, 'Custom::AWS');
    for (const event of ['Create', 'Update'] as const) {
      const call = JSON.parse(
        joinedText(cors.Properties[event], (token) => `<${JSON.stringify(token).replaceAll('"', "'")}>`),
      );
      expect(call).toEqual({
        service: 'S3',
        action: 'PutBucketCors',
        parameters: {
          Bucket: "<{'Fn::ImportValue':'QtpData:ExportsOutputRefMediaBucket7573E108'}>",
          // The full rule set: PutBucketCors replaces the bucket's whole CORS configuration.
          CORSConfiguration: {
            CORSRules: [
              {
                ID: 'presigned-uploads',
                AllowedOrigins: [`https://<${JSON.stringify(distributionDomain).replaceAll('"', "'")}>`],
                AllowedMethods: ['PUT'],
                AllowedHeaders: ['content-type'],
                MaxAgeSeconds: 3600,
              },
            ],
          },
        },
        physicalResourceId: { id: 'media-upload-cors' },
      });
    }
    // Removing it (a custom domain later) must not undo the rule QtpData's template then carries.
    expect(cors.Properties.Delete).toBeUndefined();
    for (const id of ['SiteBucket', 'GazetteArchiveBucket', 'AccessLogsBucket']) {
      expect(data.toJSON().Resources[id].Properties.CorsConfiguration, id).toBeUndefined();
    }
  });
});

describe('every bucket', () => {
  it('blocks public access and refuses requests without TLS', () => {
    let buckets = 0;
    for (const [name, template] of Object.entries(allTemplates())) {
      const policies = Object.values(template.findResources('AWS::S3::BucketPolicy'));
      for (const [id, bucket] of Object.entries(template.findResources('AWS::S3::Bucket'))) {
        buckets += 1;
        expect(bucket.Properties.PublicAccessBlockConfiguration, `${name}/${id}`).toEqual({
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        });
        const policy = policies.find((candidate) => candidate.Properties.Bucket.Ref === id);
        expect(policy, `${name}/${id} has a bucket policy`).toBeDefined();
        expect(policy?.Properties.PolicyDocument.Statement, `${name}/${id} enforces TLS`).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              Effect: 'Deny',
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        );
      }
    }
    // site, media, archive, access logs (data); admin, edge logs (site).
    expect(buckets).toBe(6);
  });
});

describe('auth stack', () => {
  it('lets only administrators create accounts, with a strong password policy and optional TOTP', () => {
    auth.hasResource('AWS::Cognito::UserPool', {
      Properties: Match.objectLike({
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
        MfaConfiguration: 'OPTIONAL',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
        Schema: Match.arrayWith([
          Match.objectLike({ Name: 'agency_id', AttributeDataType: 'String', Mutable: true }),
        ]),
      }),
      DeletionPolicy: 'Retain',
    });
  });

  it('creates exactly one group per role', () => {
    const groups = Object.values(auth.findResources('AWS::Cognito::UserPoolGroup')).map(
      (group) => group.Properties.GroupName,
    );
    expect(groups.toSorted()).toEqual([...allRoles].toSorted());
  });

  it("gives the admin SPA a public client: code grant, no secret, callback under the distribution's /admin/", () => {
    // In QtpSite, which creates the distribution whose address the callbacks name.
    expect(Object.keys(auth.findResources('AWS::Cognito::UserPoolClient'))).toEqual([]);
    site.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      UserPoolId: { 'Fn::ImportValue': Match.stringLikeRegexp('^QtpAuth:.*StaffUserPool') },
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: Match.arrayWith(['openid']),
      CallbackURLs: [{ 'Fn::Join': ['', ['https://', distributionDomain, '/admin/callback']] }],
      LogoutURLs: [{ 'Fn::Join': ['', ['https://', distributionDomain, '/admin/']] }],
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
    });
  });

  it('invites staff to the admin page without an address it cannot know yet', () => {
    const pool = onlyResource(auth, 'AWS::Cognito::UserPool')[1];
    expect(pool.Properties.AdminCreateUserConfig.InviteMessageTemplate.EmailMessage).toContain(
      'Đăng nhập tại trang /admin/ của Cổng',
    );
  });

  it('does not let a user change their own agency', () => {
    const client = Object.values(site.findResources('AWS::Cognito::UserPoolClient'))[0];
    expect(client?.Properties.ReadAttributes).toContain('custom:agency_id');
    expect(client?.Properties.WriteAttributes).not.toContain('custom:agency_id');
  });
});

describe('functions', () => {
  it('run Node.js 22 on ARM64 with active tracing and JSON logs in their own group', () => {
    for (const template of [api, workflow]) {
      for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) {
        expect(fn.Properties).toMatchObject({
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          TracingConfig: { Mode: 'Active' },
          LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: expect.stringMatching(/LogGroup/) } },
        });
        expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(
          expect.arrayContaining(requiredVariables),
        );
        // Source maps ship beside the bundle, unparsed at start-up (decision 127).
        expect(fn.Properties.Environment.Variables.NODE_OPTIONS).toBeUndefined();
      }
    }
    // One function per API context, and the public halves of content and feedback.
    expect(Object.keys(api.findResources('AWS::Lambda::Function'))).toHaveLength(apiContexts.length + 2);
    // The publisher and the gazette, feedback, consultation and directory (link check) task functions.
    expect(Object.keys(workflow.findResources('AWS::Lambda::Function'))).toHaveLength(5);
  });

  it('keep their logs for a month and raise an alarm on errors', () => {
    for (const template of [api, workflow]) {
      const functions = Object.keys(template.findResources('AWS::Lambda::Function')).length;
      const logGroups = Object.values(template.findResources('AWS::Logs::LogGroup'));
      expect(logGroups.length).toBeGreaterThanOrEqual(functions);
      for (const group of logGroups) expect(group.Properties.RetentionInDays).toBe(30);
      expect(
        Object.values(template.findResources('AWS::CloudWatch::Alarm')).filter(
          (alarm) => alarm.Properties.MetricName === 'Errors',
        ),
      ).toHaveLength(functions);
    }
  });

  it('give the API functions a generated cursor signing key, resolved at deploy time, never in the template', () => {
    const [secretId, secret] = generatedSecret('CURSOR_SIGNING_KEY');
    expect(secret?.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 48 });
    for (const service of ['qtp-content', 'qtp-gazette', 'qtp-feedback', 'qtp-dialogue']) {
      const key = JSON.stringify(environmentOf(api, functionWithService(api, service)).CURSOR_SIGNING_KEY);
      expect(key, service).toContain('{{resolve:secretsmanager:');
      expect(key, service).toContain(secretId);
    }
    for (const service of ['qtp-publisher', 'qtp-gazette-tasks']) {
      expect(
        environmentOf(workflow, functionWithService(workflow, service)).CURSOR_SIGNING_KEY,
      ).toBeUndefined();
    }
  });

  it('carry no AWS managed policy', () => {
    for (const template of [api, workflow]) {
      for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
        expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      }
    }
  });
});

/** The generated secret of an environment variable (its description names the variable). */
function generatedSecret(variable: string): [string, { Properties: { GenerateSecretString: unknown } }] {
  const found = Object.entries(api.findResources('AWS::SecretsManager::Secret')).filter(([, resource]) =>
    String(resource.Properties?.Description ?? '').startsWith(`${variable}:`),
  );
  const [first] = found;
  if (!first || found.length > 1)
    throw new Error(`expected one secret for ${variable}, found ${found.length}`);
  return first as [string, { Properties: { GenerateSecretString: unknown } }];
}

describe('least privilege', () => {
  const content = () => grantedStatements(api, functionWithService(api, 'qtp-content'));
  const gazette = () => grantedStatements(api, functionWithService(api, 'qtp-gazette'));
  const feedback = () => grantedStatements(api, functionWithService(api, 'qtp-feedback'));
  const contentPublic = () => grantedStatements(api, functionWithService(api, 'qtp-content-public'));
  const feedbackPublic = () => grantedStatements(api, functionWithService(api, 'qtp-feedback-public'));
  const dialogue = () => grantedStatements(api, functionWithService(api, 'qtp-dialogue'));
  const publisher = () => grantedStatements(workflow, functionWithService(workflow, 'qtp-publisher'));
  const gazetteTasks = () => grantedStatements(workflow, functionWithService(workflow, 'qtp-gazette-tasks'));
  const feedbackTasks = () =>
    grantedStatements(workflow, functionWithService(workflow, 'qtp-feedback-tasks'));
  const everyFunction = () => [
    content(),
    contentPublic(),
    gazette(),
    feedback(),
    feedbackPublic(),
    dialogue(),
    publisher(),
    gazetteTasks(),
    feedbackTasks(),
  ];
  const actionsOn = (statements: Statement[], text: string) =>
    statements.filter((statement) => mentions([statement], text)).flatMap(actionsOf);
  const machineNames = gazetteWorkflowNames('prod').stateMachineNames;

  it("gives the feedback function citizens' files, answer uploads and public answer files, nothing else in S3", () => {
    const statements = feedback();
    const s3Grants = grantsOf(statements).filter((grant) => grant.startsWith('s3:'));
    expect(s3Grants).toEqual(
      [
        `s3:DeleteObject ${mediaObjects('feedback/*')}`,
        `s3:GetObject ${mediaObjects('feedback/*')}`,
        `s3:GetObject ${mediaObjects('uploads/feedback/*')}`,
        `s3:PutObject ${mediaObjects('feedback/*')}`,
        `s3:PutObject ${mediaObjects('media/phan-anh-kien-nghi/*')}`,
        `s3:PutObject ${mediaObjects('uploads/feedback/*')}`,
      ].toSorted(),
    );
    // No listing, no other bucket.
    expect(mentions(statements, 'SiteBucket')).toBe(false);
    expect(mentions(statements, 'GazetteArchiveBucket')).toBe(false);
  });

  it("gives the citizens' feedback function their files only: no agency upload, no published copy", () => {
    const statements = feedbackPublic();
    expect(grantsOf(statements).filter((grant) => grant.startsWith('s3:'))).toEqual(
      [
        `s3:DeleteObject ${mediaObjects('feedback/*')}`,
        `s3:GetObject ${mediaObjects('feedback/*')}`,
        `s3:PutObject ${mediaObjects('feedback/*')}`,
      ].toSorted(),
    );
    expect(mentions(statements, 'SiteBucket')).toBe(false);
    expect(mentions(statements, 'GazetteArchiveBucket')).toBe(false);
  });

  it("lets the feedback task function only remove citizens' files (anonymisation)", () => {
    const statements = feedbackTasks();
    expect(grantsOf(statements).filter((grant) => grant.startsWith('s3:'))).toEqual([
      `s3:DeleteObject ${mediaObjects('feedback/*')}`,
    ]);
    expect(mentions(statements, 'SiteBucket')).toBe(false);
    expect(mentions(statements, 'GazetteArchiveBucket')).toBe(false);
  });

  it('lets both feedback functions send mail through the SES identity and its configuration set only', () => {
    const identity = '<{"Fn::ImportValue":"QtpData:ExportsOutputRefMailIdentityCB914C47"}>';
    const configurationSet = '<{"Fn::ImportValue":"QtpData:ExportsOutputRefMailConfigurationSetC0584CA6"}>';
    for (const [template, service, statements] of [
      [api, 'qtp-feedback', feedback()],
      [api, 'qtp-feedback-public', feedbackPublic()],
      [workflow, 'qtp-feedback-tasks', feedbackTasks()],
    ] as const) {
      expect(
        grantsOf(statements).filter((grant) => grant.startsWith('ses:')),
        service,
      ).toEqual([
        `ses:SendEmail arn:aws:ses:ap-southeast-1:<account>:configuration-set/${configurationSet}`,
        `ses:SendEmail arn:aws:ses:ap-southeast-1:<account>:identity/${identity}`,
      ]);
      const env = environmentOf(template, functionWithService(template, service));
      expect(env.MAIL_FROM).toBe(mailFrom);
      expect(env.MAIL_CONFIGURATION_SET).toEqual({
        'Fn::ImportValue': expect.stringMatching(/MailConfigurationSet/),
      });
    }
    for (const other of [content(), gazette(), publisher(), gazetteTasks()]) {
      expect(other.flatMap(actionsOf).filter((action) => action.startsWith('ses:'))).toEqual([]);
    }
  });

  it('lets both feedback functions schedule only feedback-* tasks, run by the scheduler role', () => {
    const names = publicationNames('prod');
    for (const [template, service, statements] of [
      [api, 'qtp-feedback', feedback()],
      [api, 'qtp-feedback-public', feedbackPublic()],
      [workflow, 'qtp-feedback-tasks', feedbackTasks()],
    ] as const) {
      const scheduling = grantsOf(statements).filter((grant) => /^(scheduler|iam):/.test(grant));
      expect(scheduling, service).toEqual([
        `iam:PassRole arn:aws:iam::<account>:role/${names.schedulerRoleName}`,
        `scheduler:CreateSchedule arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/feedback-*`,
        `scheduler:DeleteSchedule arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/feedback-*`,
      ]);
      const passRole = statements.find((statement) => actionsOf(statement).includes('iam:PassRole'));
      expect(passRole?.Condition).toEqual({
        StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' },
      });
      const env = environmentOf(template, functionWithService(template, service));
      expect(env.SCHEDULE_GROUP_NAME).toBe(names.scheduleGroupName);
      expect(arnText(env.SCHEDULER_ROLE_ARN)).toBe(`arn:aws:iam::<account>:role/${names.schedulerRoleName}`);
      // The schedules target the task function by its fixed name (it deploys after the API).
      expect(arnText(env.FEEDBACK_TASK_FUNCTION_ARN)).toBe(
        `arn:aws:lambda:ap-southeast-1:<account>:function:${feedbackNames('prod').taskFunctionName}`,
      );
    }
  });

  // Online dialogues: the table, the publisher, its own schedules, the receipt mail; no bucket at all.
  it('gives the dialogue function no bucket, and lets it schedule only dialogue-* on the publisher', () => {
    const statements = dialogue();
    expect(grantsOf(statements).filter((grant) => grant.startsWith('s3:'))).toEqual([]);
    for (const bucket of ['MediaBucket', 'SiteBucket', 'GazetteArchiveBucket'])
      expect(mentions(statements, bucket), bucket).toBe(false);
    const names = publicationNames('prod');
    expect(grantsOf(statements).filter((grant) => /^(scheduler|iam):/.test(grant))).toEqual([
      `iam:PassRole arn:aws:iam::<account>:role/${names.schedulerRoleName}`,
      `scheduler:CreateSchedule arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/dialogue-*`,
      `scheduler:DeleteSchedule arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/dialogue-*`,
    ]);
    const env = environmentOf(api, functionWithService(api, 'qtp-dialogue'));
    expect(arnText(env.PUBLISHER_FUNCTION_ARN)).toBe(
      `arn:aws:lambda:ap-southeast-1:<account>:function:${names.publisherFunctionName}`,
    );
    expect(env.DIALOGUE_VIDEO_HOSTS).toContain('www.youtube-nocookie.com');
    expect(grantsOf(statements).filter((grant) => grant.startsWith('ses:'))).toHaveLength(2);
    for (const statement of statements) {
      for (const arn of arnsOf(statement.Resource).filter((text) => text.includes('*'))) {
        expect(
          [`arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/dialogue-*`, '*'],
          arn,
        ).toContain(arn);
        if (arn === '*')
          expect(actionsOf(statement).every((action) => action.startsWith('xray:'))).toBe(true);
      }
    }
  });

  it('grants the feedback functions no wildcard beyond their key prefixes, their schedules and X-Ray', () => {
    const allowed = [
      mediaObjects('feedback/*'),
      mediaObjects('uploads/feedback/*'),
      mediaObjects('media/phan-anh-kien-nghi/*'),
      `arn:aws:scheduler:ap-southeast-1:<account>:schedule/${publicationNames('prod').scheduleGroupName}/feedback-*`,
      '*',
    ];
    for (const statements of [feedback(), feedbackTasks()]) {
      for (const statement of statements) {
        for (const arn of arnsOf(statement.Resource).filter((text) => text.includes('*'))) {
          expect(allowed, arn).toContain(arn);
          if (arn === '*')
            expect(actionsOf(statement).every((action) => action.startsWith('xray:'))).toBe(true);
        }
      }
    }
  });

  it('gives only the feedback and dialogue APIs the participation hash key, generated by Secrets Manager and resolved at deploy', () => {
    // The portal's generated keys: this one and the cursor signing key, nothing else.
    expect(Object.keys(api.findResources('AWS::SecretsManager::Secret'))).toHaveLength(2);
    const [secretId, secret] = generatedSecret('PARTICIPATION_HASH_KEY');
    expect(secret.Properties.GenerateSecretString).toEqual({
      PasswordLength: 48,
      ExcludePunctuation: true,
      IncludeSpace: false,
    });
    for (const service of ['qtp-feedback', 'qtp-dialogue']) {
      const env = environmentOf(api, functionWithService(api, service));
      expect(env.PARTICIPATION_HASH_KEY, service).toEqual({
        'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']],
      });
    }
    for (const [template, service] of [
      [api, 'qtp-content'],
      [api, 'qtp-gazette'],
      [workflow, 'qtp-publisher'],
      [workflow, 'qtp-gazette-tasks'],
      [workflow, 'qtp-feedback-tasks'],
    ] as const) {
      expect(
        environmentOf(template, functionWithService(template, service)).PARTICIPATION_HASH_KEY,
      ).toBeUndefined();
    }
    // CloudFormation reads it; no function reads Secrets Manager.
    for (const statements of everyFunction()) {
      expect(statements.flatMap(actionsOf).filter((action) => action.startsWith('secretsmanager:'))).toEqual(
        [],
      );
    }
  });

  it("gives the consultation API the agencies' uploads only, its own schedules, mail and the participation key", () => {
    const statements = grantedStatements(api, functionWithService(api, 'qtp-consultation'));
    expect(grantsOf(statements).filter((grant) => grant.startsWith('s3:'))).toEqual(
      [
        `s3:GetObject ${mediaObjects('uploads/consultation/*')}`,
        `s3:PutObject ${mediaObjects('uploads/consultation/*')}`,
      ].toSorted(),
    );
    expect(mentions(statements, 'SiteBucket')).toBe(false);
    expect(mentions(statements, 'GazetteArchiveBucket')).toBe(false);
    const names = publicationNames('prod');
    expect(grantsOf(statements).filter((grant) => /^(scheduler|iam):/.test(grant))).toEqual([
      `iam:PassRole arn:aws:iam::<account>:role/${names.schedulerRoleName}`,
      `scheduler:CreateSchedule arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/consultation-*`,
      `scheduler:DeleteSchedule arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/consultation-*`,
    ]);
    const env = environmentOf(api, functionWithService(api, 'qtp-consultation'));
    expect(arnText(env.CONSULTATION_TASK_FUNCTION_ARN)).toBe(
      `arn:aws:lambda:ap-southeast-1:<account>:function:${consultationNames('prod').taskFunctionName}`,
    );
    expect(JSON.stringify(env.PARTICIPATION_HASH_KEY)).toContain('{{resolve:secretsmanager:');
    expect(grantsOf(statements).filter((grant) => grant.startsWith('ses:'))).toHaveLength(2);
    for (const statement of statements) {
      for (const arn of arnsOf(statement.Resource).filter((text) => text.includes('*'))) {
        expect(
          [
            mediaObjects('uploads/consultation/*'),
            `arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/consultation-*`,
            '*',
          ],
          arn,
        ).toContain(arn);
        if (arn === '*')
          expect(actionsOf(statement).every((action) => action.startsWith('xray:'))).toBe(true);
      }
    }
  });

  it('lets the link-check task function use the table and schedule its own next run, and nothing else', () => {
    const statements = grantedStatements(workflow, functionWithService(workflow, 'qtp-directory-tasks'));
    const names = publicationNames('prod');
    expect(
      grantsOf(statements).filter((grant) => /^(s3|ses|states|lambda|secretsmanager|kms):/.test(grant)),
    ).toEqual([]);
    expect(grantsOf(statements).filter((grant) => /^(scheduler|iam):/.test(grant))).toEqual([
      `iam:PassRole arn:aws:iam::<account>:role/${names.schedulerRoleName}`,
      `scheduler:CreateSchedule arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/directory-*`,
      `scheduler:DeleteSchedule arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/directory-*`,
    ]);
    const id = functionWithService(workflow, 'qtp-directory-tasks');
    expect(workflow.toJSON().Resources[id].Properties.FunctionName).toBe(
      directoryNames('prod').taskFunctionName,
    );
    expect(arnText(environmentOf(workflow, id).DIRECTORY_TASK_FUNCTION_ARN)).toBe(
      `arn:aws:lambda:ap-southeast-1:<account>:function:${directoryNames('prod').taskFunctionName}`,
    );
  });

  it('lets the consultation task function use the table, ask the publisher and mail followers, and nothing in S3', () => {
    const statements = grantedStatements(workflow, functionWithService(workflow, 'qtp-consultation-tasks'));
    expect(grantsOf(statements).filter((grant) => /^(s3|scheduler|iam):/.test(grant))).toEqual([]);
    // Mail only through the portal's identity and configuration set (the followers' notices).
    expect(grantsOf(statements).filter((grant) => grant.startsWith('ses:'))).toEqual([
      'ses:SendEmail arn:aws:ses:ap-southeast-1:<account>:configuration-set/<{"Fn::ImportValue":"QtpData:ExportsOutputRefMailConfigurationSetC0584CA6"}>',
      'ses:SendEmail arn:aws:ses:ap-southeast-1:<account>:identity/<{"Fn::ImportValue":"QtpData:ExportsOutputRefMailIdentityCB914C47"}>',
    ]);
    const invokesPublisher = statements.find((statement) => mentions([statement], 'Publisher'));
    expect(invokesPublisher && actionsOf(invokesPublisher)).toContain('lambda:InvokeFunction');
  });

  it('lets the gazette API presign uploads under uploads/gazette/ and read them back, and no other S3 access', () => {
    const statements = gazette();
    const onMedia = statements.filter((statement) => mentions([statement], 'MediaBucket'));
    expect(onMedia).toEqual([
      expect.objectContaining({
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: {
          'Fn::Join': [
            '',
            [{ 'Fn::ImportValue': expect.stringMatching(/MediaBucketArn/) }, '/uploads/gazette/*'],
          ],
        },
      }),
    ]);
    // The task function writes the archive; the API never touches it, let alone deletes from it.
    expect(mentions(statements, 'GazetteArchiveBucket')).toBe(false);
    expect(mentions(statements, 'SiteBucket')).toBe(false);
    expect(statements.flatMap(actionsOf).filter((action) => /^s3:Delete/.test(action))).toEqual([]);
  });

  it('lets the gazette API start both state machines and answer their task tokens', () => {
    const statements = gazette();
    const onMachines = statements.filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('states:')),
    );
    expect(onMachines).toHaveLength(1);
    expect(onMachines.flatMap(actionsOf).toSorted()).toEqual([
      'states:SendTaskSuccess',
      'states:StartExecution',
    ]);
    const expectedArns = gazetteMachines.map((machine) => machineArn(machineNames[machine]));
    expect(arnsOf(onMachines[0]?.Resource).toSorted()).toEqual(expectedArns.toSorted());
    const env = environmentOf(api, functionWithService(api, 'qtp-gazette'));
    expect(gazetteMachines.map((machine) => arnText(env[stateMachineArnVariables[machine]]))).toEqual(
      expectedArns,
    );
  });

  it('gives the gazette task function the archive without delete, and only the uploads of the media', () => {
    const statements = gazetteTasks();
    const onArchive = statements.filter((statement) => mentions([statement], 'GazetteArchiveBucket'));
    expect(onArchive).toEqual([
      expect.objectContaining({
        Action: 's3:ListBucket',
        Resource: { 'Fn::ImportValue': expect.stringMatching(/GazetteArchiveBucketArn/) },
      }),
      expect.objectContaining({
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: {
          'Fn::Join': [
            '',
            [{ 'Fn::ImportValue': expect.stringMatching(/GazetteArchiveBucketArn/) }, '/archive/*'],
          ],
        },
      }),
    ]);
    expect(actionsOn(statements, 'MediaBucket')).toEqual(['s3:GetObject']);
    expect(JSON.stringify(statements.filter((statement) => mentions([statement], 'MediaBucket')))).toContain(
      '/uploads/gazette/*',
    );
    expect(mentions(statements, 'SiteBucket')).toBe(false);
    expect(statements.flatMap(actionsOf).filter((action) => /^s3:Delete/.test(action))).toEqual([]);
  });

  it('lets the gazette task function answer, not start, its state machines', () => {
    const statements = gazetteTasks();
    const onMachines = statements.filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('states:')),
    );
    expect(onMachines).toHaveLength(1);
    expect(onMachines.flatMap(actionsOf).toSorted()).toEqual(['states:SendTaskSuccess']);
    const expectedArns = gazetteMachines.map((machine) => machineArn(machineNames[machine]));
    expect(arnsOf(onMachines[0]?.Resource).toSorted()).toEqual(expectedArns.toSorted());
    // The same ARNs tell shared/gazette/workflow/port.ts to use Step Functions (SendTaskSuccess) on AWS.
    const env = environmentOf(workflow, functionWithService(workflow, 'qtp-gazette-tasks'));
    expect(gazetteMachines.map((machine) => arnText(env[stateMachineArnVariables[machine]]))).toEqual(
      expectedArns,
    );
  });

  it('lets the gazette task function schedule only issue releases and status re-renders, run by the scheduler role', () => {
    const names = publicationNames('prod');
    const statements = gazetteTasks();
    const scheduling = statements.filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('scheduler:')),
    );
    expect(scheduling.flatMap(actionsOf).toSorted()).toEqual([
      'scheduler:CreateSchedule',
      'scheduler:DeleteSchedule',
    ]);
    expect(scheduling.flatMap((statement) => arnsOf(statement.Resource))).toEqual([
      `arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/gazette-issue-*`,
      `arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/gazette-status-*`,
    ]);
    const passRole = statements.filter((statement) => actionsOf(statement).includes('iam:PassRole'));
    expect(passRole).toHaveLength(1);
    expect(passRole[0]?.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' },
    });
    expect(arnsOf(passRole[0]?.Resource)).toEqual([`arn:aws:iam::<account>:role/${names.schedulerRoleName}`]);
  });

  it('lets the content, gazette, feedback and task functions invoke the publisher, and nothing else', () => {
    const publisherName = publicationNames('prod').publisherFunctionName;
    for (const statements of [content(), gazette(), feedback(), dialogue()]) {
      const invoke = statements.filter((statement) => actionsOf(statement).includes('lambda:InvokeFunction'));
      expect(invoke).toEqual([expect.objectContaining({ Action: 'lambda:InvokeFunction' })]);
      expect(arnsOf(invoke[0]?.Resource)).toEqual([
        `arn:aws:lambda:ap-southeast-1:<account>:function:${publisherName}`,
      ]);
    }
    for (const statements of [gazetteTasks(), feedbackTasks()]) {
      const taskInvoke = statements.filter((statement) =>
        actionsOf(statement).includes('lambda:InvokeFunction'),
      );
      expect(taskInvoke).toEqual([
        expect.objectContaining({
          Action: 'lambda:InvokeFunction',
          Resource: { 'Fn::GetAtt': [functionWithService(workflow, 'qtp-publisher'), 'Arn'] },
        }),
      ]);
    }
    for (const [template, service] of [
      [api, 'qtp-content'],
      [api, 'qtp-gazette'],
      [api, 'qtp-feedback'],
      [api, 'qtp-dialogue'],
      [workflow, 'qtp-gazette-tasks'],
      [workflow, 'qtp-feedback-tasks'],
    ] as const) {
      expect(environmentOf(template, functionWithService(template, service)).PUBLISHER_FUNCTION_NAME).toBe(
        publisherName,
      );
    }
  });

  it('lets only the content function manage staff accounts, on the staff user pool only', () => {
    const onPool = content().filter((statement) =>
      actionsOf(statement).some((a) => a.startsWith('cognito-idp:')),
    );
    expect(onPool).toHaveLength(1);
    expect(actionsOf(onPool[0] as Statement).toSorted()).toEqual([...staffDirectoryActions].toSorted());
    // The pool's ARN, imported from QtpAuth: never a wildcard, never another pool.
    expect(JSON.stringify(onPool[0]?.Resource)).toMatch(/QtpAuth:ExportsOutputFnGetAttStaffUserPool\w*Arn/);
    expect(actionsOf(onPool[0] as Statement)).not.toContain('cognito-idp:ListUsers');
    expect(environmentOf(api, functionWithService(api, 'qtp-content')).STAFF_USER_POOL_ID).toBeDefined();
    for (const statements of everyFunction().slice(1)) {
      expect(statements.flatMap(actionsOf).filter((action) => action.startsWith('cognito-idp:'))).toEqual([]);
    }
  });

  it('gives the content function the media bucket, and neither the archive nor the site', () => {
    const statements = content();
    expect(mentions(statements, 'MediaBucket')).toBe(true);
    expect(mentions(statements, 'GazetteArchiveBucket')).toBe(false);
    expect(mentions(statements, 'SiteBucket')).toBe(false);
  });

  it('lets the public content function read the table and the search index, and write only rating counters', () => {
    const statements = contentPublic();
    const onSite = statements.filter((statement) => mentions([statement], 'SiteBucket'));
    expect(onSite.flatMap(actionsOf)).toEqual(['s3:GetObject']);
    expect(JSON.stringify(onSite)).toContain('/search-index/*');
    expect(mentions(statements, 'MediaBucket')).toBe(false);
    expect(mentions(statements, 'GazetteArchiveBucket')).toBe(false);
    const actions = statements.flatMap(actionsOf);
    for (const write of ['dynamodb:PutItem', 'dynamodb:DeleteItem', 'lambda:InvokeFunction']) {
      expect(actions).not.toContain(write);
    }
    // Readers' ratings: UpdateItem on the counters and the rating rate windows, by leading key only.
    const updates = statements.filter((statement) => actionsOf(statement).includes('dynamodb:UpdateItem'));
    expect(updates).toHaveLength(1);
    const [update] = updates;
    if (!update) throw new Error('no UpdateItem grant');
    expect(actionsOf(update)).toEqual(['dynamodb:UpdateItem']);
    expect(update.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['RATING#*', 'RATE#rating*'] },
    });
    expect(actions.filter((action) => /^(scheduler|iam|ses):/.test(action))).toEqual([]);
  });

  it('lets only the publisher write the site and invalidate the distribution', () => {
    const statements = publisher();
    const onSite = statements.filter((statement) => mentions([statement], 'SiteBucket'));
    expect(onSite.flatMap(actionsOf)).toEqual(expect.arrayContaining(['s3:PutObject', 's3:DeleteObject']));
    expect(statements.flatMap(actionsOf)).toContain('cloudfront:CreateInvalidation');
    for (const other of [content(), gazette(), feedback()]) {
      expect(other.flatMap(actionsOf)).not.toContain('cloudfront:CreateInvalidation');
    }
  });

  it('names the table and its indexes, never an index wildcard', () => {
    for (const statements of everyFunction()) {
      const onTable = statements.filter((statement) =>
        actionsOf(statement).some((a) => a.startsWith('dynamodb:')),
      );
      expect(JSON.stringify(onTable)).not.toContain('/index/*');
      for (const index of tableDesign.globalIndexes) {
        expect(JSON.stringify(onTable)).toContain(`/index/${index.indexName}`);
      }
      expect(onTable.flatMap(actionsOf)).not.toContain('dynamodb:Scan');
    }
  });

  it('lets the content function schedule only articles and the link check, and pass only the scheduler role', () => {
    const statements = content();
    const names = publicationNames('prod');
    const passRole = statements.find((statement) => actionsOf(statement).includes('iam:PassRole'));
    expect(passRole?.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' },
    });
    expect(JSON.stringify(passRole?.Resource)).toContain(`:role/${names.schedulerRoleName}`);
    const scheduling = statements.filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('scheduler:')),
    );
    expect(scheduling.flatMap((statement) => arnsOf(statement.Resource))).toEqual([
      `arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/article-*`,
      `arn:aws:scheduler:ap-southeast-1:<account>:schedule/${names.scheduleGroupName}/directory-*`,
    ]);
    // The admin's rebuild (decision 141): start the rebuild machine, by its name, and nothing else in Step Functions.
    const onMachines = statements.filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('states:')),
    );
    expect(onMachines.flatMap(actionsOf)).toEqual(['states:StartExecution']);
    const rebuildMachine = `arn:aws:states:ap-southeast-1:<account>:stateMachine:${rebuildNames('prod').stateMachineName}`;
    expect(arnsOf(onMachines[0]?.Resource)).toEqual([rebuildMachine]);
    const env = environmentOf(api, functionWithService(api, 'qtp-content'));
    expect(arnText(env.REBUILD_STATE_MACHINE_ARN)).toBe(rebuildMachine);
    expect(arnText(env.DIRECTORY_TASK_FUNCTION_ARN)).toBe(
      `arn:aws:lambda:ap-southeast-1:<account>:function:${directoryNames('prod').taskFunctionName}`,
    );
    expect(gazette().flatMap(actionsOf)).not.toContain('scheduler:CreateSchedule');
    expect(gazette().flatMap(actionsOf)).not.toContain('iam:PassRole');
  });
});

describe('HTTP API', () => {
  const routes = () => Object.values(api.findResources('AWS::ApiGatewayV2::Route'));

  it('routes each context publicly, and its /admin/ paths only through the Cognito JWT authorizer', () => {
    const authorizerId = Object.keys(api.findResources('AWS::ApiGatewayV2::Authorizer'))[0];
    expect(apiContexts).toEqual(['content', 'gazette', 'feedback', 'consultations', 'dialogues']);
    for (const context of apiContexts) {
      api.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `ANY /api/${context}/admin/{proxy+}`,
        AuthorizationType: 'JWT',
        AuthorizerId: { Ref: authorizerId },
      });
      api.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `ANY /api/${context}/{proxy+}`,
        AuthorizationType: 'NONE',
        AuthorizerId: Match.absent(),
      });
    }
    // A public and an admin route per context, nothing else.
    expect(routes()).toHaveLength(2 * apiContexts.length);
  });

  it('sends the public routes of content and feedback to their public functions, the /admin/ routes to the staff ones', () => {
    const integrations = api.findResources('AWS::ApiGatewayV2::Integration');
    const functionOfRoute = (routeKey: string) => {
      const route = routes().find((candidate) => candidate.Properties.RouteKey === routeKey);
      const target = JSON.stringify(route?.Properties.Target ?? null);
      const integrationId = Object.keys(integrations).find((id) => target.includes(id));
      const uri = JSON.stringify(
        integrationId ? integrations[integrationId]?.Properties.IntegrationUri : null,
      );
      return Object.keys(api.findResources('AWS::Lambda::Function')).find((id) => uri.includes(id));
    };
    for (const [context, service] of [
      ['content', 'qtp-content'],
      ['feedback', 'qtp-feedback'],
    ] as const) {
      expect(functionOfRoute(`ANY /api/${context}/{proxy+}`)).toBe(
        functionWithService(api, `${service}-public`),
      );
      expect(functionOfRoute(`ANY /api/${context}/admin/{proxy+}`)).toBe(functionWithService(api, service));
    }
    expect(functionOfRoute('ANY /api/gazette/{proxy+}')).toBe(
      functionOfRoute('ANY /api/gazette/admin/{proxy+}'),
    );
  });

  it('authorizes every admin route and no public route', () => {
    for (const route of routes()) {
      const isAdmin = /\/admin\/\{proxy\+\}$/.test(route.Properties.RouteKey);
      expect(route.Properties.AuthorizationType, route.Properties.RouteKey).toBe(isAdmin ? 'JWT' : 'NONE');
    }
  });

  it('accepts only ID tokens of the SPA client from this user pool', () => {
    api.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ 'Fn::ImportValue': Match.stringLikeRegexp('AdminSpaClient') }],
        Issuer: {
          'Fn::Join': [
            '',
            [
              'https://cognito-idp.ap-southeast-1.amazonaws.com/',
              { 'Fn::ImportValue': Match.stringLikeRegexp('StaffUserPool') },
            ],
          ],
        },
      },
    });
  });

  it('logs every request and throttles the stage', () => {
    api.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('routeKey') },
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
    });
  });
});

describe('site stack', () => {
  const distribution = () => {
    const [, resource] = onlyResource(site, 'AWS::CloudFront::Distribution');
    return resource.Properties.DistributionConfig;
  };
  const managed = {
    cachingDisabled: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
    allViewerExceptHostHeader: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
  };

  it('reads every S3 origin through Origin Access Control, never an OAI', () => {
    const origins: Array<Record<string, unknown>> = distribution().Origins;
    const s3Origins = origins.filter((origin) => origin.S3OriginConfig !== undefined);
    // site, admin, media, archive
    expect(s3Origins).toHaveLength(4);
    for (const origin of s3Origins) {
      expect(origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [expect.any(String), 'Id'] });
      expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    }
    site.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
    site.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always' },
    });
  });

  it('serves the site by default, the SPA at /admin/*, media at /media/*, the archive at /archive/*, the API at /api/*', () => {
    const config = distribution();
    expect(config).toMatchObject({ DefaultRootObject: 'index.html', HttpVersion: 'http2and3' });
    expect(config.Logging).toEqual({ Bucket: expect.anything(), Prefix: 'cloudfront/' });
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      {
        EventType: 'viewer-request',
        FunctionARN: { 'Fn::GetAtt': [expect.stringMatching(/^SiteRewrite/), 'FunctionARN'] },
      },
    ]);
    const behaviors: Array<{ PathPattern: string } & Record<string, unknown>> = config.CacheBehaviors;
    const byPath = Object.fromEntries(behaviors.map((behavior) => [behavior.PathPattern, behavior]));
    expect(Object.keys(byPath).toSorted()).toEqual(
      [
        '/admin/*',
        '/api/*',
        '/archive/*',
        '/media/*',
        ...formPages.map((form) => form.pathPattern),
      ].toSorted(),
    );
    expect(byPath['/admin/*']?.FunctionAssociations).toEqual([
      {
        EventType: 'viewer-request',
        FunctionARN: { 'Fn::GetAtt': [expect.stringMatching(/^AdminSpaRewrite/), 'FunctionARN'] },
      },
    ]);
    expect(byPath['/api/*']).toMatchObject({
      CachePolicyId: managed.cachingDisabled,
      OriginRequestPolicyId: managed.allViewerExceptHostHeader,
      AllowedMethods: expect.arrayContaining(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']),
      ViewerProtocolPolicy: 'https-only',
    });
  });

  it.each(formPages.map((form) => form.pathPattern))(
    'gives the form pages under %s a one-time form token cookie on the way out, after the same rewrite',
    (pattern) => {
      expect(formPages.map((form) => form.pathPattern)).toEqual([
        `${sitePaths.feedbackForm()}*`,
        '/lay-y-kien/*',
        '/doi-thoai/*',
      ]);
      const config = distribution();
      const behaviors: Array<Record<string, unknown>> = config.CacheBehaviors;
      const form = behaviors.find((behavior) => behavior.PathPattern === pattern);
      expect(form?.FunctionAssociations).toEqual([
        {
          EventType: 'viewer-request',
          FunctionARN: { 'Fn::GetAtt': [expect.stringMatching(/^SiteRewrite/), 'FunctionARN'] },
        },
        {
          EventType: 'viewer-response',
          FunctionARN: { 'Fn::GetAtt': [expect.stringMatching(/^FormToken/), 'FunctionARN'] },
        },
      ]);
      // Otherwise the site's default behaviour: same origin, cache policy, methods and headers.
      const { PathPattern: _path, FunctionAssociations: _functions, ...rest } = form ?? {};
      const { FunctionAssociations: _siteFunctions, ...siteDefault } = config.DefaultCacheBehavior;
      expect(rest).toEqual(siteDefault);
      const [, fn] = onlyResource(site, 'AWS::CloudFront::Function', {
        Name: Match.stringLikeRegexp('FormToken'),
      });
      expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    },
  );

  it('puts the distribution behind the web ACL of QtpEdge, read across regions', () => {
    const webAclId = distribution().WebACLId;
    const [readerId, reader] = onlyResource(site, 'Custom::CrossRegionExportReader');
    const [parameter] = Object.keys(reader.Properties.ReaderProps.imports);
    expect(webAclId).toEqual({ 'Fn::GetAtt': [readerId, parameter] });
    const [, writer] = onlyResource(edge, 'Custom::CrossRegionExportWriter');
    const [webAclLogicalId] = Object.keys(edge.findResources('AWS::WAFv2::WebACL'));
    expect(writer.Properties.WriterProps).toEqual({
      region: 'ap-southeast-1',
      exports: { [String(parameter)]: { 'Fn::GetAtt': [webAclLogicalId, 'Arn'] } },
    });
  });

  it('serves /archive/* read-only from the archive bucket through OAC, cached for a year', () => {
    const config = distribution();
    const behaviors: Array<Record<string, unknown>> = config.CacheBehaviors;
    const archive = behaviors.find((behavior) => behavior.PathPattern === '/archive/*');
    expect(archive).toMatchObject({
      AllowedMethods: ['GET', 'HEAD'],
      ViewerProtocolPolicy: 'redirect-to-https',
      Compress: true,
    });
    const origins: Array<Record<string, unknown>> = config.Origins;
    const origin = origins.find((candidate) => candidate.Id === archive?.TargetOriginId);
    expect(origin).toMatchObject({
      DomainName: { 'Fn::ImportValue': expect.stringMatching(/GazetteArchiveBucketRegionalDomainName/) },
      OriginAccessControlId: { 'Fn::GetAtt': [expect.any(String), 'Id'] },
      S3OriginConfig: { OriginAccessIdentity: '' },
    });
    const policyId = z.object({ Ref: z.string() }).parse(archive?.CachePolicyId).Ref;
    expect(site.toJSON().Resources[policyId].Properties.CachePolicyConfig).toMatchObject({
      DefaultTTL: 31_536_000,
      MaxTTL: 31_536_000,
      MinTTL: 86_400,
      ParametersInCacheKeyAndForwardedToOrigin: {
        QueryStringsConfig: { QueryStringBehavior: 'none' },
        HeadersConfig: { HeaderBehavior: 'none' },
        CookiesConfig: { CookieBehavior: 'none' },
      },
    });
  });

  it('sends /api/* to the HTTP API over TLS 1.2', () => {
    const origins: Array<Record<string, unknown>> = distribution().Origins;
    const apiOrigin = origins.find((origin) => origin.CustomOriginConfig !== undefined);
    expect(apiOrigin?.CustomOriginConfig).toMatchObject({
      OriginProtocolPolicy: 'https-only',
      OriginSSLProtocols: ['TLSv1.2'],
    });
    expect(JSON.stringify(apiOrigin?.DomainName)).toContain('execute-api');
  });

  it('adds the security headers to every behaviour', () => {
    site.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: {
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 63072000, Override: true }),
          ContentSecurityPolicy: { ContentSecurityPolicy: Match.anyValue(), Override: true },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
        },
      },
    });
    const [policyId] = Object.keys(site.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const config = distribution();
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    }
  });

  const contentSecurityPolicy = () => {
    const [, policy] = onlyResource(site, 'AWS::CloudFront::ResponseHeadersPolicy');
    return joinedText(
      policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy
        .ContentSecurityPolicy,
      (token) => `<${JSON.stringify(token)}>`,
    );
  };

  it('lets the admin SPA connect only to its origin, the hosted UI and the media bucket (uploads)', () => {
    const connect = contentSecurityPolicy()
      .split('; ')
      .find((directive) => directive.startsWith('connect-src '));
    expect(connect?.split(' ')).toEqual([
      'connect-src',
      "'self'",
      'https://quangtri-portal-prod.auth.ap-southeast-1.amazoncognito.com',
      expect.stringMatching(
        /^https:\/\/<\{"Fn::ImportValue":"QtpData:[^"]*MediaBucketRegionalDomainName[^"]*"\}>$/,
      ),
    ]);
  });

  it('allows no inline script or style in the content security policy', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    // Online dialogues frame their live video from the allow-listed hosts only.
    const frames = csp.split('; ').find((directive) => directive.startsWith('frame-src '));
    expect(frames?.split(' ').slice(1)).toEqual(
      DEFAULT_DIALOGUE_VIDEO_HOSTS.map((host) => `https://${host}`),
    );
    expect(csp).toContain("object-src 'none'");
  });

  it('lets only this distribution read the admin bucket', () => {
    const [distributionId] = Object.keys(site.findResources('AWS::CloudFront::Distribution'));
    site.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: 'AdminBucket' },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            Condition: {
              StringEquals: {
                'AWS:SourceArn': { 'Fn::Join': ['', Match.arrayWith([{ Ref: distributionId }])] },
              },
            },
          }),
        ]),
      },
    });
  });
});

describe('workflow stack', () => {
  it('creates the publication schedule group under its fixed name', () => {
    workflow.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'qtp-publication' });
  });

  it('gives EventBridge Scheduler a role that may only invoke the publisher and the three task functions', () => {
    const publisherId = functionWithService(workflow, 'qtp-publisher');
    const tasksId = functionWithService(workflow, 'qtp-gazette-tasks');
    const feedbackTasksId = functionWithService(workflow, 'qtp-feedback-tasks');
    const consultationTasksId = functionWithService(workflow, 'qtp-consultation-tasks');
    const directoryTasksId = functionWithService(workflow, 'qtp-directory-tasks');
    const [roleId, role] = onlyResource(workflow, 'AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { Service: 'scheduler.amazonaws.com' } })],
      },
    });
    expect(role.Properties.RoleName).toBe(publicationNames('prod').schedulerRoleName);
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({
        Action: 'sts:AssumeRole',
        Principal: { Service: 'scheduler.amazonaws.com' },
        Condition: {
          StringEquals: {
            'aws:SourceAccount': { Ref: 'AWS::AccountId' },
            'aws:SourceArn': { 'Fn::GetAtt': [expect.stringMatching(/^PublicationScheduleGroup/), 'Arn'] },
          },
        },
      }),
    ]);
    expect(role.Properties.Policies).toEqual([
      {
        PolicyName: 'InvokeScheduledTargets',
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'lambda:InvokeFunction',
              Resource: expect.arrayContaining([
                { 'Fn::GetAtt': [publisherId, 'Arn'] },
                { 'Fn::GetAtt': [tasksId, 'Arn'] },
                { 'Fn::GetAtt': [feedbackTasksId, 'Arn'] },
                { 'Fn::GetAtt': [consultationTasksId, 'Arn'] },
                { 'Fn::GetAtt': [directoryTasksId, 'Arn'] },
              ]),
            },
          ],
        },
      },
    ]);
    expect(role.Properties.Policies[0].PolicyDocument.Statement[0].Resource).toHaveLength(5);
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    const attached = Object.values(workflow.findResources('AWS::IAM::Policy')).filter((policy) =>
      JSON.stringify(policy.Properties.Roles).includes(`"${roleId}"`),
    );
    expect(attached).toEqual([]);
  });

  it('keeps failed publications in a queue and alarms on them', () => {
    workflow.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('PublisherFailures'), 'Arn'] } },
      },
    });
    workflow.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
    });
  });

  it('names the publisher, its schedule group and the scheduler role as the content API expects', () => {
    const names = publicationNames('prod');
    const contentEnv = environmentOf(api, functionWithService(api, 'qtp-content'));
    const publisherId = functionWithService(workflow, 'qtp-publisher');
    const publisher = workflow.toJSON().Resources[publisherId];
    expect(publisher.Properties.FunctionName).toBe(names.publisherFunctionName);
    expect(contentEnv.PUBLISHER_FUNCTION_NAME).toBe(names.publisherFunctionName);
    expect(contentEnv.SCHEDULE_GROUP_NAME).toBe(names.scheduleGroupName);
    expect(JSON.stringify(contentEnv.PUBLISHER_FUNCTION_ARN)).toContain(
      `:function:${names.publisherFunctionName}`,
    );
    expect(JSON.stringify(contentEnv.SCHEDULER_ROLE_ARN)).toContain(`:role/${names.schedulerRoleName}`);
    expect(environmentOf(workflow, publisherId).DISTRIBUTION_ID).toEqual({
      'Fn::ImportValue': expect.stringMatching(/^QtpSite:/),
    });
  });
});

describe('gazette workflow', () => {
  const tasksId = () => functionWithService(workflow, 'qtp-gazette-tasks');
  const stateMachine = (machine: GazetteMachine) =>
    onlyResource(workflow, 'AWS::StepFunctions::StateMachine', {
      StateMachineName: gazetteWorkflowNames('prod').stateMachineNames[machine],
    });
  const taskArn = 'arn:aws:lambda:ap-southeast-1:111122223333:function:gazette-task-placeholder';
  /** The deployed definition, with the task function's ARN replaced by `taskArn`; any other reference fails. */
  const deployedDefinition = (machine: GazetteMachine): unknown => {
    const [, resource] = stateMachine(machine);
    const text = joinedText(resource.Properties.DefinitionString, (token) => {
      expect(token).toEqual({ 'Fn::GetAtt': [tasksId(), 'Arn'] });
      return taskArn;
    });
    return JSON.parse(text);
  };
  const states = (definition: unknown) =>
    z.object({ States: z.record(z.string(), z.looseObject({ Type: z.string() })) }).parse(definition).States;

  it.each(gazetteMachines)(
    'deploys %s as a Standard machine with exactly the shared definition',
    (machine) => {
      const [, resource] = stateMachine(machine);
      expect(resource.Properties.StateMachineType).toBe('STANDARD');
      const deployed = deployedDefinition(machine);
      expect(deployed).toEqual(JSON.parse(definitionWithFunction(machine, taskArn)));
      expect(deployed).toMatchObject({ StartAt: gazetteStateMachines[machine].StartAt });
      expect(Object.keys(states(deployed)).toSorted()).toEqual(
        Object.keys(gazetteStateMachines[machine].States).toSorted(),
      );
    },
  );

  it.each(gazetteMachines)('points every Task state of %s at the task function', (machine) => {
    const tasks = Object.values(states(deployedDefinition(machine))).filter((state) => state.Type === 'Task');
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      expect(task).toMatchObject({
        Resource: expect.stringMatching(/^arn:aws:states:::lambda:invoke(\.waitForTaskToken)?$/),
        Parameters: { FunctionName: taskArn },
      });
    }
  });

  it.each(gazetteMachines)('logs every event of %s with its data, and traces it with X-Ray', (machine) => {
    const [, resource] = stateMachine(machine);
    expect(resource.Properties.LoggingConfiguration).toEqual({
      Level: 'ALL',
      IncludeExecutionData: true,
      Destinations: [
        { CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': [expect.stringMatching(/Logs/), 'Arn'] } } },
      ],
    });
    expect(resource.Properties.TracingConfiguration).toEqual({ Enabled: true });
  });

  it.each(gazetteMachines)('lets %s invoke the task function and nothing else', (machine) => {
    const [, resource] = stateMachine(machine);
    const roleId = z
      .object({ 'Fn::GetAtt': z.tuple([z.string(), z.literal('Arn')]) })
      .parse(resource.Properties.RoleArn)['Fn::GetAtt'][0];
    const role = workflow.toJSON().Resources[roleId];
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Principal: { Service: 'states.amazonaws.com' } }),
    ]);
    expect(role.Properties.Policies).toBeUndefined();
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    const statements = Object.values(workflow.findResources('AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
      .flatMap((policy): Statement[] => policy.Properties.PolicyDocument.Statement);
    const invoke = statements.filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('lambda:')),
    );
    expect(invoke).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [tasksId(), 'Arn'] } },
    ]);
    // Everything else is what CloudWatch Logs delivery and X-Ray need; neither has resource-level permissions.
    for (const statement of statements.filter((candidate) => !invoke.includes(candidate))) {
      expect(statement.Resource).toBe('*');
      for (const action of actionsOf(statement))
        expect(action).toMatch(
          /^(logs:\w+LogDeliver(y|ies)|logs:(PutResourcePolicy|DescribeResourcePolicies|DescribeLogGroups)|xray:\w+)$/,
        );
    }
  });

  it('runs the task function under its fixed name, with room to render a PDF', () => {
    const names = gazetteWorkflowNames('prod');
    const fn = workflow.toJSON().Resources[tasksId()];
    expect(fn.Properties).toMatchObject({
      FunctionName: names.taskFunctionName,
      MemorySize: 1024,
      Timeout: 180,
      Handler: 'index.handler',
    });
    const env = environmentOf(workflow, tasksId());
    expect(env).toMatchObject({
      ARCHIVE_CONDITIONAL_WRITES: 'true',
      SCHEDULE_GROUP_NAME: publicationNames('prod').scheduleGroupName,
      PUBLISHER_FUNCTION_NAME: publicationNames('prod').publisherFunctionName,
      PUBLIC_BASE_URL: {
        'Fn::Join': ['', ['https://', { 'Fn::ImportValue': expect.stringMatching(/^QtpSite:.*DomainName/) }]],
      },
    });
    // Its own ARN, built from the fixed name: the release schedules it creates target it.
    expect(arnText(env.GAZETTE_TASK_FUNCTION_ARN)).toBe(
      `arn:aws:lambda:ap-southeast-1:<account>:function:${names.taskFunctionName}`,
    );
    expect(arnText(env.SCHEDULER_ROLE_ARN)).toBe(
      `arn:aws:iam::<account>:role/${publicationNames('prod').schedulerRoleName}`,
    );
  });

  it('keeps failed scheduled releases in the failure queue', () => {
    workflow.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: tasksId() },
      MaximumRetryAttempts: 2,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('PublisherFailures'), 'Arn'] } },
      },
    });
  });
});

describe('feedback tasks', () => {
  const tasksId = () => functionWithService(workflow, 'qtp-feedback-tasks');

  it('runs the task handler under its fixed name, with the feedback settings and the mail sender', () => {
    const names = feedbackNames('prod');
    const fn = workflow.toJSON().Resources[tasksId()];
    expect(fn.Properties).toMatchObject({
      FunctionName: names.taskFunctionName,
      Handler: 'index.handler',
      Timeout: 30,
    });
    const env = environmentOf(workflow, tasksId());
    expect(Object.keys(env).toSorted()).toEqual(feedbackVariables.toSorted());
    expect(env).toMatchObject({
      FEEDBACK_FORWARD_WORKING_DAYS: '5',
      FEEDBACK_RETENTION_DAYS: '180',
      FEEDBACK_OFFICER_EMAILS: 'tiepnhan@quangtri.gov.vn',
      // Deadline mail links to the site: the real address, as the publisher's.
      PUBLIC_BASE_URL: {
        'Fn::Join': ['', ['https://', { 'Fn::ImportValue': expect.stringMatching(/^QtpSite:.*DomainName/) }]],
      },
    });
  });

  it('gives the feedback API the same settings, the hash key and nothing it does not use', () => {
    const env = environmentOf(api, functionWithService(api, 'qtp-feedback'));
    expect(Object.keys(env).toSorted()).toEqual(
      [...feedbackVariables, 'PARTICIPATION_HASH_KEY', 'CURSOR_SIGNING_KEY'].toSorted(),
    );
    const tasksEnv = environmentOf(workflow, tasksId());
    for (const variable of Object.values(feedbackSettingVariables))
      expect(env[variable]).toBe(tasksEnv[variable]);
  });

  it('keeps failed tasks in the failure queue, with the retries of the other scheduled targets', () => {
    workflow.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: tasksId() },
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 21_600,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('PublisherFailures'), 'Arn'] } },
      },
    });
  });

  it('raises the alarm on its errors', () => {
    workflow.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: tasksId() } }],
      Threshold: 1,
      AlarmActions: [{ 'Fn::ImportValue': Match.stringLikeRegexp('AlarmTopic') }],
    });
  });
});

describe('mail', () => {
  it('verifies the sender and sends through a configuration set that suppresses bounces and tracks nothing', () => {
    data.hasResource('AWS::SES::EmailIdentity', {
      Properties: {
        EmailIdentity: mailFrom,
        ConfigurationSetAttributes: { ConfigurationSetName: { Ref: 'MailConfigurationSet' } },
      },
      DeletionPolicy: 'Retain',
    });
    const [, configurationSet] = onlyResource(data, 'AWS::SES::ConfigurationSet');
    expect(configurationSet.Properties).toMatchObject({
      Name: 'qtp-mail',
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      SendingOptions: { SendingEnabled: true },
    });
    // Open and click tracking need an event destination (and rewrite links): there is none.
    expect(configurationSet.Properties.TrackingOptions).toBeUndefined();
    for (const template of Object.values(allTemplates())) {
      template.resourceCountIs('AWS::SES::ConfigurationSetEventDestination', 0);
    }
  });
});

/** The WAF statements the rate rule's scope-down uses, as the template holds them. */
const byteMatchSchema = z.object({
  FieldToMatch: z.object({ Method: z.object({}).optional(), UriPath: z.object({}).optional() }),
  PositionalConstraint: z.string(),
  SearchString: z.string(),
  TextTransformations: z.array(z.object({ Priority: z.number(), Type: z.string() })),
});
type WafStatement = {
  ByteMatchStatement?: z.infer<typeof byteMatchSchema> | undefined;
  AndStatement?: { Statements: WafStatement[] } | undefined;
  OrStatement?: { Statements: WafStatement[] } | undefined;
  NotStatement?: { Statement: WafStatement } | undefined;
};
const wafStatementSchema: z.ZodType<WafStatement> = z.lazy(() =>
  z.object({
    ByteMatchStatement: byteMatchSchema.optional(),
    AndStatement: z.object({ Statements: z.array(wafStatementSchema) }).optional(),
    OrStatement: z.object({ Statements: z.array(wafStatementSchema) }).optional(),
    NotStatement: z.object({ Statement: wafStatementSchema }).optional(),
  }),
);

describe('edge stack', () => {
  const acl = () => onlyResource(edge, 'AWS::WAFv2::WebACL')[1].Properties;
  const rule = (name: string) => {
    const found = acl().Rules.find((candidate: { Name: string }) => candidate.Name === name);
    if (!found) throw new Error(`no rule ${name}`);
    return found;
  };

  it('lives in us-east-1, where CloudFront reads web ACLs', () => {
    expect(portal.edge.region).toBe('us-east-1');
    expect(acl()).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
  });

  it('limits public form posts per IP over 5 minutes, answering 429 with a problem document', () => {
    const limit = rule('public-form-writes');
    expect(limit.Priority).toBe(0);
    expect(limit.Statement.RateBasedStatement).toMatchObject({
      Limit: 100,
      EvaluationWindowSec: 300,
      AggregateKeyType: 'IP',
    });
    expect(limit.Action).toEqual({
      Block: {
        CustomResponse: {
          ResponseCode: 429,
          CustomResponseBodyKey: 'rate-limited',
          ResponseHeaders: [{ Name: 'retry-after', Value: '300' }],
        },
      },
    });
    const body = acl().CustomResponseBodies['rate-limited'];
    expect(body.ContentType).toBe('APPLICATION_JSON');
    expect(JSON.parse(body.Content)).toEqual(rateLimitedProblem);
    expect(rateLimitedProblem).toMatchObject({
      type: '/problems/rate-limited',
      status: 429,
      title: expect.stringMatching(/quá nhiều/),
      titleEn: expect.stringMatching(/Too many/),
    });
  });

  /** The rule's scope-down statement evaluated for a request, with WAF's NORMALIZE_PATH and LOWERCASE. */
  const counted = (method: string, path: string): boolean => {
    const normalise = (value: string, transformations: Array<{ Type: string }>) =>
      transformations.reduce((text, { Type }) => {
        if (Type === 'LOWERCASE') return text.toLowerCase();
        if (Type !== 'NORMALIZE_PATH') return text;
        const segments: string[] = [];
        for (const segment of text.replace(/\/+/g, '/').split('/')) {
          if (segment === '..') segments.pop();
          else if (segment !== '.') segments.push(segment);
        }
        return segments.join('/') || '/';
      }, value);
    const evaluate = (statement: WafStatement): boolean => {
      if (statement.AndStatement) return statement.AndStatement.Statements.every(evaluate);
      if (statement.OrStatement) return statement.OrStatement.Statements.some(evaluate);
      if (statement.NotStatement) return !evaluate(statement.NotStatement.Statement);
      const match = statement.ByteMatchStatement;
      if (!match) throw new Error('unexpected statement');
      const field = match.FieldToMatch.Method ? method : path;
      const text = normalise(field, match.TextTransformations);
      if (match.PositionalConstraint === 'EXACTLY') return text === match.SearchString;
      if (match.PositionalConstraint === 'STARTS_WITH') return text.startsWith(match.SearchString);
      throw new Error(`unexpected constraint ${match.PositionalConstraint}`);
    };
    return evaluate(
      wafStatementSchema.parse(rule('public-form-writes').Statement.RateBasedStatement.ScopeDownStatement),
    );
  };

  it('counts every public form write (feedback, comments, questions), whatever the spelling of the path', () => {
    for (const path of [
      '/api/consultations/du-thao-quy-dinh-phi/comments',
      '/api/dialogues/doi-thoai-thang-12/questions',
      '/api/consultations/du-thao-quy-dinh-phi/followers',
      '/api/consultations/du-thao-quy-dinh-phi/followers/abc/unsubscribe',
      '/API/Dialogues//doi-thoai-thang-12/./questions',
      sitePaths.feedbackSubmitApi(),
      sitePaths.feedbackRateApi(),
      sitePaths.feedbackReopenApi(),
      sitePaths.feedbackDeletionApi(),
      '/api/feedback/comments',
      '/API/Feedback/submissions',
      '/api//feedback/./submissions',
      sitePaths.ratingApi(),
      '/API/Content//ratings',
    ]) {
      expect(counted('POST', path), path).toBe(true);
    }
  });

  it('leaves reading, staff routes and other contexts alone', () => {
    expect(counted('GET', sitePaths.feedbackTrackApi())).toBe(false);
    expect(counted('GET', sitePaths.feedbackForm())).toBe(false);
    expect(counted('POST', '/api/feedback/admin/feedback/0a1b/answer')).toBe(false);
    expect(counted('POST', '/api/consultations/admin/consultations')).toBe(false);
    expect(counted('POST', '/api/dialogues/admin/dialogues/0a1b/questions/0c/answer')).toBe(false);
    expect(counted('GET', '/api/dialogues/dialogues')).toBe(false);
    expect(counted('POST', '/api/content/search')).toBe(false);
    expect(counted('GET', sitePaths.ratingApi())).toBe(false);
    expect(counted('POST', '/api/content/admin/ratings')).toBe(false);
    expect(counted('POST', '/api/gazette/admin/documents')).toBe(false);
  });

  it('adds the IP reputation list, known bad inputs and the core rules, counting only what portal writes trip', () => {
    const managed = (name: string) => rule(`aws-${name}`).Statement.ManagedRuleGroupStatement;
    expect(managed('AWSManagedRulesAmazonIpReputationList')).toEqual({
      VendorName: 'AWS',
      Name: 'AWSManagedRulesAmazonIpReputationList',
    });
    expect(managed('AWSManagedRulesKnownBadInputsRuleSet')).toEqual({
      VendorName: 'AWS',
      Name: 'AWSManagedRulesKnownBadInputsRuleSet',
    });
    expect(managed('AWSManagedRulesCommonRuleSet').RuleActionOverrides).toEqual([
      { Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } },
      { Name: 'CrossSiteScripting_BODY', ActionToUse: { Count: {} } },
    ]);
    for (const name of [
      'AWSManagedRulesAmazonIpReputationList',
      'AWSManagedRulesKnownBadInputsRuleSet',
      'AWSManagedRulesCommonRuleSet',
    ]) {
      expect(rule(`aws-${name}`).OverrideAction).toEqual({ None: {} });
    }
    // The rate limit decides first.
    expect(acl().Rules.map((candidate: { Priority: number }) => candidate.Priority)).toEqual([0, 1, 2, 3]);
  });
});

describe('gazette signing key', () => {
  const signingKey = () => onlyResource(workflow, 'AWS::KMS::Key');
  const taskFunction = () => functionWithService(workflow, 'qtp-gazette-tasks');
  const taskRole = () => {
    const fn = workflow.toJSON().Resources[taskFunction()];
    return z.object({ 'Fn::GetAtt': z.tuple([z.string(), z.literal('Arn')]) }).parse(fn.Properties.Role)[
      'Fn::GetAtt'
    ][0];
  };
  const statementSchema = z.looseObject({
    Sid: z.string().optional(),
    Effect: z.string(),
    Principal: z.unknown(),
    Action: z.union([z.string(), z.array(z.string())]),
    Condition: z.unknown().optional(),
  });
  const keyStatements = () =>
    z.object({ Statement: z.array(statementSchema) }).parse(signingKey()[1].Properties.KeyPolicy).Statement;
  const actions = (statement: z.infer<typeof statementSchema> | undefined) =>
    statement === undefined ? [] : Array.isArray(statement.Action) ? statement.Action : [statement.Action];

  it('is an asymmetric RSA 2048 key for signing, kept in KMS and retained in prod', () => {
    const [keyId, key] = signingKey();
    expect(key.Properties).toMatchObject({
      KeySpec: 'RSA_2048',
      KeyUsage: 'SIGN_VERIFY',
      PendingWindowInDays: 30,
    });
    expect(key.Properties.EnableKeyRotation).toBeUndefined();
    expect(key.DeletionPolicy).toBe('Retain');
    expect(environmentOf(workflow, taskFunction()).GAZETTE_SIGNING_KEY_ID).toEqual({
      'Fn::GetAtt': [keyId, 'Arn'],
    });
  });

  it('lets only the task function sign: the account administers it without using it, everyone else is denied', () => {
    const statements = keyStatements();
    const allowed = statements.filter((statement) => statement.Effect === 'Allow');
    const signers = allowed.filter((statement) =>
      actions(statement).some(
        (action) => action === 'kms:Sign' || action === 'kms:*' || action === 'kms:Sign*',
      ),
    );
    expect(signers).toHaveLength(1);
    expect(signers[0]?.Principal).toEqual({ AWS: { 'Fn::GetAtt': [taskRole(), 'Arn'] } });
    expect(actions(signers[0]).toSorted()).toEqual(['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign']);
    // The account's administration has no use of the key and no way to grant it (no kms:CreateGrant).
    const administration = allowed.find((statement) => statement.Sid === 'AdministerNotUse');
    for (const forbidden of [
      'kms:*',
      'kms:Sign',
      'kms:Verify',
      'kms:CreateGrant',
      'kms:Create*',
      'kms:Encrypt',
    ])
      expect(actions(administration)).not.toContain(forbidden);
    const deny = statements.filter((statement) => statement.Effect === 'Deny');
    expect(deny).toEqual([
      expect.objectContaining({
        Action: 'kms:Sign',
        Principal: { AWS: '*' },
        Condition: { ArnNotEquals: { 'aws:PrincipalArn': { 'Fn::GetAtt': [taskRole(), 'Arn'] } } },
      }),
    ]);
  });

  it('has no other grant: no KMS grant resource and no IAM policy that names a KMS action', () => {
    for (const template of Object.values(allTemplates())) {
      expect(Object.keys(template.findResources('AWS::KMS::Grant'))).toEqual([]);
      const policies = [
        ...Object.values(template.findResources('AWS::IAM::Policy')).map(
          (policy) => policy.Properties.PolicyDocument,
        ),
        ...Object.values(template.findResources('AWS::IAM::Role')).flatMap((role) =>
          (role.Properties.Policies ?? []).map(
            (policy: { PolicyDocument: unknown }) => policy.PolicyDocument,
          ),
        ),
      ];
      expect(JSON.stringify(policies)).not.toMatch(/"kms:/);
    }
  });
});

describe('stacks', () => {
  it('deploy in lifecycle order: data, auth, site, then api and workflow; edge before site', () => {
    const dependencies = (stack: Portal[keyof Portal]) =>
      stack.dependencies.map((dependency) => dependency.stackName);
    expect(dependencies(portal.edge)).toEqual([]);
    expect(dependencies(portal.data)).toEqual([]);
    expect(dependencies(portal.auth)).toEqual([]);
    expect(dependencies(portal.site).toSorted()).toEqual(['QtpAuth', 'QtpData', 'QtpEdge']);
    // After the distribution, so that they are told its address in the same pass.
    expect(dependencies(portal.api).toSorted()).toEqual(['QtpAuth', 'QtpData', 'QtpSite']);
    expect(dependencies(portal.workflow).toSorted()).toEqual(['QtpAuth', 'QtpData', 'QtpSite']);
  });

  it('form no cycle: every stack deploys after all it depends on', () => {
    // The CLI's own order for `cdk deploy --all`: a stack's dependencies come before it.
    const order = app.synth().stacksRecursively.map((stack) => stack.stackName);
    for (const stack of Object.values(portal)) {
      for (const dependency of stack.dependencies) {
        expect(
          order.indexOf(dependency.stackName),
          `${dependency.stackName} before ${stack.stackName}`,
        ).toBeLessThan(order.indexOf(stack.stackName));
      }
    }
    expect(order).toHaveLength(6);
  });
});

describe('a deploy in one pass without a custom domain', () => {
  it('leaves no placeholder origin in any template', () => {
    for (const [name, template] of Object.entries(allTemplates())) {
      const text = JSON.stringify(template.toJSON());
      // RFC 2606 names, and CDK's default callback URL for a client without one.
      expect(text, name).not.toMatch(/\.invalid\b|example\.(com|org|net)\b|localhost/);
    }
  });

  it("tells every function the distribution's address", () => {
    for (const template of [api, workflow]) {
      for (const id of Object.keys(
        template.findResources('AWS::Lambda::Function', {
          Properties: { Environment: { Variables: { POWERTOOLS_SERVICE_NAME: Match.anyValue() } } },
        }),
      )) {
        expect(environmentOf(template, id).PUBLIC_BASE_URL, id).toEqual({
          'Fn::Join': [
            '',
            ['https://', { 'Fn::ImportValue': expect.stringMatching(/^QtpSite:.*DomainName/) }],
          ],
        });
      }
    }
  });

  const deployments = () => site.findResources('Custom::CDKBucketDeployment');
  const deployment = (part: 'Assets' | 'Pages') => {
    const [found, ...others] = Object.entries(deployments()).filter(([id]) =>
      id.startsWith(`AdminSpa${part}`),
    );
    if (!found || others.length > 0) throw new Error(`expected one AdminSpa${part} deployment`);
    return found[1];
  };

  it('deploys the admin SPA under admin/: assets immutable and kept, pages fresh, then invalidated', () => {
    expect(Object.keys(deployments())).toHaveLength(2);
    expect(deployment('Assets').Properties).toMatchObject({
      DestinationBucketName: { Ref: 'AdminBucket' },
      DestinationBucketKeyPrefix: 'admin/assets/',
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    expect(deployment('Pages').Properties).toMatchObject({
      DestinationBucketName: { Ref: 'AdminBucket' },
      DestinationBucketKeyPrefix: 'admin/',
      Prune: true,
      Exclude: ['assets/*'],
      SystemMetadata: { 'cache-control': 'no-cache' },
      DistributionId: { Ref: 'Distribution830FAC52' },
      DistributionPaths: ['/admin/*'],
    });
    // index.html names the new assets, so they go first.
    expect(deployment('Pages').DependsOn).toContain(
      Object.keys(deployments()).find((id) => id.startsWith('AdminSpaAssets')),
    );
  });

  it("writes the SPA's config.json from this deployment's values, not the build's local one", () => {
    const config = JSON.parse(deployedFile(portal.site, deployment('Pages'), 'config.json'));
    const host = "<{'Fn::GetAtt':['Distribution830FAC52','DomainName']}>";
    expect(config).toEqual({
      auth: {
        mode: 'cognito',
        domain: 'quangtri-portal-prod.auth.ap-southeast-1.amazoncognito.com',
        clientId: "<{'Ref':'AdminSpaClient'}>",
        redirectUri: `https://${host}/admin/callback`,
        logoutUri: `https://${host}/admin/`,
      },
    });
    // The client whose id it names is the one whose callbacks are these URLs (auth stack tests).
    expect(onlyResource(site, 'AWS::Cognito::UserPoolClient')[0]).toBe('AdminSpaClient');
  });

  it("lets the deploy-time call change only the media bucket's CORS", () => {
    const [corsId, cors] = onlyResource(site, 'Custom::AWS');
    const serviceRole = z
      .object({ 'Fn::GetAtt': z.tuple([z.string(), z.literal('Arn')]) })
      .parse(site.toJSON().Resources[cors.Properties.ServiceToken['Fn::GetAtt'][0]].Properties.Role)[
      'Fn::GetAtt'
    ][0];
    const attached = Object.entries(site.findResources('AWS::IAM::Policy')).filter(([, policy]) =>
      JSON.stringify(policy.Properties.Roles).includes(`"${serviceRole}"`),
    );
    expect(attached.map(([id]) => id)).toEqual([
      expect.stringMatching(new RegExp(`^${corsId.slice(0, 15)}`)),
    ]);
    expect(attached[0]?.[1].Properties.PolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:PutBucketCORS',
        Resource: { 'Fn::ImportValue': expect.stringMatching(/^QtpData:.*MediaBucketArn/) },
      },
    ]);
    // Only the logging AWS manages for Lambda, no inline policy.
    const role = site.toJSON().Resources[serviceRole].Properties;
    expect(role.Policies).toBeUndefined();
    expect(JSON.stringify(role.ManagedPolicyArns)).toContain('service-role/AWSLambdaBasicExecutionRole');
    expect(role.ManagedPolicyArns).toHaveLength(1);
  });
});

describe('rebuild fan-out', () => {
  const publisherId = () => functionWithService(workflow, 'qtp-publisher');
  const machineName = rebuildNames('prod').stateMachineName;
  const machine = () =>
    onlyResource(workflow, 'AWS::StepFunctions::StateMachine', { StateMachineName: machineName });
  const publisherArn = 'arn:aws:lambda:ap-southeast-1:111122223333:function:publisher-placeholder';

  it('deploys the shared definition as a Standard machine whose every Task invokes the publisher', () => {
    const [, resource] = machine();
    expect(resource.Properties.StateMachineType).toBe('STANDARD');
    const text = joinedText(resource.Properties.DefinitionString, (token) => {
      expect(token).toEqual({ 'Fn::GetAtt': [publisherId(), 'Arn'] });
      return publisherArn;
    });
    expect(JSON.parse(text)).toEqual(JSON.parse(rebuildDefinitionWithFunction(publisherArn)));
    expect(resource.Properties.LoggingConfiguration).toMatchObject({ Level: 'ALL' });
    expect(resource.Properties.TracingConfiguration).toEqual({ Enabled: true });
  });

  it("lets the machine's role invoke the publisher and nothing else (besides logging and tracing)", () => {
    const [, resource] = machine();
    const role = z
      .object({ 'Fn::GetAtt': z.tuple([z.string(), z.literal('Arn')]) })
      .parse(resource.Properties.RoleArn);
    const roleId = role['Fn::GetAtt'][0];
    const statements = Object.values(workflow.findResources('AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
      .flatMap(
        (policy) =>
          z
            .object({ Statement: z.array(z.looseObject({ Action: z.unknown(), Resource: z.unknown() })) })
            .parse(policy.Properties.PolicyDocument).Statement,
      );
    const invoke = statements.filter((statement) => JSON.stringify(statement.Action).includes('lambda:'));
    expect(invoke).toEqual([
      expect.objectContaining({
        Action: 'lambda:InvokeFunction',
        Resource: { 'Fn::GetAtt': [publisherId(), 'Arn'] },
      }),
    ]);
    const others = statements.flatMap((statement) =>
      Array.isArray(statement.Action) ? statement.Action : [statement.Action],
    );
    expect(others.filter((action) => !/^(lambda:InvokeFunction|logs:|xray:)/.test(String(action)))).toEqual(
      [],
    );
  });

  it('lets the publisher start the rebuild machine, by its name, and no other', () => {
    const statements = grantedStatements(workflow, publisherId());
    const onMachines = statements.filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('states:')),
    );
    expect(onMachines.flatMap(actionsOf)).toEqual(['states:StartExecution']);
    expect(arnsOf(onMachines[0]?.Resource)).toEqual([machineArn(machineName)]);
    expect(arnText(environmentOf(workflow, publisherId()).REBUILD_STATE_MACHINE_ARN)).toBe(
      machineArn(machineName),
    );
  });
});

describe('cdk-nag AwsSolutions', () => {
  it.each(['edge', 'data', 'auth', 'api', 'site', 'workflow'] as const)(
    'finds nothing unacknowledged in the %s stack',
    (name) => {
      // cdk-nag 3 is a policy validation plugin; validateScope runs its rules over the synthesized tree,
      // with every Validations.of(...).acknowledge(...) taken into account.
      const report = new cdkNag.AwsSolutionsChecks().validateScope(portal[name]);
      const describe = report.violations.map(
        (violation) =>
          `${violation.severity} ${violation.ruleName} at ${violation.violatingResources
            .map((resource) => resource.constructPath)
            .join(', ')}`,
      );
      expect(describe.filter((line) => line.startsWith('error'))).toEqual([]);
      // Warnings too: `cdk synth -c nag=true` fails on any violation.
      expect(describe).toEqual([]);
    },
  );
});
