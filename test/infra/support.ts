import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import * as z from 'zod';

/** The context cdk.json gives `cdk synth` (feature flags, defaults), so tests build what the CLI builds. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = z
    .object({ context: z.record(z.string(), z.unknown()) })
    .parse(JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')));
  return cdkJson.context;
}

const outputDirectories = new Set<string>();

/** Cloud assemblies hold the bundles (tens of MB with sharp): each test file removes its own in afterAll. */
export function removeTestOutputs(): void {
  for (const directory of outputDirectories) rmSync(directory, { recursive: true, force: true });
  outputDirectories.clear();
}

/** An app as the CLI would create it, writing its cloud assembly to a fresh temporary directory. */
export function testApp(context: Record<string, unknown> = {}): App {
  const outdir = mkdtempSync(join(tmpdir(), 'qtp-cdk-'));
  outputDirectories.add(outdir);
  return new App({ context: { ...cdkJsonContext(), ...context }, outdir });
}

const statementSchema = z.looseObject({
  Effect: z.string(),
  Action: z.union([z.string(), z.array(z.string())]),
  Resource: z.unknown(),
  Condition: z.unknown().optional(),
});
export type Statement = z.infer<typeof statementSchema>;

const policyDocumentSchema = z.object({ Statement: z.array(statementSchema) });

export function actionsOf(statement: Statement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

/** Logical id of the role a Lambda function runs as. */
function roleOf(template: Template, functionLogicalId: string): string {
  const fn = template.toJSON().Resources[functionLogicalId];
  const role = z.object({ 'Fn::GetAtt': z.tuple([z.string(), z.literal('Arn')]) }).parse(fn.Properties.Role);
  return role['Fn::GetAtt'][0];
}

/**
 * Every statement a function's role is granted: the role's inline policies, and every AWS::IAM::Policy
 * attached to the role (its default policy, and the one Lambda adds for tracing).
 */
export function grantedStatements(template: Template, functionLogicalId: string): Statement[] {
  const roleId = roleOf(template, functionLogicalId);
  const resources = template.toJSON().Resources;
  const inline = z
    .array(z.object({ PolicyDocument: policyDocumentSchema }))
    .optional()
    .parse(resources[roleId].Properties.Policies);
  const attached = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
    z
      .array(z.unknown())
      .parse(policy.Properties.Roles)
      .some((role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId })),
  );
  return [
    ...(inline ?? []).flatMap((policy) => policy.PolicyDocument.Statement),
    ...attached.flatMap((policy) => policyDocumentSchema.parse(policy.Properties.PolicyDocument).Statement),
  ];
}

/** Logical id of the one Lambda function whose POWERTOOLS_SERVICE_NAME is `service`. */
export function functionWithService(template: Template, service: string): string {
  const matches = Object.entries(template.findResources('AWS::Lambda::Function')).filter(
    ([, fn]) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === service,
  );
  const [match, ...others] = matches;
  if (!match || others.length > 0)
    throw new Error(`expected one function for ${service}, got ${matches.length}`);
  return match[0];
}

export function environmentOf(template: Template, functionLogicalId: string): Record<string, unknown> {
  return z
    .record(z.string(), z.unknown())
    .parse(template.toJSON().Resources[functionLogicalId].Properties.Environment.Variables);
}

/** The one resource of a type (matching `properties`, if given): its logical id and its template entry. */
export function onlyResource(template: Template, type: string, properties?: Record<string, unknown>) {
  const found = Object.entries(
    template.findResources(type, properties ? { Properties: properties } : undefined),
  );
  const [first, ...others] = found;
  if (!first || others.length > 0) throw new Error(`expected one ${type}, found ${found.length}`);
  return first;
}

/**
 * A CloudFormation string value (plain, or an `Fn::Join` of strings and references) as text, with each
 * reference replaced by what `reference` returns for it, e.g. a placeholder for a known function's ARN.
 */
export function joinedText(value: unknown, reference: (token: unknown) => string): string {
  if (typeof value === 'string') return value;
  const join = z.object({ 'Fn::Join': z.tuple([z.string(), z.array(z.unknown())]) }).safeParse(value);
  if (!join.success) return reference(value);
  const [delimiter, parts] = join.data['Fn::Join'];
  return parts.map((part) => joinedText(part, reference)).join(delimiter);
}
