import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { definitionWithFunction, type GazetteMachine } from '#shared/gazette/workflow/definitions.ts';
import { rebuildDefinitionWithFunction } from '#shared/publication/rebuild-workflow.ts';
import { acknowledgeRule } from '../constructs/acknowledge.ts';
import { PortalFunction } from '../constructs/portal-function.ts';
import {
  consultationNames,
  directoryNames,
  feedbackNames,
  gazetteMachines,
  gazetteWorkflowNames,
  type PortalConfig,
  publicationNames,
  rebuildNames,
  stateMachineArnVariables,
} from './config.ts';
import { allowMail, allowSchedules, type PortalMail } from './grants.ts';
import { stateMachineArn } from './named-arns.ts';

/** The signing certificate's file name beside the task function's bundle. */
const SIGNING_CERTIFICATE_FILE = 'gazette-signing-certificate.pem';

export type WorkflowStackProps = StackProps & {
  config: PortalConfig;
  publicBaseUrl: string;
  table: dynamodb.ITable;
  buckets: { site: s3.IBucket; media: s3.IBucket; archive: s3.IBucket };
  distribution: cloudfront.IDistribution;
  auth: { issuerUrl: string; audience: string };
  alarmTopic: sns.ITopic;
  mail: PortalMail | undefined;
};

/** What every function of this stack is told (shared/config/env.ts). */
const functionEnvironment = (props: WorkflowStackProps) => ({
  AUTH_ISSUER: props.auth.issuerUrl,
  AUTH_AUDIENCE: props.auth.audience,
  PUBLIC_BASE_URL: props.publicBaseUrl,
});

/**
 * Work that happens after a request has been answered: the publisher (renders pages into the site bucket
 * and invalidates exactly those paths), EventBridge Scheduler's group for scheduled publication, the
 * gazette workflow: two Step Functions (Standard) state machines, deployed from the very definitions the
 * local runner executes (shared/gazette/workflow/definitions.ts), whose Task states all invoke one task
 * function, and the feedback task function that the feedback deadlines' schedules invoke.
 *
 * QtpApi deploys first, so the gazette API reaches the state machines and the publisher by fixed name
 * (config.ts). Inside this stack the task function also addresses its state machines, the scheduler's role
 * and itself by fixed name rather than by reference: the machines and the role refer to it, while it answers
 * the machines' task tokens, passes the role and targets itself, so references both ways would be a cycle.
 */
export class WorkflowStack extends Stack {
  readonly publisher: PortalFunction;
  readonly scheduleGroup: scheduler.ScheduleGroup;
  readonly schedulerRole: iam.Role;
  readonly gazetteTasks: PortalFunction;
  readonly gazetteSigningKey: kms.Key;
  readonly gazetteStateMachines: Record<GazetteMachine, sfn.StateMachine>;
  readonly feedbackTasks: PortalFunction;
  readonly consultationTasks: PortalFunction;
  readonly directoryTasks: PortalFunction;
  readonly rebuildStateMachine: sfn.StateMachine;
  private readonly publisherFunctionName: string;

