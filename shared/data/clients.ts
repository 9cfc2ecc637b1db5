import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readEnv } from '#shared/config/env.ts';
import { keys } from './keys.ts';
import { tableDesign } from './table-design.ts';

/**
 * AWS SDK clients, created once per process (Lambda reuses them across invocations).
 * Locally the endpoints point at DynamoDB Local and the S3 emulator; the code path is the same.
 */
let documentClient: DynamoDBDocumentClient | undefined;
let s3Client: S3Client | undefined;

const localCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * DynamoDB Local answers a TransactWriteItems before its SQLite COMMIT has run: the commit is queued
 * behind the answer (SQLiteDBAccess.commitTransaction does not wait for its job), so a process killed in
 * that moment loses a transaction it acknowledged. Its queue runs one job at a time in order, so any read
 * that comes back after the answer proves the commit ran. Locally, every transaction is followed by one
 * such read before it counts as done. DynamoDB itself acknowledges a write only once it is durable.
 */
function awaitLocalCommits(client: DynamoDBClient): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName === 'TransactWriteItemsCommand') {
        const barrier = keys.commitBarrier();
        await client.send(
          new GetItemCommand({
            TableName: readEnv().TABLE_NAME,
            Key: { [tableDesign.partitionKey]: { S: barrier.pk }, [tableDesign.sortKey]: { S: barrier.sk } },
            ConsistentRead: true,
          }),
        );
      }
      return result;
    },
    { step: 'initialize', name: 'awaitLocalCommits' },
  );
}

export function dynamo(): DynamoDBDocumentClient {
  if (!documentClient) {
    const env = readEnv();
    const client = new DynamoDBClient({
      region: env.AWS_REGION,
      ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT, credentials: localCredentials } : {}),
    });
    if (env.DYNAMODB_ENDPOINT) awaitLocalCommits(client);
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
