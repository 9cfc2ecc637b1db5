import { SecretValue } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledgeRule } from './acknowledge.ts';

export type GeneratedSecretProps = {
  /** The environment variable it becomes (shared/config/env.ts). */
  variable: string;
  description: string;
  /** A version id to use instead of the current one, after a rotation (a new value forces no redeploy). */
  versionId?: string | undefined;
};

/**
 * A key that no person ever sees or types: Secrets Manager generates it when the stack is created, and
 * CloudFormation resolves it into the functions' environment at deploy time (a `{{resolve:secretsmanager:…}}`
 * dynamic reference), so the template and the cloud assembly hold only the reference and the functions read
 * no secret at cold start. docs/decisions.md 61 weighs this against reading it at run time.
 */
export class GeneratedSecret extends Construct {
  readonly secret: secretsmanager.Secret;
  readonly variable: string;
  private readonly versionId: string | undefined;

  constructor(scope: Construct, id: string, props: GeneratedSecretProps) {
    super(scope, id);
    this.variable = props.variable;
    this.versionId = props.versionId;
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description: `${props.variable}: ${props.description}`,
      // 48 letters and digits (about 285 bits): safe in an environment variable, far beyond guessing.
      generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
    });
    acknowledgeRule(
      this.secret,
      'AwsSolutions-SMG4',
      'A keyed-hash key with a short reach: what it keys lives at most a day (rate-limit windows, form ' +
        'tokens), so a rotation costs nothing but is rarely worth doing; it is rotated by hand ' +
        '(docs/decisions.md 61) rather than by a rotation Lambda for a value no client holds.',
    );
  }

  /** The dynamic reference CloudFormation replaces with the value when it deploys a function. */
  environmentValue(): string {
    return SecretValue.secretsManager(this.secret.secretArn, {
      ...(this.versionId ? { versionId: this.versionId } : {}),
    }).unsafeUnwrap();
  }
}
