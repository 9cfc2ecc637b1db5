import { describe, expect, it } from 'vitest';
import type { ListingPosition } from '#shared/domain/publication.ts';
import { blockOrdinals, frontOf, frontShowsBlock, listingBlockOf } from '#shared/site/geometry.ts';
import { invalidationPaths, pathOf, touchedPages } from '#shared/site/touched-pages.ts';

const position = (overrides: Partial<ListingPosition> = {}): ListingPosition => ({
  language: 'vi',
  slug: 'quang-tri-don-tet',
  categorySlug: 'kinh-te',
  ordinal: 45,
  sitemapMonth: '2026-11',
  ...overrides,
});

const paths = (pages: {
  render: Parameters<typeof pathOf>[0][];
  remove: Parameters<typeof pathOf>[0][];
}) => ({
  render: pages.render.map(pathOf).sort(),
  remove: pages.remove.map(pathOf).sort(),
});

describe('pages touched by a publication', () => {
  it('publishing a new article renders its pages, its listing page, the category front, home, feeds and sitemaps', () => {
    const touched = paths(touchedPages({ after: position() }, () => 45));
    expect(touched.remove).toEqual([]);
    expect(touched.render).toEqual(
      [
        '/',
        '/chuyen-muc/kinh-te/',
        '/chuyen-muc/kinh-te/trang-3/',
        '/feeds/all.atom.xml',
        '/feeds/all.rss.xml',
        '/feeds/kinh-te.atom.xml',
        '/feeds/kinh-te.rss.xml',
        '/sitemap.xml',
        '/sitemaps/2026-11.xml',
        '/tin-tuc/quang-tri-don-tet/',
        '/tin-tuc/quang-tri-don-tet/ban-in/',
      ].sort(),
    );
  });

  it('does not grow with the site: the same set at the 1,000th and the 10,000th article', () => {
    const small = touchedPages({ after: position({ ordinal: 999 }) }, () => 999).render.length;
    const large = touchedPages({ after: position({ ordinal: 9999 }) }, () => 9999).render.length;
    expect(large).toBe(small);
  });

  it('the first article of a new listing page also re-renders the page before it (its "newer" link)', () => {
    const touched = paths(touchedPages({ after: position({ ordinal: 40 }) }, () => 40));
    expect(touched.render).toContain('/chuyen-muc/kinh-te/trang-3/');
    expect(touched.render).toContain('/chuyen-muc/kinh-te/trang-2/');
  });

  it('revising an old article leaves the category front alone when it no longer shows the article', () => {
    const old = position({ ordinal: 3 });
    const touched = paths(touchedPages({ before: old, after: old }, () => 500));
    expect(touched.render).toContain('/chuyen-muc/kinh-te/trang-1/');
    expect(touched.render).not.toContain('/chuyen-muc/kinh-te/');
    expect(touched.render).toContain('/tin-tuc/quang-tri-don-tet/');
  });

  it('revising into another category re-renders the listings of both', () => {
    const touched = paths(
      touchedPages(
        { before: position(), after: position({ categorySlug: 'nong-nghiep', ordinal: 7 }) },
        (_language, category) => (category === 'kinh-te' ? 45 : 7),
      ),
    );
    expect(touched.render).toEqual(
      expect.arrayContaining([
        '/chuyen-muc/kinh-te/',
        '/chuyen-muc/kinh-te/trang-3/',
        '/chuyen-muc/nong-nghiep/',
        '/chuyen-muc/nong-nghiep/trang-1/',
        '/feeds/nong-nghiep.rss.xml',
      ]),
    );
  });

  it('unpublishing removes the article and its print page and re-renders every listing it was on', () => {
    const touched = paths(touchedPages({ before: position() }, () => 45));
    expect(touched.remove).toEqual(['/tin-tuc/quang-tri-don-tet/', '/tin-tuc/quang-tri-don-tet/ban-in/']);
    expect(touched.render).toEqual(
      expect.arrayContaining([
        '/',
        '/chuyen-muc/kinh-te/',
        '/chuyen-muc/kinh-te/trang-3/',
        '/feeds/kinh-te.rss.xml',
        '/sitemaps/2026-11.xml',
      ]),
    );
    expect(touched.render).not.toContain('/tin-tuc/quang-tri-don-tet/');
  });

  it('a scheduled approval touches nothing: until the schedule fires nothing is live', () => {
    // approveArticle returns no change for a later time; the go-live then reports { after } as above
    // (test/integration/editorial-workflow.test.ts follows a scheduled article through).
    expect(touchedPages({}, () => 0)).toEqual({ render: [], remove: [] });
  });

  it('English articles touch the English pages, and a translation gets its language switch updated', () => {
    const touched = paths(
      touchedPages(
        {
          after: position({ language: 'en', slug: 'citadel', categorySlug: 'lich-su-van-hoa', ordinal: 0 }),
          translation: { language: 'vi', slug: 'thanh-co' },
        },
        () => 0,
      ),
    );
    expect(touched.render).toEqual(
      expect.arrayContaining([
        '/en/',
        '/en/news/citadel/',
        '/en/section/lich-su-van-hoa/',
        '/en/feeds/all.rss.xml',
        '/tin-tuc/thanh-co/',
      ]),
    );
    expect(invalidationPaths({ render: [], remove: [] })).toEqual([]);
  });
});

describe('listing geometry', () => {
  it('numbers blocks of twenty from the oldest', () => {
    expect([0, 19, 20, 45].map(listingBlockOf)).toEqual([1, 1, 2, 3]);
    expect(blockOrdinals(3)).toEqual({ from: 40, to: 59 });
  });

  it('the category front shows the two newest blocks and links to the newest block it leaves out', () => {
    expect(frontOf(45)).toEqual({ from: 20, to: 45, olderBlock: 1 });
    expect(frontOf(25)).toEqual({ from: 0, to: 25 });
    expect(frontOf(-1)).toEqual({ from: 0, to: -1 });
    expect([1, 2, 3].map((block) => frontShowsBlock(block, 3))).toEqual([false, true, true]);
  });
});
