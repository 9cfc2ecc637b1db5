import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * A pdfkit document with the DejaVu Serif fonts registered as `regular` and `bold` (every Vietnamese letter,
 * embedded), and its bytes once `end()` is called. The gazette's issue PDF and the consultations' reports
 * draw with it, so the portal's PDFs share one set of fonts. Pass fixed `info` dates for identical bytes on
 * a retried render.
 */
const fontDirectory = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
export const dejavuFonts = {
  regular: join(fontDirectory, 'DejaVuSerif.ttf'),
  bold: join(fontDirectory, 'DejaVuSerif-Bold.ttf'),
};

export function pdfkitDocument(options: PDFKit.PDFDocumentOptions): {
  pdf: PDFKit.PDFDocument;
  finished: Promise<Buffer>;
} {
  const pdf = new PDFDocument(options);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('regular', dejavuFonts.regular);
  pdf.registerFont('bold', dejavuFonts.bold);
  return { pdf, finished };
}
