import { describe, expect, it } from 'vitest';
import { consultationPagesTouchedBy, consultationPathOf } from '#shared/site/consultation-pages.ts';

describe('the pages a consultation change touches', () => {
  it('are its own page, the list, the consultations sitemap and feeds, nothing else', () => {
    expect(consultationPagesTouchedBy({ slug: 'du-thao-quy-dinh-cho' }).map(consultationPathOf)).toEqual([
      '/lay-y-kien/du-thao-quy-dinh-cho/',
      '/lay-y-kien/',
      '/sitemaps/lay-y-kien.xml',
      '/lay-y-kien/rss.xml',
      '/lay-y-kien/atom.xml',
    ]);
  });

  it('include the report PDF once the report is approved, not before', () => {
    const slug = 'du-thao-quy-dinh-cho';
    expect(consultationPagesTouchedBy({ slug, report: {} }).map(consultationPathOf)).not.toContain(
      '/lay-y-kien/du-thao-quy-dinh-cho/bao-cao-tiep-thu-giai-trinh.pdf',
    );
    expect(
      consultationPagesTouchedBy({ slug, report: { approvedAt: '2026-12-20T02:00:00.000Z' } }).map(
        consultationPathOf,
      ),
    ).toContain('/lay-y-kien/du-thao-quy-dinh-cho/bao-cao-tiep-thu-giai-trinh.pdf');
  });
});

describe('the pages a consultation with later versions touches', () => {
  it('add the redline page of each version after the first', () => {
    expect(
      consultationPagesTouchedBy({ slug: 'du-thao-quy-dinh-cho', latestVersion: 3 }).map(consultationPathOf),
    ).toEqual([
      '/lay-y-kien/du-thao-quy-dinh-cho/',
      '/lay-y-kien/du-thao-quy-dinh-cho/phien-ban-2/',
      '/lay-y-kien/du-thao-quy-dinh-cho/phien-ban-3/',
      '/lay-y-kien/',
      '/sitemaps/lay-y-kien.xml',
      '/lay-y-kien/rss.xml',
      '/lay-y-kien/atom.xml',
    ]);
  });
});
