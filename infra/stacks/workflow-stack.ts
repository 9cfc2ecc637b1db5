import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledgeRule } from '../constructs/acknowledge.ts';
import { PortalFunction } from '../constructs/portal-function.ts';
import { type PortalConfig, publicationNames } from './config.ts';

export type WorkflowStackProps = StackProps & {
  config: PortalConfig;
  publicBaseUrl: string;
  table: dynamodb.ITable;
  buckets: { site: s3.IBucket; media: s3.IBucket; archive: s3.IBucket };
  distribution: cloudfront.IDistribution;
  auth: { issuerUrl: string; audience: string };
  alarmTopic: sns.ITopic;
};

/**
 * Work that happens after a request has been answered: the publisher (renders pages into the site bucket
 * and invalidates exactly those paths) and EventBridge Scheduler's group for scheduled publication.
 *
 * Extension point (gazette workflows, a later issue): the Step Functions (Standard) state machines belong in
 * this stack, built from the definitions the local runner also executes, with their Task states pointing at a
 * task function created here the way the publisher is. QtpApi deploys first, so give each machine and that
 * function a fixed name from a helper next to `publicationNames` (config.ts) and let the gazette function
 * compute their ARNs (DOCUMENT_REVIEW_STATE_MACHINE_ARN, ISSUE_PUBLICATION_STATE_MACHINE_ARN,
 * GAZETTE_TASK_FUNCTION_ARN in shared/), as ApiStack.allowPublicationRequests does for the publisher. If
 * schedules are to invoke the task function, add it to the scheduler role's InvokePublisher policy.
 */
export class WorkflowStack extends Stack {
  readonly publisher: PortalFunction;
  readonly scheduleGroup: scheduler.ScheduleGroup;
  readonly schedulerRole: iam.Role;

  constructor(scope: Construct, id: string, props: WorkflowStackProps) {
    super(scope, id, props);
    const { config, table, buckets, auth, alarmTopic, distribution } = props;
    const names = publicationNames(config.stage);

    // Asynchronous invocations that still fail after Lambda's two retries land here, with the event,
    // so an operator can inspect and replay them.
    const failures = new sqs.Queue(this, 'PublisherFailures', {
      retentionPeriod: Duration.days(14),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    acknowledgeRule(
      failures,
      'AwsSolutions-SQS3',
      "This queue is itself the publisher's failure destination.",
    );

    this.publisher = new PortalFunction(this, 'Publisher', {
      entry: 'functions/publisher/handler.ts',
      serviceName: 'qtp-publisher',
      description: 'Publisher: renders touched pages into the site bucket, invalidates them in CloudFront',
      // Fixed: the content API invokes it and schedules target it by name (see publicationNames).
      functionName: names.publisherFunctionName,
      // A full rebuild renders every page.
      memorySize: 1024,
      timeout: Duration.minutes(5),
      environment: {
        AUTH_ISSUER: auth.issuerUrl,
        AUTH_AUDIENCE: auth.audience,
        PUBLIC_BASE_URL: props.publicBaseUrl,
      },
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
      alarmDescription: 'A publication failed after retries; its event waits in the failure queue',
      metric: failures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new cloudwatchActions.SnsAction(alarmTopic));

    // One-time schedules (at(...)) are created here by the content API; they outlive a stack update, so the
    // group is retained (deleting a group deletes its pending schedules).
    this.scheduleGroup = new scheduler.ScheduleGroup(this, 'PublicationScheduleGroup', {
      scheduleGroupName: names.scheduleGroupName,
    });

    // EventBridge Scheduler assumes this role to invoke the target. Trust is limited to schedules of this
    // account's publication group (aws:SourceAccount and aws:SourceArn, AWS's confused-deputy guidance for
    // Scheduler), and the role may do one thing: invoke the publisher.
    this.schedulerRole = new iam.Role(this, 'SchedulerRole', {
      roleName: names.schedulerRoleName,
      description: 'EventBridge Scheduler: invokes the publisher for scheduled publications',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: {
            'aws:SourceAccount': this.account,
            'aws:SourceArn': this.scheduleGroup.scheduleGroupArn,
          },
        },
      }),
      inlinePolicies: {
        InvokePublisher: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              actions: ['lambda:InvokeFunction'],
              resources: [this.publisher.handler.functionArn],
            }),
          ],
        }),
      },
    });
  }
}
