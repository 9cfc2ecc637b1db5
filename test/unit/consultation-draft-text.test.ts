import { describe, expect, it } from 'vitest';
import {
  anchorLabel,
  anchorsOf,
  chapterNumberValue,
  parseDraftText,
} from '#shared/consultation/draft-text.ts';

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
