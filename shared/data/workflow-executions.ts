import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { dynamo, tableName } from './clients.ts';
import { keys } from './keys.ts';
import { getItem, queryAll } from './reads.ts';

/**
 * Storage of the local Step Functions runner: each execution, and a journal of each Task state's
 * result. Replaying an execution from its start with the journal reproduces its path exactly, which
 * is how a pending step survives a restart of `npm start`. (On AWS, Step Functions keeps this itself.)
 */
export const executionSchema = z.object({
  executionId: z.string(),
  machine: z.string(),
  input: z.record(z.string(), z.unknown()),
  status: z.enum(['running', 'succeeded', 'failed']),
  startedAt: z.string(),
  error: z.string().optional(),
});
export type ExecutionRecord = z.infer<typeof executionSchema>;

/** Records a new execution; false if one with this id exists (execution names are unique, as in AWS). */
export async function recordExecutionStart(record: Omit<ExecutionRecord, 'status'>): Promise<boolean> {
  try {
    await dynamo().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.workflowExecution(record.executionId),
          ...keys.workflowExecutionsRunning(),
          ...keys.workflowExecutionSort(record.startedAt, record.executionId),
          itemType: 'WorkflowExecution',
          ...record,
          status: 'running',
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}

export async function recordExecutionEnd(
  executionId: string,
  status: 'succeeded' | 'failed',
  error?: string,
): Promise<void> {
  await dynamo().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.workflowExecution(executionId),
      UpdateExpression: `SET #status = :status${error ? ', #error = :error' : ''} REMOVE gsi1pk, gsi1sk`,
      ExpressionAttributeNames: { '#status': 'status', ...(error ? { '#error': 'error' } : {}) },
      ExpressionAttributeValues: { ':status': status, ...(error ? { ':error': error } : {}) },
    }),
  );
}

export const getExecution = (executionId: string) =>
  getItem(keys.workflowExecution(executionId), executionSchema);

export async function listRunningExecutions(): Promise<ExecutionRecord[]> {
  return queryAll(
    { index: 'gsi1', partition: { name: 'gsi1pk', value: keys.workflowExecutionsRunning().gsi1pk } },
    executionSchema,
  );
}

const journalSchema = z.object({ result: z.unknown() });

export async function readJournal(executionId: string, stateName: string, occurrence: number) {
  return getItem(keys.workflowJournal(executionId, stateName, occurrence), journalSchema);
}

/** Records a task's result once; a second record of the same step (a duplicate completion) is refused. */
export async function writeJournal(
  executionId: string,
  stateName: string,
  occurrence: number,
  result: unknown,
): Promise<boolean> {
  try {
    await dynamo().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.workflowJournal(executionId, stateName, occurrence),
          itemType: 'WorkflowStep',
          result,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}
