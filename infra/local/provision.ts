import { randomBytes } from 'node:crypto';
import {
  type AttributeDefinition,
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import {
  CreateBucketCommand,
  ListBucketsCommand,
  PutBucketCorsCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { bucketDefinitions, bucketRoles } from '#shared/config/buckets.ts';
import { tableDesign } from '#shared/data/table-design.ts';

/**
 * Creates the table and the buckets if they are missing, from the same definitions CDK deploys.
 * Idempotent: a second `npm start` finds them and changes nothing.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
): Promise<'created' | 'existing'> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return 'existing';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const keyNames = [
    tableDesign.partitionKey,
    tableDesign.sortKey,
    ...tableDesign.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  const attributeDefinitions: AttributeDefinition[] = keyNames.map((name) => ({
    AttributeName: name,
    AttributeType: 'S',
  }));
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: attributeDefinitions,
      KeySchema: [
        { AttributeName: tableDesign.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDesign.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: tableDesign.globalIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
  return 'created';
}

export async function ensureBuckets(client: S3Client): Promise<void> {
  // ListBuckets reads only the bucket folders; HeadBucket on s3rver lists a bucket's objects, so one
  // damaged object would make an existing bucket look missing.
  const existing = new Set(
    ((await client.send(new ListBucketsCommand({}))).Buckets ?? []).map((b) => b.Name),
  );
  for (const role of bucketRoles) {
    const Bucket = bucketDefinitions[role].localName;
    if (!existing.has(Bucket)) await client.send(new CreateBucketCommand({ Bucket }));
  }
  // Editors' browsers PUT uploads straight to the media bucket with presigned URLs (as on AWS).
  await client.send(
    new PutBucketCorsCommand({
      Bucket: bucketDefinitions.media.localName,
      CORSConfiguration: {
        CORSRules: [
          { AllowedOrigins: ['*'], AllowedMethods: ['PUT'], AllowedHeaders: ['*'], MaxAgeSeconds: 3000 },
        ],
      },
    }),
  );
}

/** The environment a handler sees locally: the same variables CDK sets on Lambda, pointed at local engines. */
export function localEnvironment(options: {
  dynamoEndpoint: string;
  s3Endpoint: string;
  issuerUrl: string;
  audience: string;
  publicBaseUrl: string;
  tableName?: string;
  /** Where the development CA and the gazette's signing key live (generated there on first use). */
  signingDir: string;
  /** Where the mail outbox keeps the messages "sent" (npm start lists them at /_outbox/). */
  outboxDir: string;
  /** Signs page cursors; without one (tests), a random key for this process. */
  cursorSigningKey?: string;
}): Record<string, string> {
  return {
    AWS_REGION: 'ap-southeast-1',
    TABLE_NAME: options.tableName ?? tableDesign.localTableName,
    DYNAMODB_ENDPOINT: options.dynamoEndpoint,
    S3_ENDPOINT: options.s3Endpoint,
    SITE_BUCKET: bucketDefinitions.site.localName,
    ADMIN_BUCKET: bucketDefinitions.admin.localName,
    MEDIA_BUCKET: bucketDefinitions.media.localName,
    ARCHIVE_BUCKET: bucketDefinitions.archive.localName,
    AUTH_ISSUER: options.issuerUrl,
    AUTH_AUDIENCE: options.audience,
    PUBLIC_BASE_URL: options.publicBaseUrl,
    GAZETTE_SIGNING_DIR: options.signingDir,
    MAIL_OUTBOX_DIR: options.outboxDir,
    CURSOR_SIGNING_KEY: options.cursorSigningKey ?? newCursorSigningKey(),
    // The SDK's default chain would look for profiles; local engines accept any key.
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
  };
}

/** A key for CURSOR_SIGNING_KEY: 32 random bytes. */
export const newCursorSigningKey = () => randomBytes(32).toString('base64url');
