import {
  constants,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  privateEncrypt,
  randomBytes,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  certificatesFromPem,
  certificateToPem,
  type DistinguishedName,
  issueCertificate,
} from './certificates.ts';
import type { DigestSigner, GazetteSigner } from './port.ts';

/**
 * The signer on one machine: a development certificate authority and a signing key with its certificate,
 * generated on first start under the configured folder (`.data/signing/`, never committed; tests use a
 * temporary folder) and kept there, so issues signed before a restart keep verifying against the same CA.
 * It signs exactly as KMS does: RSASSA-PKCS1-v1_5 over a SHA-256 digest.
 */
export const DEVELOPMENT_CA: DistinguishedName = {
  commonName: 'QTP Development CA (không có giá trị pháp lý)',
  organization: 'Cổng Thông tin điện tử tỉnh Quảng Trị (môi trường phát triển)',
  country: 'VN',
};
export const GAZETTE_SIGNER_NAME: DistinguishedName = {
  commonName: 'Công báo tỉnh Quảng Trị',
  organization: 'Văn phòng Ủy ban nhân dân tỉnh Quảng Trị',
  locality: 'Đồng Hới',
  country: 'VN',
};

/** DigestInfo for SHA-256 (RFC 8017 §9.2): what PKCS#1 v1.5 puts before the digest. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/** RSASSA-PKCS1-v1_5 of a SHA-256 digest with a local key: the padding of a private-key operation is type 1. */
export function rsaDigestSigner(privateKeyPem: string): DigestSigner {
  const key = createPrivateKey(privateKeyPem);
  return {
    signDigest: async (digest) => {
      if (digest.length !== 32) throw new Error('a SHA-256 digest has 32 bytes');
      return new Uint8Array(
        privateEncrypt(
          { key, padding: constants.RSA_PKCS1_PADDING },
          Buffer.concat([SHA256_DIGEST_INFO, digest]),
        ),
      );
    },
  };
}

const spkiOf = (privateKeyPem: string) =>
  new Uint8Array(createPublicKey(privateKeyPem).export({ type: 'spki', format: 'der' }));

function writeOnce(path: string, content: string) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode: 0o600 });
  renameSync(temporary, path);
}

async function generate(directory: string) {
  mkdirSync(directory, { recursive: true });
  const newKey = () =>
    generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
  const caKey = newKey();
  const signingKey = newKey();
  const now = Date.now();
  const notBefore = new Date(now - 86_400_000);
  const caCertificate = await issueCertificate({
    subject: DEVELOPMENT_CA,
    issuer: DEVELOPMENT_CA,
    subjectPublicKey: spkiOf(caKey),
    issuerPublicKey: spkiOf(caKey),
    serial: randomBytes(16),
    notBefore,
    notAfter: new Date(now + 20 * 365 * 86_400_000),
    authority: true,
    signer: rsaDigestSigner(caKey),
  });
  const signingCertificate = await issueCertificate({
    subject: GAZETTE_SIGNER_NAME,
    issuer: DEVELOPMENT_CA,
    subjectPublicKey: spkiOf(signingKey),
    issuerPublicKey: spkiOf(caKey),
    serial: randomBytes(16),
    notBefore,
    notAfter: new Date(now + 10 * 365 * 86_400_000),
    authority: false,
    signer: rsaDigestSigner(caKey),
  });
  // The CA key is kept only so the folder is a complete, inspectable CA; nothing signs with it after this.
  writeOnce(join(directory, 'ca.key.pem'), caKey);
  writeOnce(join(directory, 'ca.cert.pem'), certificateToPem(caCertificate));
  writeOnce(join(directory, 'signing.key.pem'), signingKey);
  writeOnce(join(directory, 'signing.cert.pem'), certificateToPem(signingCertificate));
}

export function localSigner(directory: string): GazetteSigner {
  let ready: Promise<{ key: string; chain: Uint8Array[] }> | undefined;
  const load = () => {
    ready ??= (async () => {
      if (!existsSync(join(directory, 'signing.cert.pem'))) await generate(directory);
      const key = readFileSync(join(directory, 'signing.key.pem'), 'utf8');
      const chain = [
        ...certificatesFromPem(readFileSync(join(directory, 'signing.cert.pem'), 'utf8')),
        ...certificatesFromPem(readFileSync(join(directory, 'ca.cert.pem'), 'utf8')),
      ];
      return { key, chain };
    })();
    return ready;
  };
  return {
    signDigest: async (digest) => rsaDigestSigner((await load()).key).signDigest(digest),
    certificates: async () => (await load()).chain,
    publicKey: async () => spkiOf((await load()).key),
  };
}
