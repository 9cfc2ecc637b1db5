import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { tableDesign } from '#shared/data/table-design.ts';
import { acknowledgeRule } from '../constructs/acknowledge.ts';
import { createLogBucket, createPortalBucket } from '../constructs/portal-bucket.ts';
import { pinLogicalId } from '../constructs/stable-id.ts';
import { type MailConfig, type PortalConfig, portalName } from './config.ts';
import type { PortalMail } from './grants.ts';

export type DataStackProps = StackProps & { config: PortalConfig };

/**
 * The one CORS rule of the media bucket: the portal's origin may PUT with the Content-Type the presigned URL
 * was signed with, nothing else. In the template when the origin is known before CloudFront exists (a custom
 * domain); otherwise QtpSite puts the same rule once the distribution exists (MediaUploadCors).
 */
export const mediaUploadCorsRule = {
  id: 'presigned-uploads',
  allowedMethods: [s3.HttpMethods.PUT],
  allowedHeaders: ['content-type'],
  maxAgeSeconds: 3600,
} as const;

/**
 * Everything whose loss would lose data, in one stack that is deployed rarely and never destroyed:
 * the table, the site, media and gazette archive buckets, the access-log bucket, and the alarm topic
 * (its e-mail subscriptions are confirmed by hand, so it should outlive the stacks that raise alarms).
 * Every stateful resource is RETAINed and has a pinned logical id.
 *
 * The site bucket lives here rather than in QtpSite because the API and the publisher are deployed
 * before the distribution (see infra/stacks/portal.ts), and both need its name.
 */
export class DataStack extends Stack {
  readonly table: dynamodb.Table;
  readonly siteBucket: s3.Bucket;
  readonly mediaBucket: s3.Bucket;
  readonly archiveBucket: s3.Bucket;
  readonly alarmTopic: sns.Topic;
  /** The SES sender, when the context names one (a custom domain or mailFrom). */
  readonly mail: PortalMail | undefined;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { config } = props;

