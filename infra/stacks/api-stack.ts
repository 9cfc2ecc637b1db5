import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { DEFAULT_DIALOGUE_VIDEO_HOSTS } from '#shared/site/dialogue-video.ts';
import { acknowledgeRule } from '../constructs/acknowledge.ts';
import { GeneratedSecret } from '../constructs/generated-secret.ts';
import { PortalFunction } from '../constructs/portal-function.ts';
import {
  consultationNames,
  dialogueNames,
  directoryNames,
  feedbackNames,
  gazetteMachines,
  gazetteWorkflowNames,
  generatedSecrets,
  type PortalConfig,
  publicationNames,
  rebuildNames,
  stateMachineArnVariables,
} from './config.ts';
import { allowMail, allowSchedules, allowStaffDirectory, type PortalMail } from './grants.ts';
import { lambdaFunctionArn, stateMachineArn } from './named-arns.ts';

export type ApiStackProps = StackProps & {
  config: PortalConfig;
  /** The custom domain, or the distribution's own address: QtpApi deploys after QtpSite. */
  publicBaseUrl: string;
  /** The API itself is QtpSite's (the distribution's /api/* origin); its routes and stage are this stack's. */
  httpApi: apigwv2.IHttpApi;
  table: dynamodb.ITable;
  buckets: { site: s3.IBucket; media: s3.IBucket; archive: s3.IBucket };
  auth: { issuerUrl: string; audience: string };
  /** The staff user pool, whose accounts the content function manages (shared/staff/directory-port.ts). */
  staffUserPool: { userPoolId: string; userPoolArn: string };
  alarmTopic: sns.ITopic;
  mail: PortalMail | undefined;
};

/** The bounded contexts served over HTTP: one Hono app, one function, one route prefix each. */
export const apiContexts = ['content', 'gazette', 'feedback', 'consultations', 'dialogues'] as const;
export type ApiContext = (typeof apiContexts)[number];

/**
 * The HTTP API's routes and stage: API Gateway (HTTP API, payload v2) in front of one Lambda function per
 * context. The API resource itself is created in QtpSite, so that the distribution, whose /api/* origin it
 * is, exists before these functions, which are told its address (docs/decisions.md 130).
 * `/api/<context>/admin/{proxy+}` requires a Cognito ID token (JWT authorizer: issuer and audience checked
 * before Lambda runs); `/api/<context>/{proxy+}` is public (reading, searching, citizens' feedback).
 * The Hono apps verify the token again and apply their role policy: API Gateway only proves who calls.
 */
export class ApiStack extends Stack {
  /** Each context's function; for a context split in two, the one behind its /admin/ routes. */
  readonly functions: Record<ApiContext, PortalFunction>;
  /** Contexts whose public routes have a function of their own (what citizens wait on stays small). */
  readonly publicFunctions: Partial<Record<ApiContext, PortalFunction>>;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { config, table, buckets, auth, alarmTopic } = props;

    const environment = {
      AUTH_ISSUER: auth.issuerUrl,
      AUTH_AUDIENCE: auth.audience,
      PUBLIC_BASE_URL: props.publicBaseUrl,
    };
    const common = { environment, alarmTopic };

