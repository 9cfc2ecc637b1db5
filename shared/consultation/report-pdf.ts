import {
  type Consultation,
  type DispositionReport,
  dispositionLabels,
  documentKindLabels,
  type PublicComment,
} from '#shared/domain/consultation.ts';
import { pdfkitDocument } from '#shared/media/pdfkit-document.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import { formatLongDateVi } from '#web/site/gazette/format.ts';
import { anchorLabel } from './draft-text.ts';

/**
 * The approved disposition report as a PDF (báo cáo tổng hợp, tiếp thu, giải trình ý kiến), drawn with
 * pdfkit in DejaVu like the gazette's issue PDF. It says what the page's report section says: the header
 * (the province, the drafting agency), the draft, the period, the counts, the summary, then each issue with
 * its comments (how many, and the public labels of the published ones: a contact is never an input here),
 * the disposition, the reason and the part changed. Every date in the file is the approval instant, so a
 * re-render of the same report gives the same bytes.
 */
export type ReportPdfModel = {
  consultation: Pick<Consultation, 'title' | 'agencyName' | 'documentKind' | 'opensAt' | 'closesAt'>;
  report: DispositionReport & { approvedAt: string };
  /** Published comments (public fields only): their labels name who commented. */
  comments: Pick<PublicComment, 'id' | 'authorLabel'>[];
  received: number;
  published: number;
  /** The draft's page, printed at the end so a paper copy leads back to it. */
  pageUrl: string;
};

export async function renderReportPdf(model: ReportPdfModel): Promise<Uint8Array> {
  const { consultation, report } = model;
  const at = new Date(report.approvedAt);
  const kind = documentKindLabels[consultation.documentKind].vi;
  const { pdf, finished } = await pdfkitDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 72, right: 56 },
    info: {
      Title: `Báo cáo tổng hợp, tiếp thu, giải trình ý kiến: ${consultation.title}`,
      Author: consultation.agencyName,
      Subject: `Dự thảo ${kind}: ${consultation.title}`,
      Creator: 'Cổng Thông tin điện tử tỉnh Quảng Trị',
      Producer: 'Cổng Thông tin điện tử tỉnh Quảng Trị',
      CreationDate: at,
      ModDate: at,
    },
    lang: 'vi-VN',
    compress: true,
  });
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const half = width / 2 - 8;
  const top = pdf.y;
  // The two-column header of an administrative document: the issuing bodies left, the national motto right.
  pdf
    .font('regular')
    .fontSize(11)
    .text('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', left, top, { width: half, align: 'center' });
  pdf.font('bold').text(consultation.agencyName.toUpperCase(), { width: half, align: 'center' });
  const leftBottom = pdf.y;
  pdf
    .font('bold')
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + half + 16, top, { width: half, align: 'center' });
  pdf.text('Độc lập - Tự do - Hạnh phúc', { width: half, align: 'center' });
  pdf.moveDown(0.6);
  pdf
    .font('regular')
    .fontSize(10.5)
    .text(`Quảng Trị, ${formatLongDateVi(report.approvedAt)}`, {
      width: half,
      align: 'center',
      oblique: true,
    });
  pdf.text('', left, Math.max(leftBottom, pdf.y) + 24, { width });

  pdf.font('bold').fontSize(14).text('BÁO CÁO', { align: 'center', width });
  pdf.fontSize(12).text('Tổng hợp, tiếp thu, giải trình ý kiến góp ý của cơ quan, tổ chức, cá nhân', {
    align: 'center',
    width,
  });
  pdf
    .font('regular')
    .text(`đối với dự thảo ${kind.toLowerCase()} “${consultation.title}”`, { align: 'center', width });
  pdf.moveDown(1.2);

  const fact = (label: string, value: string) => {
    pdf.font('bold').fontSize(11).text(`${label}: `, { continued: true, width });
    pdf.font('regular').text(value, { width });
  };
  fact('Dự thảo', consultation.title);
  fact('Loại văn bản', kind);
  fact('Cơ quan soạn thảo', consultation.agencyName);
  fact(
    'Thời gian lấy ý kiến',
    `từ ${formatDateTimeVi(consultation.opensAt)} đến ${formatDateTimeVi(consultation.closesAt)} (giờ Việt Nam)`,
  );
  fact('Số góp ý nhận được', String(model.received));
  fact('Số góp ý đã đăng công khai', String(model.published));
  fact('Báo cáo được duyệt lúc', `${formatDateTimeVi(report.approvedAt)} (giờ Việt Nam)`);
  pdf.moveDown(1);

  pdf.font('bold').fontSize(12).text('I. TỔNG HỢP CHUNG', { width });
  pdf.moveDown(0.3);
  pdf.font('regular').fontSize(11).text(report.summary, { width, align: 'justify' });
  pdf.moveDown(1);

  pdf.font('bold').fontSize(12).text('II. TIẾP THU, GIẢI TRÌNH TỪNG VẤN ĐỀ', { width });
  const labels = new Map(model.comments.map((comment) => [comment.id, comment.authorLabel]));
  for (const [index, issue] of report.issues.entries()) {
    pdf.moveDown(0.6);
    pdf
      .font('bold')
      .fontSize(11)
      .text(`${index + 1}. ${issue.title}`, { width });
    const named = [...new Set(issue.commentIds.flatMap((id) => labels.get(id) ?? []))];
    const unnamed = issue.commentIds.length - issue.commentIds.filter((id) => labels.has(id)).length;
    const who = [named.join('; '), unnamed > 0 ? `${unnamed} góp ý không đăng công khai` : '']
      .filter(Boolean)
      .join('; ');
    fact('Số góp ý', issue.commentIds.length > 0 ? `${issue.commentIds.length} (${who})` : '0');
    fact('Ý kiến của cơ quan soạn thảo', dispositionLabels[issue.disposition].vi);
    fact('Lý do', issue.reason);
    if (issue.changedAnchor) fact('Nội dung được chỉnh sửa', anchorLabel(issue.changedAnchor).vi);
  }
  pdf.moveDown(1.5);
  pdf
    .font('regular')
    .fontSize(9.5)
    .text('Báo cáo được công bố trên Cổng Thông tin điện tử tỉnh Quảng Trị:', { width });
  pdf.fillColor('#1a4f8b').text(model.pageUrl, { width, link: model.pageUrl, underline: true });
  pdf.fillColor('black');
  pdf.end();
  return finished;
}
