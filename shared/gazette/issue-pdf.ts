import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { AFRelationship, PDFDocument as PdfLibDocument } from 'pdf-lib';
import { type DocumentMetadata, documentTypeLabels, type GazetteIssue } from '#shared/domain/gazette.ts';
import { pdfkitDocument } from '#shared/media/pdfkit-document.ts';
import { formatDateTimeVi, formatDateVi } from '#shared/time/vietnam.ts';
import { PADES_SUBFILTER, SIGNATURE_PLACEHOLDER_HEX_DIGITS } from './signing/pades.ts';

/**
 * The issue as one PDF (Circular 02/2025/TT-VPCP: an issue of the electronic gazette is a set of documents
 * stored as one digitally signed PDF, with the editable files attached). pdfkit draws the masthead, the
 * visible signature block and the table of contents in DejaVu (every Vietnamese letter, embedded);
 * pdf-lib then appends each document's signed original, page by page, attaches the editable copies and
 * annexes as embedded files (what `pdfdetach` lists), and reserves the signature's place
 * (@signpdf/placeholder-pdf-lib). shared/gazette/signing/pades.ts fills it.
 *
 * Deterministic: every date in the file is the issue's publication instant, so a retried render (and,
 * RSA PKCS#1 v1.5 being deterministic, a retried signature) gives the same bytes, and the write-once
 * archive accepts a retry as done.
 */
export type EmbeddedFile = { fileName: string; bytes: Uint8Array; contentType: string; description: string };

export type IssuePdfDocument = Omit<DocumentMetadata, 'field'> & {
  pages: string;
  /** The signed original's bytes; its pages go into the issue (a page of its details if it cannot be read). */
  original?: Uint8Array;
  /** The editable copy and annexes, attached to the issue PDF. */
  embedded?: EmbeddedFile[];
};

/** What the visible signature block says: it matches the certificate the signature carries. */
export type SignatureBlock = {
  signer: string;
  signedAt: string;
  certificateSha256: string;
  verifyUrl: string;
};

const A4_HEIGHT = 841.89;
/** The signature dictionary's strings are PDFDocEncoding: ASCII spellings there, Vietnamese on the page. */
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '');
const BLOCK = { x: 72, width: 330, height: 66 };

/** The cover and a fallback page per document, from pdfkit; returns where the signature block is. */
async function renderCover(
  issue: GazetteIssue & { number: number },
  documents: IssuePdfDocument[],
  publishedAt: string,
  block: SignatureBlock | undefined,
): Promise<{ bytes: Buffer; blockTop?: number }> {
  const { pdf, finished } = await pdfkitDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 72, right: 64 },
    info: { CreationDate: new Date(publishedAt), ModDate: new Date(publishedAt) },
    compress: true,
  });

  pdf.font('bold').fontSize(11).text('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', { align: 'center' });
  pdf.moveDown(1.5);
  pdf.fontSize(30).text('CÔNG BÁO', { align: 'center' });
  pdf
    .font('regular')
    .fontSize(12)
    .text(`Số ${issue.number} — Ngày ${formatDateVi(publishedAt)}`, { align: 'center' });
  pdf.moveDown(0.5).fontSize(12).text(issue.title, { align: 'center' });
  pdf.moveDown(0.8);
  pdf
    .fontSize(9)
    .text(
      'Văn bản quy phạm pháp luật đăng trên Công báo điện tử có giá trị như bản gốc ' +
        '(Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15).',
      { align: 'center' },
    );
  pdf.moveDown(1);
  let blockTop: number | undefined;
  if (block) {
    blockTop = pdf.y;
    pdf.rect(BLOCK.x, blockTop, BLOCK.width, BLOCK.height).lineWidth(0.8).strokeColor('#b1261c').stroke();
    const fingerprint = `${block.certificateSha256.slice(0, 16)}…${block.certificateSha256.slice(-16)}`;
    pdf
      .fillColor('#b1261c')
      .font('bold')
      .fontSize(8.5)
      .text(`Ký số bởi: ${block.signer}`, BLOCK.x + 8, blockTop + 7, { width: BLOCK.width - 16 });
    pdf
      .font('regular')
      .text(`Thời gian ký: ${formatDateTimeVi(block.signedAt)} (giờ Việt Nam)`, { width: BLOCK.width - 16 })
      .text(`Chứng thư số, SHA-256: ${fingerprint}`, { width: BLOCK.width - 16 })
      .text(`Kiểm tra: ${block.verifyUrl}`, { width: BLOCK.width - 16 });
    pdf.fillColor('black').text('', 72, blockTop + BLOCK.height + 18);
  }
  pdf.font('bold').fontSize(13).text('MỤC LỤC');
  pdf.moveDown(0.5);
  for (const document of documents) {
    pdf
      .font('bold')
      .fontSize(11)
      .text(`${documentTypeLabels[document.documentType].vi} số ${document.numberSymbol}`, {
        continued: true,
      });
    pdf.font('regular').text(`  — Trang ${document.pages}`);
    pdf
      .fontSize(10)
      .text(`${document.issuingBody}, ngày ${formatDateVi(document.issueDate)}: ${document.abstract}`, {
        indent: 12,
      });
    pdf.moveDown(0.6);
  }
  // One page of details per document: used where its signed original cannot be read.
  for (const document of documents) {
    pdf.addPage();
    pdf.font('bold').fontSize(11).text(document.issuingBody.toUpperCase(), { align: 'left' });
    pdf.font('regular').fontSize(10).text(`Số: ${document.numberSymbol}`);
    pdf.moveDown(1);
    pdf
      .font('bold')
      .fontSize(14)
      .text(documentTypeLabels[document.documentType].vi.toUpperCase(), { align: 'center' });
    pdf.font('bold').fontSize(12).text(document.abstract, { align: 'center' });
    pdf.moveDown(1);
    pdf.font('regular').fontSize(11);
    pdf.text(`Ngày ban hành: ${formatDateVi(document.issueDate)}`);
    pdf.text(`Ngày có hiệu lực: ${formatDateVi(document.effectiveDate)}`);
    pdf.text(`Người ký: ${document.signer}`);
    pdf.text(`Trang trong số Công báo: ${document.pages}`);
    pdf.moveDown(1);
    pdf
      .fontSize(10)
      .text('Bản gốc đã ký số của văn bản được lưu kèm số Công báo này trong kho lưu trữ Công báo điện tử.', {
        oblique: true,
      });
  }
  pdf.end();
  return { bytes: await finished, ...(blockTop === undefined ? {} : { blockTop }) };
}

