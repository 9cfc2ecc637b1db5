import { describe, expect, it } from 'vitest';
import { agencyScopeOf, assertInAgencyScope } from '#shared/auth/agency-scope.ts';
import { documentMetadataOf, documentNumberKey, documentSlug } from '#shared/domain/gazette.ts';
import type { Principal } from '#shared/domain/roles.ts';

describe('the number/symbol of a legal document', () => {
  it('is one key however it is cased or composed', () => {
    expect(documentNumberKey('12/2020/qđ-ubnd'.normalize('NFD'), '2020-05-01')).toBe('12/2020/QĐ-UBND');
    expect(documentNumberKey(' 12/2020/QĐ-UBND ', '2020-05-01')).toBe('12/2020/QĐ-UBND');
  });

  it('is scoped by the issue year when the symbol carries no year (directives restart each year)', () => {
    expect(documentNumberKey('03/CT-UBND', '2026-02-10')).toBe('03/CT-UBND@2026');
    expect(documentNumberKey('03/CT-UBND', '2027-02-10')).toBe('03/CT-UBND@2027');
    expect(documentNumberKey('03/CT-UBND', '2026-02-10')).not.toBe(
      documentNumberKey('03/CT-UBND', '2027-01-05'),
    );
  });

  it('gives the document page a slug, with the year for a symbol without one', () => {
    expect(documentSlug('12/2020/QĐ-UBND', '2020-05-01')).toBe('12-2020-qd-ubnd');
    expect(documentSlug('03/CT-UBND', '2026-02-10')).toBe('03-ct-ubnd-2026');
  });
});

describe('document metadata', () => {
  it('copies exactly the eight fields, whatever else the record carries', () => {
    const metadata = documentMetadataOf({
      numberSymbol: '12/2026/QĐ-UBND',
      documentType: 'quyet-dinh',
      issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
      signer: 'Hoàng Nam',
      issueDate: '2026-11-20',
      effectiveDate: '2026-12-01',
      abstract: 'Quy định về quản lý đường bộ đô thị',
      field: 'giao-thong',
      ...{ status: 'published', id: 'x' },
    });
    expect(Object.keys(metadata).sort()).toEqual(
      [
        'abstract',
        'documentType',
        'effectiveDate',
        'field',
        'issueDate',
        'issuingBody',
        'numberSymbol',
        'signer',
      ].sort(),
    );
  });
});

describe('agency scoping', () => {
  const person = (roles: Principal['roles'], agencyId?: string): Principal => ({
    userId: 'u',
    username: 'u',
    displayName: 'U',
    roles,
    ...(agencyId ? { agencyId } : {}),
  });

  it('limits a user whose only role is agency to their agency', () => {
    expect(agencyScopeOf(person(['agency'], 'so-tu-phap'))).toBe('so-tu-phap');
    expect(() =>
      assertInAgencyScope(person(['agency'], 'so-tu-phap'), { agencyId: 'so-tu-phap' }),
    ).not.toThrow();
    expect(() => assertInAgencyScope(person(['agency'], 'so-tu-phap'), { agencyId: 'so-y-te' })).toThrow(
      expect.objectContaining({ status: 403 }),
    );
    expect(() => assertInAgencyScope(person(['agency'], 'so-tu-phap'), {})).toThrow(
      expect.objectContaining({ status: 403 }),
    );
  });

  it('lets the portal staff work across agencies', () => {
    for (const role of ['admin', 'director', 'gazette_officer', 'feedback_officer'] as const) {
      expect(agencyScopeOf(person([role]))).toBeUndefined();
      expect(() =>
        assertInAgencyScope(person([role, 'agency'], 'so-tu-phap'), { agencyId: 'so-y-te' }),
      ).not.toThrow();
    }
  });

  it('refuses an agency account that names no agency', () => {
    expect(() => agencyScopeOf(person(['agency']))).toThrow(expect.objectContaining({ status: 403 }));
  });
});
