import { readEnv } from '#shared/config/env.ts';

/**
 * The gazette's signing key, as a port like the others: AWS KMS on AWS (the private key never leaves
 * KMS: it signs digests it is sent), a development certificate authority and key under `.data/` on one
 * machine. Only this module knows which: `GAZETTE_SIGNING_KEY_ID` is set on AWS and nowhere else.
 *
 * The key is RSA 2048 and signs with RSASSA-PKCS1-v1_5 over SHA-256 (docs/decisions.md: deterministic,
 * so a retried render writes the same bytes, and the scheme the government CA's certificates use).
 */
export type DigestSigner = {
  /** An RSASSA-PKCS1-v1_5 signature of a SHA-256 digest the caller computed. */
  signDigest: (digest: Uint8Array) => Promise<Uint8Array>;
};

export type GazetteSigner = DigestSigner & {
  /** The signing certificate first, then the chain up to (and including) the root, DER. */
  certificates: () => Promise<Uint8Array[]>;
  /** The key's public key, SubjectPublicKeyInfo DER. */
  publicKey: () => Promise<Uint8Array>;
};

let cached: { key: string; signer: GazetteSigner } | undefined;

/** The signer the configuration names; built once per configuration (a Lambda instance keeps it). */
export async function gazetteSigner(): Promise<GazetteSigner> {
  const env = readEnv();
  const key = env.GAZETTE_SIGNING_KEY_ID
    ? `kms:${env.GAZETTE_SIGNING_KEY_ID}`
    : `local:${env.GAZETTE_SIGNING_DIR}`;
  if (cached?.key === key) return cached.signer;
  const signer = env.GAZETTE_SIGNING_KEY_ID
    ? (await import('./kms-signer.ts')).kmsSigner(
        env.GAZETTE_SIGNING_KEY_ID,
        env.GAZETTE_SIGNING_CERTIFICATE_FILE,
      )
    : (await import('./local-signer.ts')).localSigner(env.GAZETTE_SIGNING_DIR);
  cached = { key, signer };
  return signer;
}

/**
 * The PKCS#10 request (PEM) for the signing key, signed with it: what the province sends the government CA.
 * On AWS an operator gets it by invoking the task function with `{ "step": "certificate-request" }`, the only
 * principal the key lets sign (docs/decisions.md, 78).
 */
export async function signingCertificateRequest(): Promise<string> {
  const [{ certificateRequest, pemOf }, { GAZETTE_SIGNER_NAME }] = await Promise.all([
    import('./certificates.ts'),
    import('./local-signer.ts'),
  ]);
  const signer = await gazetteSigner();
  return pemOf(
    await certificateRequest(GAZETTE_SIGNER_NAME, await signer.publicKey(), signer),
    'CERTIFICATE REQUEST',
  );
}
