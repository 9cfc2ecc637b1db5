import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportPdf } from '#shared/consultation/report-pdf.ts';

const ids = {
  a: '0b0e7f4e-1d5c-4c3e-9b59-0d2f1d1a0001',
  b: '0b0e7f4e-1d5c-4c3e-9b59-0d2f1d1a0002',
  hidden: '0b0e7f4e-1d5c-4c3e-9b59-0d2f1d1a0003',
};

const model = {
  consultation: {
    title: 'Quy định quản lý chợ trên địa bàn tỉnh Quảng Trị',
    agencyName: 'Sở Công Thương',
    documentKind: 'quyet-dinh' as const,
    opensAt: '2026-12-01T01:00:00.000Z',
    closesAt: '2026-12-21T10:00:00.000Z',
  },
  report: {
    summary: 'Sở đã nhận được các ý kiến góp ý về giờ mở cửa chợ và nội quy.',
    issues: [
      {
        title: 'Giờ mở cửa chợ đầu mối',
        commentIds: [ids.a, ids.b, ids.hidden],
        disposition: 'partly-accepted' as const,
        reason: 'Điều chỉnh giờ mở cửa sớm hơn một giờ; giữ nguyên giờ đóng cửa vì lý do an ninh.',
        changedAnchor: 'dieu-3-khoan-2',
      },
      {
        title: 'Phí vệ sinh',
        commentIds: [],
        disposition: 'not-accepted' as const,
        reason: 'Mức phí do Hội đồng nhân dân tỉnh quyết định.',
      },
    ],
    submittedAt: '2026-12-23T02:00:00.000Z',
    submittedBy: 'Sở Công Thương',
    // 20:30 on the 24th UTC is already the 25th in Vietnam.
    approvedAt: '2026-12-24T20:30:00.000Z',
  },
  comments: [
    { id: ids.a, authorLabel: 'Hợp tác xã Đông Hà' },
    { id: ids.b, authorLabel: 'Nguyễn Thị Hường' },
  ],
  received: 7,
  published: 2,
  pageUrl: 'https://quangtri.example/lay-y-kien/quy-dinh-quan-ly-cho/',
};

function textOf(bytes: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), 'qtp-report-pdf-'));
  const file = join(folder, 'report.pdf');
  writeFileSync(file, bytes);
  // -raw keeps the drawing order, so a wrapped line still reads as one text.
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8' })
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}

describe('the disposition report PDF', () => {
  it('holds the Vietnamese text of the report, in DejaVu, dated in Vietnam time', async () => {
    const bytes = await renderReportPdf(model);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = textOf(bytes);
    for (const expected of [
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      'SỞ CÔNG THƯƠNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Trị, ngày 25 tháng 12 năm 2026',
      'BÁO CÁO',
      'Tổng hợp, tiếp thu, giải trình ý kiến góp ý',
      'đối với dự thảo quyết định “Quy định quản lý chợ trên địa bàn tỉnh Quảng Trị”',
      'Loại văn bản: Quyết định',
      'Thời gian lấy ý kiến: từ 08:00 01/12/2026 đến 17:00 21/12/2026 (giờ Việt Nam)',
      'Số góp ý nhận được: 7',
      'Số góp ý đã đăng công khai: 2',
      'Sở đã nhận được các ý kiến góp ý về giờ mở cửa chợ và nội quy.',
      '1. Giờ mở cửa chợ đầu mối',
      'Số góp ý: 3 (Hợp tác xã Đông Hà; Nguyễn Thị Hường; 1 góp ý không đăng công khai)',
      'Ý kiến của cơ quan soạn thảo: Tiếp thu một phần',
      'giữ nguyên giờ đóng cửa vì lý do an ninh.',
      'Nội dung được chỉnh sửa: Khoản 2 Điều 3',
      '2. Phí vệ sinh',
      'Ý kiến của cơ quan soạn thảo: Không tiếp thu (giải trình)',
      'Báo cáo được công bố trên Cổng Thông tin điện tử tỉnh Quảng Trị:',
    ])
      expect(text).toContain(expected);
    // A long address may wrap at a hyphen.
    expect(text.replace(/ /g, '')).toContain(model.pageUrl);
    const folder = mkdtempSync(join(tmpdir(), 'qtp-report-fonts-'));
    writeFileSync(join(folder, 'r.pdf'), bytes);
    const fonts = execFileSync('pdffonts', [join(folder, 'r.pdf')], { encoding: 'utf8' });
    expect(fonts).toContain('DejaVuSerif');
    expect(fonts).not.toMatch(/Helvetica|Times/);
  });

  it('gives the same bytes for the same report (a retried publication rewrites the same file)', async () => {
    expect(Buffer.from(await renderReportPdf(model)).equals(Buffer.from(await renderReportPdf(model)))).toBe(
      true,
    );
  });
});
