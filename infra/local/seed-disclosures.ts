import { PutObjectCommand } from '@aws-sdk/client-s3';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';
import { listDisclosures } from '#shared/data/disclosures.ts';
import { createDisclosure, decideOnDisclosure } from '#shared/disclosure/disclosures.ts';
import type { DisclosureInput } from '#shared/domain/disclosure.ts';
import { createDocumentUploadTicket } from '#shared/media/document-uploads.ts';
import { pdfkitDocument } from '#shared/media/pdfkit-document.ts';
import { localAccounts } from './accounts.ts';

/**
 * Demo disclosures of the merged province (Quảng Trị since 1 July 2025: former Quảng Bình and Quảng Trị,
 * centre Đồng Hới, province and communes/wards). Each goes through the real verbs: an upload, the editor's
 * record, the director's publication. A store that has disclosures is left alone.
 */
const issuer = 'Ủy ban nhân dân tỉnh Quảng Trị';
type Demo = Omit<DisclosureInput, 'fileKeys'> & { fileName: string };
const demos: Demo[] = [
  {
    titleVi: 'Công khai dự toán ngân sách địa phương tỉnh Quảng Trị năm 2026',
    titleEn: 'Quang Tri local budget estimate for 2026',
    collection: 'budget-estimates',
    date: '2025-12-18',
    year: 2026,
    issuingBody: issuer,
    summaryVi: 'Dự toán thu, chi ngân sách năm 2026 của tỉnh sau hợp nhất, gồm ngân sách cấp tỉnh và cấp xã.',
    summaryEn:
      'The 2026 revenue and expenditure estimates of the merged province, provincial and commune budgets.',
    fileName: 'du-toan-ngan-sach-2026.pdf',
  },
  {
    titleVi: 'Tình hình thực hiện dự toán ngân sách 9 tháng năm 2025',
    titleEn: 'Budget execution for the first nine months of 2025',
    collection: 'budget-execution',
    date: '2025-10-15',
    year: 2025,
    issuingBody: 'Sở Tài chính tỉnh Quảng Trị',
    summaryVi: 'Số liệu thực hiện thu, chi ngân sách đến hết quý III năm 2025.',
    summaryEn: 'Revenue and expenditure to the end of the third quarter of 2025.',
    fileName: 'thuc-hien-ngan-sach-9-thang-2025.pdf',
  },
  {
    titleVi: 'Kế hoạch phát triển kinh tế - xã hội năm 2026',
    titleEn: 'Socio-economic development plan for 2026',
    collection: 'plans',
    date: '2025-12-10',
    year: 2026,
    issuingBody: issuer,
    summaryVi:
      'Mục tiêu, chỉ tiêu và giải pháp phát triển của tỉnh Quảng Trị năm 2026, trung tâm hành chính Đồng Hới.',
    summaryEn: 'Targets and measures for Quang Tri in 2026; administrative centre Dong Hoi.',
    fileName: 'ke-hoach-kt-xh-2026.pdf',
  },
  {
    titleVi: 'Kế hoạch đầu tư công năm 2026',
    titleEn: 'Public investment plan for 2026',
    collection: 'public-investment',
    date: '2025-12-20',
    year: 2026,
    issuingBody: 'Sở Tài chính tỉnh Quảng Trị',
    summaryVi: 'Danh mục dự án và mức vốn đầu tư công năm 2026 của tỉnh.',
    summaryEn: 'The 2026 public investment projects and their funding.',
    fileName: 'ke-hoach-dau-tu-cong-2026.pdf',
  },
  {
    titleVi: 'Danh mục thông tin phải được công khai của Ủy ban nhân dân tỉnh',
    titleEn: 'List of information the Provincial People’s Committee must disclose',
    collection: 'disclosure-list',
    date: '2025-07-15',
    year: 2025,
    issuingBody: issuer,
    summaryVi: 'Danh mục theo Điều 17 Luật Tiếp cận thông tin và Nghị định 13/2018/NĐ-CP.',
    summaryEn: 'The list under Article 17 of the Law on Access to Information and Decree 13/2018/ND-CP.',
    fileName: 'danh-muc-thong-tin-cong-khai.pdf',
  },
];

function actor(username: string) {
  const account = localAccounts.find((candidate) => candidate.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return { id: `local-${account.username}`, name: account.name };
}

async function demoPdf(title: string): Promise<Buffer> {
  const { pdf, finished } = await pdfkitDocument({ size: 'A4', margin: 56 });
  pdf.font('bold').fontSize(14).text('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ');
  pdf.moveDown().font('regular').fontSize(12).text(title);
  pdf.moveDown().text('Tài liệu mẫu của môi trường thử nghiệm.');
  pdf.end();
  return finished;
}

export async function seedDisclosuresIfEmpty(): Promise<boolean> {
  if ((await listDisclosures()).length > 0) return false;
  const editor = actor('bientap');
  const director = actor('giamdoc');
  for (const { fileName, ...input } of demos) {
    const bytes = await demoPdf(input.titleVi);
    const ticket = await createDocumentUploadTicket(
      { fileName, contentType: 'application/pdf', size: bytes.length },
      'disclosure',
    );
    await s3().send(
      new PutObjectCommand({
        Bucket: readEnv().MEDIA_BUCKET,
        Key: ticket.key,
        Body: bytes,
        ContentType: 'application/pdf',
      }),
    );
    const record = await createDisclosure({ ...input, fileKeys: [ticket.key] }, editor);
    await decideOnDisclosure(record.id, { action: 'publish', expectedVersion: record.version }, director);
  }
  return true;
}