    // Content: articles, media uploads (presigned PUT, so the function itself needs PutObject), reference
    // data; asks the publisher to re-render now or at a scheduled time.
    const content = new PortalFunction(this, 'Content', {
      ...common,
      entry: 'functions/content/handler.ts',
      serviceName: 'qtp-content',
      description: 'Content API, staff routes: articles, media, categories, agencies, staff accounts',
      // Image checks and responsive variants on upload (shared/media/uploads.ts); the activity report's PDF
      // (shared/reports/report-pdf.ts): pdfkit and the DejaVu TTFs read their files at run time.
      installedModules: ['sharp', 'pdfkit', 'dejavu-fonts-ttf'],
      memorySize: 1024,
      timeout: Duration.seconds(29),
    })
      .useTable(table, 'readWrite')
      .useBucket('media', buckets.media, 'readWrite')
      .nameBucket('site', buckets.site)
      .nameBucket('archive', buckets.archive);
    // The public routes (search, categories, agencies, ratings of pages) in a function of their own, so a
    // citizen's search loads none of the staff code: it reads the table and the search index, and writes
    // only readers' rating counters and their rate-limit windows (below, with the hashing key).
    const contentPublic = new PortalFunction(this, 'ContentPublic', {
      ...common,
      entry: 'functions/content/public-handler.ts',
      serviceName: 'qtp-content-public',
      description: 'Content API, public routes: search, categories, agencies, ratings of pages',
      publicPath: true,
    })
      .useTable(table, 'read')
      .useBucketKeys('site', buckets.site, [
        {
          keys: 'search-index/*',
          actions: ['s3:GetObject'],
          why: 'The public search reads the index pieces the publisher writes (shared/search/store.ts).',
        },
      ])
      .nameBucket('media', buckets.media)
      .nameBucket('archive', buckets.archive);
    this.allowPublisherInvocation(content, config.stage);
    // Staff accounts (the administrator's routes): the user pool's admin API, on that pool only.
    allowStaffDirectory(content, props.staffUserPool);
    allowSchedules(content, this, {
      stage: config.stage,
      prefix: publicationNames(config.stage).articleSchedulePrefix,
      target: {
        variable: 'PUBLISHER_FUNCTION_ARN',
        functionName: publicationNames(config.stage).publisherFunctionName,
      },
      why: 'Schedules are named per article at run time (article-<id>).',
    });
    // The admin's "check the links now" schedules the directory's link check (decision 160).
    allowSchedules(content, this, {
      stage: config.stage,
      prefix: directoryNames(config.stage).schedulePrefix,
      target: {
        variable: 'DIRECTORY_TASK_FUNCTION_ARN',
        functionName: directoryNames(config.stage).taskFunctionName,
      },
      why: 'The link check runs as one schedule, directory-link-check.',
    });
    // The admin's "rebuild the site" starts the rebuild's state machine and reads its progress (decision 141).
    const rebuildMachine = stateMachineArn(this, rebuildNames(config.stage).stateMachineName);
    content.use({
      environment: { REBUILD_STATE_MACHINE_ARN: rebuildMachine },
      statements: [
        new iam.PolicyStatement({ actions: ['states:StartExecution'], resources: [rebuildMachine] }),
      ],
    });

    // Gazette: documents from agencies, review, numbered issues. Agencies' browsers upload signed files
    // with presigned PUTs into the media bucket's private uploads/gazette/ prefix, which this function reads;
    // the state machines (QtpWorkflow) carry documents and issues through, and their task function, not
    // this one, writes the archive. Corrections ask the publisher to re-render.
    const gazette = new PortalFunction(this, 'Gazette', {
      ...common,
      entry: 'functions/gazette/handler.ts',
      serviceName: 'qtp-gazette',
      description: 'Gazette API: submissions, review, issues',
      // A submission reads back and hashes its signed files (up to 20 MB each); API Gateway waits 30 s.
      timeout: Duration.seconds(29),
    })
      .useTable(table, 'readWrite')
      // inspectUpload treats a missing file and a refused read alike: no ListBucket on the media bucket.
      .useBucket('media', buckets.media, 'upload', { keys: 'uploads/gazette/*', list: false })
      .nameBucket('site', buckets.site)
      .nameBucket('archive', buckets.archive);
    this.allowPublisherInvocation(gazette, config.stage);
    this.allowGazetteWorkflows(gazette, config.stage);

