import { describe, expect, it } from 'vitest';
import { findPersonalData, MASK, maskPersonalData } from '#shared/text/personal-data.ts';

const kinds = (text: string) => findPersonalData(text).map((finding) => [finding.kind, finding.text]);

describe('personal data in text to be published', () => {
  it('finds Vietnamese phone numbers however they are written', () => {
    expect(kinds('Gọi cho tôi: 0912 345 678 hoặc +84 232 3822 123.')).toEqual([
      ['phone', '0912 345 678'],
      ['phone', '+84 232 3822 123'],
    ]);
    expect(kinds('số máy 0232.3856.789')).toEqual([['phone', '0232.3856.789']]);
  });

  it('finds e-mail addresses and ID-card numbers', () => {
    expect(kinds('Thư về nguyen.van.a@gmail.com nhé')).toEqual([['email', 'nguyen.van.a@gmail.com']]);
    expect(kinds('CCCD 044093001234, CMND cũ 197123456')).toEqual([
      ['id-number', '044093001234'],
      ['id-number', '197123456'],
    ]);
  });

  it('finds street addresses, with or without diacritics and in capitals', () => {
    const found = kinds('Nhà tôi ở số 12 đường Lê Lợi, còn bà con ở Thôn 3 và kiệt 45 Hùng Vương.');
    expect(found.map(([kind]) => kind)).toEqual(['address', 'address', 'address']);
    expect(found[0]?.[1]).toContain('số 12');
    expect(kinds('SO 7 DUONG TRAN HUNG DAO').map(([kind]) => kind)).toEqual(['address']);
  });

  it('leaves ordinary numbers, dates and document numbers alone', () => {
    expect(
      findPersonalData('Theo Quyết định số 12/2024/QĐ-UBND ngày 05/3/2024, năm 2026 có 15 dự án.'),
    ).toEqual([]);
    expect(findPersonalData('Ngày 1 tháng 7 năm 2025 tỉnh Quảng Trị mới được thành lập.')).toEqual([]);
  });

  it('masks each finding and nothing else', () => {
    expect(maskPersonalData('Liên hệ 0912345678 hoặc a@b.vn, cảm ơn.')).toBe(
      `Liên hệ ${MASK} hoặc ${MASK}, cảm ơn.`,
    );
    expect(maskPersonalData('Đường xấu quá')).toBe('Đường xấu quá');
  });

  it('finds and masks the sender’s own details, however they are written', () => {
    const known = ['Đặng Thị Thu Hà', 'Thôn 5, xã Vĩnh Linh'];
    expect(
      findPersonalData('Tôi là Dang thi Thu Ha, ở thôn 5, xã Vĩnh Linh.', known).map(
        (finding) => finding.kind,
      ),
    ).toEqual(['sender', 'sender']);
    expect(maskPersonalData('Tôi là ĐẶNG THỊ THU HÀ.', known)).toBe(`Tôi là ${MASK}.`);
  });
});
