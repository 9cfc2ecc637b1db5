import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type Stack, Stage } from 'aws-cdk-lib';
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

/**
 * A stand-in for the admin SPA's build (what `npm run build:admin` writes), so the tests synthesize the SPA's
 * deployment whether or not web/admin/dist exists on this machine. Its config.json is the local-mode one the
 * real build copies from web/admin/public, which the deployment must replace.
 */
export function adminSpaBuild(): string {
  const directory = mkdtempSync(join(tmpdir(), 'qtp-admin-dist-'));
  outputDirectories.add(directory);
  mkdirSync(join(directory, 'assets'));
  writeFileSync(
    join(directory, 'index.html'),
    '<!doctype html><script src="/admin/assets/index-a1b2.js"></script>',
  );
  writeFileSync(join(directory, 'assets', 'index-a1b2.js'), 'console.log("admin")');
  writeFileSync(
    join(directory, 'config.json'),
    JSON.stringify({ auth: { mode: 'local', tokenUrl: '/auth/token' } }),
  );
  return directory;
}

/** Where a test points `adminSpaDir` to synthesize as on a fresh clone, before the SPA is built. */
export const unbuiltAdminSpa = '/nonexistent/qtp-admin-dist';

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

const bucketDeploymentSchema = z.object({
  SourceObjectKeys: z.array(z.string()),
  SourceMarkers: z.array(z.record(z.string(), z.unknown())).optional(),
});

/**
 * A file a BucketDeployment writes (e.g. `Source.jsonData`), as it will read once deployed: taken from the
 * synthesized asset, with each deploy-time value (a marker in the asset) replaced by `<its reference>`.
 */
export function deployedFile(stack: Stack, deployment: Record<string, unknown>, name: string): string {
  const outdir = Stage.of(stack)?.outdir;
  if (!outdir) throw new Error('the stack is in no stage');
  const properties = bucketDeploymentSchema.parse(deployment.Properties);
  const sources = properties.SourceObjectKeys.map((key, index) => ({
    path: join(outdir, `asset.${key.replace(/\.zip$/, '')}`, name),
    markers: properties.SourceMarkers?.[index] ?? {},
  })).filter((source) => existsSync(source.path));
  const [source, ...others] = sources;
  if (!source || others.length > 0)
    throw new Error(`expected one source with ${name}, found ${sources.length}`);
  return Object.entries(source.markers).reduce(
    (text, [marker, value]) => text.replaceAll(marker, `<${JSON.stringify(value).replaceAll('"', "'")}>`),
    readFileSync(source.path, 'utf8'),
  );
}
