/**
 * The gazette's two Step Functions state machines (Standard), defined once: CDK deploys them with
 * `${GazetteTaskFunctionArn}` substituted (infra/stacks), and the local runner executes the very same
 * definitions in-process (infra/local/workflow-runner.ts), every Task state answered by the same handler
 * Lambda runs (functions/gazette/workflow-handler.ts → ./run-step.ts).
 *
 * Human steps wait on task tokens: the task hands its token to the handler, which keeps it in DynamoDB
 * beside the document or issue; the API resumes the execution with SendTaskSuccess when a person decides.
 */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder in the ASL text, replaced before deployment.
export const GAZETTE_TASK_FUNCTION = '${GazetteTaskFunctionArn}';

import type { GazetteStep, HumanStep } from '#shared/domain/gazette.ts';

type Json = Record<string, unknown>;
type AutomatedStep = Exclude<GazetteStep, 'await-human' | 'release-issue' | 'certificate-request'>;

/** Automated steps retry with exponential backoff; they are idempotent, so a retry never doubles anything. */
const automatedRetry = [
  {
    ErrorEquals: [
      'Lambda.ServiceException',
      'Lambda.AWSLambdaException',
      'Lambda.SdkClientException',
      'Lambda.TooManyRequestsException',
    ],
    IntervalSeconds: 2,
    MaxAttempts: 6,
    BackoffRate: 2,
    JitterStrategy: 'FULL',
  },
  { ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 3, MaxAttempts: 3, BackoffRate: 2 },
];

function automatedTask(step: AutomatedStep, next: string | undefined): Json {
  return {
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: { FunctionName: GAZETTE_TASK_FUNCTION, Payload: { step, 'input.$': '$' } },
    ResultSelector: { 'value.$': '$.Payload' },
    ResultPath: `$.results.${step.replace(/-/g, '_')}`,
    Retry: automatedRetry,
    Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'RecordFailure' }],
    ...(next ? { Next: next } : { End: true }),
  };
}

/** A step a person completes. The token reaches the handler, which records the pending step. */
function humanTask(humanStep: HumanStep, next: string, resultPath: string): Json {
  const step: GazetteStep = 'await-human';
  return {
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
    Parameters: {
      FunctionName: GAZETTE_TASK_FUNCTION,
      Payload: {
        step,
        humanStep,
        'input.$': '$',
        'token.$': '$$.Task.Token',
        'executionId.$': '$$.Execution.Id',
      },
    },
    ResultPath: resultPath,
    // No TimeoutSeconds: a person's step waits as long as people need (a Standard execution lives up to
    // a year); overdue work shows in the admin queues instead.
    Retry: [
      {
        ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'],
        IntervalSeconds: 2,
        MaxAttempts: 4,
        BackoffRate: 2,
      },
    ],
    Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'RecordFailure' }],
    Next: next,
  };
}

const recordFailureStep: AutomatedStep = 'record-failure';
const recordFailure = {
  RecordFailure: {
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: { FunctionName: GAZETTE_TASK_FUNCTION, Payload: { step: recordFailureStep, 'input.$': '$' } },
    Retry: automatedRetry,
    Next: 'Failed',
  },
  Failed: {
    Type: 'Fail',
    Error: 'GazetteWorkflowFailed',
    Cause: 'An automated step failed after its retries',
  },
};

/**
 * One legal document, from submission to acceptance: officer review → (returned → the agency's
 * correction → review …) → accepted. A submission is checked once, by the API, before anything is stored
 * (shared/gazette/documents.ts): an invalid one never starts an execution.
 */
export const documentReviewDefinition = {
  Comment: 'Công báo: tiếp nhận và rà soát văn bản trước khi đăng Công báo',
  StartAt: 'AwaitReview',
  States: {
    AwaitReview: humanTask('review', 'ReviewOutcome', '$.review'),
    ReviewOutcome: {
      Type: 'Choice',
      Choices: [{ Variable: '$.review.outcome', StringEquals: 'accept', Next: 'AcceptDocument' }],
      Default: 'AwaitCorrection',
    },
    AwaitCorrection: humanTask('correction', 'AwaitReview', '$.correction'),
    AcceptDocument: automatedTask('accept-document', undefined),
    ...recordFailure,
  },
} as const;

/**
 * One gazette issue, from composition to publication:
 * director's approval → (returned → back to composition) → wait for the publication time →
 * allocate the number → render HTML and PDF into the archive → publish.
 */
export const issuePublicationDefinition = {
  Comment: 'Công báo: phê duyệt, đánh số và xuất bản số Công báo',
  StartAt: 'AwaitApproval',
  States: {
    AwaitApproval: humanTask('issue-approval', 'ApprovalOutcome', '$.approval'),
    ApprovalOutcome: {
      Type: 'Choice',
      Choices: [{ Variable: '$.approval.outcome', StringEquals: 'approve', Next: 'AwaitPublicationTime' }],
      Default: 'ReturnToComposition',
    },
    ReturnToComposition: automatedTask('return-issue', undefined),
    // The scheduler (EventBridge Scheduler on AWS) completes this step at the approved time.
    AwaitPublicationTime: humanTask('publication-time', 'AllocateNumber', '$.release'),
    AllocateNumber: automatedTask('allocate-number', 'RenderIssue'),
    RenderIssue: automatedTask('render-issue', 'PublishIssue'),
    PublishIssue: automatedTask('publish-issue', undefined),
    ...recordFailure,
  },
} as const;

export const gazetteStateMachines = {
  'document-review': documentReviewDefinition,
  'issue-publication': issuePublicationDefinition,
} as const;
export type GazetteMachine = keyof typeof gazetteStateMachines;

/** The definition as CloudFormation takes it, with the task function's ARN in place. */
export function definitionWithFunction(machine: GazetteMachine, functionArn: string): string {
  return JSON.stringify(gazetteStateMachines[machine]).replaceAll(GAZETTE_TASK_FUNCTION, functionArn);
}
