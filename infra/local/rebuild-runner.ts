import { StateMachine } from 'aws-local-stepfunctions';
import * as z from 'zod';
import type { RebuildSummary } from '#functions/publisher/rebuild-steps.ts';
import { partitionFailureSchema, type RebuildStep, rebuildStepSchema } from '#shared/domain/rebuild.ts';
import { rebuildDefinition } from '#shared/publication/rebuild-workflow.ts';
import './workflow-runner.ts';

/**
 * The rebuild's state machine (shared/publication/rebuild-workflow.ts) run in-process with
 * aws-local-stepfunctions, as the gazette's machines are (./workflow-runner.ts): the same definition, its
 * inline Maps with MaxConcurrency from the plan, its retries and catches; each Task is answered by
 * `runTask` — the publisher's own step in this process by default, a pool of child processes in the bench.
 * `workers` sets the fan-out. A rebuild is an operator's action, not a workflow that waits on people, so
 * nothing is journaled: a rebuild cut short is simply run again.
 */
export type RebuildTaskRunner = (task: RebuildStep) => Promise<unknown>;

export type RebuildTally = {
  phase: 'planning' | 'rendering' | 'promoting' | 'finishing' | 'done' | 'failed';
  total: number;
  rendered: number;
  promoted: number;
  failed: number;
};

export type LocalRebuildResult =
  | { status: 'succeeded'; summary: RebuildSummary }
  | { status: 'failed'; failed: z.infer<typeof partitionFailureSchema>[] };

const eventSchema = z.object({
  Payload: z.object({ type: z.literal('rebuild-step'), task: rebuildStepSchema }),
});
const planSchema = z.object({ total: z.number().int() });
const renderedSchema = z.object({ files: z.number().int() });
const outcomeFailuresSchema = z.object({ failed: z.array(partitionFailureSchema) });
const summarySchema = z.object({
  rebuildId: z.string(),
  partitions: z.number().int(),
  files: z.number().int(),
});

/** The publisher's step, in this process (imported late: it reads the environment the stack sets). */
const inProcess: RebuildTaskRunner = async (task) => {
  const { runRebuildStep } = await import('#functions/publisher/rebuild-steps.ts');
  return runRebuildStep(task);
};

const taskStates = [
  'Plan',
  'RenderPartition',
  'RecordOutcome',
  'PromotePartition',
  'Finish',
  'Abandon',
] as const;

export async function runLocalRebuild(
  options: {
    workers?: number;
    runTask?: RebuildTaskRunner;
    onProgress?: (tally: RebuildTally) => void;
    rebuildId?: string;
    /** The execution's start time, the rebuild's clock (now by default). */
    startedAt?: Date;
    /** Between retries of a failed step (Step Functions waits 2 s, 4 s; a test need not). */
    retryIntervalMs?: number;
  } = {},
): Promise<LocalRebuildResult> {
  const runTask = options.runTask ?? inProcess;
  const startedAt = (options.startedAt ?? new Date()).toISOString();
  const rebuildId = options.rebuildId ?? `local-${startedAt.replace(/[:.]/g, '-')}`;
  const tally: RebuildTally = { phase: 'planning', total: 0, rendered: 0, promoted: 0, failed: 0 };
  const report = (change: Partial<RebuildTally>) => {
    Object.assign(tally, change);
    options.onProgress?.({ ...tally });
  };
  let failures: z.infer<typeof partitionFailureSchema>[] = [];

  const handlers = Object.fromEntries(
    taskStates.map((state) => [
      state,
      async (processed: unknown) => {
        const parsed = eventSchema.parse(processed).Payload.task;
        // The library stamps $$.Execution.StartTime itself when the run begins; the execution's start is ours.
        const task: RebuildStep = parsed.step === 'plan' ? { ...parsed, at: startedAt } : parsed;
        if (task.step === 'finish') report({ phase: 'finishing' });
        const result = await runTask(task);
        if (task.step === 'plan') report({ phase: 'rendering', total: planSchema.parse(result).total });
        if (task.step === 'render')
          report({ rendered: tally.rendered + (renderedSchema.safeParse(result).success ? 1 : 0) });
        if (task.step === 'outcome') {
          failures = outcomeFailuresSchema.parse(result).failed;
          report({ phase: failures.length ? 'failed' : 'promoting', failed: failures.length });
        }
        if (task.step === 'promote') report({ promoted: tally.promoted + 1 });
        // As Lambda's invoke integration answers: the function's result under Payload.
        return JSON.parse(JSON.stringify({ Payload: result ?? null }));
      },
    ]),
  );
  const retryIntervals = Object.fromEntries(
    taskStates.map((state) => [state, options.retryIntervalMs ?? 100]),
  );
  const stateMachine = new StateMachine(JSON.parse(JSON.stringify(rebuildDefinition)), {
    validationOptions: { checkArn: false },
  });
  const execution = stateMachine.run(
    { workers: options.workers ?? 2 },
    {
      overrides: { taskResourceLocalHandlers: handlers, retryIntervalOverrides: retryIntervals },
      context: {
        Execution: { Id: rebuildId, Name: rebuildId, StartTime: startedAt, Input: {} },
        StateMachine: { Id: 'rebuild', Name: 'rebuild' },
      },
    },
  );
  try {
    const summary = summarySchema.parse(await execution.result);
    report({ phase: 'done' });
    return { status: 'succeeded', summary };
  } catch (error) {
    if (failures.length === 0) throw error;
    report({ phase: 'failed' });
    return { status: 'failed', failed: failures };
  }
}

/**
 * The rebuild's progress on a terminal: one line rewritten in place (\r) when the stream is a TTY, else a
 * plain line at each phase and every tenth of the partitions.
 */
export function progressPrinter(stream: NodeJS.WriteStream = process.stdout): (tally: RebuildTally) => void {
  let lastLine = '';
  let lastTenth = -1;
  return (tally) => {
    const done = tally.phase === 'promoting' ? tally.promoted : tally.rendered;
    const fraction = tally.total ? done / tally.total : 0;
    const width = 24;
    const bar = '#'.repeat(Math.round(fraction * width)).padEnd(width, '.');
    const line =
      `  [${bar}] ${tally.phase.padEnd(9)} rendered ${tally.rendered}/${tally.total}` +
      ` · promoted ${tally.promoted}/${tally.total}${tally.failed ? ` · failed ${tally.failed}` : ''}`;
    const final = tally.phase === 'done' || tally.phase === 'failed';
    if (stream.isTTY) {
      stream.write(`\r${line}${final ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(fraction * 10);
    const phaseChanged = !lastLine.includes(tally.phase);
    if (phaseChanged || tenth !== lastTenth || final) {
      stream.write(`${line}\n`);
      lastLine = line;
      lastTenth = tenth;
    }
  };
}
