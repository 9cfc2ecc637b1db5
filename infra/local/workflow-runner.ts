import { ExecutionAbortedError, type RunOptions, StateMachine } from 'aws-local-stepfunctions';
import * as z from 'zod';
import {
  getExecution,
  listRunningExecutions,
  readJournal,
  recordExecutionEnd,
  recordExecutionStart,
  writeJournal,
} from '#shared/data/workflow-executions.ts';
import { type GazetteMachine, gazetteStateMachines } from '#shared/gazette/workflow/definitions.ts';
import type { LocalWorkflowEngine } from '#shared/gazette/workflow/port.ts';

/**
 * Runs the gazette's Step Functions definitions in-process with aws-local-stepfunctions, every Task
 * state answered by the handler Lambda runs. What the library lacks is supplied here:
 * - task tokens: a waitForTaskToken step gets a token derived from (execution, state, occurrence);
 * - durability: each Task result is journaled in DynamoDB, and an execution that was running when the
 *   process stopped is replayed from its start on the next start: journaled steps return their recorded
 *   result, so the execution arrives at the step it was waiting on, with the same token.
 */

// aws-local-stepfunctions uses Promise.withResolvers (Node 22); Node 20 runs the local stack.
if (!('withResolvers' in Promise)) {
  Object.defineProperty(Promise, 'withResolvers', {
    value: function withResolvers<T>() {
      let resolve!: (value: T) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

export type TaskHandler = (payload: unknown) => Promise<unknown>;
type Waiter = { resolve: (value: unknown) => void };

const tokenSchema = z.object({
  executionId: z.string(),
  stateName: z.string(),
  occurrence: z.number().int(),
});
const encodeToken = (parts: z.infer<typeof tokenSchema>) =>
  `local.${Buffer.from(JSON.stringify(parts)).toString('base64url')}`;
function decodeToken(token: string) {
  const parsed = tokenSchema.safeParse(
    (() => {
      try {
        return JSON.parse(Buffer.from(token.replace(/^local\./, ''), 'base64url').toString('utf8'));
      } catch {
        return undefined;
      }
    })(),
  );
  if (!parsed.success) throw new Error('Invalid task token');
  return parsed.data;
}

/** Values cross the state machine as JSON, as they do in Step Functions (JSON.parse types them for the library). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value ?? null));

const taskStateSchema = z.object({ Type: z.literal('Task'), Resource: z.string() });
const payloadSchema = z.object({ Payload: z.record(z.string(), z.unknown()) });

export type LocalWorkflowRunner = LocalWorkflowEngine & {
  /** Replays every execution that was running when the process last stopped. */
  resumeAll: () => Promise<number>;
  /** Resolves when the execution ends (for tests and tools). */
  settled: (executionId: string) => Promise<void>;
  stop: () => Promise<void>;
};

export function createLocalWorkflowRunner(
  handleTask: TaskHandler,
  options: { retryIntervalMs?: number; onError?: (error: unknown) => void } = {},
): LocalWorkflowRunner {
  const executions = new Map<string, { abort: () => void; done: Promise<void> }>();
  const waiters = new Map<string, Waiter>();
  let stopped = false;

  function run(
    executionId: string,
    machine: GazetteMachine,
    input: Record<string, unknown>,
    startedAt: string,
  ) {
    const definition = gazetteStateMachines[machine];
    // Through JSON: the library's definition type is structural JSON, the same object as CDK deploys.
    const stateMachine = new StateMachine(JSON.parse(JSON.stringify(definition)), {
      validationOptions: { checkArn: false },
    });
    const consumed = new Map<string, number>();
    type LocalHandlers = NonNullable<NonNullable<RunOptions['overrides']>['taskResourceLocalHandlers']>;
    const handlers: LocalHandlers = {};
    const retryIntervals: Record<string, number> = {};

    for (const [stateName, rawState] of Object.entries(definition.States)) {
      const state = taskStateSchema.safeParse(rawState);
      if (!state.success) continue;
      const waitsForToken = state.data.Resource.endsWith('.waitForTaskToken');
      retryIntervals[stateName] = options.retryIntervalMs ?? 50;
      handlers[stateName] = async (processed) => {
        const occurrence = (consumed.get(stateName) ?? 0) + 1;
        const recorded = await readJournal(executionId, stateName, occurrence);
        if (recorded) {
          consumed.set(stateName, occurrence);
          return asJson(recorded.result);
        }
        const { Payload } = payloadSchema.parse(processed);
        let result: unknown;
        if (waitsForToken) {
          const token = encodeToken({ executionId, stateName, occurrence });
          const completion = new Promise<unknown>((resolve) => waiters.set(token, { resolve }));
          await handleTask({ ...Payload, token });
          // The step may have been completed meanwhile (by the handler itself, or by a person).
          const journaled = await readJournal(executionId, stateName, occurrence);
          result = journaled ? journaled.result : await completion;
          waiters.delete(token);
        } else {
          result = { Payload: await handleTask(Payload) };
          await writeJournal(executionId, stateName, occurrence, result);
        }
        consumed.set(stateName, occurrence);
        return asJson(result);
      };
    }

    const execution = stateMachine.run(JSON.parse(JSON.stringify(input)), {
      overrides: { taskResourceLocalHandlers: handlers, retryIntervalOverrides: retryIntervals },
      // The library has no task tokens; Task.Token is a placeholder the handlers above replace.
      context: {
        Execution: { Id: executionId, Name: executionId, StartTime: startedAt, Input: asJson(input) },
        StateMachine: { Id: machine, Name: machine },
        Task: { Token: 'local' },
      },
    });
    const done = execution.result
      .then(async () => recordExecutionEnd(executionId, 'succeeded'))
      .catch(async (error: unknown) => {
        if (error instanceof ExecutionAbortedError || stopped) return; // stays "running": replayed on next start
        await recordExecutionEnd(
          executionId,
          'failed',
          error instanceof Error ? error.message : String(error),
        );
        options.onError?.(error);
      })
      .finally(() => executions.delete(executionId));
    executions.set(executionId, { abort: execution.abort, done });
  }

  return {
    async start(machine, name, input) {
      const executionId = `local:${machine}:${name}`;
      const startedAt = new Date().toISOString();
      if (await recordExecutionStart({ executionId, machine, input, startedAt }))
        run(executionId, machine, input, startedAt);
      return executionId;
    },
    async succeed(token, output) {
      const { executionId, stateName, occurrence } = decodeToken(token);
      if (!(await writeJournal(executionId, stateName, occurrence, output))) {
        throw new Error('This step was completed already');
      }
      waiters.get(token)?.resolve(output);
    },
    async resumeAll() {
      const running = await listRunningExecutions();
      for (const record of running) {
        if (executions.has(record.executionId)) continue;
        const machine = z.enum(['document-review', 'issue-publication']).parse(record.machine);
        run(record.executionId, machine, record.input, record.startedAt);
      }
      return running.length;
    },
    async settled(executionId) {
      await executions.get(executionId)?.done;
      if (!(await getExecution(executionId))) throw new Error(`no execution ${executionId}`);
    },
    async stop() {
      stopped = true;
      // Waiting steps are dropped, not failed: a failure would run the Catch path (RecordFailure).
      // The executions stay "running" in the table and are replayed by the next runner.
      waiters.clear();
      for (const execution of executions.values()) execution.abort();
      await Promise.allSettled([...executions.values()].map((execution) => execution.done));
    },
  };
}
