import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { DigestSigner } from './port.ts';

/**
 * X.509 certificates for the gazette's signing key, built with PKIjs: the development CA and its leaf on
 * one machine, and the self-issued certificate a new AWS stage signs with until the province's certificate
 * from the government CA is configured. Every certificate is signed through a DigestSigner, so the same
 * code works whether the key is a local file or in AWS KMS, which never hands the key out.
 */

export const OID = {
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  locality: '2.5.4.7',
  country: '2.5.4.6',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha256: '2.16.840.1.101.3.4.2.1',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extendedKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  /** id-kp-documentSigning (RFC 9336). */
  documentSigning: '1.3.6.1.5.5.7.3.36',
  emailProtection: '1.3.6.1.5.5.7.3.4',
} as const;

export type DistinguishedName = {
  commonName: string;
  organization?: string;
  organizationalUnit?: string;
  locality?: string;
  country?: string;
};

const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());
const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
};

function names(name: DistinguishedName): pkijs.RelativeDistinguishedNames {
  const entries: [string, string | undefined][] = [
    [OID.country, name.country],
    [OID.locality, name.locality],
    [OID.organization, name.organization],
    [OID.organizationalUnit, name.organizationalUnit],
    [OID.commonName, name.commonName],
  ];
  return new pkijs.RelativeDistinguishedNames({
    typesAndValues: entries
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(
        ([type, value]) =>
          new pkijs.AttributeTypeAndValue({
            type,
            // Country is a PrintableString (RFC 5280); the rest UTF-8, for Vietnamese names.
            value:
              type === OID.country ? new asn1js.PrintableString({ value }) : new asn1js.Utf8String({ value }),
          }),
      ),
  });
}

const sha256WithRsa = () =>
  new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() });

function extension(extnID: string, critical: boolean, value: asn1js.BaseBlock): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

/** KeyUsage bits: digitalSignature (0), nonRepudiation/contentCommitment (1), keyCertSign (5), cRLSign (6). */
function keyUsage(bits: number[]): asn1js.BitString {
  let value = 0;
  for (const bit of bits) value |= 0x80 >> bit;
  const second = bits.some((bit) => bit >= 8);
  const bytes = second ? new Uint8Array([value & 0xff, 0]) : new Uint8Array([value & 0xff]);
  const highest = Math.max(...bits);
  return new asn1js.BitString({ valueHex: toArrayBuffer(bytes), unusedBits: 7 - (highest % 8) });
}

export type CertificateRequest = {
  subject: DistinguishedName;
  issuer: DistinguishedName;
  /** The subject's public key, SubjectPublicKeyInfo DER. */
  subjectPublicKey: Uint8Array;
  /** The issuer's public key (for the authority key identifier); the subject's for a self-issued one. */
  issuerPublicKey: Uint8Array;
  serial: Uint8Array;
  notBefore: Date;
  notAfter: Date;
  authority: boolean;
  signer: DigestSigner;
};

const keyIdentifier = (spki: Uint8Array) => {
  const info = new pkijs.PublicKeyInfo({ schema: asn1js.fromBER(toArrayBuffer(spki)).result });
  return createHash('sha1').update(new Uint8Array(info.subjectPublicKey.valueBlock.valueHexView)).digest();
};

