import { Stack, type StackProps } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { toProblem } from '#shared/http/problem.ts';
import { RateLimited } from '#shared/participation/rate-limits.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { type PortalConfig, portalName } from './config.ts';

export type EdgeStackProps = StackProps & { config: PortalConfig };

/** Seconds over which WAF counts a viewer's public form posts (its rate-based windows: 1 to 10 minutes). */
export const feedbackWriteWindowSeconds = 300;

/**
 * The contexts whose public forms the rate rule guards: every POST under their APIs (feedback's form, the
 * sender's rating, reopening and deletion; comments on drafts; questions for dialogues; whatever public
 * write comes next) but their staff routes under `admin/`.
 */
export const publicFormContexts = ['feedback', 'consultations', 'dialogues'] as const;

/**
 * Public writes of contexts that are otherwise read-only to the public, counted by their exact route (the
 * content context's other public routes are reads; its staff routes live under admin/).
 */
export const publicWritePaths = [sitePaths.ratingApi()] as const;

/**
 * The same problem document the feedback API answers when its own rate limits refuse (RateLimited), without
 * a correlation id (no function ran). WAF serves custom bodies as application/json at most: it lets a rule
 * choose among TEXT_PLAIN, TEXT_HTML and APPLICATION_JSON and refuses a content-type response header.
 */
export const rateLimitedProblem = toProblem(new RateLimited(feedbackWriteWindowSeconds));

/** The lower-cased, normalised path (`/api//feedback/./submissions` is the same route to API Gateway). */
const normalisedPath: wafv2.CfnWebACL.TextTransformationProperty[] = [
  { priority: 0, type: 'NORMALIZE_PATH' },
  { priority: 1, type: 'LOWERCASE' },
];
// WAF wants two statements or more in an OR: three contexts today, one rule for all of them.
const anyOf = (statements: wafv2.CfnWebACL.StatementProperty[]): wafv2.CfnWebACL.StatementProperty => ({
  orStatement: { statements },
});
const pathStartsWith = (prefix: string): wafv2.CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint: 'STARTS_WITH',
    searchString: prefix,
    textTransformations: normalisedPath,
  },
});

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

/** An AWS managed rule group, blocking as AWS tuned it except for the rules named in `countOnly`. */
const managedRules = (
  name: string,
  priority: number,
  countOnly: string[] = [],
): wafv2.CfnWebACL.RuleProperty => ({
  name: `aws-${name}`,
  priority,
  overrideAction: { none: {} },
  statement: {
    managedRuleGroupStatement: {
      vendorName: 'AWS',
      name,
      ...(countOnly.length > 0
        ? { ruleActionOverrides: countOnly.map((rule) => ({ name: rule, actionToUse: { count: {} } })) }
        : {}),
    },
  },
  visibilityConfig: visibility(`qtp-${name}`),
});

/**
 * What must live in us-east-1: the distribution's web ACL (CloudFront reads web ACLs only from there).
 * QtpSite, in the portal's region, takes its ARN through CDK's cross-region references (an SSM parameter
 * that a custom resource of this stack writes in the portal's region; docs/decisions.md 63).
 *
 * Rules, cheapest and most specific first:
 * 1. `public-form-writes`: a rate-based rule per viewer IP over 5 minutes on the public write paths
 *    (POST under /api/feedback/, /api/consultations/ and /api/dialogues/, not under their admin/, and
 *    POST to the content API's /api/content/ratings, readers' ratings of pages), answering
 *    429 with a problem document. The APIs' own per-person limits (shared/participation/rate-limits.ts)
 *    stand behind it; this rule
 *    stops floods before they cost a Lambda invocation and a DynamoDB write.
 * 2. AWS managed rule groups: the IP reputation list, known bad inputs (Log4j and the like) and the core
 *    rule set. Two rules of the core set only count, because the portal's own writes trip them: bodies over
 *    8 KB (citizens' attachments, articles from the admin SPA) and HTML in bodies (the editor's rich text,
 *    which the API sanitises itself).
 */
export class EdgeStack extends Stack {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: portalName(config.stage, 'edge'),
      description: 'Quang Tri portal: rate limit on public form posts, AWS managed rules',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(portalName(config.stage, 'edge')),
      customResponseBodies: {
        'rate-limited': { contentType: 'APPLICATION_JSON', content: JSON.stringify(rateLimitedProblem) },
      },
      rules: [
        {
          name: 'public-form-writes',
          priority: 0,
          statement: {
            rateBasedStatement: {
              limit: config.feedbackWriteRateLimit,
              evaluationWindowSec: feedbackWriteWindowSeconds,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    {
                      byteMatchStatement: {
                        fieldToMatch: { method: {} },
                        positionalConstraint: 'EXACTLY',
                        searchString: 'POST',
                        textTransformations: [{ priority: 0, type: 'NONE' }],
                      },
                    },
                    anyOf([
                      ...publicFormContexts.map((context) => pathStartsWith(`/api/${context}/`)),
                      ...publicWritePaths.map((path) => pathStartsWith(path)),
                    ]),
                    {
                      notStatement: {
                        statement: anyOf(
                          publicFormContexts.map((context) => pathStartsWith(`/api/${context}/admin/`)),
                        ),
                      },
                    },
                  ],
                },
              },
            },
          },
          action: {
            block: {
              customResponse: {
                responseCode: 429,
                customResponseBodyKey: 'rate-limited',
                responseHeaders: [{ name: 'retry-after', value: String(feedbackWriteWindowSeconds) }],
              },
            },
          },
          visibilityConfig: visibility('qtp-public-form-writes'),
        },
        managedRules('AWSManagedRulesAmazonIpReputationList', 1),
        managedRules('AWSManagedRulesKnownBadInputsRuleSet', 2),
        managedRules('AWSManagedRulesCommonRuleSet', 3, ['SizeRestrictions_BODY', 'CrossSiteScripting_BODY']),
      ],
    });
  }
}
