import {
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { GazetteMachine } from './workflow-definitions.ts';

/**
 * How the gazette API and tasks drive the state machines: Step Functions on AWS, the local runner
 * (infra/local/workflow-runner.ts) on one machine. Only this module knows which.
 */
export type LocalWorkflowEngine = {
  start: (machine: GazetteMachine, name: string, input: Record<string, unknown>) => Promise<string>;
  succeed: (token: string, output: Record<string, unknown>) => Promise<void>;
  fail: (token: string, error: string, cause: string) => Promise<void>;
};

let localEngine: LocalWorkflowEngine | undefined;
let sfn: SFNClient | undefined;

export function registerLocalWorkflowEngine(engine: LocalWorkflowEngine | undefined): void {
  localEngine = engine;
}

const machineArnEnv: Record<GazetteMachine, string> = {
  'document-review': 'DOCUMENT_REVIEW_STATE_MACHINE_ARN',
  'issue-publication': 'ISSUE_PUBLICATION_STATE_MACHINE_ARN',
};

function engine(): LocalWorkflowEngine | undefined {
  if (process.env.DOCUMENT_REVIEW_STATE_MACHINE_ARN) return undefined;
  if (!localEngine)
    throw new Error('No workflow engine: set the state machine ARNs or start the local runner');
  return localEngine;
}

/** Starts an execution; the name makes a repeated start of the same thing a no-op on AWS. */
export async function startWorkflow(
  machine: GazetteMachine,
  name: string,
  input: Record<string, unknown>,
): Promise<string> {
  const local = engine();
  if (local) return local.start(machine, name, input);
  sfn ??= new SFNClient({});
  const result = await sfn.send(
    new StartExecutionCommand({
      stateMachineArn: process.env[machineArnEnv[machine]],
      name,
      input: JSON.stringify(input),
    }),
  );
  return result.executionArn ?? name;
}

/** Resumes an execution waiting on a human step (or on the publication time). */
export async function completeStep(token: string, output: Record<string, unknown>): Promise<void> {
  const local = engine();
  if (local) return local.succeed(token, output);
  sfn ??= new SFNClient({});
  await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }));
}

export async function failStep(token: string, error: string, cause: string): Promise<void> {
  const local = engine();
  if (local) return local.fail(token, error, cause);
  sfn ??= new SFNClient({});
  await sfn.send(new SendTaskFailureCommand({ taskToken: token, error, cause }));
}
