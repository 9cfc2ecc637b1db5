import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import { mediaUploadCorsRule } from '../stacks/data-stack.ts';
import { acknowledgeRule } from './acknowledge.ts';

/**
 * Puts the media bucket's upload CORS rule (mediaUploadCorsRule) for an origin that exists only once the
 * distribution does: the bucket is QtpData's, which deploys before CloudFront. PutBucketCors replaces the
 * bucket's whole CORS configuration, so the call carries the full rule set, which is this one rule. It runs
 * again whenever the origin or the rule changes; on removal (a custom domain later, whose origin QtpData's
 * template then carries) it does nothing, so as not to undo what QtpData just set.
 */
export function createMediaUploadCors(
  scope: Construct,
  props: { mediaBucket: s3.IBucket; origin: string },
): cr.AwsCustomResource {
  const putCors: cr.AwsSdkCall = {
    service: 'S3',
    action: 'PutBucketCors',
    parameters: {
      Bucket: props.mediaBucket.bucketName,
      CORSConfiguration: {
        CORSRules: [
          {
            ID: mediaUploadCorsRule.id,
            AllowedOrigins: [props.origin],
            AllowedMethods: [...mediaUploadCorsRule.allowedMethods],
            AllowedHeaders: [...mediaUploadCorsRule.allowedHeaders],
            MaxAgeSeconds: mediaUploadCorsRule.maxAgeSeconds,
          },
        ],
      },
    },
    physicalResourceId: cr.PhysicalResourceId.of('media-upload-cors'),
  };
  const cors = new cr.AwsCustomResource(scope, 'MediaUploadCors', {
    onCreate: putCors,
    onUpdate: putCors,
    // That one bucket's CORS, nothing else (IAM spells the action PutBucketCORS; actions ignore case).
    policy: cr.AwsCustomResourcePolicy.fromStatements([
      new iam.PolicyStatement({ actions: ['s3:PutBucketCORS'], resources: [props.mediaBucket.bucketArn] }),
    ]),
    // The SDK in Lambda's runtime: an install at deploy time would reach npm from the function.
    installLatestAwsSdk: false,
  });
  // The one provider function CDK shares among a stack's AwsCustomResources, at the stack's root.
  const provider = Stack.of(scope).node.tryFindChild(
    `AWS${cr.AwsCustomResource.PROVIDER_FUNCTION_UUID.replace(/-/g, '')}`,
  );
  if (!provider) throw new Error("AwsCustomResource: no provider function at the stack's root");
  acknowledgeRule(
    provider,
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    "CDK gives AwsCustomResource's provider the basic execution role: it writes its own logs; what it may " +
      'call is the policy above (PutBucketCORS on the media bucket).',
  );
  return cors;
}
