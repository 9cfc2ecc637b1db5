import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { type DocumentMetadata, documentTypeLabels, type GazetteIssue } from '#shared/domain/gazette.ts';
import { formatDateVi } from '#shared/time/vietnam.ts';

/**
 * The issue as PDF, the form of the printed gazette. Text is set in DejaVu (from the npm package
 * dejavu-fonts-ttf), embedded in the file: it has every Vietnamese letter with its diacritics, which the
 * PDF standard fonts lack. The output is deterministic for the same issue, so a retried render writes
 * the same bytes and the write-once archive accepts it as done.
 */
const fontDirectory = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const regular = join(fontDirectory, 'DejaVuSerif.ttf');
const bold = join(fontDirectory, 'DejaVuSerif-Bold.ttf');

export type IssuePdfDocument = Omit<DocumentMetadata, 'field'> & { pages: string };

export async function renderIssuePdf(
  issue: GazetteIssue & { number: number },
  documents: IssuePdfDocument[],
  publishedAt: string,
): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 72, right: 64 },
    info: {
      Title: `Công báo tỉnh Quảng Trị số ${issue.number}/${issue.year}`,
      Author: 'Cổng Thông tin điện tử tỉnh Quảng Trị',
      Subject: issue.title,
      CreationDate: new Date(publishedAt),
      ModDate: new Date(publishedAt),
    },
    lang: 'vi-VN',
    displayTitle: true,
    compress: true,
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('regular', regular);
  pdf.registerFont('bold', bold);

  pdf.font('bold').fontSize(11).text('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', { align: 'center' });
  pdf.moveDown(1.5);
  pdf.fontSize(30).text('CÔNG BÁO', { align: 'center' });
  pdf
    .font('regular')
    .fontSize(12)
    .text(`Số ${issue.number} — Ngày ${formatDateVi(publishedAt)}`, { align: 'center' });
  pdf.moveDown(0.5).fontSize(12).text(issue.title, { align: 'center' });
  pdf.moveDown(2);
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
      .text('Toàn văn văn bản đã ký số được lưu kèm số Công báo này trong kho lưu trữ Công báo điện tử.', {
        oblique: true,
      });
  }
  pdf.end();
  return finished;
}
