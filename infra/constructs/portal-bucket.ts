import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { pinLogicalId } from './stable-id.ts';

export type PortalBucketProps = {
  /** Where S3 server access logs go (AwsSolutions-S1), under `<logPrefix>`. */
  accessLogs: { bucket: s3.IBucket; prefix: string };
  /** Days a replaced or deleted object version is kept; unset keeps every version. */
  noncurrentVersionDays?: number;
  objectLockDefaultRetention?: s3.ObjectLockRetention;
  /** Cross-origin requests browsers may make straight to the bucket (presigned uploads). */
  cors?: s3.CorsRule[];
};

/**
 * A private bucket with the portal's baseline: every bucket blocks public access (AwsSolutions-S2), refuses
 * plain HTTP and TLS below 1.2 (AwsSolutions-S10), encrypts at rest with S3-managed keys (so CloudFront's OAC
 * and server access logging need no KMS grants), keeps versions, disables ACLs (bucket owner enforced)
 * and is retained when its stack is deleted. The logical id is the construct id, pinned.
 */
export function createPortalBucket(scope: Construct, id: string, props: PortalBucketProps): s3.Bucket {
  const bucket = new s3.Bucket(scope, id, {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    encryption: s3.BucketEncryption.S3_MANAGED,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: true,
    objectLockEnabled: props.objectLockDefaultRetention ? true : undefined,
    objectLockDefaultRetention: props.objectLockDefaultRetention,
    serverAccessLogsBucket: props.accessLogs.bucket,
    serverAccessLogsPrefix: props.accessLogs.prefix,
    cors: props.cors,
    lifecycleRules: [
      { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ...(props.noncurrentVersionDays === undefined
        ? []
        : [
            {
              id: 'expire-old-versions',
              noncurrentVersionExpiration: Duration.days(props.noncurrentVersionDays),
            },
          ]),
    ],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  pinLogicalId(bucket, id);
  return bucket;
}

export type LogBucketProps = {
  /** CloudFront standard logging writes with ACLs, so its target needs them enabled. */
  acceptsCloudFrontLogs?: boolean;
  expireAfterDays: number;
};

/** A bucket that receives access logs (S3 server access logs, CloudFront standard logs). */
export function createLogBucket(scope: Construct, id: string, props: LogBucketProps): s3.Bucket {
  const bucket = new s3.Bucket(scope, id, {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    // S3 server access logging only delivers to SSE-S3 buckets, not SSE-KMS.
    encryption: s3.BucketEncryption.S3_MANAGED,
    // CloudFront standard logging needs ACLs enabled on its bucket; BUCKET_OWNER_PREFERRED keeps the objects
    // owned by this account. Other log buckets keep ACLs disabled.
    objectOwnership: props.acceptsCloudFrontLogs
      ? s3.ObjectOwnership.BUCKET_OWNER_PREFERRED
      : s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    lifecycleRules: [{ id: 'expire-logs', expiration: Duration.days(props.expireAfterDays) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });
  pinLogicalId(bucket, id);
  return bucket;
}
