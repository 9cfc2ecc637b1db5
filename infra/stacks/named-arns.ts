import { ArnFormat, type Stack } from 'aws-cdk-lib';

/**
 * ARNs of resources addressed by their fixed names (config.ts: publicationNames, gazetteWorkflowNames)
 * rather than by CloudFormation reference, in the stack's own account and region. Used where a reference
 * would close a cycle between stacks (QtpApi deploys before QtpWorkflow) or inside one (a function that
 * completes the task tokens of the state machines that invoke it).
 */
export function lambdaFunctionArn(stack: Stack, functionName: string): string {
  return stack.formatArn({
    service: 'lambda',
    resource: 'function',
    resourceName: functionName,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

export function stateMachineArn(stack: Stack, stateMachineName: string): string {
  return stack.formatArn({
    service: 'states',
    resource: 'stateMachine',
    resourceName: stateMachineName,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/** IAM is global: no region in the ARN. Roles here keep the default path `/`. */
export function iamRoleArn(stack: Stack, roleName: string): string {
  return stack.formatArn({ service: 'iam', region: '', resource: 'role', resourceName: roleName });
}

/** Schedules of one group whose names match `namePattern` (e.g. `article-*`). */
export function schedulesArn(stack: Stack, groupName: string, namePattern: string): string {
  return stack.formatArn({
    service: 'scheduler',
    resource: 'schedule',
    resourceName: `${groupName}/${namePattern}`,
  });
}
