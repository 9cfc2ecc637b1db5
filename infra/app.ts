/**
 * CDK entry point (cdk.json: "app": "npx tsx infra/app.ts").
 *
 *   npx cdk synth --quiet                          # offline; what the tests also build
 *   npm run deploy -- -c alarmEmail=ops@example.org   # builds the admin SPA, then cdk deploy --all
 *   npx cdk deploy --all -c domainName=quangtri.gov.vn -c certificateArn=arn:aws:acm:us-east-1:…
 *   npx cdk synth -c nag=true                      # with cdk-nag's AwsSolutions checks
 *
 * Context keys and defaults: infra/stacks/config.ts. The stacks: infra/stacks/portal.ts.
 */
import { App, Validations } from 'aws-cdk-lib';
// cdk-nag is CommonJS built by jsii; Node's ES module loader only sees its default export.
import cdkNag from 'cdk-nag';
import { readPortalConfig } from './stacks/config.ts';
import { buildPortal } from './stacks/portal.ts';

const app = new App();
const config = readPortalConfig(app);
buildPortal(app, config);
if (config.nag) Validations.of(app).addPlugins(new cdkNag.AwsSolutionsChecks(app, { verbose: true }));
app.synth();