    // Feedback: citizens' feedback and petitions, their handling and answers. The form posts carry citizens'
    // files (private, under feedback/); agencies upload answer PDFs with presigned PUTs into uploads/feedback/ (as the
    // gazette's agencies do), which publication copies to the public media/phan-anh-kien-nghi/. Staff open
    // private files with presigned GETs. No ListBucket: a missing file and a refused read end alike.
    const feedbackFunction = (
      id: string,
      props: { entry: string; serviceName: string; description: string; publicPath?: boolean },
    ) =>
      new PortalFunction(this, id, {
        ...common,
        ...props,
        // A form post brings up to 4 MB of files to check and store; API Gateway waits 30 s.
        timeout: Duration.seconds(29),
      });
    const citizensFiles = {
      keys: 'feedback/*',
      actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      why: "citizens' attachments, stored with the form post, opened by staff, removed on a deletion request.",
    };
    const feedback = feedbackFunction('Feedback', {
      entry: 'functions/feedback/handler.ts',
      serviceName: 'qtp-feedback',
      description: 'Feedback API, staff routes: handling, answers, topics, calendars',
    })
      .useTable(table, 'readWrite')
      .useBucketKeys('media', buckets.media, [
        citizensFiles,
        {
          keys: 'uploads/feedback/*',
          actions: ['s3:GetObject', 's3:PutObject'],
          why: "agencies' answer PDFs, presigned PUTs and checks of what arrived; the source of the public copies.",
        },
        {
          keys: 'media/phan-anh-kien-nghi/*',
          actions: ['s3:PutObject'],
          why: "the published answers' attachments, copied here (CopyObject) from uploads/feedback/.",
        },
      ]);
    // Citizens' routes (submit, track, rate, reopen, ask for deletion) in a function of their own: the
    // citizens' files, but not the agencies' uploads nor the published copies.
    const feedbackPublic = feedbackFunction('FeedbackPublic', {
      entry: 'functions/feedback/public-handler.ts',
      serviceName: 'qtp-feedback-public',
      description: "Feedback API, public routes: citizens' submissions, tracking, ratings",
      publicPath: true,
    })
      .useTable(table, 'readWrite')
      .useBucketKeys('media', buckets.media, [citizensFiles]);
    const participationHashKey = new GeneratedSecret(this, 'ParticipationHashKey', {
      variable: 'PARTICIPATION_HASH_KEY',
      description: generatedSecrets.PARTICIPATION_HASH_KEY.description,
      versionId: config.secretVersions.PARTICIPATION_HASH_KEY,
    });
    // What every function taking citizens' participation has: the publisher, its own schedules, mail, and
    // the key that hashes senders for the rate limits.
    const allowParticipation = (
      fn: PortalFunction,
      schedules: Omit<Parameters<typeof allowSchedules>[2], 'stage'>,
    ) => {
      this.allowPublisherInvocation(fn, config.stage);
      allowSchedules(fn, this, { stage: config.stage, ...schedules });
      allowMail(fn, props.mail);
      fn.useSecret(participationHashKey);
    };
    // Readers' ratings of pages: one UpdateItem on a page's counter (RATING#…) and on the rate-limit windows
    // (RATE#rating…), nothing else of the table (docs/decisions.md 156).
    contentPublic
      .use({
        environment: {},
        statements: [
          new iam.PolicyStatement({
            actions: ['dynamodb:UpdateItem'],
            resources: [table.tableArn],
            conditions: {
              'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['RATING#*', 'RATE#rating*'] },
            },
          }),
        ],
      })
      .useSecret(participationHashKey);
    for (const fn of [feedback, feedbackPublic]) {
      fn.nameBucket('site', buckets.site)
        .nameBucket('archive', buckets.archive)
        .use({ environment: config.feedbackEnvironment, statements: [] });
      allowParticipation(fn, {
        prefix: feedbackNames(config.stage).schedulePrefix,
        target: {
          variable: 'FEEDBACK_TASK_FUNCTION_ARN',
          functionName: feedbackNames(config.stage).taskFunctionName,
        },
        why: 'Deadline schedules are named per item at run time (feedback-<id>-<deadline>).',
      });
    }