    // Built from tableDesign, the module the repositories and the local stack also read: one definition.
    this.table = new dynamodb.Table(this, 'PortalTable', {
      partitionKey: { name: tableDesign.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: tableDesign.sortKey, type: dynamodb.AttributeType.STRING },
      // On-demand: traffic follows the news cycle, and an idle portal should cost next to nothing.
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      // PITR: restore to any second of the last 35 days after a bad deploy or a bad write (AwsSolutions-DDB3).
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: tableDesign.timeToLiveAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of tableDesign.globalIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    pinLogicalId(this.table, 'PortalTable');

    // S3 server access logs of the data buckets (AwsSolutions-S1). Kept a year for audits.
    const accessLogs = createLogBucket(this, 'AccessLogsBucket', { expireAfterDays: 365 });
    acknowledgeRule(
      accessLogs,
      'AwsSolutions-S1',
      'This is the access log bucket; logging it into itself would loop.',
    );

    // The rendered public site. The publisher rewrites pages often, so old versions go after 30 days.
    this.siteBucket = createPortalBucket(this, 'SiteBucket', {
      accessLogs: { bucket: accessLogs, prefix: 'site/' },
      noncurrentVersionDays: 30,
    });
    // Uploaded images and files, under media/ (served by CloudFront at /media/*), and agencies' signed
    // gazette documents and feedback answers under uploads/<context>/ (private). Editors' and agencies' browsers PUT both straight into
    // the bucket with presigned URLs from the API, a cross-origin request from the portal's origin: CORS
    // lets that origin PUT with the Content-Type the URL was signed with, and nothing else.
    this.mediaBucket = createPortalBucket(this, 'MediaBucket', {
      accessLogs: { bucket: accessLogs, prefix: 'media/' },
      cors: config.publicBaseUrl
        ? [
            {
              id: mediaUploadCorsRule.id,
              allowedOrigins: [config.publicBaseUrl],
              allowedMethods: [...mediaUploadCorsRule.allowedMethods],
              allowedHeaders: [...mediaUploadCorsRule.allowedHeaders],
              maxAge: mediaUploadCorsRule.maxAgeSeconds,
            },
          ]
        : undefined,
    });
    // Published gazette issues. Vietnamese law gives the text published in the Official Gazette (Công báo)
    // the force of the original, so an issue, once published, must never change or disappear: corrections
    // are published as new issues. Object Lock in COMPLIANCE mode enforces that write-once rule against
    // everyone, the root user included (S3 Object Lock, WORM). Ten years by default on each object version;
    // the permanent record is the provincial archive's job. Other stages use GOVERNANCE for one day so that
    // test data can be removed.
    const archiveRetention =
      config.stage === 'prod'
        ? s3.ObjectLockRetention.compliance(Duration.days(3653))
        : s3.ObjectLockRetention.governance(Duration.days(1));
    this.archiveBucket = createPortalBucket(this, 'GazetteArchiveBucket', {
      accessLogs: { bucket: accessLogs, prefix: 'gazette-archive/' },
      objectLockDefaultRetention: archiveRetention,
    });

    // CloudFront reads the site and the media through Origin Access Control. The usual OAC policy names
    // the one distribution, but the distribution lives in QtpSite, which depends on this stack; naming it
    // here would make the two stacks depend on each other. So the grant is to CloudFront acting for a
    // distribution of this account (AWS:SourceAccount + AWS:SourceArn), the confused-deputy protection AWS
    // documents for service principals; no other account's distribution can read.
    this.allowCloudFrontRead(this.siteBucket, '*');
    this.allowCloudFrontRead(this.mediaBucket, 'media/*');
    // Published gazette files, at /archive/*: CloudFront passes the path as the key, and every key the
    // gazette writes starts with archive/ (shared/gazette/steps.ts). Read only, like the others.
    this.allowCloudFrontRead(this.archiveBucket, 'archive/*');

    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: `QTP ${config.stage} alarms`,
      // Publishers must use TLS (AwsSolutions-SNS3).
      enforceSSL: true,
    });
    pinLogicalId(this.alarmTopic, 'AlarmTopic');
    if (config.alarmEmail) {
      this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(config.alarmEmail));
    }

    this.mail = config.mail ? this.createMailSender(config.mail, config.stage) : undefined;
    if (!config.mail) {
      Annotations.of(this).addWarningV2(
        'qtp:mail',
        'No domainName or mailFrom in context: the portal sends no mail on AWS (feedback receipts, deadline ' +
          'notices); each attempt is logged as failed. Deploy with -c mailFrom=<address> or a custom domain.',
      );
    }
  }

  /**
   * The portal's SES sender. Here, not with the functions, because its verification outlives them: a domain
   * identity's DKIM records are added to DNS by hand, an address identity is confirmed from its mailbox.
   * The configuration set adds the account's suppression list for bounces and complaints (so the portal
   * stops mailing an address that bounced) and requires TLS to the receiving server (receipts carry the
   * sender's secret link). It has no event destination, so there is no open or click tracking: SES would
   * otherwise rewrite the links in citizens' mail to go through AWS.
   */
  private createMailSender(mail: MailConfig, stage: string): PortalMail {
    const configurationSet = new ses.ConfigurationSet(this, 'MailConfigurationSet', {
      configurationSetName: portalName(stage, 'mail'),
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      sendingEnabled: true,
    });
    pinLogicalId(configurationSet, 'MailConfigurationSet');
    const identity = new ses.EmailIdentity(this, 'MailIdentity', {
      ...('domain' in mail.identity
        ? {
            identity: ses.Identity.domain(mail.identity.domain),
            dkimSigning: true,
            dkimIdentity: ses.DkimIdentity.easyDkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
          }
        : { identity: ses.Identity.email(mail.identity.address) }),
      configurationSet,
    });
    identity.applyRemovalPolicy(RemovalPolicy.RETAIN);
    pinLogicalId(identity, 'MailIdentity');
    if ('domain' in mail.identity) {
      new CfnOutput(this, 'MailDkimRecords', {
        description: 'CNAME records to add to DNS for the SES domain identity (Easy DKIM), name=value',
        value: identity.dkimRecords.map((record) => `${record.name}=${record.value}`).join(' '),
      });
    }
    return {
      from: mail.from,
      identityArn: identity.emailIdentityArn,
      configurationSetName: configurationSet.configurationSetName,
      configurationSetArn: this.formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: configurationSet.configurationSetName,
      }),
    };
  }

  private allowCloudFrontRead(bucket: s3.Bucket, keyPattern: string): void {
    const conditions = {
      StringEquals: { 'AWS:SourceAccount': this.account },
      ArnLike: { 'AWS:SourceArn': `arn:${this.partition}:cloudfront::${this.account}:distribution/*` },
    };
    const cloudFront = new iam.ServicePrincipal('cloudfront.amazonaws.com');
    bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudFrontOriginAccessControlRead',
        principals: [cloudFront],
        actions: ['s3:GetObject'],
        resources: [bucket.arnForObjects(keyPattern)],
        conditions,
      }),
    );
    // With ListBucket, a missing key answers 404 rather than 403, so viewers see "not found".
    bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudFrontOriginAccessControlList',
        principals: [cloudFront],
        actions: ['s3:ListBucket'],
        resources: [bucket.bucketArn],
        conditions,
      }),
    );
  }
}
