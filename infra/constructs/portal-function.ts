import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { type BucketRole, bucketDefinitions } from '#shared/config/buckets.ts';
import { tableDesign } from '#shared/data/table-design.ts';
import { acknowledgeRule, acknowledgeWildcardResource } from './acknowledge.ts';
import { functionBundling, repositoryRoot } from './bundling.ts';
import type { GeneratedSecret } from './generated-secret.ts';

export type TableAccess = 'read' | 'readWrite';
/**
 * `writeOnce`: read and put, never delete. For the gazette archive, where Object Lock refuses deletes anyway;
 * the role should not even ask.
 * `upload`: the same actions for a different reason: presign browsers' PUTs and read the files back; the
 * files are evidence of what an agency submitted, so nothing here deletes them.
 */
export type BucketAccess = 'read' | 'writeOnce' | 'upload' | 'readWrite';

export type PortalFunctionProps = {
  /** Lambda entry, relative to the repository root; it exports `handler`. */
  entry: string;
  /** POWERTOOLS_SERVICE_NAME: the `service` key of every log line and trace. */
  serviceName: string;
  description: string;
  /** Fixed name, only for a function other stacks address by name. */
  functionName?: string;
  memorySize?: number;
  timeout?: Duration;
  /** Variables every function reads through shared/config/env.ts. */
  environment: { AUTH_ISSUER: string; AUTH_AUDIENCE: string; PUBLIC_BASE_URL: string };
  /** Where the error alarm notifies. */
  alarmTopic: sns.ITopic;
  /**
   * Packages esbuild cannot bundle, installed next to the bundle with npm (versions from package-lock.json)
   * for Lambda's platform (Linux, ARM64, glibc) rather than the machine running synth: native binaries
   * (sharp), and packages that read their own files at run time (pdfkit's font metrics, the DejaVu TTFs).
   */
  installedModules?: string[];
  /** Files copied next to the bundle (read at run time from the function's directory). */
  bundledFiles?: { source: string; name: string }[];
  /**
   * A function citizens wait on (search, feedback, tracking): its bundle must stay within
   * publicPathBundleLimit (test/infra/bundles.test.ts), and the cold-start bench reports it apart.
   */
  publicPath?: boolean;
};

const tableActions: Record<TableAccess, string[]> = {
  // TransactWriteItems and TransactGetItems are authorised per item by these same actions.
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'],
  readWrite: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:ConditionCheckItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
  ],
};

// s3:ListBucket lets a GET of a missing key answer 404 NoSuchKey instead of 403 AccessDenied.
const bucketActions: Record<BucketAccess, { bucket: string[]; objects: string[] }> = {
  read: { bucket: ['s3:ListBucket'], objects: ['s3:GetObject'] },
  writeOnce: { bucket: ['s3:ListBucket'], objects: ['s3:GetObject', 's3:PutObject'] },
  upload: { bucket: ['s3:ListBucket'], objects: ['s3:GetObject', 's3:PutObject'] },
  readWrite: {
    bucket: ['s3:ListBucket'],
    objects: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'],
  },
};

/**
 * One portal Lambda function, as the Powertools example app builds them: the runtime, architecture,
 * tracing, log retention and bundling are fixed here, and every grant comes paired with the environment
 * variable that tells the code which resource it was granted (`useTable`, `useBucket`, `use`).
 * The role is the function's own, with no AWS managed policy: it may write its own log group and nothing
 * else until a grant is added.
 */
export class PortalFunction extends Construct {
  readonly handler: nodejs.NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
  /** What is bundled and how: read by the cold-start bench and the bundle-size test. */
  readonly bundle: {
    entry: string;
    serviceName: string;
    external: readonly string[];
    publicPath: boolean;
  };

