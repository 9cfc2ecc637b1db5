import { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Pins the CloudFormation logical id of a construct's resource. A stateful resource (table, bucket, user
 * pool) must keep its logical id forever: CloudFormation replaces, or with RETAIN orphans, a resource whose
 * id changes, and moving a construct in the tree would otherwise change it.
 */
export function pinLogicalId(construct: IConstruct, logicalId: string): void {
  const resource = construct.node.defaultChild;
  if (!(resource instanceof CfnElement)) {
    throw new Error(`${construct.node.path} has no CloudFormation resource to pin`);
  }
  resource.overrideLogicalId(logicalId);
}