    // Consultations on drafts: agencies upload supporting files (PDF, DOCX) with presigned PUTs into
    // uploads/consultation/, which this function checks, and readers download with presigned GETs; comments are form
    // posts without files. The period opens and closes through consultation-* schedules.
    const consultations = new PortalFunction(this, 'Consultations', {
      ...common,
      entry: 'functions/consultation/handler.ts',
      serviceName: 'qtp-consultation',
      description: 'Consultation API: drafts for public comment, comments, moderation, reports',
      // Posting a draft reads back and hashes its supporting files; API Gateway waits 30 s.
      timeout: Duration.seconds(29),
    })
      .useTable(table, 'readWrite')
      .useBucketKeys('media', buckets.media, [
        {
          keys: 'uploads/consultation/*',
          actions: ['s3:GetObject', 's3:PutObject'],
          why: "drafts' supporting files: presigned PUTs, checks of what arrived, presigned GETs for readers.",
        },
      ])
      .nameBucket('site', buckets.site)
      .nameBucket('archive', buckets.archive);
    allowParticipation(consultations, {
      prefix: consultationNames(config.stage).schedulePrefix,
      target: {
        variable: 'CONSULTATION_TASK_FUNCTION_ARN',
        functionName: consultationNames(config.stage).taskFunctionName,
      },
      why: 'Period schedules are named per consultation at run time (consultation-<id>-open|close).',
    });

    // Online dialogues: the officer's schedule, citizens' questions (text only: no files, no bucket),
    // moderation and answers. It schedules its clock (dialogue-<id>-<boundary>) on the publisher, which
    // moves the status and re-renders; it mails the asker's receipt; rate limits hash with the same key.
    const dialogues = new PortalFunction(this, 'Dialogue', {
      ...common,
      entry: 'functions/dialogue/handler.ts',
      serviceName: 'qtp-dialogue',
      description: 'Dialogue API: online dialogues with the leaders, questions, moderation, answers',
    })
      .useTable(table, 'readWrite')
      // Named for the configuration every function reads, with no grant: it reads and writes no object.
      .nameBucket('site', buckets.site)
      .nameBucket('media', buckets.media)
      .nameBucket('archive', buckets.archive)
      .use({ environment: { DIALOGUE_VIDEO_HOSTS: DEFAULT_DIALOGUE_VIDEO_HOSTS.join(',') }, statements: [] });
    allowParticipation(dialogues, {
      prefix: dialogueNames.schedulePrefix,
      target: {
        variable: 'PUBLISHER_FUNCTION_ARN',
        functionName: publicationNames(config.stage).publisherFunctionName,
      },
      why: 'A dialogue schedules its boundaries at run time (dialogue-<id>-<boundary>).',
    });

    this.functions = { content, gazette, feedback, consultations, dialogues };
    this.publicFunctions = { content: contentPublic, feedback: feedbackPublic };

    // Signs the page cursors the APIs hand out (shared/data/reads.ts), so a client cannot steer a query
    // with a start key of its own: a new key merely sends clients back to the first page.
    const cursorKey = new GeneratedSecret(this, 'CursorSigningKey', {
      variable: 'CURSOR_SIGNING_KEY',
      description: generatedSecrets.CURSOR_SIGNING_KEY.description,
      versionId: config.secretVersions.CURSOR_SIGNING_KEY,
    });
    for (const fn of [...Object.values(this.functions), ...Object.values(this.publicFunctions)]) {
      fn.useSecret(cursorKey);
    }

