import { describe, expect, it } from 'vitest';
import type { PublishedArticle } from '#shared/domain/article.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { articlesIn, sampleContext as ctx, sampleArticle, sampleCategory } from '#web/site/fixtures.ts';
import {
  renderAtomFeed,
  renderRobots,
  renderRssFeed,
  renderSitemapIndex,
  renderSitemapMonth,
} from '#web/site/render.ts';
import { child, children, parseXml, textOf } from '../support/xml-tree.ts';

const abs = (path: string) => `${ctx.baseUrl}${path}`;
const economy = sampleCategory('kinh-te-tai-chinh');
const allVi = articlesIn('vi');

describe('RSS 2.0', () => {
  it('lists every article with absolute links, in the page language', () => {
    const rss = parseXml(renderRssFeed(ctx, 'vi', undefined, allVi));
    expect(rss.name).toBe('rss');
    expect(rss.attributes?.version).toBe('2.0');
    const channel = child(rss, 'channel');
    expect(textOf(child(channel, 'language'))).toBe('vi');
    expect(textOf(child(channel, 'title'))).toBe('Cổng Thông tin điện tử tỉnh Quảng Trị — Tin mới nhất');
    expect(textOf(child(channel, 'link'))).toBe(abs(sitePaths.home('vi')));
    expect(child(channel, 'atom:link')?.attributes?.href).toBe(abs(sitePaths.rssFeed('vi')));
    const items = children(channel, 'item');
    expect(items.map((item) => textOf(child(item, 'link')))).toEqual(
      allVi.map((article) => abs(sitePaths.article('vi', article.slug))),
    );
    for (const item of items) {
      expect(textOf(child(item, 'pubDate'))).toMatch(/GMT$/);
      expect(textOf(child(item, 'content:encoded')).length).toBeGreaterThan(0);
    }
  });

  it('titles a category feed with the category name, in English for the English feed', () => {
    const rss = parseXml(renderRssFeed(ctx, 'en', economy, articlesIn('en', economy.slug)));
    const channel = child(rss, 'channel');
    expect(textOf(child(channel, 'language'))).toBe('en');
    expect(textOf(child(channel, 'title'))).toBe('Quang Tri Provincial Portal — Economy');
    expect(textOf(child(channel, 'link'))).toBe(abs(sitePaths.category('en', economy.slug)));
    expect(child(channel, 'atom:link')?.attributes?.href).toBe(abs(sitePaths.rssFeed('en', economy.slug)));
    const [item] = children(channel, 'item');
    expect(textOf(child(item, 'category'))).toBe('Economy');
    expect(child(item, 'enclosure')?.attributes).toMatchObject({ type: 'image/webp', length: '0' });
  });

  it('stays well-formed whatever the text contains', () => {
    const article = sampleArticle('thu-ngan-sach-10-thang-dat-kha');
    const hostile: PublishedArticle = {
      ...article,
      title: 'Thu & chi <b>ngân sách</b> ]]> và ]]> nữa',
      summary: 'Tóm tắt ]]> có <script>x</script> & ký tự',
      bodyHtml: '<p>Đoạn ]]&gt; một</p><p title="a]]>b">hai ]]> ba</p>',
    };
    const xml = renderRssFeed(ctx, 'vi', undefined, [hostile]);
    const item = child(child(parseXml(xml), 'channel'), 'item');
    // Titles are read as HTML by feed readers: the plain text arrives escaped.
    expect(textOf(child(item, 'title'))).toBe(
      'Thu &amp; chi &lt;b&gt;ngân sách&lt;/b&gt; ]]&gt; và ]]&gt; nữa',
    );
    expect(textOf(child(item, 'description'))).not.toContain('<script>');
    expect(textOf(child(item, 'content:encoded'))).toBe(
      '<p>Đoạn ]]&gt; một</p><p title="a]]&gt;b">hai ]]&gt; ba</p>',
    );
  });

  it('does not depend on the clock', () => {
    expect(renderRssFeed(ctx, 'vi', undefined, allVi)).toBe(renderRssFeed(ctx, 'vi', undefined, allVi));
    const empty = parseXml(renderRssFeed(ctx, 'vi', economy, []));
    expect(textOf(child(child(empty, 'channel'), 'lastBuildDate'))).toBe(
      new Date(ctx.generatedAt).toUTCString(),
    );
  });
});

