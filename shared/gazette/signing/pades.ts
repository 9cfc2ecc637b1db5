import { createHash } from 'node:crypto';
import { Signer, SignPdf } from '@signpdf/signpdf';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { IssueSignature } from '#shared/domain/gazette.ts';
import { describeCertificate, OID, parseCertificate } from './certificates.ts';
import type { GazetteSigner } from './port.ts';

/**
 * PAdES baseline B-B signatures (ETSI EN 319 142-1) on the issue PDF. @signpdf/signpdf finds the
 * signature placeholder (@signpdf/placeholder-pdf-lib put it there), computes the byte range and
 * inserts the result; the CMS SignedData is built here with PKIjs, because its signature must be
 * computed through the signing port: KMS signs a digest and never hands out the key.
 *
 * Signed attributes, as PAdES B-B asks: content-type, message-digest and signing-certificate-v2 (ESS),
 * and no signing-time attribute: the signing time is the signature dictionary's /M, which is the issue's
 * publication instant, so a retried render signs the same bytes.
 */
export const PADES_SUBFILTER = 'ETSI.CAdES.detached';
/** Hex digits reserved for the CMS (8 KB: a chain of up to five RSA certificates and the signature). */
export const SIGNATURE_PLACEHOLDER_HEX_DIGITS = 16_384;

const CMS = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());
const buffer = (bytes: Uint8Array): ArrayBuffer => {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
};
const sha256Algorithm = () => new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 });

/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with the default hash (SHA-256). */
function signingCertificateV2(leaf: Uint8Array): asn1js.Sequence {
  return new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: buffer(sha256(leaf)) })] })],
      }),
    ],
  });
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** A detached CMS SignedData over `content` (the PDF's byte range), signed through the port. */
export async function signedDataFor(content: Uint8Array, signer: GazetteSigner): Promise<Uint8Array> {
  const [leaf, ...chain] = await signer.certificates();
  if (!leaf) throw new Error('the signer has no certificate');
  const certificate = parseCertificate(leaf);
  // DER orders a SET OF by the encodings of its elements.
  const attributes = [
    new pkijs.Attribute({
      type: CMS.contentType,
      values: [new asn1js.ObjectIdentifier({ value: CMS.data })],
    }),
    new pkijs.Attribute({
      type: CMS.messageDigest,
      values: [new asn1js.OctetString({ valueHex: buffer(sha256(content)) })],
    }),
    new pkijs.Attribute({ type: CMS.signingCertificateV2, values: [signingCertificateV2(leaf)] }),
  ]
    .map((attribute) => ({ attribute, der: new Uint8Array(attribute.toSchema().toBER()) }))
    .sort((a, b) => compareBytes(a.der, b.der))
    .map(({ attribute }) => attribute);
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes });
  // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they are sent as.
  const encoded = new Uint8Array(signedAttrs.toSchema().toBER());
  encoded[0] = 0x31;
  const signature = await signer.signDigest(sha256(encoded));
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber,
    }),
    digestAlgorithm: sha256Algorithm(),
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({
      algorithmId: OID.sha256WithRsa,
      algorithmParams: new asn1js.Null(),
    }),
    signature: new asn1js.OctetString({ valueHex: buffer(signature) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [sha256Algorithm()],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: CMS.data }),
    certificates: [certificate, ...chain.map(parseCertificate)],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({
    contentType: CMS.signedData,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(contentInfo.toSchema().toBER());
}

class PortSigner extends Signer {
  constructor(private readonly signer: GazetteSigner) {
    super();
  }
  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return Buffer.from(await signedDataFor(pdfBuffer, this.signer));
  }
}

/** Fills the placeholder of a PDF prepared by the issue renderer with the signature. */
export async function signPdf(prepared: Uint8Array, signer: GazetteSigner): Promise<Buffer> {
  return new SignPdf().sign(Buffer.from(prepared), new PortSigner(signer));
}

/** What the public page says of the signature, from the signing certificate. */
export async function signatureOf(signer: GazetteSigner, signedAt: string): Promise<IssueSignature> {
  const [leaf] = await signer.certificates();
  if (!leaf) throw new Error('the signer has no certificate');
  const described = describeCertificate(leaf);
  return {
    signer: described.signer,
    subject: described.subject,
    issuer: described.issuer,
    signedAt,
    certificateSha256: described.sha256,
    certificateSerial: described.serial,
    format: 'PAdES-B-B',
  };
}
