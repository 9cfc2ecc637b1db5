import type { ActivityReport } from '#shared/domain/reports.ts';
import type { Language } from '#shared/domain/text.ts';
import { pdfkitDocument } from '#shared/media/pdfkit-document.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import { calendarDate, periodLabel, reportTables, reportWords } from './report-tables.ts';

/**
 * The report as a PDF (A4, DejaVu like the portal's other PDFs, so every Vietnamese letter is in the file):
 * the title, the period, then each table of `reportTables` drawn as a grid, a table continuing on the next
 * page with its header again. `generatedAt` is printed and is the file's date.
 */
export async function renderActivityReportPdf(
  report: ActivityReport,
  language: Language,
  generatedAt: Date,
): Promise<Uint8Array> {
  const w = reportWords(language);
  const { pdf, finished } = await pdfkitDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: {
      Title: `${w.title}: ${periodLabel(report.period, language)}`,
      Author: 'Cổng Thông tin điện tử tỉnh Quảng Trị',
      Creator: 'Cổng Thông tin điện tử tỉnh Quảng Trị',
      Producer: 'Cổng Thông tin điện tử tỉnh Quảng Trị',
      CreationDate: generatedAt,
      ModDate: generatedAt,
    },
    lang: language === 'vi' ? 'vi-VN' : 'en-GB',
    compress: true,
  });
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;

  pdf.font('bold').fontSize(15).text(w.title.toUpperCase(), left, pdf.y, { width, align: 'center' });
  pdf.moveDown(0.3);
  pdf
    .font('regular')
    .fontSize(12)
    .text(
      `${periodLabel(report.period, language)} (${w.from} ${calendarDate(report.period.from)} ${w.to} ${calendarDate(report.period.to)})`,
      { width, align: 'center' },
    );
  pdf
    .fontSize(9.5)
    .fillColor('#444444')
    .text(`${formatDateTimeVi(generatedAt)} (giờ Việt Nam / Vietnam time)`, { width, align: 'center' });
  pdf.fillColor('black');
  pdf.moveDown(1);

  const rowHeight = 18;
  for (const table of reportTables(report, language)) {
    const first = table.columns.length > 2 ? width * 0.4 : width * 0.65;
    const rest = (width - first) / Math.max(1, table.columns.length - 1);
    const columnX = (index: number) => left + (index === 0 ? 0 : first + rest * (index - 1));
    const columnWidth = (index: number) => (index === 0 ? first : rest);
    const drawRow = (cells: (string | number)[], header: boolean) => {
      const heights = cells.map((cell, index) =>
        pdf
          .font(header ? 'bold' : 'regular')
          .fontSize(9.5)
          .heightOfString(String(cell), { width: columnWidth(index) - 8 }),
      );
      const height = Math.max(rowHeight, ...heights.map((value) => value + 8));
      if (pdf.y + height > bottom()) {
        pdf.addPage();
        if (!header) drawRow(table.columns, true);
      }
      const top = pdf.y;
      if (header) pdf.rect(left, top, width, height).fill('#e8eef6').fillColor('black');
      cells.forEach((cell, index) => {
        pdf
          .font(header ? 'bold' : 'regular')
          .fontSize(9.5)
          .text(String(cell), columnX(index) + 4, top + 4, {
            width: columnWidth(index) - 8,
            align: index === 0 ? 'left' : 'right',
          });
      });
      pdf
        .moveTo(left, top + height)
        .lineTo(left + width, top + height)
        .lineWidth(0.5)
        .strokeColor('#9aa5b1')
        .stroke();
      pdf.x = left;
      pdf.y = top + height;
    };
    if (pdf.y + rowHeight * 3 > bottom()) pdf.addPage();
    pdf.font('bold').fontSize(12).text(table.title, left, pdf.y, { width });
    pdf.moveDown(0.3);
    drawRow(table.columns, true);
    for (const row of table.rows) drawRow(row, false);
    pdf.moveDown(1.2);
  }
  pdf.end();
  return finished;
}
