import { SendTaskSuccessCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { readEnv } from '#shared/config/env.ts';
import type { GazetteMachine } from './definitions.ts';

/**
 * How the gazette API and tasks drive the state machines: Step Functions on AWS, the local runner
 * (infra/local/workflow-runner.ts) on one machine. Only this module knows which: the machines' ARNs are
 * set on AWS and nowhere else.
 */
export type LocalWorkflowEngine = {
  start: (machine: GazetteMachine, name: string, input: Record<string, unknown>) => Promise<string>;
  succeed: (token: string, output: Record<string, unknown>) => Promise<void>;
};

let localEngine: LocalWorkflowEngine | undefined;
let sfn: SFNClient | undefined;

export function registerLocalWorkflowEngine(engine: LocalWorkflowEngine | undefined): void {
  localEngine = engine;
}

function machineArns(): Record<GazetteMachine, string> | undefined {
  const env = readEnv();
  if (!env.DOCUMENT_REVIEW_STATE_MACHINE_ARN || !env.ISSUE_PUBLICATION_STATE_MACHINE_ARN) return undefined;
  return {
    'document-review': env.DOCUMENT_REVIEW_STATE_MACHINE_ARN,
    'issue-publication': env.ISSUE_PUBLICATION_STATE_MACHINE_ARN,
  };
}

function local(): LocalWorkflowEngine {
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
  const arns = machineArns();
  if (!arns) return local().start(machine, name, input);
  sfn ??= new SFNClient({});
  const result = await sfn.send(
    new StartExecutionCommand({ stateMachineArn: arns[machine], name, input: JSON.stringify(input) }),
  );
  return result.executionArn ?? name;
}

/** Resumes an execution waiting on a human step (or on the publication time). */
export async function completeStep(token: string, output: Record<string, unknown>): Promise<void> {
  if (!machineArns()) return local().succeed(token, output);
  sfn ??= new SFNClient({});
  await sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(output) }));
}
