import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

export async function pdfkitDocument(options: PDFKit.PDFDocumentOptions): Promise<{
  pdf: PDFKit.PDFDocument;
  finished: Promise<Buffer>;
}> {
  // Imported when a PDF is drawn: pdfkit is installed beside the bundle, and a static import of it would
  // be hoisted to the top of the bundle and loaded (with fontkit) at every cold start of the function.
  const { default: PDFDocument } = await import('pdfkit');
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
