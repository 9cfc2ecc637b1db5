import { describe, expect, it } from 'vitest';
import { decideDisclosure, decideEdit } from '#shared/disclosure/workflow.ts';
import type { Disclosure } from '#shared/domain/disclosure.ts';
import { openDisclosureDatasetSchema } from '#shared/domain/disclosure.ts';
import {
  allDisclosurePages,
  disclosurePagesTouchedBy,
  disclosurePathOf,
  disclosureSitemapEntries,
} from '#shared/site/disclosure-pages.ts';
import { type PublicServiceGroup, publicServiceGroups } from '#shared/site/public-services.ts';
import { sitePaths } from '#shared/site/urls.ts';
import {
  renderDisclosureData,
  renderDisclosureRecord,
  renderDisclosureYear,
} from '#web/site/disclosures/render.ts';
import { renderPublicServiceGroup, renderPublicServices } from '#web/site/pages/PublicServicesPage.tsx';

const ctx = { baseUrl: 'https://quangtri.gov.vn', categories: [], generatedAt: '2026-12-02T00:00:00.000Z' };
const person = { id: 'bientap', name: 'Biên tập' };

function record(overrides: Partial<Disclosure>): Disclosure {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    slug: 'du-toan-ngan-sach-2026-11111111',
    titleVi: 'Dự toán ngân sách tỉnh năm 2026',
    titleEn: 'Provincial budget estimate 2026',
    collection: 'budget-estimates',
    date: '2025-12-15',
    year: 2026,
    issuingBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
    summaryVi: 'Công khai dự toán ngân sách.',
    summaryEn: 'The budget estimate disclosed.',
    files: [
      {
        key: 'media/thong-tin-cong-khai/2026/du-toan-ngan-sach-2026-11111111/1-du-toan.pdf',
        fileName: 'du-toan.pdf',
        size: 2048,
        sha256: 'a'.repeat(64),
        contentType: 'application/pdf',
      },
    ],
    status: 'published',
    version: 2,
    createdAt: '2025-12-15T01:00:00.000Z',
    updatedAt: '2025-12-15T01:00:00.000Z',
    createdBy: person,
    updatedBy: person,
    publishedAt: '2025-12-16T01:00:00.000Z',
    firstPublishedAt: '2025-12-16T01:00:00.000Z',
    ...overrides,
  };
}

describe('disclosure decisions', () => {
  it('publishes a draft only by someone other than who changed it last', () => {
    expect(decideDisclosure({ status: 'draft', updatedBy: person }, 'publish', 'giamdoc')).toEqual({
      to: 'published',
    });
    expect(decideDisclosure({ status: 'draft', updatedBy: person }, 'publish', 'bientap')).toEqual({
      refused: 'own-change',
    });
    expect(decideDisclosure({ status: 'withdrawn', updatedBy: person }, 'publish', 'giamdoc')).toEqual({
      to: 'published',
    });
  });
  it('withdraws only what is published, and never edits a published record in place', () => {
    expect(decideDisclosure({ status: 'published', updatedBy: person }, 'withdraw', 'giamdoc')).toEqual({
      to: 'withdrawn',
    });
    expect(decideDisclosure({ status: 'draft', updatedBy: person }, 'withdraw', 'giamdoc')).toEqual({
      refused: 'invalid-transition',
    });
    expect(decideDisclosure({ status: 'published', updatedBy: person }, 'publish', 'giamdoc')).toEqual({
      refused: 'invalid-transition',
    });
    expect(decideEdit('published')).toEqual({ refused: 'not-editable' });
    expect(decideEdit('draft')).toEqual({ ok: true });
    expect(decideEdit('withdrawn')).toEqual({ ok: true });
  });
});

