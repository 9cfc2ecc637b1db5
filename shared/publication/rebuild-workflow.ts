import type { RebuildStep } from '#shared/domain/rebuild.ts';

/**
 * The full rebuild as a Step Functions state machine (Standard), defined once: CDK deploys it with
 * `${RebuildFunctionArn}` replaced by the publisher's ARN (infra/stacks/workflow-stack.ts), and the local
 * runner executes the same definition in-process (infra/local/rebuild-runner.ts). Every Task invokes the
 * publisher with a `rebuild-step` event (functions/publisher/rebuild-steps.ts).
 *
 *   Plan → RenderPartitions (Map: one worker per partition, files staged under _rebuild/<id>/)
 *        → RecordOutcome → Choice: every partition rendered?
 *            yes → PromotePartitions (Map: staged files copied live) → Finish (pages spanning partitions,
 *                  search index, invalidation) → done
 *            no  → Abandon (staged files removed, nothing live changed) → RebuildFailed
 *   (a promotion or the last step failing after its retries also ends in Abandon → RebuildFailed)
 *
 * An inline Map, not a Distributed one (decision 120): the plan is a few hundred partitions of ~150 bytes
 * at 100,000 articles, well inside the 256 KB state payload and the 25,000-event history.
 */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder in the ASL text, replaced before deployment.
export const REBUILD_FUNCTION = '${RebuildFunctionArn}';

/** Workers at once when the input names none, and at most (each holds one partition; the table's reads are shared). */
export const DEFAULT_REBUILD_WORKERS = 8;
export const MAX_REBUILD_WORKERS = 40;

type Json = Record<string, unknown>;
type StepName = RebuildStep['step'];

const lambdaErrors = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
];
/** Lambda's own limit, the publisher's timeout: a Task left without one times out after 60 s. */
const TASK_TIMEOUT_SECONDS = 900;

/** Every step is idempotent (a partition re-renders and re-stages the same keys), so retrying is safe. */
const retry = [
  { ErrorEquals: lambdaErrors, IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2, JitterStrategy: 'FULL' },
  { ErrorEquals: ['States.ALL'], IntervalSeconds: 2, MaxAttempts: 2, BackoffRate: 2 },
];

function task(step: StepName, fields: Json, next: Json): Json {
  return {
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: {
      FunctionName: REBUILD_FUNCTION,
      Payload: { type: 'rebuild-step', task: { step, 'rebuildId.$': '$$.Execution.Name', ...fields } },
    },
    ResultSelector: { 'value.$': '$.Payload' },
    TimeoutSeconds: TASK_TIMEOUT_SECONDS,
    Retry: retry,
    ...next,
  };
}

/** A Map over the plan's partitions, at most `$.plan.workers` at once, each answered by one Task. */
function partitionMap(step: 'render' | 'promote', onFailure: Json, next: Json): Json {
  const worker = step === 'render' ? 'RenderPartition' : 'PromotePartition';
  return {
    Type: 'Map',
    ItemsPath: '$.plan.value.partitions',
    MaxConcurrencyPath: '$.plan.value.workers',
    ItemSelector: {
      'rebuildId.$': '$$.Execution.Name',
      'at.$': '$.plan.value.at',
      'item.$': '$$.Map.Item.Value',
    },
    ItemProcessor: {
      ProcessorConfig: { Mode: 'INLINE' },
      StartAt: worker,
      States: {
        [worker]: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: {
            FunctionName: REBUILD_FUNCTION,
            Payload: {
              type: 'rebuild-step',
              task: {
                step,
                'rebuildId.$': '$.rebuildId',
                'item.$': '$.item',
                ...(step === 'render' ? { 'at.$': '$.at' } : {}),
              },
            },
          },
          OutputPath: '$.Payload',
          TimeoutSeconds: TASK_TIMEOUT_SECONDS,
          Retry: retry,
          ...onFailure,
        },
        ...(step === 'render'
          ? {
              // A partition that still fails after its retries is reported, not fatal to the Map: the
              // other partitions finish, and RecordOutcome decides.
              PartitionFailed: {
                Type: 'Pass',
                Parameters: {
                  'index.$': '$.item.index',
                  'partition.$': '$.item.partition',
                  failed: true,
                  'error.$': '$.failure.Error',
                  'cause.$': '$.failure.Cause',
                },
                End: true,
              },
            }
          : {}),
      },
    },
    ...next,
  };
}

export const rebuildDefinition = {
  Comment:
    'Cổng TTĐT: dựng lại toàn bộ trang công khai — a full rebuild of the public site, one worker per partition',
  StartAt: 'Plan',
  States: {
    Plan: task(
      'plan',
      { 'at.$': '$$.Execution.StartTime', 'input.$': '$' },
      { ResultPath: '$.plan', Next: 'RenderPartitions' },
    ),
    RenderPartitions: partitionMap(
      'render',
      {
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'PartitionFailed' }],
        End: true,
      },
      { ResultPath: '$.rendered', Next: 'RecordOutcome' },
    ),
    RecordOutcome: task(
      'outcome',
      { 'results.$': '$.rendered' },
      { ResultPath: '$.outcome', Next: 'EveryPartitionRendered' },
    ),
    EveryPartitionRendered: {
      Type: 'Choice',
      Choices: [{ Variable: '$.outcome.value.complete', BooleanEquals: true, Next: 'PromotePartitions' }],
      Default: 'Abandon',
    },
    PromotePartitions: partitionMap(
      'promote',
      { End: true },
      {
        ResultPath: null,
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'Abandon' }],
        Next: 'Finish',
      },
    ),
    Finish: task(
      'finish',
      { 'at.$': '$.plan.value.at' },
      {
        OutputPath: '$.value',
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'Abandon' }],
        End: true,
      },
    ),
    Abandon: task('abandon', {}, { ResultPath: null, Next: 'RebuildFailed' }),
    RebuildFailed: {
      Type: 'Fail',
      Error: 'RebuildFailed',
      Cause:
        'A partition failed after its retries; nothing was promoted. The progress item lists the failures.',
    },
  },
} as const;

/** The definition as CloudFormation takes it, with the function's ARN in place. */
export function rebuildDefinitionWithFunction(functionArn: string): string {
  return JSON.stringify(rebuildDefinition).replaceAll(REBUILD_FUNCTION, functionArn);
}
