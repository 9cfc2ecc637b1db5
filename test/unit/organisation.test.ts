import { existsSync } from 'node:fs';
import { type Element, isTag } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { directoryFiles } from '#functions/publisher/directory-pages.ts';
import { fixedPages } from '#functions/publisher/fixed-pages.ts';
import type { Agency } from '#shared/domain/directory.ts';
import {
  englishStatus,
  stampFields,
  unitEnglishPairs,
  unitTimedFields,
} from '#shared/domain/english-versions.ts';
import type { ExternalLink, Official, Unit } from '#shared/domain/organisation.ts';
import { recordedCheck } from '#shared/organisation/link-check.ts';
import { ancestorsOf, chartOf, structureProblem } from '#shared/site/org-chart.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { sampleContext as ctx } from '#web/site/fixtures.ts';
import { type DirectoryData, renderDirectoryPage } from '#web/site/render.ts';

/** The organisation's pure rules (English versions, the chart) and its pages rendered from data (issue 13). */

const unit = (id: string, parentId: string | undefined, extra: Partial<Unit> = {}): Unit => ({
  id,
  kind: 'body',
  ...(parentId ? { parentId } : {}),
  order: 1,
  nameVi: `Đơn vị ${id}`,
  nameEn: `Unit ${id}`,
  functionsVi: 'Nhiệm vụ một\nNhiệm vụ hai',
  functionsEn: 'Duty one\nDuty two',
  fieldTimes: {},
  version: 1,
  ...extra,
});

describe('English versions', () => {
  const t1 = '2026-12-01T01:00:00.000Z';
  const t2 = '2026-12-02T01:00:00.000Z';
  it('stamps the fields a change touched and keeps the others', () => {
    const before = unit('a', undefined);
    const times = stampFields(undefined, before, unitTimedFields, {}, t1);
    expect(Object.keys(times).sort()).toEqual([...unitTimedFields].sort());
    const after = { ...before, functionsVi: 'Nhiệm vụ mới' };
    expect(stampFields(before, after, unitTimedFields, times, t2)).toEqual({ ...times, functionsVi: t2 });
  });

  it('says missing when the English is empty, stale when the Vietnamese changed later, nothing otherwise', () => {
    const times = { nameVi: t1, nameEn: t1, functionsVi: t2, functionsEn: t1 };
    expect(englishStatus(unit('a', undefined), unitEnglishPairs, times)).toEqual([
      { field: 'functionsEn', state: 'stale' },
    ]);
    expect(
      englishStatus(unit('a', undefined, { nameEn: ' ' }), unitEnglishPairs, { ...times, functionsEn: t2 }),
    ).toEqual([{ field: 'nameEn', state: 'missing' }]);
    expect(englishStatus(unit('a', undefined), unitEnglishPairs, { ...times, functionsEn: t2 })).toEqual([]);
    // No Vietnamese, nothing to translate.
    expect(
      englishStatus(unit('a', undefined, { functionsVi: '', functionsEn: '' }), unitEnglishPairs, times),
    ).toEqual([]);
  });
});

describe('the organisation chart', () => {
  const units = [
    unit('ubnd', undefined),
    unit('van-phong', 'ubnd'),
    unit('cong', 'van-phong'),
    unit('so', 'ubnd', { order: 0 }),
  ];
  it('refuses an unknown parent, the unit itself and its descendants as parent', () => {
    expect(structureProblem(units, 'x', 'khong-co')).toBe('unknown-parent');
    expect(structureProblem(units, 'ubnd', 'ubnd')).toBe('cycle');
    expect(structureProblem(units, 'ubnd', 'cong')).toBe('cycle');
    expect(structureProblem(units, 'cong', 'so')).toBeUndefined();
    expect(structureProblem(units, 'ubnd', undefined)).toBeUndefined();
  });

  it('orders the tree by order and lists ancestors nearest last', () => {
    const [root] = chartOf(units);
    expect(root?.unit.id).toBe('ubnd');
    expect(root?.children.map((child) => child.unit.id)).toEqual(['so', 'van-phong']);
    expect(ancestorsOf(units, 'cong').map((above) => above.id)).toEqual(['ubnd', 'van-phong']);
  });
});

describe('link check records', () => {
  it('keeps the first time a link was found dead while it stays dead', () => {
    const first = recordedCheck(undefined, {
      url: 'https://x.vn',
      state: 'dead',
      status: 404,
      checkedAt: 't1',
    });
    expect(first.deadSince).toBe('t1');
    const second = recordedCheck(first, { url: 'https://x.vn', state: 'dead', status: 500, checkedAt: 't2' });
    expect(second.deadSince).toBe('t1');
    expect(
      recordedCheck(second, { url: 'https://x.vn', state: 'alive', status: 200, checkedAt: 't3' }).deadSince,
    ).toBeUndefined();
  });
});

