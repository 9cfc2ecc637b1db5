import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readEnv } from '#shared/config/env.ts';

/**
 * AWS SDK clients, created once per process (Lambda reuses them across invocations).
 * Locally the endpoints point at DynamoDB Local and the S3 emulator; the code path is the same.
 */
let documentClient: DynamoDBDocumentClient | undefined;
let s3Client: S3Client | undefined;

const localCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function dynamo(): DynamoDBDocumentClient {
  if (!documentClient) {
    const env = readEnv();
    const client = new DynamoDBClient({
      region: env.AWS_REGION,
      ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT, credentials: localCredentials } : {}),
    });
    documentClient = DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
  }
  return documentClient;
}

export function s3(): S3Client {
  if (!s3Client) {
    const env = readEnv();
    s3Client = new S3Client({
      region: env.AWS_REGION,
      // Presigned PUTs from browsers carry no checksum of the body the SDK never saw.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      ...(env.S3_ENDPOINT
        ? { endpoint: env.S3_ENDPOINT, forcePathStyle: true, credentials: localCredentials }
        : {}),
    });
  }
  return s3Client;
}

export function tableName(): string {
  return readEnv().TABLE_NAME;
}

/** Drops cached clients; the local stack calls it when it points the process at new endpoints. */
export function resetClients(): void {
  documentClient?.destroy();
  s3Client?.destroy();
  documentClient = undefined;
  s3Client = undefined;
}
