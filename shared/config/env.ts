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
