import { describe, expect, it } from 'vitest';
import {
  HOME_SECTION,
  type PageRating,
  ratedPathSchema,
  sectionOf,
  sectionTotals,
  usefulShare,
} from '#shared/domain/rating.ts';
import { type StaticPageId, sitePaths, staticPageSlugs } from '#shared/site/urls.ts';

describe('the path a rating names', () => {
  it('accepts the site’s page paths', () => {
    for (const path of [
      '/',
      '/en/',
      sitePaths.article('vi', 'lu-lut-mien-trung-2026'),
      sitePaths.article('en', 'floods-2026'),
      sitePaths.category('vi', 'kinh-te'),
      ...(Object.keys(staticPageSlugs) as StaticPageId[]).flatMap((page) => [
        sitePaths.staticPage('vi', page),
        sitePaths.staticPage('en', page),
      ]),
      sitePaths.feedbackHome(),
    ])
      expect(ratedPathSchema.safeParse(path).success, path).toBe(true);
  });

  it('refuses anything else: relative, traversal, no trailing slash, queries, upper case, staff and API paths, too long', () => {
    for (const path of [
      '',
      'tin-tuc/x/',
      '/tin-tuc/../admin/',
      '/tin-tuc/./x/',
      '/tin-tuc/x',
      '/tin-tuc/x/?a=1',
      '/tin-tuc/x/#top',
      '/Tin-Tuc/x/',
      '/tin-tuc//x/',
      '/tin tuc/x/',
      '/tin-tức/x/',
      '/api/content/ratings/',
      '/admin/ratings/',
      '/en/admin/x/',
      `/${'a'.repeat(300)}/`,
      'https://example.com/',
    ])
      expect(ratedPathSchema.safeParse(path).success, path).toBe(false);
  });
});

describe('a path’s language and section', () => {
  it('is the first segment after the language; the home page counts under its own name', () => {
    expect(sectionOf('/tin-tuc/lu-lut/')).toEqual({ language: 'vi', section: 'tin-tuc' });
    expect(sectionOf('/en/news/floods/')).toEqual({ language: 'en', section: 'news' });
    expect(sectionOf('/gioi-thieu/')).toEqual({ language: 'vi', section: 'gioi-thieu' });
    expect(sectionOf('/')).toEqual({ language: 'vi', section: HOME_SECTION });
    expect(sectionOf('/en/')).toEqual({ language: 'en', section: HOME_SECTION });
  });
});

describe('the admin’s totals', () => {
  const rating = (path: string, useful: number, notUseful: number): PageRating => ({
    path,
    ...sectionOf(path),
    useful,
    notUseful,
    updatedAt: '2026-12-02T03:00:00.000Z',
  });

  it('adds up each section in each language, sorted by language then section', () => {
    expect(
      sectionTotals([
        rating('/tin-tuc/a/', 3, 1),
        rating('/en/news/a/', 0, 2),
        rating('/tin-tuc/b/', 1, 0),
        rating('/gioi-thieu/', 5, 5),
      ]),
    ).toEqual([
      { language: 'en', section: 'news', pages: 1, useful: 0, notUseful: 2 },
      { language: 'vi', section: 'gioi-thieu', pages: 1, useful: 5, notUseful: 5 },
      { language: 'vi', section: 'tin-tuc', pages: 2, useful: 4, notUseful: 1 },
    ]);
  });

  it('gives the share of “useful”, and none when nobody answered', () => {
    expect(usefulShare({ useful: 3, notUseful: 1 })).toBe(0.75);
    expect(usefulShare({ useful: 0, notUseful: 2 })).toBe(0);
    expect(usefulShare({ useful: 0, notUseful: 0 })).toBeUndefined();
  });
});