describe('Atom', () => {
  it('has the language, absolute links and the newest update time', () => {
    const articles = articlesIn('vi', economy.slug);
    const feed = parseXml(renderAtomFeed(ctx, 'vi', economy, articles));
    expect(feed.name).toBe('feed');
    expect(feed.attributes).toMatchObject({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'vi' });
    expect(textOf(child(feed, 'title'))).toBe('Cổng Thông tin điện tử tỉnh Quảng Trị — Kinh tế - Tài chính');
    expect(textOf(child(feed, 'id'))).toBe(abs(sitePaths.atomFeed('vi', economy.slug)));
    expect(textOf(child(feed, 'updated'))).toBe(articles[0]?.publishedAt);
    const self = children(feed, 'link').find((link) => link.attributes?.rel === 'self');
    expect(self?.attributes?.href).toBe(abs(sitePaths.atomFeed('vi', economy.slug)));
    const entries = children(feed, 'entry');
    expect(entries).toHaveLength(articles.length);
    for (const [index, entry] of entries.entries()) {
      const article = articles[index];
      expect(textOf(child(entry, 'id'))).toBe(abs(sitePaths.article('vi', article?.slug ?? '')));
      expect(child(entry, 'link')?.attributes?.href).toBe(abs(sitePaths.article('vi', article?.slug ?? '')));
      expect(textOf(child(entry, 'published'))).toBe(article?.firstPublishedAt);
      expect(textOf(child(child(entry, 'author'), 'name'))).toBe(article?.authorName);
    }
  });

  it('makes an English "all news" feed', () => {
    const feed = parseXml(renderAtomFeed(ctx, 'en', undefined, articlesIn('en')));
    expect(feed.attributes?.['xml:lang']).toBe('en');
    expect(textOf(child(feed, 'title'))).toBe('Quang Tri Provincial Portal — Latest news');
    expect(textOf(child(feed, 'id'))).toBe(abs(sitePaths.atomFeed('en')));
  });
});

describe('sitemaps and robots.txt', () => {
  it('indexes one sitemap per month', () => {
    const index = parseXml(
      renderSitemapIndex(ctx, [
        { month: '2026-10', lastModified: '2026-10-31T09:00:00.000Z' },
        { month: '2026-11', lastModified: '2026-11-26T09:40:00.000Z' },
      ]),
    );
    expect(index.name).toBe('sitemapindex');
    expect(index.attributes?.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(children(index, 'sitemap').map((entry) => textOf(child(entry, 'loc')))).toEqual([
      abs(sitePaths.sitemapMonth('2026-10')),
      abs(sitePaths.sitemapMonth('2026-11')),
    ]);
    expect(textOf(child(children(index, 'sitemap')[1], 'lastmod'))).toBe('2026-11-26T09:40:00.000Z');
  });

  it('lists language versions of a page, itself included, as hreflang alternates', () => {
    const article = sampleArticle('chu-tich-ubnd-tinh-chi-dao-khac-phuc-hau-qua-mua-lu');
    const vi = sitePaths.article('vi', article.slug);
    const en = sitePaths.article('en', article.translationSlug ?? '');
    const month = parseXml(
      renderSitemapMonth(ctx, [
        { path: vi, lastModified: article.publishedAt, alternates: [{ language: 'en', path: en }] },
        {
          path: sitePaths.article('vi', 'thu-ngan-sach-10-thang-dat-kha'),
          lastModified: '2026-11-18T08:00:00.000Z',
        },
      ]),
    );
    expect(month.name).toBe('urlset');
    expect(month.attributes?.['xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const [translated, single] = children(month, 'url');
    expect(textOf(child(translated, 'loc'))).toBe(abs(vi));
    expect(children(translated, 'xhtml:link').map((link) => link.attributes)).toEqual([
      { rel: 'alternate', hreflang: 'en', href: abs(en) },
      { rel: 'alternate', hreflang: 'vi', href: abs(vi) },
    ]);
    expect(children(single, 'xhtml:link')).toHaveLength(0);
  });

  it('lets crawlers in, except the admin and the API, and points at the sitemap', () => {
    const robots = renderRobots(ctx);
    expect(robots).toContain('User-agent: *\nAllow: /\n');
    expect(robots).toContain('Disallow: /admin/\n');
    expect(robots).toContain('Disallow: /api/\n');
    expect(robots).toContain(`Sitemap: ${ctx.baseUrl}/sitemap.xml`);
  });
});
