import { describe, expect, it } from 'vitest';
import { adminObjectKey, siteObjectKey } from '#shared/config/site-paths.ts';

describe('URL path to bucket key', () => {
  it('maps directory-style URLs to index.html', () => {
    expect(siteObjectKey('/')).toBe('index.html');
    expect(siteObjectKey('/tin-tuc/quang-tri-don-tet/')).toBe('tin-tuc/quang-tri-don-tet/index.html');
    expect(siteObjectKey('/en')).toBe('en/index.html');
  });

  it('keeps file URLs as they are', () => {
    expect(siteObjectKey('/feeds/kinh-te.xml')).toBe('feeds/kinh-te.xml');
    expect(siteObjectKey('/sitemap.xml')).toBe('sitemap.xml');
  });

  it('answers every admin client route with the SPA shell', () => {
    expect(adminObjectKey('/admin/articles/123')).toBe('admin/index.html');
    expect(adminObjectKey('/admin/assets/index-abc.js')).toBe('admin/assets/index-abc.js');
  });
});