/** Builds and signs a certificate; deterministic for the same request (RSA PKCS#1 v1.5 signatures are). */
export async function issueCertificate(request: CertificateRequest): Promise<Uint8Array> {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  // A positive INTEGER: the top bit of the first byte is cleared.
  const serial = Uint8Array.from(request.serial);
  serial[0] = (serial[0] ?? 1) & 0x7f || 1;
  certificate.serialNumber = new asn1js.Integer({ valueHex: toArrayBuffer(serial) });
  certificate.signature = sha256WithRsa();
  certificate.signatureAlgorithm = sha256WithRsa();
  certificate.issuer = names(request.issuer);
  certificate.subject = names(request.subject);
  certificate.notBefore = new pkijs.Time({ type: 0, value: request.notBefore });
  certificate.notAfter = new pkijs.Time({ type: 0, value: request.notAfter });
  certificate.subjectPublicKeyInfo = new pkijs.PublicKeyInfo({
    schema: asn1js.fromBER(toArrayBuffer(request.subjectPublicKey)).result,
  });
  certificate.extensions = [
    extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: request.authority }).toSchema()),
    extension(OID.keyUsage, true, request.authority ? keyUsage([0, 5, 6]) : keyUsage([0, 1])),
    extension(
      OID.subjectKeyIdentifier,
      false,
      new asn1js.OctetString({ valueHex: toArrayBuffer(keyIdentifier(request.subjectPublicKey)) }),
    ),
    extension(
      OID.authorityKeyIdentifier,
      false,
      new pkijs.AuthorityKeyIdentifier({
        keyIdentifier: new asn1js.OctetString({
          valueHex: toArrayBuffer(keyIdentifier(request.issuerPublicKey)),
        }),
      }).toSchema(),
    ),
    ...(request.authority
      ? []
      : [
          extension(
            OID.extendedKeyUsage,
            false,
            new pkijs.ExtKeyUsage({ keyPurposes: [OID.documentSigning, OID.emailProtection] }).toSchema(),
          ),
        ]),
  ];
  certificate.tbsView = new Uint8Array(certificate.encodeTBS().toBER());
  const signature = await request.signer.signDigest(sha256(certificate.tbsView));
  certificate.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signature) });
  return new Uint8Array(certificate.toSchema().toBER());
}

/**
 * A certificate request (PKCS#10) for a key the signer holds, signed through it: what the province sends the
 * government CA for the KMS key (infra/signing-request.ts), since KMS never hands out the key to sign one.
 */
/** PKIjs keeps the encoding of a request's to-be-signed part to itself; a signer outside it needs it. */
class ExternallySignedRequest extends pkijs.CertificationRequest {
  toBeSigned(): Uint8Array {
    return new Uint8Array(this.encodeTBS().toBER());
  }
}

export async function certificateRequest(
  subject: DistinguishedName,
  subjectPublicKey: Uint8Array,
  signer: DigestSigner,
): Promise<Uint8Array> {
  const request = new ExternallySignedRequest();
  request.version = 0;
  request.subject = names(subject);
  request.subjectPublicKeyInfo = new pkijs.PublicKeyInfo({
    schema: asn1js.fromBER(toArrayBuffer(subjectPublicKey)).result,
  });
  request.attributes = [];
  request.signatureAlgorithm = sha256WithRsa();
  request.tbsView = request.toBeSigned();
  const signature = await signer.signDigest(sha256(request.tbsView));
  request.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signature) });
  return new Uint8Array(request.toSchema().toBER());
}

export function pemOf(der: Uint8Array, label: 'CERTIFICATE' | 'CERTIFICATE REQUEST'): string {
  const base64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${base64.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END ${label}-----\n`;
}

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(der));
}

/** The certificates of a PEM bundle, in order (leaf first), as DER. */
export function certificatesFromPem(pem: string): Uint8Array[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map(
    (block) =>
      new Uint8Array(
        Buffer.from(block.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''), 'base64'),
      ),
  );
}

export const certificateToPem = (der: Uint8Array) => pemOf(der, 'CERTIFICATE');

function nameOf(rdn: pkijs.RelativeDistinguishedNames, type: string): string | undefined {
  const found = rdn.typesAndValues.find((entry) => entry.type === type);
  return found ? String(found.value.valueBlock.value) : undefined;
}

function describeName(rdn: pkijs.RelativeDistinguishedNames): string {
  const labels: [string, string][] = [
    [OID.commonName, 'CN'],
    [OID.organizationalUnit, 'OU'],
    [OID.organization, 'O'],
    [OID.locality, 'L'],
    [OID.country, 'C'],
  ];
  return labels
    .map(([type, label]) => {
      const value = nameOf(rdn, type);
      return value === undefined ? undefined : `${label}=${value}`;
    })
    .filter((part): part is string => part !== undefined)
    .join(', ');
}

/** What the public page shows of a certificate: names, serial, validity and SHA-256 fingerprint. */
export function describeCertificate(der: Uint8Array) {
  const certificate = parseCertificate(der);
  return {
    signer:
      nameOf(certificate.subject, OID.organization) ?? nameOf(certificate.subject, OID.commonName) ?? '',
    subject: describeName(certificate.subject),
    issuer: describeName(certificate.issuer),
    serial: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex'),
    sha256: createHash('sha256').update(der).digest('hex'),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
  };
}