  constructor(scope: Construct, id: string, props: WorkflowStackProps) {
    super(scope, id, props);
    const { config, table, buckets, alarmTopic, distribution } = props;
    const names = publicationNames(config.stage);
    this.publisherFunctionName = names.publisherFunctionName;

    // Asynchronous invocations that still fail after Lambda's two retries land here, with the event, so an
    // operator can inspect and replay them: publications, the gazette's scheduled issue releases and the
    // feedback deadlines' tasks.
    const failures = new sqs.Queue(this, 'PublisherFailures', {
      retentionPeriod: Duration.days(14),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    acknowledgeRule(
      failures,
      'AwsSolutions-SQS3',
      'This queue is itself the failure destination of the publisher and the two task functions.',
    );

    this.publisher = new PortalFunction(this, 'Publisher', {
      entry: 'functions/publisher/handler.ts',
      serviceName: 'qtp-publisher',
      description: 'Publisher: renders touched pages into the site bucket, invalidates them in CloudFront',
      // Fixed: the content API invokes it and schedules target it by name (see publicationNames).
      functionName: names.publisherFunctionName,
      // A rebuild's worker holds one partition's articles and pages (about 200 articles); its last step
      // rebuilds the search index from every public item, which sets the timeout.
      memorySize: 1024,
      timeout: Duration.minutes(15),
      // The consultations' report PDF (shared/consultation/report-pdf.ts): pdfkit and the DejaVu TTFs read
      // their files at run time, as for the gazette tasks below.
      installedModules: ['pdfkit', 'dejavu-fonts-ttf'],
      environment: functionEnvironment(props),
      alarmTopic,
    })
      // Read and write: a scheduled publication also takes the article live.
      .useTable(table, 'readWrite')
      .useBucket('site', buckets.site, 'readWrite')
      .nameBucket('media', buckets.media)
      .nameBucket('archive', buckets.archive)
      .use({
        environment: { DISTRIBUTION_ID: distribution.distributionId },
        statements: [
          new iam.PolicyStatement({
            actions: ['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation'],
            resources: [distribution.distributionArn],
          }),
        ],
      });
    this.publisher.handler.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new destinations.SqsDestination(failures),
    });

    new cloudwatch.Alarm(this, 'PublisherFailuresAlarm', {
      alarmDescription:
        'A publication, a scheduled gazette release or a feedback task failed after retries; its event waits in the failure queue',
      metric: failures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new cloudwatchActions.SnsAction(alarmTopic));

    // One-time schedules (at(...)) are created here by the content API (`article-*`), the gazette task
    // function (`gazette-issue-*`) and both feedback functions (`feedback-*`); they outlive a stack update,
    // so the group is retained (deleting a group deletes its pending schedules).
    this.scheduleGroup = new scheduler.ScheduleGroup(this, 'PublicationScheduleGroup', {
      scheduleGroupName: names.scheduleGroupName,
    });

    this.gazetteTasks = this.createGazetteTasks(props, failures);
    this.gazetteSigningKey = this.createGazetteSigningKey(this.gazetteTasks, config.stage);
    this.gazetteStateMachines = this.createGazetteStateMachines(this.gazetteTasks, config.stage);
    this.feedbackTasks = this.createFeedbackTasks(props, failures);
    this.consultationTasks = this.createConsultationTasks(props, failures);
    this.directoryTasks = this.createDirectoryTasks(props, failures);
    this.rebuildStateMachine = this.createRebuildStateMachine(config.stage);

    // EventBridge Scheduler assumes this role to invoke the target. Trust is limited to schedules of this
    // account's publication group (aws:SourceAccount and aws:SourceArn, AWS's confused-deputy guidance for
    // Scheduler), and the role may do one thing: invoke the three functions schedules target, the publisher
    // (articles, `article-*`), the gazette task function (issue releases, `gazette-issue-*`) and the feedback
    // task function (deadlines, closing, anonymisation, `feedback-*`).
    this.schedulerRole = new iam.Role(this, 'SchedulerRole', {
      roleName: names.schedulerRoleName,
      description: 'EventBridge Scheduler: invokes the publisher and the task functions at scheduled times',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: {
            'aws:SourceAccount': this.account,
            'aws:SourceArn': this.scheduleGroup.scheduleGroupArn,
          },
        },
      }),
      inlinePolicies: {
        InvokeScheduledTargets: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              actions: ['lambda:InvokeFunction'],
              resources: [
                this.publisher.handler.functionArn,
                this.gazetteTasks.handler.functionArn,
                this.feedbackTasks.handler.functionArn,
                this.consultationTasks.handler.functionArn,
                this.directoryTasks.handler.functionArn,
              ],
            }),
          ],
        }),
      },
    });
  }

  /**
   * The gazette state machines' task function (functions/gazette/workflow-handler.ts → shared/gazette/workflow):
   * records pending human steps, numbers issues, renders each issue's HTML and PDF into the write-once
   * archive, publishes. It schedules an issue's release (`gazette-issue-<id>`, invoking itself through the
   * scheduler's role) or, when the time is already due, completes its own task token; publishing asks the
   * publisher to re-render.
   */
  private createGazetteTasks(props: WorkflowStackProps, failures: sqs.IQueue): PortalFunction {
    const { config, table, buckets, alarmTopic } = props;
    const gazette = gazetteWorkflowNames(config.stage);
    const machineArns = gazetteMachines.map((machine) => ({
      variable: stateMachineArnVariables[machine],
      arn: stateMachineArn(this, gazette.stateMachineNames[machine]),
    }));

    const tasks = new PortalFunction(this, 'GazetteTasks', {
      entry: 'functions/gazette/workflow-handler.ts',
      serviceName: 'qtp-gazette-tasks',
      description: 'Gazette workflow tasks: checks, numbering, HTML and PDF into the archive, publication',
      // Fixed: the release schedules it creates target it by this name (GAZETTE_TASK_FUNCTION_ARN).
      functionName: gazette.taskFunctionName,
      // Rendering an issue's PDF with embedded fonts and copying its signed files into the archive.
      memorySize: 1024,
      timeout: Duration.minutes(3),
      // pdfkit reads its font metrics (js/data/*.afm) and issue-pdf.ts the DejaVu TTFs from their package
      // directories at run time, so both are installed beside the bundle instead of bundled.
      installedModules: ['pdfkit', 'dejavu-fonts-ttf'],
      // The province's certificate for the signing key, when it has one (a chain outgrows Lambda's 4 KB of
      // environment variables, so it travels as a file).
      ...(config.gazetteSigningCertificate
        ? { bundledFiles: [{ source: config.gazetteSigningCertificate, name: SIGNING_CERTIFICATE_FILE }] }
        : {}),
      environment: functionEnvironment(props),
      alarmTopic,
    })
      .useTable(table, 'readWrite')
      // Agencies' signed files, copied into the archive on publication; a missing one fails the step anyway.
      .useBucket('media', buckets.media, 'read', { keys: 'uploads/gazette/*', list: false })
      // Read and put, never delete. ListBucket stays: the write-once check heads the key first and needs
      // 404, not 403, for a key that is not there yet (shared/gazette/archive.ts).
      .useBucket('archive', buckets.archive, 'writeOnce', { keys: 'archive/*' })
      .nameBucket('site', buckets.site)
      .use({
        // S3 conditional writes (If-None-Match: *): the archive refuses a second write of a key outright.
        environment: {
          ARCHIVE_CONDITIONAL_WRITES: 'true',
          ...(config.gazetteSigningCertificate
            ? { GAZETTE_SIGNING_CERTIFICATE_FILE: SIGNING_CERTIFICATE_FILE }
            : {}),
        },
        statements: [],
      })
      .use({
        // Setting these also tells shared/gazette/workflow/port.ts it runs on Step Functions, not locally.
        environment: Object.fromEntries(machineArns.map((machine) => [machine.variable, machine.arn])),
        statements: [
          new iam.PolicyStatement({
            actions: ['states:SendTaskSuccess'],
            resources: machineArns.map((machine) => machine.arn),
          }),
        ],
      });
    allowSchedules(tasks, this, {
      stage: config.stage,
      prefix: gazette.releaseSchedulePrefix,
      target: { variable: 'GAZETTE_TASK_FUNCTION_ARN', functionName: gazette.taskFunctionName },
      why: 'Release schedules are named per issue at run time (gazette-issue-<id>).',
    });
    // Status schedules target the publisher, which re-renders a document's page the day its status changes.
    allowSchedules(tasks, this, {
      stage: config.stage,
      prefix: gazette.statusSchedulePrefix,
      target: {
        variable: 'PUBLISHER_FUNCTION_ARN',
        functionName: publicationNames(config.stage).publisherFunctionName,
      },
      why: 'Status schedules are named per document and day at run time (gazette-status-<id>-<day>).',
    });
    this.allowPublisherInvocation(tasks);
    // EventBridge Scheduler invokes it asynchronously at an issue's publication time.
    this.keepFailedInvocations(tasks, failures);
    return tasks;
  }

  /**
   * The feedback task function (functions/feedback/task-handler.ts → shared/feedback/tasks.ts): a reminder
   * before a deadline and the escalation when it passes (mail to agencies and officers), closing an item at
   * the end of its reopen period and scheduling its anonymisation, then anonymising it at the end of the
   * retention period, which removes the citizen's files. Each task checks the item still waits for it.
   */
  private createFeedbackTasks(props: WorkflowStackProps, failures: sqs.IQueue): PortalFunction {
    const { config, table, buckets, alarmTopic } = props;
    const feedback = feedbackNames(config.stage);
    const tasks = new PortalFunction(this, 'FeedbackTasks', {
      entry: 'functions/feedback/task-handler.ts',
      serviceName: 'qtp-feedback-tasks',
      description: 'Feedback tasks: deadline reminders and escalation, closing, anonymisation',
      // Fixed: the API's deadline schedules and its own re-schedules target it by this name.
      functionName: feedback.taskFunctionName,
      timeout: Duration.seconds(30),
      environment: functionEnvironment(props),
      alarmTopic,
    })
      .useTable(table, 'readWrite')
      // Anonymisation removes the citizen's attachments; it reads and writes no other file.
      .useBucketKeys('media', buckets.media, [
        {
          keys: 'feedback/*',
          actions: ['s3:DeleteObject'],
          why: "citizens' attachments, removed when an item is anonymised at the end of its retention period.",
        },
      ])
      .nameBucket('site', buckets.site)
      .nameBucket('archive', buckets.archive)
      .use({ environment: config.feedbackEnvironment, statements: [] });
    allowSchedules(tasks, this, {
      stage: config.stage,
      prefix: feedback.schedulePrefix,
      target: { variable: 'FEEDBACK_TASK_FUNCTION_ARN', functionName: feedback.taskFunctionName },
      why: 'Closing and anonymisation schedules are named per item at run time (feedback-<id>-<what>).',
    });
    allowMail(tasks, props.mail);
    this.allowPublisherInvocation(tasks);
    this.keepFailedInvocations(tasks, failures);
    return tasks;
  }

  /**
   * The consultation task function (functions/consultation/task-handler.ts → shared/consultation/tasks.ts):
   * opens a comment period and closes it at the times the agency set; each asks the publisher for the
   * draft's page and the list. It mails the draft's followers (the period closed, the report published) and
   * deletes their addresses after the retention period. No file.
   */
  private createConsultationTasks(props: WorkflowStackProps, failures: sqs.IQueue): PortalFunction {
    const { table, buckets, alarmTopic, config } = props;
    const names = consultationNames(config.stage);
    const tasks = new PortalFunction(this, 'ConsultationTasks', {
      entry: 'functions/consultation/task-handler.ts',
      serviceName: 'qtp-consultation-tasks',
      description: 'Consultation tasks: a comment period opens or closes; notices to its followers',
      // Fixed: the API's period schedules target it by this name.
      functionName: names.taskFunctionName,
      timeout: Duration.seconds(30),
      environment: functionEnvironment(props),
      alarmTopic,
    })
      .useTable(table, 'readWrite')
      .nameBucket('site', buckets.site)
      .nameBucket('media', buckets.media)
      .nameBucket('archive', buckets.archive);
    allowMail(tasks, props.mail);
    this.allowPublisherInvocation(tasks);
    this.keepFailedInvocations(tasks, failures);
    return tasks;
  }

  /**
   * The directory's task function (functions/directory/task-handler.ts → shared/organisation/service.ts):
   * the daily check of every external link. It reads the links and agencies and records one result per
   * address in the table; it schedules its own next run (`directory-link-check`). No file, no mail, no
   * publisher: the admin shows the dead links, the pages do not change.
   */
  private createDirectoryTasks(props: WorkflowStackProps, failures: sqs.IQueue): PortalFunction {
    const { table, buckets, alarmTopic, config } = props;
    const names = directoryNames(config.stage);
    const tasks = new PortalFunction(this, 'DirectoryTasks', {
      entry: 'functions/directory/task-handler.ts',
      serviceName: 'qtp-directory-tasks',
      description: 'Directory tasks: the daily check of every external link',
      // Fixed: the content API's "check now" schedule and its own next run target it by this name.
      functionName: names.taskFunctionName,
      // A few hundred addresses, six at a time, each at most 2 × 10 s.
      timeout: Duration.minutes(5),
      environment: functionEnvironment(props),
      alarmTopic,
    })
      .useTable(table, 'readWrite')
      .nameBucket('site', buckets.site)
      .nameBucket('media', buckets.media)
      .nameBucket('archive', buckets.archive);
    allowSchedules(tasks, this, {
      stage: config.stage,
      prefix: names.schedulePrefix,
      target: { variable: 'DIRECTORY_TASK_FUNCTION_ARN', functionName: names.taskFunctionName },
      why: 'Each link check schedules the next one (directory-link-check).',
    });
    this.keepFailedInvocations(tasks, failures);
    return tasks;
  }

  /**
   * The full rebuild (shared/publication/rebuild-workflow.ts): Standard, since a province's rebuild can
   * outlast an Express execution's five minutes; every Task invokes the publisher. The publisher starts it
   * on `rebuild-site`, addressing it by its fixed name (the machine refers to the publisher already).
   */
  private createRebuildStateMachine(stage: string): sfn.StateMachine {
    const name = rebuildNames(stage).stateMachineName;
    const logGroup = new logs.LogGroup(this, 'RebuildStateMachineLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
    });
    const stateMachine = new sfn.StateMachine(this, 'RebuildStateMachine', {
      stateMachineName: name,
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: sfn.DefinitionBody.fromString(
        rebuildDefinitionWithFunction(this.publisher.handler.functionArn),
      ),
      // Every transition with its data (AwsSolutions-SF1): which partition failed, and why, stays readable.
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: true,
      timeout: Duration.hours(6),
    });
    stateMachine.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [this.publisher.handler.functionArn],
      }),
    );
    acknowledgeRule(
      stateMachine,
      'AwsSolutions-IAM5[Resource::*]',
      'CDK adds these for logging and tracing: CloudWatch Logs log-delivery actions and X-Ray ' +
        'PutTraceSegments/PutTelemetryRecords support no resource-level permissions. The only other grant is ' +
        'invoking the publisher, by its ARN.',
    );
    const arn = stateMachineArn(this, name);
    this.publisher.use({
      environment: { REBUILD_STATE_MACHINE_ARN: arn },
      statements: [new iam.PolicyStatement({ actions: ['states:StartExecution'], resources: [arn] })],
    });
    return stateMachine;
  }

  /** Lets a task function ask the publisher to re-render (an asynchronous Invoke, by reference here). */
  private allowPublisherInvocation(fn: PortalFunction): void {
    fn.use({
      // The fixed name, as a plain value: the same name the APIs are given.
      environment: { PUBLISHER_FUNCTION_NAME: this.publisherFunctionName },
      statements: [
        new iam.PolicyStatement({
          actions: ['lambda:InvokeFunction'],
          resources: [this.publisher.handler.functionArn],
        }),
      ],
    });
  }

  /** Scheduler invokes asynchronously: two retries within 6 hours, then the event waits in the queue. */
  private keepFailedInvocations(fn: PortalFunction, failures: sqs.IQueue): void {
    fn.handler.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new destinations.SqsDestination(failures),
    });
  }

  /**
   * The key that signs every issue PDF (PAdES): asymmetric RSA_2048 for SIGN_VERIFY, created and kept in
   * KMS, which signs the digests it is sent and never hands the private key out. RSA rather than ECC:
   * PKCS#1 v1.5 signatures are deterministic (a retried render signs the same bytes, which the write-once
   * archive needs), and the government CA issues RSA certificates (docs/decisions.md).
   *
   * The key policy is the only grant. The task function's role may sign and read the public key; the
   * account may administer the key but not use it (no kms:Sign, no grants: IAM policies cannot open it
   * to anyone else), and an explicit deny refuses signing to every other principal.
   */
  private createGazetteSigningKey(tasks: PortalFunction, stage: string): kms.Key {
    const taskRole = tasks.role.roleArn;
    const key = new kms.Key(this, 'GazetteSigningKey', {
      description: 'Công báo: signs each gazette issue PDF (PAdES); only the gazette task function may sign',
      keySpec: kms.KeySpec.RSA_2048,
      keyUsage: kms.KeyUsage.SIGN_VERIFY,
      // The certificate the government CA issues is bound to this key: it must outlive a stack deletion.
      removalPolicy: stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(30),
      policy: new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            sid: 'AdministerNotUse',
            principals: [new iam.AccountRootPrincipal()],
            actions: [
              'kms:Describe*',
              'kms:List*',
              'kms:GetKeyPolicy',
              'kms:GetPublicKey',
              'kms:PutKeyPolicy',
              'kms:EnableKey',
              'kms:DisableKey',
              'kms:UpdateKeyDescription',
              'kms:TagResource',
              'kms:UntagResource',
              'kms:ScheduleKeyDeletion',
              'kms:CancelKeyDeletion',
            ],
            resources: ['*'],
          }),
          new iam.PolicyStatement({
            sid: 'TaskFunctionSigns',
            principals: [new iam.ArnPrincipal(taskRole)],
            actions: ['kms:Sign', 'kms:GetPublicKey', 'kms:DescribeKey'],
            resources: ['*'],
          }),
          new iam.PolicyStatement({
            sid: 'NobodyElseSigns',
            effect: iam.Effect.DENY,
            principals: [new iam.AnyPrincipal()],
            actions: ['kms:Sign'],
            resources: ['*'],
            conditions: { ArnNotEquals: { 'aws:PrincipalArn': taskRole } },
          }),
        ],
      }),
    });
    tasks.use({ environment: { GAZETTE_SIGNING_KEY_ID: key.keyArn }, statements: [] });
    return key;
  }

  /**
   * The two gazette state machines, Standard (human steps wait on task tokens for days), each with exactly
   * the definition from shared/gazette/workflow/definitions.ts, every event logged and traced. Their roles
   * may invoke the task function and nothing else (besides what logging and tracing need).
   */
  private createGazetteStateMachines(
    tasks: PortalFunction,
    stage: string,
  ): Record<GazetteMachine, sfn.StateMachine> {
    const names = gazetteWorkflowNames(stage).stateMachineNames;
    const build = (machine: GazetteMachine, id: string): sfn.StateMachine => {
      const logGroup = new logs.LogGroup(this, `${id}Logs`, { retention: logs.RetentionDays.ONE_MONTH });
      const stateMachine = new sfn.StateMachine(this, id, {
        stateMachineName: names[machine],
        stateMachineType: sfn.StateMachineType.STANDARD,
        definitionBody: sfn.DefinitionBody.fromString(
          definitionWithFunction(machine, tasks.handler.functionArn),
        ),
        // Every state transition with its input and output (AwsSolutions-SF1): the trail of each document and
        // issue through review. Task tokens appear in it too; a token is of no use without
        // states:SendTaskSuccess on the machine, which only the gazette API and the task function hold.
        logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: true },
        tracingEnabled: true,
      });
      // The definition names the function by ARN in a string, so CDK grants nothing by itself. The
      // unqualified ARN only: the definitions invoke no version or alias.
      stateMachine.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['lambda:InvokeFunction'],
          resources: [tasks.handler.functionArn],
        }),
      );
      acknowledgeRule(
        stateMachine,
        'AwsSolutions-IAM5[Resource::*]',
        'CDK adds these for logging and tracing: CloudWatch Logs log-delivery actions (CreateLogDelivery and ' +
          'the like) and X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions. ' +
          'The only other grant is invoking the task function, by its ARN.',
      );
      return stateMachine;
    };
    return {
      'document-review': build('document-review', 'DocumentReviewStateMachine'),
      'issue-publication': build('issue-publication', 'IssuePublicationStateMachine'),
    };
  }
}
