import { z } from 'zod';

/**
 * Runtime configuration, read from the environment. On Lambda, CDK sets these; locally the embedded stack
 * sets them before it loads the handlers. Only endpoints and credentials differ between the two.
 */
const envSchema = z.object({
  AWS_REGION: z.string().default('ap-southeast-1'),
  TABLE_NAME: z.string().min(3),
  /** Set only locally: DynamoDB Local's URL. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** Set only locally: the S3 emulator's URL (path-style addressing). */
  S3_ENDPOINT: z.url().optional(),
  SITE_BUCKET: z.string().min(3),
  MEDIA_BUCKET: z.string().min(3),
  ARCHIVE_BUCKET: z.string().min(3),
  ADMIN_BUCKET: z.string().min(3).optional(),
  AUTH_ISSUER: z.url(),
  AUTH_AUDIENCE: z.string().min(1),
  /** Cognito serves its keys at `<issuer>/.well-known/jwks.json`; the local issuer does the same. */
  AUTH_JWKS_URL: z.url().optional(),
  /** Public origin of the site (CloudFront domain or http://localhost:3000): for canonical URLs and feeds. */
  PUBLIC_BASE_URL: z.url().default('http://localhost:3000'),

  // Set on AWS only. Each one, when present, switches a port from its local stand-in to the AWS service.
  /** The publisher function, invoked asynchronously (shared/publication/publisher-port.ts). */
  PUBLISHER_FUNCTION_NAME: z.string().min(1).optional(),
  /** The gazette's state machines (shared/gazette/workflow/port.ts). */
  DOCUMENT_REVIEW_STATE_MACHINE_ARN: z.string().min(1).optional(),
  ISSUE_PUBLICATION_STATE_MACHINE_ARN: z.string().min(1).optional(),
  /** The archive bucket refuses overwrites itself (S3 conditional writes, Object Lock). */
  ARCHIVE_CONDITIONAL_WRITES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** EventBridge Scheduler: the group, the role it invokes with, and the targets it may invoke. */
  SCHEDULE_GROUP_NAME: z.string().min(1).optional(),
  SCHEDULER_ROLE_ARN: z.string().min(1).optional(),
  PUBLISHER_FUNCTION_ARN: z.string().min(1).optional(),
  GAZETTE_TASK_FUNCTION_ARN: z.string().min(1).optional(),
  /** The CloudFront distribution the publisher invalidates. */
  DISTRIBUTION_ID: z.string().min(1).optional(),
});

export type PortalEnv = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): PortalEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const missing = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Portal configuration is incomplete or invalid: ${missing}`);
  }
  return parsed.data;
}

/**
 * What the logger needs, read apart from the rest: it starts at module load, before (and whether or not)
 * the portal's configuration is complete.
 */
const loggingEnvSchema = z.object({
  AWS_LAMBDA_FUNCTION_NAME: z.string().optional(),
  VITEST: z.string().optional(),
  POWERTOOLS_SERVICE_NAME: z.string().default('qtp-local'),
  POWERTOOLS_LOG_LEVEL: z.string().optional(),
});

export function readLoggingEnv(source: NodeJS.ProcessEnv = process.env) {
  return loggingEnvSchema.parse(source);
}

/** The local stack's own settings (npm start): the port the gateway listens on. */
const localEnvSchema = z.object({ PORT: z.coerce.number().int().min(1).max(65_535).default(3000) });

export function readLocalEnv(source: NodeJS.ProcessEnv = process.env) {
  return localEnvSchema.parse(source);
}