const official = (id: string, listed: boolean, extra: Partial<Official> = {}): Official => ({
  id,
  unitId: 'cong',
  name: `Cán bộ ${id}`,
  positionVi: 'Trưởng phòng',
  positionEn: 'Head of Division',
  roleVi: '',
  roleEn: '',
  phone: '0233 3852 468',
  email: `${id}@quangtri.gov.vn`,
  listed,
  order: 1,
  fieldTimes: {},
  version: 1,
  ...extra,
});
const link: ExternalLink = {
  id: 'chinh-phu',
  group: 'central',
  nameVi: 'Cổng Thông tin điện tử Chính phủ',
  nameEn: 'Government Electronic Portal',
  url: 'https://chinhphu.vn',
  order: 1,
  version: 1,
};
const agency: Agency = {
  id: 'phuong-dong-hoi',
  nameVi: 'Ủy ban nhân dân phường Đồng Hới',
  nameEn: "Dong Hoi Ward People's Committee",
  kind: 'ward',
  website: 'https://donghoi.quangtri.gov.vn',
  phone: '0232 3822 000',
  version: 1,
};
const data: DirectoryData = {
  units: [unit('ubnd', undefined), unit('cong', 'ubnd', { agencyId: 'phuong-dong-hoi', functionsEn: '' })],
  officials: [official('hien', true), official('an', false)],
  links: [link],
  agencies: [agency],
};
const dom = (html: string) => parseDocument(html);
const elements = (html: string, test: (element: Element) => boolean) =>
  DomUtils.findAll((node) => isTag(node) && test(node), dom(html).children);
const textOf = (html: string) => DomUtils.textContent(elements(html, (e) => e.name === 'main'));
const hrefs = (html: string) => elements(html, (e) => e.name === 'a').map((a) => a.attribs.href ?? '');

describe('the organisation and directory pages, from data', () => {
  it('renders the chart with a link to every unit and to the contacts, in both languages', () => {
    for (const language of ['vi', 'en'] as const) {
      const html = renderDirectoryPage(ctx, language, data, { kind: 'organisation' });
      expect(hrefs(html)).toContain(sitePaths.unit(language, 'cong'));
      expect(hrefs(html)).toContain(sitePaths.contacts(language));
      expect(
        elements(html, (e) => e.name === 'link' && e.attribs.rel === 'canonical')[0]?.attribs.href,
      ).toMatch(new RegExp(`${sitePaths.staticPage(language, 'organisation')}$`));
    }
  });

  it("shows a unit's functions, its parent and its listed focal points; untranslated English is marked Vietnamese", () => {
    const cong = data.units[1] as Unit;
    const vi = renderDirectoryPage(ctx, 'vi', data, { kind: 'unit', unit: cong });
    expect(textOf(vi)).toContain('Nhiệm vụ hai');
    expect(textOf(vi)).toContain('Cán bộ hien');
    expect(textOf(vi)).not.toContain('Cán bộ an');
    expect(hrefs(vi)).toContain('tel:02333852468');
    expect(hrefs(vi)).toContain(sitePaths.unit('vi', 'ubnd'));
    expect(hrefs(vi)).toContain('https://donghoi.quangtri.gov.vn');
    const en = renderDirectoryPage(ctx, 'en', data, { kind: 'unit', unit: cong });
    expect(textOf(en)).toContain('The English version of this text is being prepared');
    const marked = elements(en, (e) => e.name === 'ul' && e.attribs.lang === 'vi');
    expect(DomUtils.textContent(marked)).toContain('Nhiệm vụ một');
  });

  it('lists the focal points, the links by group and the agencies by kind', () => {
    const contacts = renderDirectoryPage(ctx, 'en', data, { kind: 'contacts' });
    expect(textOf(contacts)).toContain('Head of Division');
    expect(hrefs(contacts)).toContain('mailto:hien@quangtri.gov.vn');
    expect(hrefs(contacts)).not.toContain('mailto:an@quangtri.gov.vn');
    const links = renderDirectoryPage(ctx, 'vi', data, { kind: 'links' });
    expect(hrefs(links)).toContain('https://chinhphu.vn');
    expect(hrefs(links)).toContain(sitePaths.agencies('vi'));
    const agencies = renderDirectoryPage(ctx, 'en', data, { kind: 'agencies' });
    expect(textOf(agencies)).toContain("Dong Hoi Ward People's Committee");
    expect(textOf(agencies)).toContain('Ward');
  });

  it('writes these pages from the directory partition, not as fixed pages; the fixed components are gone', () => {
    const paths = directoryFiles(ctx, data).map((file) => file.path);
    for (const language of ['vi', 'en'] as const) {
      expect(paths).toContain(sitePaths.staticPage(language, 'organisation'));
      expect(paths).toContain(sitePaths.staticPage(language, 'links'));
      expect(paths).toContain(sitePaths.unit(language, 'cong'));
    }
    const fixed = fixedPages.map((page) => page.path);
    expect(fixed).not.toContain(sitePaths.staticPage('vi', 'organisation'));
    expect(fixed).not.toContain(sitePaths.staticPage('en', 'links'));
    expect(existsSync('web/site/pages/StaticPage.tsx')).toBe(false);
    expect(existsSync('web/site/pages/static/Organisation.tsx')).toBe(false);
    expect(existsSync('web/site/pages/static/Links.tsx')).toBe(false);
  });
});
