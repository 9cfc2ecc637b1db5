import { describe, expect, it } from 'vitest';
import {
  anchorLabel,
  anchorsOf,
  chapterNumberValue,
  parseDraftText,
} from '#shared/consultation/draft-text.ts';
import { draftStructureSchema } from '#shared/domain/consultation.ts';

const draft = `QUYẾT ĐỊNH
Ban hành Quy định về quản lý chợ trên địa bàn tỉnh Quảng Trị

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy định này quy định về quản lý chợ.

Điều 2. Đối tượng áp dụng
1. Ban quản lý chợ.
2. Thương nhân kinh doanh tại chợ, gồm:
a) hộ kinh doanh;
b) doanh nghiệp.

Chương II: QUẢN LÝ CHỢ
Điều 3. Nội quy chợ
1. Mỗi chợ có nội quy.
2. Nội quy được niêm yết.
3. Ban quản lý chợ kiểm tra việc thực hiện nội quy.
`;

describe('parseDraftText: pasted text into Chương / Điều / Khoản', () => {
  it('structures chapters, articles and clauses with stable anchors', () => {
    const parsed = parseDraftText(draft);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { structure } = parsed;
    expect(structure.preamble).toBe(
      'QUYẾT ĐỊNH\nBan hành Quy định về quản lý chợ trên địa bàn tỉnh Quảng Trị',
    );
    expect(structure.chapters).toEqual([
      { anchor: 'chuong-i', number: 'I', title: 'QUY ĐỊNH CHUNG' },
      { anchor: 'chuong-ii', number: 'II', title: 'QUẢN LÝ CHỢ' },
    ]);
    expect(
      structure.articles.map((article) => [article.anchor, article.title, article.chapterAnchor]),
    ).toEqual([
      ['dieu-1', 'Phạm vi điều chỉnh', 'chuong-i'],
      ['dieu-2', 'Đối tượng áp dụng', 'chuong-i'],
      ['dieu-3', 'Nội quy chợ', 'chuong-ii'],
    ]);
    expect(structure.articles[0]?.intro).toBe('Quy định này quy định về quản lý chợ.');
    expect(structure.articles[0]?.clauses).toEqual([]);
    // Points stay in the clause they belong to.
    expect(structure.articles[1]?.clauses[1]).toEqual({
      anchor: 'dieu-2-khoan-2',
      number: 2,
      text: 'Thương nhân kinh doanh tại chợ, gồm:\na) hộ kinh doanh;\nb) doanh nghiệp.',
    });
    expect(anchorsOf(structure)).toEqual([
      'toan-van',
      'dieu-1',
      'dieu-2',
      'dieu-2-khoan-1',
      'dieu-2-khoan-2',
      'dieu-3',
      'dieu-3-khoan-1',
      'dieu-3-khoan-2',
      'dieu-3-khoan-3',
    ]);
  });

  it('gives the same anchors for the same text (Windows line ends, blank lines, spacing)', () => {
    const again = parseDraftText(draft.replace(/\n/g, '\r\n\r\n').replace('Điều 3. ', 'Điều 3 .  '));
    const first = parseDraftText(draft);
    if (!again.ok || !first.ok) throw new Error('both parse');
    expect(anchorsOf(again.structure)).toEqual(anchorsOf(first.structure));
  });

  it('reads a draft without chapters', () => {
    const parsed = parseDraftText('Điều 1. Một\nNội dung.\nĐiều 2. Hai\n1. Khoản một.');
    expect(parsed.ok && parsed.structure.chapters).toEqual([]);
    expect(parsed.ok && parsed.structure.articles[1]?.clauses[0]?.anchor).toBe('dieu-2-khoan-1');
  });

  it('refuses a draft without any article, naming the problem in both languages', () => {
    const parsed = parseDraftText('Dự thảo quy định\nNội dung không chia điều.');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]?.messageVi).toMatch(/không có điều nào/);
    expect(parsed.problems[0]?.messageEn).toMatch(/no article/);
  });

  it('refuses duplicate and out-of-order articles, with their lines', () => {
    const parsed = parseDraftText('Điều 1. A\nĐiều 2. B\nĐiều 2. C\nĐiều 5. D');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => problem.line)).toEqual([3, 4]);
    expect(parsed.problems[0]?.messageVi).toBe('Dòng 3: Điều 2 bị trùng (đã có ở dòng 2)');
    expect(parsed.problems[1]?.messageEn).toMatch(/article 5 is out of order/);
  });

  it('refuses duplicate or skipped clauses and chapters out of order', () => {
    const clauses = parseDraftText('Điều 1. A\n1. x\n1. y\n3. z');
    expect(clauses.ok).toBe(false);
    if (!clauses.ok) {
      expect(clauses.problems[0]?.messageVi).toMatch(/khoản 1 của Điều 1 bị trùng/);
      expect(clauses.problems[1]?.messageVi).toMatch(/khoản 3 của Điều 1 không đúng thứ tự/);
    }
    const chapters = parseDraftText('Chương I\nA\nĐiều 1. A\nChương III\nB\nĐiều 2. B');
    expect(chapters.ok).toBe(false);
    if (!chapters.ok) expect(chapters.problems[0]?.messageVi).toMatch(/Chương III không đúng thứ tự/);
    const empty = parseDraftText('Chương I\nA\nChương II\nB\nĐiều 1. A');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems[0]?.messageVi).toBe('Chương I không có điều nào');
  });

  it('reads Roman and Arabic chapter numbers and names the parts', () => {
    expect([chapterNumberValue('IV'), chapterNumberValue('ix'), chapterNumberValue('12')]).toEqual([
      4, 9, 12,
    ]);
    expect(chapterNumberValue('ABC')).toBeUndefined();
    expect(anchorLabel('dieu-5-khoan-2')).toEqual({ vi: 'Khoản 2 Điều 5', en: 'Article 5(2)' });
    expect(anchorLabel('toan-van').vi).toBe('Toàn văn dự thảo');
  });
});

