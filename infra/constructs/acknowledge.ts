import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Records why a cdk-nag rule does not apply to a construct and everything under it. cdk-nag 3 reads CDK's
 * own acknowledgements (`Validations.of(scope).acknowledge`); each one carries its reason into the
 * validation report.
 */
export function acknowledgeRule(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/**
 * Acknowledges AwsSolutions-IAM5 for one wildcard resource of a role's policies, e.g. a bucket's objects.
 * cdk-nag 3 names each finding after the flattened resource (`AwsSolutions-IAM5[Resource::<arn>/*]`) and
 * matches names exactly, while a resource from another stack only takes its final form (Fn::ImportValue)
 * when CDK prepares the app for synthesis. So the name is computed in a validation hook: hooks run after
 * that preparation and before cdk-nag reads the acknowledgements. The hook itself reports nothing.
 */
export function acknowledgeWildcardResource(role: IConstruct, resource: string, reason: string): void {
  role.node.addValidation({
    validate: () => {
      const finding = `Resource::${flattenCfnReference(Stack.of(role).resolve(resource))}`;
      Validations.of(role).acknowledge({ id: `AwsSolutions-IAM5[${finding}]`, reason });
      return [];
    },
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The same flattening cdk-nag applies to a resolved resource (cdk-nag/lib/utils/flatten-cfn-reference). */
export function flattenCfnReference(node: unknown): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node.replace(/\$\{/g, '<').replace(/\}/g, '>');
  if (isRecord(node)) {
    const join = node['Fn::Join'];
    if (Array.isArray(join)) {
      const [delimiter, items] = join;
      if (typeof delimiter === 'string' && Array.isArray(items))
        return items.map(flattenCfnReference).join(delimiter);
    }
    if (node['Fn::Sub']) return flattenCfnReference(node['Fn::Sub']);
    const getAtt = node['Fn::GetAtt'];
    if (Array.isArray(getAtt)) return `<${flattenCfnReference(getAtt[0])}.${flattenCfnReference(getAtt[1])}>`;
    if (node['Fn::ImportValue']) return flattenCfnReference(node['Fn::ImportValue']);
    if (node.Ref) return `<${flattenCfnReference(node.Ref)}>`;
  }
  return JSON.stringify(node);
}