describe('disclosure touched pages', () => {
  const position = { slug: 'a-11111111', collection: 'statistics' as const, year: 2025 };
  it('a first publication renders its pages, its collection and year in both languages, the data and feeds', () => {
    const { render, remove } = disclosurePagesTouchedBy({ after: position });
    expect(render.map(disclosurePathOf).sort()).toEqual(
      [
        '/thong-tin-cong-khai/tai-lieu/a-11111111/',
        '/en/disclosures/records/a-11111111/',
        '/thong-tin-cong-khai/thong-ke/',
        '/en/disclosures/statistics/',
        '/thong-tin-cong-khai/nam-2025/',
        '/en/disclosures/2025/',
        '/thong-tin-cong-khai/du-lieu-2025.json',
        '/thong-tin-cong-khai/',
        '/en/disclosures/',
        '/thong-tin-cong-khai/du-lieu.json',
        '/thong-tin-cong-khai/rss.xml',
        '/thong-tin-cong-khai/atom.xml',
        '/sitemaps/thong-tin-cong-khai.xml',
      ].sort(),
    );
    expect(remove).toEqual([]);
  });
  it('a withdrawal removes its own pages and renders the listings without it', () => {
    const { render, remove } = disclosurePagesTouchedBy({ before: position });
    expect(remove.map(disclosurePathOf).sort()).toEqual([
      '/en/disclosures/records/a-11111111/',
      '/thong-tin-cong-khai/tai-lieu/a-11111111/',
    ]);
    expect(render.map(disclosurePathOf)).toContain('/thong-tin-cong-khai/nam-2025/');
    expect(render.map(disclosurePathOf)).not.toContain('/thong-tin-cong-khai/tai-lieu/a-11111111/');
  });
  it('a record moved to another year and collection renders the old and the new listings', () => {
    const paths = disclosurePagesTouchedBy({
      before: position,
      after: { ...position, year: 2026, collection: 'plans' },
    }).render.map(disclosurePathOf);
    for (const path of [
      '/thong-tin-cong-khai/nam-2025/',
      '/thong-tin-cong-khai/nam-2026/',
      '/thong-tin-cong-khai/thong-ke/',
      '/thong-tin-cong-khai/quy-hoach-ke-hoach/',
      '/thong-tin-cong-khai/du-lieu-2025.json',
      '/thong-tin-cong-khai/du-lieu-2026.json',
    ])
      expect(paths).toContain(path);
  });
  it('nothing public before or after touches nothing; a rebuild lists every collection of both languages', () => {
    expect(disclosurePagesTouchedBy({})).toEqual({ render: [], remove: [] });
    const all = allDisclosurePages([{ slug: 'a-1', year: 2025 }]).map(disclosurePathOf);
    expect(all).toContain('/en/disclosures/disclosure-list/');
    expect(all).toContain('/thong-tin-cong-khai/du-lieu-2025.json');
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the disclosures sitemap', () => {
  it('lists the front pages, the collections and years that hold a record and each record, in both languages', () => {
    const older = record({
      slug: 'thong-ke-2025-22222222',
      collection: 'statistics',
      year: 2025,
      publishedAt: '2025-03-01T00:00:00.000Z',
    });
    const newer = record({});
    const entries = disclosureSitemapEntries([older, newer]);
    const paths = entries.map((entry) => entry.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of [
      '/thong-tin-cong-khai/',
      '/en/disclosures/',
      '/thong-tin-cong-khai/thong-ke/',
      '/thong-tin-cong-khai/nam-2025/',
      '/en/disclosures/2026/',
      '/thong-tin-cong-khai/tai-lieu/thong-ke-2025-22222222/',
      '/en/disclosures/records/du-toan-ngan-sach-2026-11111111/',
    ])
      expect(paths).toContain(path);
    // An empty collection is not offered to crawlers; each page is dated by the newest record it shows.
    expect(paths).not.toContain('/thong-tin-cong-khai/quy-hoach-ke-hoach/');
    const dated = (path: string) => entries.find((entry) => entry.path === path)?.lastModified;
    expect(dated('/thong-tin-cong-khai/')).toBe(newer.publishedAt);
    expect(dated('/thong-tin-cong-khai/nam-2025/')).toBe(older.publishedAt);
    expect(entries.find((entry) => entry.path === '/en/disclosures/2025/')?.alternates).toEqual([
      { language: 'vi', path: '/thong-tin-cong-khai/nam-2025/' },
      { language: 'en', path: '/en/disclosures/2025/' },
    ]);
  });
  it('is empty while nothing is published', () => {
    expect(disclosureSitemapEntries([])).toEqual([]);
  });
});

describe('open data matches the pages', () => {
  const published = [
    record({}),
    record({
      id: '22222222-2222-4222-8222-222222222222',
      slug: 'ke-hoach-22222222',
      collection: 'plans',
      titleVi: 'Kế hoạch phát triển kinh tế - xã hội năm 2026',
      titleEn: 'Socio-economic development plan 2026',
      date: '2026-01-10',
    }),
    record({ id: '33333333-3333-4333-8333-333333333333', slug: 'nam-truoc-33333333', year: 2025 }),
    record({ id: '44444444-4444-4444-8444-444444444444', slug: 'nhap-44444444', status: 'draft' }),
  ];
  it('the year file holds exactly the records the year page lists, in the same order, with the same files', () => {
    const data = openDisclosureDatasetSchema.parse(JSON.parse(renderDisclosureData(ctx, published, 2026)));
    const page = renderDisclosureYear(
      ctx,
      'vi',
      2026,
      published.filter((each) => each.status === 'published'),
    );
    const listed = [...page.matchAll(/data-disclosure-id="([0-9a-f-]+)"/g)].map((match) => match[1]);
    expect(data.count).toBe(2);
    expect(new Set(data.records.map((each) => each.id))).toEqual(new Set(listed));
    for (const entry of data.records) {
      const source = published.find((each) => each.id === entry.id) as Disclosure;
      const recordPage = renderDisclosureRecord(ctx, 'vi', source);
      expect(recordPage).toContain(entry.title.vi);
      for (const file of entry.files) expect(recordPage).toContain(`href="${new URL(file.url).pathname}"`);
      expect(entry.url.vi).toBe(`https://quangtri.gov.vn/thong-tin-cong-khai/tai-lieu/${source.slug}/`);
    }
  });
  it('the whole file leaves drafts out and is the same bytes for the same records', () => {
    const data = openDisclosureDatasetSchema.parse(JSON.parse(renderDisclosureData(ctx, published)));
    expect(data.records.map((each) => each.id)).not.toContain('44444444-4444-4444-8444-444444444444');
    expect(data.count).toBe(3);
    expect(renderDisclosureData(ctx, [...published].reverse())).toBe(renderDisclosureData(ctx, published));
  });
  it('the record page carries the rating widget posting to the API', () => {
    const pageHtml = renderDisclosureRecord(ctx, 'en', published[0] as Disclosure);
    expect(pageHtml).toContain('action="/api/content/ratings"');
    expect(pageHtml).toContain(`value="/en/disclosures/records/${published[0]?.slug}/"`);
  });
});

describe('public services', () => {
  it('link to the national portal and the provincial one from the setting, in both languages, with the rating', () => {
    for (const language of ['vi', 'en'] as const) {
      const front = renderPublicServices(ctx, language, 'https://dvc.example.vn');
      expect(front).toContain('href="https://dichvucong.gov.vn"');
      expect(front).toContain('href="https://dvc.example.vn"');
      for (const group of publicServiceGroups)
        expect(front).toContain(`href="${sitePaths.publicServiceGroup(language, group.slug)}"`);
      const group = renderPublicServiceGroup(
        ctx,
        language,
        publicServiceGroups[0] as PublicServiceGroup,
        'https://dvc.example.vn',
      );
      expect(group).toContain('href="https://dvc.example.vn"');
      expect(group).toContain('action="/api/content/ratings"');
      expect(group).toContain(
        `value="${sitePaths.publicServiceGroup(language, publicServiceGroups[0]?.slug ?? '')}"`,
      );
    }
  });
});
