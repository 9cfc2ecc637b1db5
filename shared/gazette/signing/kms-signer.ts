import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { certificatesFromPem, issueCertificate } from './certificates.ts';
import { GAZETTE_SIGNER_NAME } from './local-signer.ts';
import type { DigestSigner, GazetteSigner } from './port.ts';

/**
 * The signer on AWS: an asymmetric KMS key (RSA_2048, SIGN_VERIFY) that only the task function may use.
 * KMS signs the digest it is sent (MessageType DIGEST) and never hands the key out.
 *
 * The certificate is configuration (GAZETTE_SIGNING_CERTIFICATE_FILE, bundled by CDK from
 * `-c gazetteSigningCertificate=<pem>`: the province's certificate for this key from the government CA,
 * with its chain). Until it is set, the key issues itself a certificate, made
 * the same on every run (fixed validity, serial from the public key), so a stage can sign from its first
 * deployment; such a signature is valid, but no reader trusts its certificate.
 */
/** A relative file name is read from the function's directory (Lambda's /var/task). */
const taskDirectory = process.env.LAMBDA_TASK_ROOT ?? process.cwd();

/** The key's public key, SubjectPublicKeyInfo DER (for its certificate and certificate request). */
export async function kmsPublicKey(keyId: string, kms = new KMSClient({})): Promise<Uint8Array> {
  const publicKey = await kms.send(new GetPublicKeyCommand({ KeyId: keyId }));
  if (!publicKey.PublicKey) throw new Error('KMS returned no public key');
  return publicKey.PublicKey;
}

export function kmsSigner(keyId: string, certificateFile: string | undefined): GazetteSigner {
  const kms = new KMSClient({});
  const digestSigner: DigestSigner = {
    signDigest: async (digest) => {
      const result = await kms.send(
        new SignCommand({
          KeyId: keyId,
          Message: digest,
          MessageType: 'DIGEST',
          SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256',
        }),
      );
      if (!result.Signature) throw new Error('KMS returned no signature');
      return result.Signature;
    },
  };
  let chain: Promise<Uint8Array[]> | undefined;
  const certificates = () => {
    chain ??= (async () => {
      if (certificateFile) {
        const configured = certificatesFromPem(readFileSync(resolve(taskDirectory, certificateFile), 'utf8'));
        if (configured.length === 0) throw new Error(`${certificateFile} holds no certificate`);
        return configured;
      }
      const spki = await kmsPublicKey(keyId, kms);
      return [
        await issueCertificate({
          subject: { ...GAZETTE_SIGNER_NAME, organizationalUnit: 'Chứng thư tự cấp, chưa được CA xác nhận' },
          issuer: { ...GAZETTE_SIGNER_NAME, organizationalUnit: 'Chứng thư tự cấp, chưa được CA xác nhận' },
          subjectPublicKey: spki,
          issuerPublicKey: spki,
          serial: createHash('sha256').update(spki).digest().subarray(0, 16),
          notBefore: new Date('2025-07-01T00:00:00Z'),
          notAfter: new Date('2035-07-01T00:00:00Z'),
          authority: false,
          signer: digestSigner,
        }),
      ];
    })();
    return chain;
  };
  return { ...digestSigner, certificates, publicKey: () => kmsPublicKey(keyId, kms) };
}