    const httpApi = props.httpApi;
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.ONE_MONTH });
    const stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi,
      stageName: '$default',
      autoDeploy: true,
      // Who called what, and how it ended (AwsSolutions-APIG1).
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: apigw.AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            method: '$context.httpMethod',
            routeKey: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
          }),
        ),
      },
      // A ceiling on what the public routes can cost: anonymous feedback forms attract floods.
      throttle: { rateLimit: 100, burstLimit: 200 },
    });

    // In this stack: HttpJwtAuthorizer would create itself in the API's stack (QtpSite).
    const cognitoAuthorizer = new apigwv2.HttpAuthorizer(this, 'CognitoAuthorizer', {
      httpApi,
      authorizerName: 'cognito-staff',
      type: apigwv2.HttpAuthorizerType.JWT,
      identitySource: ['$request.header.Authorization'],
      jwtIssuer: auth.issuerUrl,
      jwtAudience: [auth.audience],
    });
    const authorizer: apigwv2.IHttpRouteAuthorizer = {
      bind: () => ({
        authorizerId: cognitoAuthorizer.authorizerId,
        authorizationType: 'JWT',
      }),
    };
    for (const context of apiContexts) {
      const integration = new HttpLambdaIntegration(
        `${context}-integration`,
        this.functions[context].handler,
      );
      const publicFunction = this.publicFunctions[context];
      // Routes of this stack on QtpSite's API (httpApi.addRoutes would create them in QtpSite: a cycle).
      const publicRoute = new apigwv2.HttpRoute(this, `${context}-public-route`, {
        httpApi,
        routeKey: apigwv2.HttpRouteKey.with(`/api/${context}/{proxy+}`, apigwv2.HttpMethod.ANY),
        integration: publicFunction
          ? new HttpLambdaIntegration(`${context}-public-integration`, publicFunction.handler)
          : integration,
      });
      new apigwv2.HttpRoute(this, `${context}-admin-route`, {
        httpApi,
        routeKey: apigwv2.HttpRouteKey.with(`/api/${context}/admin/{proxy+}`, apigwv2.HttpMethod.ANY),
        integration,
        authorizer,
      });
      acknowledgeRule(
        publicRoute,
        'AwsSolutions-APIG4',
        "Public routes of a government portal: reading, search and citizens' feedback need no sign-in. " +
          'Staff routes (/admin/{proxy+}) use the Cognito JWT authorizer, and the app denies by default.',
      );
    }

    new cloudwatch.Alarm(this, 'ServerErrorsAlarm', {
      alarmDescription: 'The HTTP API answered 5xx (function errors, timeouts, or integration failures)',
      metric: stage.metricServerError({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
      threshold: 5,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new cloudwatchActions.SnsAction(alarmTopic));
  }

  /**
   * Lets a function ask the publisher to re-render pages (shared/publication/publisher-port.ts): an
   * asynchronous Invoke by name. The ARN is built from the fixed name; see publicationNames.
   */
  private allowPublisherInvocation(fn: PortalFunction, stage: string): void {
    const names = publicationNames(stage);
    fn.use({
      environment: { PUBLISHER_FUNCTION_NAME: names.publisherFunctionName },
      statements: [
        new iam.PolicyStatement({
          actions: ['lambda:InvokeFunction'],
          resources: [lambdaFunctionArn(this, names.publisherFunctionName)],
        }),
      ],
    });
  }

  /**
   * Lets the gazette API drive the gazette state machines (shared/gazette/workflow/port.ts): start an
   * execution for a submitted document or a composed issue, and resume one waiting on a person's decision
   * (SendTaskSuccess). Task-token calls are authorised on the state machine's ARN.
   * The ARNs are built from the fixed names (gazetteWorkflowNames): QtpWorkflow deploys after this stack.
   */
  private allowGazetteWorkflows(fn: PortalFunction, stage: string): void {
    const { stateMachineNames } = gazetteWorkflowNames(stage);
    const machines = gazetteMachines.map((machine) => ({
      variable: stateMachineArnVariables[machine],
      arn: stateMachineArn(this, stateMachineNames[machine]),
    }));
    fn.use({
      environment: Object.fromEntries(machines.map((machine) => [machine.variable, machine.arn])),
      statements: [
        new iam.PolicyStatement({
          actions: ['states:StartExecution', 'states:SendTaskSuccess'],
          resources: machines.map((machine) => machine.arn),
        }),
      ],
    });
  }
}