describe('parseDraftText: sections (Mục) of a chapter', () => {
  const withSections = `Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định về quản lý chợ.
Chương II
TỔ CHỨC QUẢN LÝ
Mục 1. BAN QUẢN LÝ CHỢ
Điều 2. Thành lập Ban quản lý
1. Ủy ban nhân dân cấp xã thành lập Ban quản lý chợ.
Mục 2
NỘI QUY CHỢ
Điều 3. Nội quy chợ
Mỗi chợ có nội quy.
Chương III
ĐIỀU KHOẢN THI HÀNH
Mục 1. Hiệu lực
Điều 4. Hiệu lực thi hành
Quy định có hiệu lực từ ngày ký.`;

  it('structures sections under their chapter, titles on the same line or the next, anchors per chapter', () => {
    const parsed = parseDraftText(withSections);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.structure.sections).toEqual([
      { anchor: 'chuong-ii-muc-1', number: 1, title: 'BAN QUẢN LÝ CHỢ', chapterAnchor: 'chuong-ii' },
      { anchor: 'chuong-ii-muc-2', number: 2, title: 'NỘI QUY CHỢ', chapterAnchor: 'chuong-ii' },
      { anchor: 'chuong-iii-muc-1', number: 1, title: 'Hiệu lực', chapterAnchor: 'chuong-iii' },
    ]);
    const articles = parsed.structure.articles;
    expect(articles.map((article) => article.sectionAnchor)).toEqual([
      undefined,
      'chuong-ii-muc-1',
      'chuong-ii-muc-2',
      'chuong-iii-muc-1',
    ]);
    // The heading line no longer stays in the text of the part before.
    expect(articles[1]?.clauses[0]?.text).toBe('Ủy ban nhân dân cấp xã thành lập Ban quản lý chợ.');
    expect(anchorLabel('chuong-ii-muc-1')).toEqual({ vi: 'Mục 1 Chương II', en: 'Chapter II, section 1' });
  });

  it('does not take a line that only starts with the word “Mục” for a section', () => {
    const parsed = parseDraftText('Điều 1. Mục tiêu\nMục tiêu của quy định là quản lý chợ.');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.structure.sections).toEqual([]);
    expect(parsed.structure.articles[0]?.intro).toBe('Mục tiêu của quy định là quản lý chợ.');
  });

  it('refuses a duplicate, a skipped, an empty section and one outside a chapter, naming the line', () => {
    const duplicate = parseDraftText(withSections.replace('Mục 2\n', 'Mục 1\n'));
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok)
      expect(duplicate.problems.map((problem) => problem.messageVi)).toContain(
        'Dòng 10: Mục 1 của Chương II bị trùng (đã có ở dòng 7)',
      );
    const skipped = parseDraftText(withSections.replace('Mục 2\n', 'Mục 3\n'));
    expect(skipped.ok).toBe(false);
    if (!skipped.ok) {
      expect(skipped.problems[0]?.line).toBe(10);
      expect(skipped.problems[0]?.messageVi).toMatch(/^Dòng 10: Mục 3 của Chương II không đúng thứ tự/);
      expect(skipped.problems[0]?.messageEn).toMatch(/^Line 10: section 3 of chapter II is out of order/);
    }
    const outside = parseDraftText(`Mục 1. Quy định chung\nĐiều 1. Phạm vi điều chỉnh\nQuy định về chợ.`);
    expect(outside.ok).toBe(false);
    if (!outside.ok) {
      expect(outside.problems).toHaveLength(1);
      expect(outside.problems[0]?.line).toBe(1);
      expect(outside.problems[0]?.messageVi).toMatch(/^Dòng 1: Mục 1 nằm ngoài chương nào/);
    }
    const empty = parseDraftText(
      withSections.replace('Mục 2\nNỘI QUY CHỢ\n', 'Mục 2. NỘI QUY CHỢ\nMục 3. Khác\n'),
    );
    expect(empty.ok).toBe(false);
    if (!empty.ok)
      expect(empty.problems.map((problem) => problem.messageVi)).toContain(
        'Dòng 10: Mục 2 của Chương II không có điều nào',
      );
  });

  it('reads a draft stored before sections were recognised', () => {
    const stored = draftStructureSchema.parse({
      preamble: '',
      chapters: [],
      articles: [{ anchor: 'dieu-1', number: 1, title: 'Phạm vi', intro: 'Văn bản.', clauses: [] }],
    });
    expect(stored.sections).toBeUndefined();
    expect(stored.articles[0]?.sectionAnchor).toBeUndefined();
  });
});
