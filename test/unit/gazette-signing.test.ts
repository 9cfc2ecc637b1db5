import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCertificate, parseCertificate } from '#shared/gazette/signing/certificates.ts';
import { localSigner } from '#shared/gazette/signing/local-signer.ts';
import { signedDataFor } from '#shared/gazette/signing/pades.ts';

/**
 * The signing port's local side and the CMS it produces: a development CA generated on first use in a
 * folder of its own, and a detached SignedData that PKIjs verifies against that CA (the integration test
 * has poppler's pdfsig check the whole signed PDF).
 */
const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
};
const folder = mkdtempSync(join(tmpdir(), 'qtp-signing-unit-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the local signer', () => {
  it('generates a CA and a signing certificate once, and keeps them', async () => {
    const first = await localSigner(folder).certificates();
    expect(readdirSync(folder).toSorted()).toEqual([
      'ca.cert.pem',
      'ca.key.pem',
      'signing.cert.pem',
      'signing.key.pem',
    ]);
    const again = await localSigner(folder).certificates();
    expect(again.map((der) => Buffer.from(der).toString('hex'))).toEqual(
      first.map((der) => Buffer.from(der).toString('hex')),
    );
    const [leaf, ca] = first;
    if (!leaf || !ca) throw new Error('no chain');
    const described = describeCertificate(leaf);
    expect(described.signer).toBe('Văn phòng Ủy ban nhân dân tỉnh Quảng Trị');
    expect(described.subject).toContain('CN=Công báo tỉnh Quảng Trị');
    expect(described.issuer).toContain('QTP Development CA');
    expect(described.sha256).toBe(createHash('sha256').update(leaf).digest('hex'));
    // The leaf is signed by the CA.
    expect(await parseCertificate(leaf).verify(parseCertificate(ca))).toBe(true);
  });

  it('signs a detached CMS that verifies against the CA, deterministically', async () => {
    const signer = localSigner(folder);
    const content = Buffer.from('the byte range of an issue PDF');
    const cms = await signedDataFor(content, signer);
    expect(Buffer.from(await signedDataFor(content, signer)).equals(Buffer.from(cms))).toBe(true);
    const info = pkijs.ContentInfo.fromBER(arrayBuffer(cms));
    const signedData = new pkijs.SignedData({ schema: info.content });
    const [, ca] = await signer.certificates();
    if (!ca) throw new Error('no CA');
    const verified = await signedData.verify({
      signer: 0,
      data: arrayBuffer(content),
      trustedCerts: [parseCertificate(ca)],
      checkChain: true,
    });
    expect(verified).toBe(true);
    // PAdES baseline B: content type, message digest and signing-certificate-v2; no signing-time attribute.
    const types = signedData.signerInfos[0]?.signedAttrs?.attributes.map((attribute) => attribute.type);
    expect(types?.toSorted()).toEqual([
      '1.2.840.113549.1.9.16.2.47',
      '1.2.840.113549.1.9.3',
      '1.2.840.113549.1.9.4',
    ]);
    // Changed content no longer verifies.
    const other = Buffer.from('another byte range');
    expect(
      await signedData
        .verify({
          signer: 0,
          data: other.buffer.slice(other.byteOffset, other.byteOffset + other.byteLength),
        })
        .catch(() => false),
    ).toBe(false);
  });
});

describe('the certificate request for the government CA', () => {
  it('is a PKCS#10 request for the signer’s key, signed through the port', async () => {
    const { certificateRequest } = await import('#shared/gazette/signing/certificates.ts');
    const { createPublicKey } = await import('node:crypto');
    const { readFileSync } = await import('node:fs');
    const signer = localSigner(folder);
    await signer.certificates();
    const spki = new Uint8Array(
      createPublicKey(readFileSync(join(folder, 'signing.key.pem'), 'utf8')).export({
        type: 'spki',
        format: 'der',
      }),
    );
    const der = await certificateRequest(
      { commonName: 'Công báo tỉnh Quảng Trị', country: 'VN' },
      spki,
      signer,
    );
    const request = pkijs.CertificationRequest.fromBER(arrayBuffer(der));
    expect(await request.verify()).toBe(true);
    expect(String(request.subject.typesAndValues.at(-1)?.value.valueBlock.value)).toBe(
      'Công báo tỉnh Quảng Trị',
    );
  });
});
