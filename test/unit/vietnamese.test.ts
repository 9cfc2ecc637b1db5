import { describe, expect, it } from 'vitest';
import { foldDiacritics, nfc, normalizeDeep, searchTerms, slugify } from '#shared/text/vietnamese.ts';
import { formatDateTimeVi, formatDateVi, yearInVietnam } from '#shared/time/vietnam.ts';

describe('Vietnamese text', () => {
  it('makes slugs from Vietnamese titles, đ included', () => {
    expect(slugify('Quảng Trị đón đoàn công tác của Bộ Nội vụ')).toBe(
      'quang-tri-don-doan-cong-tac-cua-bo-noi-vu',
    );
    expect(slugify('ĐẢNG BỘ tỉnh: “Đổi mới” & phát triển!')).toBe('dang-bo-tinh-doi-moi-phat-trien');
  });

  it('cuts long slugs on a word boundary', () => {
    const slug = slugify(
      'Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2027 của tỉnh Quảng Trị',
      40,
    );
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('hoi-nghi-trien-khai-nhiem-vu-phat-trien');
  });

  it('folds decomposed and composed input to the same search terms', () => {
    const decomposed = 'Quảng Trị'.normalize('NFD');
    expect(decomposed).not.toBe('Quảng Trị');
    expect(searchTerms(decomposed)).toEqual(searchTerms('Quảng Trị'));
    expect(foldDiacritics('Đường Hồ Chí Minh')).toBe('duong ho chi minh');
  });

  it('normalizes every string of a record to NFC, nested ones too', () => {
    const record = normalizeDeep({
      title: 'Đông Hà'.normalize('NFD'),
      tags: ['Hướng Hóa'.normalize('NFD')],
      n: 3,
    });
    expect(record.title).toBe(nfc('Đông Hà'));
    expect(record.tags[0]).toBe('Hướng Hóa'.normalize('NFC'));
    expect(record.n).toBe(3);
  });

  it('formats dates in Vietnam time whatever the server zone', () => {
    // 17:30 UTC on 31 Dec is already New Year's Day in Quảng Trị (UTC+7).
    expect(formatDateVi('2026-12-31T17:30:00Z')).toBe('01/01/2027');
    expect(formatDateTimeVi('2026-12-31T17:30:00Z')).toBe('00:30 01/01/2027');
    expect(yearInVietnam('2026-12-31T17:30:00Z')).toBe(2027);
  });
});