async function pagesOf(original: Uint8Array | undefined) {
  if (!original) return undefined;
  try {
    const source = await PdfLibDocument.load(original, { updateMetadata: false });
    return source.getPageCount() > 0 ? source : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The issue PDF, ready for signing when `signature` is given (its placeholder and visible block in
 * place); without it, a plain PDF (the seed's stand-in documents use that).
 */
export async function renderIssuePdf(
  issue: GazetteIssue & { number: number },
  documents: IssuePdfDocument[],
  publishedAt: string,
  signature?: SignatureBlock,
): Promise<Uint8Array> {
  const at = new Date(publishedAt);
  const cover = await renderCover(issue, documents, publishedAt, signature);
  const coverDocument = await PdfLibDocument.load(cover.bytes, { updateMetadata: false });
  const coverPageCount = coverDocument.getPageCount() - documents.length;
  const output = await PdfLibDocument.create({ updateMetadata: false });
  const indices = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);
  for (const page of await output.copyPages(coverDocument, indices(0, coverPageCount))) output.addPage(page);
  for (const [index, document] of documents.entries()) {
    const source = await pagesOf(document.original);
    const pages = source
      ? await output.copyPages(source, source.getPageIndices())
      : await output.copyPages(coverDocument, [coverPageCount + index]);
    for (const page of pages) output.addPage(page);
    for (const file of document.embedded ?? []) {
      await output.attach(file.bytes, file.fileName, {
        mimeType: file.contentType,
        description: file.description,
        creationDate: at,
        modificationDate: at,
        afRelationship: AFRelationship.Source,
      });
    }
  }
  output.setTitle(`Công báo tỉnh Quảng Trị số ${issue.number}/${issue.year}`, { showInWindowTitleBar: true });
  output.setAuthor('Cổng Thông tin điện tử tỉnh Quảng Trị');
  output.setSubject(issue.title);
  output.setLanguage('vi-VN');
  output.setProducer('Cổng Thông tin điện tử tỉnh Quảng Trị');
  output.setCreator('Cổng Thông tin điện tử tỉnh Quảng Trị');
  output.setCreationDate(at);
  output.setModificationDate(at);
  const firstPage = output.getPage(0);
  if (signature && cover.blockTop !== undefined) {
    pdflibAddPlaceholder({
      pdfPage: firstPage,
      reason: `Cong bao tinh Quang Tri so ${issue.number}/${issue.year}`,
      contactInfo: signature.verifyUrl,
      name: ascii(signature.signer),
      location: 'Dong Hoi, Quang Tri, Viet Nam',
      signingTime: at,
      signatureLength: SIGNATURE_PLACEHOLDER_HEX_DIGITS,
      subFilter: PADES_SUBFILTER,
      widgetRect: [
        BLOCK.x,
        A4_HEIGHT - (cover.blockTop + BLOCK.height),
        BLOCK.x + BLOCK.width,
        A4_HEIGHT - cover.blockTop,
      ],
      appName: 'QTP',
    });
  }
  return output.save({ useObjectStreams: false });
}
