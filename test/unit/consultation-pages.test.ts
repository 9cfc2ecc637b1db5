import { describe, expect, it } from 'vitest';
import { consultationPagesTouchedBy, consultationPathOf } from '#shared/site/consultation-pages.ts';

describe('the pages a consultation change touches', () => {
  it('are its own page, the list and the consultations sitemap, nothing else', () => {
    expect(consultationPagesTouchedBy({ slug: 'du-thao-quy-dinh-cho' }).map(consultationPathOf)).toEqual([
      '/lay-y-kien/du-thao-quy-dinh-cho/',
      '/lay-y-kien/',
      '/sitemaps/lay-y-kien.xml',
    ]);
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
    ]);
  });
});
