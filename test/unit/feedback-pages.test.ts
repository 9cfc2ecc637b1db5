import { describe, expect, it } from 'vitest';
import { feedbackPagesTouchedBy, feedbackPathOf, type ListingPosition } from '#shared/site/feedback-pages.ts';

const paths = (positions: ListingPosition[]) =>
  feedbackPagesTouchedBy({ code: 'PA-2026-7K3Q9', positions }).map(feedbackPathOf).sort();

describe('the pages a published answer touches', () => {
  it('are its page, its block and front in each listing, the feed, the sitemap, the home and the statistics', () => {
    expect(
      paths([
        { listing: { kind: 'all' }, ordinal: 0, latestOrdinal: 0 },
        { listing: { kind: 'topic', slug: 'giao-thong' }, ordinal: 0, latestOrdinal: 0 },
        { listing: { kind: 'agency', id: 'so-xay-dung' }, ordinal: 0, latestOrdinal: 0 },
      ]),
    ).toEqual(
      [
        '/phan-anh-kien-nghi/',
        '/phan-anh-kien-nghi/co-quan/so-xay-dung/',
        '/phan-anh-kien-nghi/co-quan/so-xay-dung/trang-1/',
        '/phan-anh-kien-nghi/linh-vuc/giao-thong/',
        '/phan-anh-kien-nghi/linh-vuc/giao-thong/trang-1/',
        '/phan-anh-kien-nghi/thong-ke/',
        '/phan-anh-kien-nghi/tra-loi.rss.xml',
        '/phan-anh-kien-nghi/tra-loi/',
        '/phan-anh-kien-nghi/tra-loi/pa-2026-7k3q9/',
        '/phan-anh-kien-nghi/tra-loi/trang-1/',
        '/sitemaps/phan-anh-kien-nghi.xml',
      ].sort(),
    );
  });

  it('touch as many pages for the 10,000th answer as for the 2nd', () => {
    const at = (ordinal: number) => paths([{ listing: { kind: 'all' }, ordinal, latestOrdinal: ordinal }]);
    expect(at(9_999 - 1).length).toBe(at(1).length);
  });

  it('include the block before when an answer opens a new block, and not the front for an old block', () => {
    expect(paths([{ listing: { kind: 'all' }, ordinal: 40, latestOrdinal: 40 }])).toContain(
      '/phan-anh-kien-nghi/tra-loi/trang-2/',
    );
    // An answer corrected in block 1 of a listing whose newest block is 5: the front does not show it.
    expect(paths([{ listing: { kind: 'all' }, ordinal: 3, latestOrdinal: 90 }])).not.toContain(
      '/phan-anh-kien-nghi/tra-loi/',
    );
  });
});
