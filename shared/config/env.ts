import * as z from 'zod';
import { DEFAULT_DIALOGUE_VIDEO_HOSTS } from '#shared/site/dialogue-video.ts';

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
  /** The full rebuild's state machine: set on AWS, where `rebuild-site` starts it (functions/publisher/rebuild-steps.ts). */
  REBUILD_STATE_MACHINE_ARN: z.string().min(1).optional(),
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
  /**
   * The gazette's signing key in AWS KMS (RSA_2048, SIGN_VERIFY), set on the task function only; without it
   * the development CA under GAZETTE_SIGNING_DIR signs (shared/gazette/signing/port.ts).
   */
  GAZETTE_SIGNING_KEY_ID: z.string().min(1).optional(),
  /**
   * The file (bundled with the task function) holding the KMS key's certificate, PEM, leaf first then its
   * chain: the province's certificate from the government CA. Without it a new stage signs with a
   * certificate the key issues itself. A file, not a variable: a chain outgrows Lambda's 4 KB of variables.
   */
  GAZETTE_SIGNING_CERTIFICATE_FILE: z.string().min(1).optional(),
  /** Locally: where the development CA and signing key are generated on first start (never committed). */
  GAZETTE_SIGNING_DIR: z.string().min(1).default('.data/signing'),
  /** The CloudFront distribution the publisher invalidates. */
  DISTRIBUTION_ID: z.string().min(1).optional(),
  /** Amazon SES (SESv2) sends the portal's mail from this address; without it mail goes to the outbox. */
  MAIL_FROM: z.email().optional(),
  /** SES configuration set (delivery events, suppression). */
  MAIL_CONFIGURATION_SET: z.string().min(1).optional(),
  /** Locally: the folder the mail outbox writes each message to (npm start serves it at /_outbox/). */
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  /**
   * The Cognito user pool whose users are the staff accounts (shared/staff/directory-port.ts); without it the
   * local issuer's accounts in the table stand in.
   */
  STAFF_USER_POOL_ID: z.string().min(1).optional(),
  /** The feedback task function, which the scheduler invokes for deadlines, closing and anonymisation. */
  FEEDBACK_TASK_FUNCTION_ARN: z.string().min(1).optional(),

  // The gazette: rules the province sets (docs/decisions.md lists the ones to confirm).
  /** Working days the gazette office has to post a document after receiving it (not confirmed: 3). */
  GAZETTE_POSTING_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  /**
   * The review criteria the officer checks, besides authority and form, which the law names (always
   * checked): any of content, format, presentation. Not confirmed; all five by default.
   */
  GAZETTE_REVIEW_CRITERIA: z
    .string()
    .default('authority,content,form,format,presentation')
    .transform((value) => [
      ...new Set([
        'authority',
        'form',
        ...value
          .split(',')
          .map((criterion) => criterion.trim())
          .filter(Boolean),
      ]),
    ])
    .pipe(z.array(z.enum(['authority', 'content', 'form', 'format', 'presentation']))),
  /** Issue numbers restart every year (`per-year`) or run on across years (`continuous`); not confirmed. */
  GAZETTE_ISSUE_NUMBERING: z.enum(['per-year', 'continuous']).default('per-year'),

  // Citizens' feedback: the rules the province sets (docs/decisions.md lists the ones to confirm).
  /** Where the feedback officers are told of overdue items (comma-separated addresses). */
  FEEDBACK_OFFICER_EMAILS: z
    .string()
    .default('tiepnhan@quangtri.gov.vn')
    .transform((value) =>
      value
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.email())),
  /** Working days to forward an item after receipt (Decree 20/2008 as amended: 5). */
  FEEDBACK_FORWARD_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(5),
  /** Working days an agency has to answer, unless the officer sets another period. */
  FEEDBACK_ANSWER_WORKING_DAYS: z.coerce.number().int().min(1).max(90).default(15),
  /** Working days to re-route an item an agency declined. */
  FEEDBACK_REROUTE_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(2),
  /** Working days before a deadline the responsible person is reminded. */
  FEEDBACK_REMINDER_WORKING_DAYS: z.coerce.number().int().min(0).max(10).default(2),
  /** Days after publication in which the sender may say the answer did not resolve the matter. */
  FEEDBACK_REOPEN_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Days after an item closes before its personal data, original text and files are removed. */
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** The version of the privacy notice the form shows (consent records which one the sender saw). */
  FEEDBACK_NOTICE_VERSION: z.string().min(1).max(40).default('2026-12-01'),
  /** Rate limits on the public form: per IP in 10 minutes and in a day, per phone or e-mail in a day. */
  FEEDBACK_LIMIT_IP_10_MINUTES: z.coerce.number().int().min(1).default(5),
  FEEDBACK_LIMIT_IP_DAY: z.coerce.number().int().min(1).default(20),
  FEEDBACK_LIMIT_CONTACT_DAY: z.coerce.number().int().min(1).default(3),
  /**
   * Consultations on drafts: the shortest comment period without a warning (days; an open question for the
   * province, decision 85), the privacy notice of the comment form, and the function the scheduler fires.
   */
  CONSULTATION_MIN_PERIOD_DAYS: z.coerce.number().int().min(1).max(365).default(20),
  CONSULTATION_NOTICE_VERSION: z.string().min(1).max(40).default('2026-12-02'),
  CONSULTATION_TASK_FUNCTION_ARN: z.string().min(1).optional(),
  /** The link-check task function (qtp-directory-tasks), which the daily check's schedule invokes. */
  DIRECTORY_TASK_FUNCTION_ARN: z.string().min(1).optional(),
  /**
   * Followers of a consultation (decision 103): hours an unconfirmed subscription waits for its link, and days
   * after the consultation concludes before the followers' addresses are deleted (an open question).
   */
  CONSULTATION_FOLLOWER_CONFIRM_HOURS: z.coerce.number().int().min(1).max(168).default(48),
  CONSULTATION_FOLLOWER_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  /**
   * Seconds a warm function keeps the categories and the navigation for the pages it renders on request
   * (search results, form answers); 0 reads them for every request, as the tests do (decision 115).
   */
  SITE_CONTEXT_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  // Online dialogues with the province's leaders (shared/dialogue/).
  /** Hosts whose live video a dialogue page may embed (comma-separated); the site's CSP frame-src lists the same. */
  DIALOGUE_VIDEO_HOSTS: z
    .string()
    .default(DEFAULT_DIALOGUE_VIDEO_HOSTS.join(','))
    .transform((value) =>
      value
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Days after a dialogue ends before the askers' contacts are removed. */
  DIALOGUE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Minutes after the end in which staff may still publish the last answers. */
  DIALOGUE_ANSWER_GRACE_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
  DIALOGUE_NOTICE_VERSION: z.string().min(1).max(40).default('2026-12-01'),
  /** Keys the hashes that stand for IPs and contacts in rate limits (so they cannot be reversed by guessing). */
  /**
   * The provincial public-service portal the public-services pages link to, beside the national one. Not
   * confirmed after the 1 July 2025 merger (docs/decisions.md, open questions): a setting, not code.
   */
  PROVINCIAL_SERVICE_PORTAL_URL: z.url().default('https://dichvucong.quangtri.gov.vn'),
  PARTICIPATION_HASH_KEY: z.string().min(16).default('local-development-participation-key'),
  /**
   * Signs the page cursors the admin lists hand out (shared/data/reads.ts). Only the API functions, which
   * answer with cursors, need it: CDK sets it from a generated secret; the local stack keeps one in .data/.
   */
  CURSOR_SIGNING_KEY: z.string().min(32).optional(),
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

/**
 * The local stack's own settings (npm start): the port the gateway listens on, where the data is kept, and
 * whether to seed an empty store (`QTP_SEED=none`: the crash-consistency test brings its own data), and the
 * start-up rebuild's workers.
 */
const localEnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  QTP_DATA_DIR: z.string().min(1).default('.data'),
  QTP_SEED: z.enum(['demo', 'none']).default('demo'),
  /** Partitions the start-up rebuild renders at once (infra/local/rebuild-runner.ts). */
  QTP_REBUILD_WORKERS: z.coerce.number().int().min(1).max(40).default(2),
});

export function readLocalEnv(source: NodeJS.ProcessEnv = process.env) {
  return localEnvSchema.parse(source);
}