  constructor(scope: Construct, id: string, props: PortalFunctionProps) {
    super(scope, id);
    this.bundle = {
      entry: props.entry,
      serviceName: props.serviceName,
      external: props.installedModules ?? [],
      publicPath: props.publicPath ?? false,
    };

    // One month is enough to investigate an incident; the audit trail itself lives in DynamoDB.
    this.logGroup = new logs.LogGroup(this, 'LogGroup', { retention: logs.RetentionDays.ONE_MONTH });

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.serviceName}: execution role`,
    });
    // Instead of AWSLambdaBasicExecutionRole (any log group in the account): this function's group only.
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.handler = new nodejs.NodejsFunction(this, 'Function', {
      entry: `${repositoryRoot}${props.entry}`,
      handler: 'handler',
      functionName: props.functionName,
      description: props.description,
      // Node.js 22 on Graviton: the brief's runtime; ARM64 costs about 20% less per GB-second than x86_64.
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      tracing: lambda.Tracing.ACTIVE,
      projectRoot: repositoryRoot,
      depsLockFilePath: `${repositoryRoot}package-lock.json`,
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        // No NODE_OPTIONS=--enable-source-maps: see sourceMapNodeOptions (bundling.ts), decision 127.
      },
      bundling: {
        // functionBundling (bundling.ts), spelled as NodejsFunction's options.
        format: nodejs.OutputFormat.ESM,
        target: functionBundling.target,
        platform: functionBundling.platform,
        mainFields: [...functionBundling.mainFields],
        tsconfig: `${repositoryRoot}tsconfig.json`,
        minify: functionBundling.minify,
        sourceMap: functionBundling.sourceMap,
        sourcesContent: functionBundling.sourcesContent,
        // This aws-cdk-lib passes no --charset for `charset` (its bundling ignores the option), so the flag
        // goes as an argument: without it the bundles escaped every Vietnamese letter.
        esbuildArgs: { '--charset': functionBundling.charset },
        // Bundle the AWS SDK too: the version is the one package-lock.json pins and tests ran against,
        // not whatever the Lambda runtime happens to ship.
        externalModules: props.installedModules ?? [],
        ...(props.installedModules
          ? {
              nodeModules: props.installedModules,
              // npm installs the optional platform packages for these, from its cache when it can.
              environment: {
                npm_config_os: 'linux',
                npm_config_cpu: 'arm64',
                npm_config_libc: 'glibc',
                npm_config_prefer_offline: 'true',
              },
            }
          : {}),
        ...(props.bundledFiles?.length
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (_input: string, output: string) =>
                  (props.bundledFiles ?? []).map((file) => `cp "${file.source}" "${output}/${file.name}"`),
              },
            }
          : {}),
        banner: functionBundling.banner,
        logLevel: nodejs.LogLevel.ERROR,
      },
    });

    new cloudwatch.Alarm(this, 'ErrorsAlarm', {
      alarmDescription: `${props.serviceName}: the function failed (unhandled error or timeout)`,
      metric: this.handler.metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new cloudwatchActions.SnsAction(props.alarmTopic));

    // Lambda puts the tracing statements in a policy of its own under the function (not the role's default
    // policy), so the acknowledgement sits on the function.
    acknowledgeRule(
      this.handler,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions, so active ' +
        'tracing needs Resource "*" (X-Ray developer guide, "How AWS X-Ray works with IAM").',
    );
    acknowledgeRule(
      this.handler,
      'AwsSolutions-L1',
      'Node.js 22 is the runtime the design brief fixes for every function (and the one the local stack ' +
        'runs on); moving to a newer runtime is a deliberate, tested upgrade, not a side effect of synth.',
    );
  }

  /** Grants the statements and sets the variables together: the pairing the construct exists for. */
  use(grant: { environment: Record<string, string>; statements: iam.PolicyStatement[] }): this {
    for (const statement of grant.statements) this.role.addToPrincipalPolicy(statement);
    for (const [name, value] of Object.entries(grant.environment)) this.handler.addEnvironment(name, value);
    return this;
  }

  /** The portal table and its GSIs, each named from tableDesign (no index wildcard). */
  useTable(table: dynamodb.ITable, access: TableAccess): this {
    return this.use({
      environment: { [tableDesign.envVar]: table.tableName },
      statements: [
        new iam.PolicyStatement({
          actions: tableActions[access],
          resources: [
            table.tableArn,
            ...tableDesign.globalIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`),
          ],
        }),
      ],
    });
  }

  /**
   * A bucket and its variable. `keys` narrows the object actions to a prefix (`uploads/*`); `list: false`
   * leaves out s3:ListBucket, which only turns a missing key's 403 into 404 and would show the whole
   * bucket's keys, for code that treats both the same.
   */
  useBucket(
    role: BucketRole,
    bucket: s3.IBucket,
    access: BucketAccess,
    scope: { keys?: string; list?: boolean } = {},
  ): this {
    const actions = bucketActions[access];
    const keys = scope.keys ?? '*';
    const objects = bucket.arnForObjects(keys);
    this.use({
      environment: { [bucketDefinitions[role].envVar]: bucket.bucketName },
      statements: [
        ...(scope.list === false
          ? []
          : [new iam.PolicyStatement({ actions: actions.bucket, resources: [bucket.bucketArn] })]),
        new iam.PolicyStatement({ actions: actions.objects, resources: [objects] }),
      ],
    });
    acknowledgeWildcardResource(
      this.role,
      objects,
      `Object-level access to ${keys === '*' ? 'the' : `keys ${keys} of the`} ${role} bucket ` +
        `(${bucketDefinitions[role].envVar}): S3 object ARNs need a key wildcard; no other bucket is granted.`,
    );
    return this;
  }

  /**
   * A bucket and its variable, with object actions granted per key prefix (no s3:ListBucket), for a function
   * whose prefixes need different actions: e.g. citizens' files it stores and removes, and files it only
   * reads or copies from.
   */
  useBucketKeys(
    role: BucketRole,
    bucket: s3.IBucket,
    grants: Array<{ keys: string; actions: string[]; why: string }>,
  ): this {
    this.use({
      environment: { [bucketDefinitions[role].envVar]: bucket.bucketName },
      statements: grants.map(
        (grant) =>
          new iam.PolicyStatement({ actions: grant.actions, resources: [bucket.arnForObjects(grant.keys)] }),
      ),
    });
    for (const grant of grants) {
      acknowledgeWildcardResource(
        this.role,
        bucket.arnForObjects(grant.keys),
        `Keys ${grant.keys} of the ${role} bucket (${bucketDefinitions[role].envVar}): ${grant.why} S3 object ` +
          'ARNs need a key wildcard; the grant covers only this prefix.',
      );
    }
    return this;
  }

  /**
   * A generated key as its variable. CloudFormation resolves it at deploy time, so the function needs no
   * Secrets Manager permission and reads nothing at cold start.
   */
  useSecret(secret: GeneratedSecret): this {
    return this.use({ environment: { [secret.variable]: secret.environmentValue() }, statements: [] });
  }

  /**
   * The bucket's name only, with no access: shared/config/env.ts requires every bucket variable in every
   * function, while IAM decides what the function may actually do with it.
   */
  nameBucket(role: BucketRole, bucket: s3.IBucket): this {
    return this.use({ environment: { [bucketDefinitions[role].envVar]: bucket.bucketName }, statements: [] });
  }
}
