import { createHash } from 'node:crypto';
import { type Document, type Element, isTag } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Language } from '#shared/domain/text.ts';
import type { SearchAnswer } from '#shared/search/engine.ts';
import { type StaticPageId, sitePaths, staticPageSlugs } from '#shared/site/urls.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import {
  articlesIn,
  sampleContext as ctx,
  makeSampleArticles,
  sampleArticle,
  sampleCategories,
  sampleCategory,
  sampleHomeModel,
} from '#web/site/fixtures.ts';
import {
  renderArticlePage,
  renderArticlePrintPage,
  renderCategoryFront,
  renderCategoryPage,
  renderHomePage,
  renderNotFoundPage,
  renderSearchPage,
  renderStaticPage,
  siteStylesheet,
} from '#web/site/render.ts';
import { stylesheetFingerprint, stylesheetHref } from '#web/site/stylesheet-href.ts';

/** A search answer listing these articles, as the engine would for a query they all match. */
function answerOf(articles: PublishedArticle[]): SearchAnswer {
  return {
    total: articles.length,
    hits: articles.slice(0, 10).map((article) => ({
      head: {
        key: `article:${article.language}:${article.slug}`,
        url: sitePaths.article(article.language, article.slug),
        title: article.title,
        date: article.firstPublishedAt.slice(0, 10),
        facets: { kind: 'article', language: article.language, category: article.categorySlug },
      },
      score: 1,
      snippet: { text: article.summary, marks: [[0, 3]] },
    })),
    page: 1,
    pageSize: 10,
    facets: { kind: [['article', articles.length]] },
    partial: false,
    corrections: [],
  };
}

// Prepare: a translated article with a cover image, and one without either.
const floodVi = sampleArticle('chu-tich-ubnd-tinh-chi-dao-khac-phuc-hau-qua-mua-lu');
const budgetVi = sampleArticle('thu-ngan-sach-10-thang-dat-kha');
const culture = sampleCategory('van-hoa-xa-hoi');
const directions = sampleCategory(floodVi.categorySlug);
const abs = (path: string) => `${ctx.baseUrl}${path}`;

function dom(html: string): Document {
  return parseDocument(html);
}
function all(doc: Document, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, doc.children);
}
const byTag = (doc: Document, tag: string) => all(doc, (element) => element.name === tag);
const attr = (element: Element | undefined, name: string) => element?.attribs[name];
const textOf = (element: Element | undefined) => (element ? DomUtils.textContent(element).trim() : '');
const canonicalOf = (doc: Document) =>
  attr(all(doc, (e) => e.name === 'link' && e.attribs.rel === 'canonical')[0], 'href');
const linkHrefs = (doc: Document) => byTag(doc, 'a').map((a) => a.attribs.href ?? '');
const jsonLd = (doc: Document) =>
  all(doc, (e) => e.name === 'script' && e.attribs.type === 'application/ld+json').map(
    (script) => JSON.parse(DomUtils.textContent(script)) as Record<string, unknown>,
  );

const staticPages = Object.keys(staticPageSlugs) as StaticPageId[];
const languages: Language[] = ['vi', 'en'];

/** Every kind of page the renderer makes, with the language it must declare. */
function everyPage(): { name: string; html: string; language: Language; chrome: boolean }[] {
  return [
    { name: 'home vi', html: renderHomePage(ctx, 'vi', sampleHomeModel('vi')), language: 'vi', chrome: true },
    { name: 'home en', html: renderHomePage(ctx, 'en', sampleHomeModel('en')), language: 'en', chrome: true },
    {
      name: 'category front',
      html: renderCategoryFront(ctx, 'vi', culture, {
        articles: articlesIn('vi', culture.slug),
        olderPage: 2,
      }),
      language: 'vi',
      chrome: true,
    },
    {
      name: 'category page',
      html: renderCategoryPage(ctx, 'en', culture, {
        page: 2,
        articles: articlesIn('en', culture.slug),
        olderPage: 1,
      }),
      language: 'en',
      chrome: true,
    },
    {
      name: 'article',
      html: renderArticlePage(ctx, floodVi, {
        category: directions,
        related: articlesIn('vi', directions.slug),
      }),
      language: 'vi',
      chrome: true,
    },
    {
      name: 'article print',
      html: renderArticlePrintPage(ctx, floodVi, { category: directions }),
      language: 'vi',
      chrome: false,
    },
    ...staticPages.flatMap((page) =>
      languages.map((language) => ({
        name: `static ${page} ${language}`,
        html: renderStaticPage(ctx, language, page),
        language,
        chrome: true,
      })),
    ),
    {
      name: 'search with results',
      html: renderSearchPage(ctx, 'vi', {
        query: 'cà phê',
        answer: answerOf(articlesIn('vi', 'nong-nghiep')),
      }),
      language: 'vi',
      chrome: true,
    },
    {
      name: 'search form',
      html: renderSearchPage(ctx, 'en', { query: '' }),
      language: 'en',
      chrome: true,
    },
    { name: 'not found', html: renderNotFoundPage(ctx), language: 'vi', chrome: true },
  ];
}

describe('every page', () => {
  const pages = everyPage();

  it.each(pages)('$name is a complete document in its language', ({ html, language }) => {
    expect(html.startsWith('<!doctype html><html')).toBe(true);
    const doc = dom(html);
    expect(attr(byTag(doc, 'html')[0], 'lang')).toBe(language);
    expect(byTag(doc, 'title')).toHaveLength(1);
    expect(textOf(byTag(doc, 'title')[0]).length).toBeGreaterThan(3);
    expect(attr(all(doc, (e) => e.name === 'meta' && e.attribs.charset !== undefined)[0], 'charset')).toBe(
      'utf-8',
    );
  });

  it.each(pages)('$name has exactly one h1', ({ html }) => {
    expect(byTag(dom(html), 'h1')).toHaveLength(1);
  });

  it.each(pages)(
    '$name has no script other than JSON-LD (the search form its as-you-type script, the rating widget its own)',
    ({ name, html }) => {
      const scripts = byTag(dom(html), 'script');
      for (const script of scripts) {
        if (name === 'search form' && attr(script, 'src') === sitePaths.searchScript()) {
          expect(attr(script, 'defer')).toBe('');
          continue;
        }
        // The rating widget's enhancement (web/site/components/PageRating.tsx): the form works without it.
        if (attr(script, 'src') === sitePaths.pageRatingScript()) {
          expect(attr(script, 'defer')).toBe('');
          continue;
        }
        expect(attr(script, 'type')).toBe('application/ld+json');
      }
      expect(html.match(/<script/g)?.length ?? 0).toBe(scripts.length);
    },
  );

  it.each(pages)('$name has landmarks and a skip link to the main content', ({ html, chrome }) => {
    const doc = dom(html);
    const skip = byTag(doc, 'a')[0];
    expect(attr(skip, 'href')).toBe('#main');
    expect(attr(byTag(doc, 'main')[0], 'id')).toBe('main');
    expect(byTag(doc, 'main')).toHaveLength(1);
    expect(byTag(doc, 'header').length).toBeGreaterThanOrEqual(1);
    expect(byTag(doc, 'footer').length).toBeGreaterThanOrEqual(1);
    if (chrome) {
      const navLabels = byTag(doc, 'nav').map(
        (nav) => attr(nav, 'aria-label') ?? attr(nav, 'aria-labelledby'),
      );
      expect(navLabels.every((label) => label !== undefined && label !== '')).toBe(true);
      expect(navLabels.length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(pages)('$name gives every image a text alternative and has unique ids', ({ html }) => {
    const doc = dom(html);
    for (const image of byTag(doc, 'img')) expect(attr(image, 'alt')).toBeTruthy();
    const ids = all(doc, (e) => e.attribs.id !== undefined).map((e) => e.attribs.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const input of all(doc, (e) => e.name === 'input' && e.attribs.type !== 'hidden')) {
      expect(byTag(doc, 'label').some((label) => attr(label, 'for') === attr(input, 'id'))).toBe(true);
    }
  });

  it.each(pages)(
    '$name links inside the site with root-relative paths and loads one stylesheet',
    ({ html }) => {
      const doc = dom(html);
      for (const href of linkHrefs(doc)) expect(href).toMatch(/^(\/|#|https:\/\/|mailto:|tel:)/);
      const stylesheets = all(doc, (e) => e.name === 'link' && e.attribs.rel === 'stylesheet');
      expect(stylesheets).toHaveLength(1);
      expect(attr(stylesheets[0], 'href')?.startsWith(`${sitePaths.stylesheet()}?v=`)).toBe(true);
    },
  );

  it.each(pages.filter((page) => page.name !== 'not found'))(
    '$name has an absolute canonical URL',
    ({ html }) => {
      expect(canonicalOf(dom(html))?.startsWith(`${ctx.baseUrl}/`)).toBe(true);
    },
  );

  it('renders the same bytes twice (deterministic)', () => {
    expect(everyPage().map((page) => page.html)).toEqual(pages.map((page) => page.html));
  });
});

describe('article page', () => {
  const html = renderArticlePage(ctx, floodVi, {
    category: directions,
    related: articlesIn('vi', directions.slug),
  });
  const doc = dom(html);

  it('shows title, time, breadcrumb, lead, body, author and tags', () => {
    expect(textOf(byTag(doc, 'h1')[0])).toBe(floodVi.title);
    expect(html).toContain(
      `<time datetime="${floodVi.firstPublishedAt}">${formatDateTimeVi(floodVi.firstPublishedAt)}</time>`,
    );
    const breadcrumb = all(doc, (e) => e.name === 'nav' && e.attribs.class === 'breadcrumb')[0];
    expect(
      breadcrumb && DomUtils.findAll((e) => e.name === 'a', breadcrumb.children).map((a) => a.attribs.href),
    ).toEqual([sitePaths.home('vi'), sitePaths.category('vi', directions.slug)]);
    expect(html).toContain(floodVi.summary);
    // The sanitized body goes in as it is.
    expect(html).toContain(floodVi.bodyHtml);
    expect(html).toContain(floodVi.authorName);
    for (const tag of floodVi.tags) expect(html).toContain(`>${tag}</a>`);
  });

  it('serves the cover image in every WebP variant, with the original as fallback', () => {
    const image = all(
      doc,
      (e) => e.name === 'img' && e.parent !== null && isTag(e.parent) && e.parent.name === 'figure',
    )[0];
    const key = floodVi.coverImage?.key;
    expect(attr(image, 'src')).toBe(`/${key}`);
    expect(attr(image, 'srcset')).toBe(
      `/${key}-480w.webp 480w, /${key}-960w.webp 960w, /${key}-1440w.webp 1440w`,
    );
    expect(attr(image, 'sizes')).toBeTruthy();
    expect(attr(image, 'alt')).toBe(floodVi.coverImage?.alt);
    expect(attr(image, 'width')).toBe('1600');
    expect(attr(image, 'height')).toBe('1067');
  });

  it('links to its printable version and its translation', () => {
    expect(linkHrefs(doc)).toContain(sitePaths.articlePrint('vi', floodVi.slug));
    const switcher = all(doc, (e) => e.name === 'a' && e.attribs.hreflang === 'en')[0];
    expect(attr(switcher, 'href')).toBe(sitePaths.article('en', floodVi.translationSlug ?? ''));
    const alternates = all(
      doc,
      (e) => e.name === 'link' && e.attribs.rel === 'alternate' && e.attribs.hreflang !== undefined,
    );
    expect(alternates.map((link) => [link.attribs.hreflang, link.attribs.href])).toEqual([
      ['vi', abs(sitePaths.article('vi', floodVi.slug))],
      ['en', abs(sitePaths.article('en', floodVi.translationSlug ?? ''))],
    ]);
  });

  it('switches language to the other home page when there is no translation', () => {
    const other = dom(
      renderArticlePage(ctx, budgetVi, { category: sampleCategory(budgetVi.categorySlug), related: [] }),
    );
    expect(attr(all(other, (e) => e.name === 'a' && e.attribs.hreflang === 'en')[0], 'href')).toBe(
      sitePaths.home('en'),
    );
    expect(all(other, (e) => e.name === 'link' && e.attribs.hreflang !== undefined)).toHaveLength(0);
    expect(all(other, (e) => e.name === 'figure')).toHaveLength(0);
    expect(all(other, (e) => e.name === 'meta' && e.attribs.property === 'og:image')).toHaveLength(0);
  });

  it('has canonical URL, Open Graph tags and NewsArticle JSON-LD', () => {
    const url = abs(sitePaths.article('vi', floodVi.slug));
    expect(canonicalOf(doc)).toBe(url);
    const og = Object.fromEntries(
      all(doc, (e) => e.name === 'meta' && e.attribs.property?.startsWith('og:') === true).map((meta) => [
        meta.attribs.property,
        meta.attribs.content,
      ]),
    );
    expect(og).toMatchObject({
      'og:type': 'article',
      'og:title': floodVi.title,
      'og:url': url,
      'og:locale': 'vi_VN',
    });
    expect(og['og:image']).toBe(abs(`/${floodVi.coverImage?.key}-960w.webp`));

    const [data] = jsonLd(doc);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: floodVi.title,
      datePublished: floodVi.firstPublishedAt,
      dateModified: floodVi.publishedAt,
      inLanguage: 'vi',
      author: { '@type': 'Person', name: floodVi.authorName },
      publisher: { '@type': 'GovernmentOrganization', name: 'Cổng Thông tin điện tử tỉnh Quảng Trị' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      image: [abs(`/${floodVi.coverImage?.key}-960w.webp`)],
    });
  });

  it('lists related articles and is indexable', () => {
    const related = all(doc, (e) => e.name === 'section' && e.attribs.class?.includes('related') === true)[0];
    expect(related && DomUtils.findAll((e) => e.name === 'h3', related.children).length).toBeGreaterThan(0);
    expect(html).not.toContain('noindex');
    expect(html).not.toContain('preview-banner');
  });

  it('marks a preview as not for indexing and says so on the page', () => {
    const preview = renderArticlePage(ctx, floodVi, { category: directions, related: [], preview: true });
    expect(preview).toContain('<meta name="robots" content="noindex"/>');
    const banner = all(dom(preview), (e) => e.attribs.class === 'preview-banner')[0];
    expect(textOf(banner)).toContain('Bản xem trước');
    const english = sampleArticle('provincial-chair-directs-flood-recovery');
    const previewEn = renderArticlePage(ctx, english, { category: directions, related: [], preview: true });
    expect(textOf(all(dom(previewEn), (e) => e.attribs.class === 'preview-banner')[0])).toContain('Preview');
  });

  it('renders English articles in English', () => {
    const english = sampleArticle('provincial-chair-directs-flood-recovery');
    const page = dom(renderArticlePage(ctx, english, { category: directions, related: [] }));
    expect(attr(byTag(page, 'html')[0], 'lang')).toBe('en');
    expect(textOf(all(page, (e) => e.name === 'time')[0])).toBe('26 November 2026');
    expect(attr(all(page, (e) => e.name === 'a' && e.attribs.hreflang === 'vi')[0], 'href')).toBe(
      sitePaths.article('vi', floodVi.slug),
    );
    expect(textOf(all(page, (e) => e.name === 'nav' && e.attribs.class === 'site-nav')[0])).toContain(
      directions.nameEn,
    );
  });
});

describe('escaping', () => {
  const hostile: PublishedArticle = {
    ...budgetVi,
    title: '<script>alert("x")</script> Thu & chi',
    summary: 'Tóm tắt có <b>thẻ</b> & "ngoặc kép" </script>',
    tags: ['<img src=x onerror=alert(1)>'],
    authorName: '<i>Tác giả</i>',
  };
  const html = renderArticlePage(ctx, hostile, {
    category: sampleCategory(hostile.categorySlug),
    related: [hostile],
  });

  it('escapes every text that is not the sanitized body', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>thẻ</b>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<i>Tác giả</i>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Thu &amp; chi');
    const doc = dom(html);
    expect(textOf(byTag(doc, 'h1')[0])).toBe(hostile.title);
    expect(textOf(byTag(doc, 'title')[0]).startsWith(hostile.title)).toBe(true);
  });

  it('keeps JSON-LD valid and closed whatever the title contains', () => {
    const data = jsonLd(dom(html));
    expect(data).toHaveLength(1);
    expect(data[0]?.headline).toBe(hostile.title);
    expect(data[0]?.description).toBe(hostile.summary);
    // The only </script> in the page are the one that closes the JSON-LD element and the rating script's.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html.match(/<script src="\/assets\/danh-gia\.js" defer=""><\/script>/g)).toHaveLength(1);
  });

  it('says "khoảng" / "about" beside a total and facet counts the index estimated, and not otherwise', () => {
    const answer = answerOf(articlesIn('vi', 'nong-nghiep'));
    const summary = (html: string) => textOf(all(dom(html), (e) => e.attribs.class === 'search-summary')[0]);
    const facetText = (html: string) =>
      all(dom(html), (e) => e.attribs.class === 'search-facet')
        .map(textOf)
        .join(' ');
    const exact = renderSearchPage(ctx, 'vi', { query: 'cà phê', answer });
    expect(summary(exact)).toBe(`${answer.total} kết quả cho “cà phê”`);
    expect(facetText(exact)).not.toContain('khoảng');
    const rough = { ...answer, total: 1500, totalIsEstimate: true, facetsAreEstimates: true };
    const vi = renderSearchPage(ctx, 'vi', { query: 'cà phê', answer: rough });
    expect(summary(vi)).toBe('khoảng 1500 kết quả cho “cà phê”');
    expect(facetText(vi)).toContain(`(khoảng ${answer.total})`);
    const en = renderSearchPage(ctx, 'en', { query: 'coffee', answer: rough });
    expect(summary(en)).toBe('about 1500 results for “coffee”');
    expect(facetText(en)).toContain(`(about ${answer.total})`);
  });

  it('echoes a search query as text', () => {
    const page = renderSearchPage(ctx, 'vi', { query: '"><script>x()</script>', answer: answerOf([]) });
    expect(page).not.toContain('<script>x()');
    expect(attr(all(dom(page), (e) => e.attribs.id === 'search-page-query')[0], 'value')).toBe(
      '"><script>x()</script>',
    );
  });
});

describe('home page', () => {
  const model = sampleHomeModel('vi');
  const html = renderHomePage(ctx, 'vi', model);
  const doc = dom(html);

  it('has the leadership, latest, category and quick-link blocks', () => {
    const headings = byTag(doc, 'h2').map(textOf);
    expect(headings).toContain('Chỉ đạo, điều hành');
    expect(headings).toContain('Tin mới nhất');
    expect(headings).toContain('Liên kết nhanh');
    for (const { category } of model.byCategory.filter(
      (block) => block.category.slug !== 'chi-dao-dieu-hanh',
    )) {
      expect(headings).toContain(category.nameVi);
    }
    for (const article of model.latest)
      expect(linkHrefs(doc)).toContain(sitePaths.article('vi', article.slug));
    expect(linkHrefs(doc)).toContain('https://dichvucong.gov.vn');
  });

  it('does not repeat the leadership articles as a category block', () => {
    const blockTitles = all(
      doc,
      (e) => e.name === 'h2' && e.attribs.id?.startsWith('home-cat-') === true,
    ).map(textOf);
    expect(blockTitles).not.toContain('Chỉ đạo, điều hành');
  });

  it('describes the portal with GovernmentOrganization JSON-LD', () => {
    const [data] = jsonLd(doc);
    expect(data).toMatchObject({
      '@type': 'GovernmentOrganization',
      name: 'Cổng Thông tin điện tử tỉnh Quảng Trị',
      url: abs('/'),
      address: { '@type': 'PostalAddress', addressLocality: 'Đồng Hới', addressRegion: 'Quảng Trị' },
      parentOrganization: { '@type': 'GovernmentOrganization' },
    });
    expect(typeof data?.telephone).toBe('string');
    expect(typeof data?.email).toBe('string');
    expect(JSON.stringify(data?.parentOrganization)).toContain('Ủy ban nhân dân tỉnh Quảng Trị');
  });

  it('links every category in the main navigation, by name, in order', () => {
    const nav = all(doc, (e) => e.name === 'nav' && e.attribs.class === 'site-nav')[0];
    const links = nav ? DomUtils.findAll((e) => e.name === 'a', nav.children) : [];
    const categoryLinks = links.filter((a) => a.attribs.href?.startsWith('/chuyen-muc/'));
    expect(categoryLinks.map((a) => [a.attribs.href, textOf(a)])).toEqual(
      sampleCategories.map((category) => [sitePaths.category('vi', category.slug), category.nameVi]),
    );
  });

  it('links the footer to the static pages, the unit and other portals', () => {
    const footer = byTag(doc, 'footer')[0];
    const text = textOf(footer);
    expect(text).toContain('Văn phòng UBND tỉnh Quảng Trị');
    expect(text).toContain('12 Quang Trung, phường Đồng Hới');
    const hrefs = footer
      ? DomUtils.findAll((e) => e.name === 'a', footer.children).map((a) => a.attribs.href)
      : [];
    for (const page of staticPages) expect(hrefs).toContain(sitePaths.staticPage('vi', page));
    expect(hrefs).toContain('https://chinhphu.vn');
    expect(hrefs).toContain('https://congbao.chinhphu.vn');
  });

  it('stays light: under 60 KB of HTML, also with a full set of articles', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(60_000);
    const many = makeSampleArticles(200);
    const full = renderHomePage(ctx, 'vi', sampleHomeModel('vi', many));
    expect(Buffer.byteLength(full)).toBeLessThan(60_000);
  });
});

describe('category listings', () => {
  const articles = articlesIn('vi', culture.slug);

  it('links the front page to the older listing block', () => {
    const doc = dom(renderCategoryFront(ctx, 'vi', culture, { articles, olderPage: 4 }));
    const pagination = all(doc, (e) => e.name === 'nav' && e.attribs.class === 'pagination')[0];
    expect(attr(pagination, 'aria-label')).toBe('Phân trang');
    const hrefs = pagination
      ? DomUtils.findAll((e) => e.name === 'a', pagination.children).map((a) => a.attribs.href)
      : [];
    expect(hrefs).toEqual([sitePaths.categoryPage('vi', culture.slug, 4)]);
    expect(canonicalOf(doc)).toBe(abs(sitePaths.category('vi', culture.slug)));
    expect(textOf(byTag(doc, 'h1')[0])).toBe(culture.nameVi);
  });

  it('has no pagination when there is nothing older', () => {
    const doc = dom(renderCategoryFront(ctx, 'vi', culture, { articles }));
    expect(all(doc, (e) => e.name === 'nav' && e.attribs.class === 'pagination')).toHaveLength(0);
  });

  it('links the newest block back to the front, and middle blocks to their neighbours', () => {
    const newest = dom(renderCategoryPage(ctx, 'vi', culture, { page: 3, articles, olderPage: 2 }));
    const newestLinks = all(newest, (e) => e.name === 'nav' && e.attribs.class === 'pagination').flatMap(
      (nav) => DomUtils.findAll((e) => e.name === 'a', nav.children).map((a) => a.attribs.href),
    );
    expect(newestLinks).toEqual([
      sitePaths.category('vi', culture.slug),
      sitePaths.categoryPage('vi', culture.slug, 2),
    ]);
    expect(canonicalOf(newest)).toBe(abs(sitePaths.categoryPage('vi', culture.slug, 3)));

    const middle = dom(
      renderCategoryPage(ctx, 'en', culture, { page: 2, articles, newerPage: 3, olderPage: 1 }),
    );
    const middleLinks = all(middle, (e) => e.name === 'nav' && e.attribs.class === 'pagination').flatMap(
      (nav) => DomUtils.findAll((e) => e.name === 'a', nav.children).map((a) => a.attribs.href),
    );
    expect(middleLinks).toEqual([
      sitePaths.categoryPage('en', culture.slug, 3),
      sitePaths.categoryPage('en', culture.slug, 1),
    ]);

    const oldest = dom(renderCategoryPage(ctx, 'vi', culture, { page: 1, articles, newerPage: 2 }));
    const oldestLinks = all(oldest, (e) => e.name === 'nav' && e.attribs.class === 'pagination').flatMap(
      (nav) => DomUtils.findAll((e) => e.name === 'a', nav.children).map((a) => a.attribs.href),
    );
    expect(oldestLinks).toEqual([sitePaths.categoryPage('vi', culture.slug, 2)]);
  });

  it('lists articles newest first and marks the current section in the menu', () => {
    const oldestFirst = [...articles].reverse();
    const doc = dom(renderCategoryPage(ctx, 'vi', culture, { page: 1, articles: oldestFirst }));
    const titles = byTag(doc, 'h2')
      .filter((h2) => h2.attribs.class === 'card__title')
      .map(textOf);
    expect(titles).toEqual(articles.map((article) => article.title));
    const current = all(
      doc,
      (e) => e.name === 'a' && e.attribs['aria-current'] === 'page' && e.attribs.href !== undefined,
    );
    expect(current.map((a) => a.attribs.href)).toEqual([sitePaths.category('vi', culture.slug)]);
  });

  it('advertises the category feeds', () => {
    const doc = dom(renderCategoryFront(ctx, 'en', culture, { articles: articlesIn('en', culture.slug) }));
    const feeds = all(doc, (e) => e.name === 'link' && e.attribs.type === 'application/rss+xml');
    expect(attr(feeds[0], 'href')).toBe(abs(sitePaths.rssFeed('en', culture.slug)));
    expect(linkHrefs(doc)).toContain(sitePaths.atomFeed('en', culture.slug));
  });
});

describe('printable article', () => {
  const html = renderArticlePrintPage(ctx, floodVi, { category: directions });
  const doc = dom(html);

  it('carries the article, its permanent address and when it was generated, without the menus', () => {
    expect(textOf(byTag(doc, 'h1')[0])).toBe(floodVi.title);
    expect(html).toContain(floodVi.bodyHtml);
    expect(canonicalOf(doc)).toBe(abs(sitePaths.article('vi', floodVi.slug)));
    expect(textOf(byTag(doc, 'footer')[0])).toContain(abs(sitePaths.article('vi', floodVi.slug)));
    expect(textOf(byTag(doc, 'footer')[0])).toContain(formatDateTimeVi(ctx.generatedAt));
    expect(all(doc, (e) => e.name === 'nav')).toHaveLength(0);
    expect(all(doc, (e) => e.name === 'form')).toHaveLength(0);
  });

  it('has print styles in the stylesheet', () => {
    expect(siteStylesheet).toContain('@media print');
  });

  it('links the stylesheet by the fingerprint of its content (update stylesheet-href.ts when the CSS changes)', () => {
    const fingerprint = createHash('sha256').update(siteStylesheet).digest('hex').slice(0, 10);
    expect(stylesheetFingerprint).toBe(fingerprint);
    expect(stylesheetHref).toBe(`${sitePaths.stylesheet()}?v=${fingerprint}`);
  });
});

describe('static pages', () => {
  it.each(staticPages.flatMap((page) => languages.map((language) => ({ page, language }))))(
    '$page exists in $language and links to its counterpart',
    ({ page, language }) => {
      const other: Language = language === 'vi' ? 'en' : 'vi';
      const doc = dom(renderStaticPage(ctx, language, page));
      expect(canonicalOf(doc)).toBe(abs(sitePaths.staticPage(language, page)));
      expect(attr(all(doc, (e) => e.name === 'a' && e.attribs.hreflang === other)[0], 'href')).toBe(
        sitePaths.staticPage(other, page),
      );
      expect(byTag(doc, 'p').filter((p) => p.parent !== null).length).toBeGreaterThan(2);
    },
  );

  it('describes the unit as the founding proposal sets it up, in both languages', () => {
    const vi = textOf(byTag(dom(renderStaticPage(ctx, 'vi', 'organisation')), 'main')[0]);
    for (const part of [
      'Giám đốc',
      'Phó Giám đốc',
      'Phòng Công nghệ thông tin và Hành chính',
      'Phòng Công báo - Biên tập thông tin',
    ]) {
      expect(vi).toContain(part);
    }
    const en = textOf(byTag(dom(renderStaticPage(ctx, 'en', 'organisation')), 'main')[0]);
    for (const part of [
      'Director',
      'Deputy Director',
      'Department of Information Technology and Administration',
      'Contacts',
    ]) {
      expect(en).toContain(part);
    }
  });

  it('gives address, telephone and email on the contact page', () => {
    const doc = dom(renderStaticPage(ctx, 'en', 'contact'));
    expect(textOf(byTag(doc, 'main')[0])).toContain('12 Quang Trung Street, Dong Hoi');
    expect(linkHrefs(doc).some((href) => href.startsWith('tel:+84'))).toBe(true);
    expect(linkHrefs(doc).some((href) => href.startsWith('mailto:'))).toBe(true);
  });

  it("links to other agencies' portals", () => {
    const hrefs = linkHrefs(dom(renderStaticPage(ctx, 'vi', 'links')));
    for (const url of ['https://chinhphu.vn', 'https://congbao.chinhphu.vn', 'https://dichvucong.gov.vn']) {
      expect(hrefs).toContain(url);
    }
  });
});

describe('search and not-found pages', () => {
  it('searches with a plain GET form to the search API', () => {
    const doc = dom(renderSearchPage(ctx, 'en', { query: '' }));
    // The page's own form (the header has another one).
    const form = byTag(doc, 'form').find(
      (candidate) =>
        DomUtils.findOne((e) => e.attribs.id === 'search-page-query', candidate.children) !== null,
    );
    expect(attr(form, 'method')).toBe('get');
    expect(attr(form, 'action')).toBe(sitePaths.searchApi());
    const inputs = form ? DomUtils.findAll((e) => e.name === 'input', form.children) : [];
    expect(inputs.map((input) => [input.attribs.name, input.attribs.type])).toEqual([
      ['q', 'search'],
      ['lang', 'hidden'],
    ]);
    expect(attr(inputs[1], 'value')).toBe('en');
    expect(renderSearchPage(ctx, 'en', { query: '' })).not.toContain('noindex');
  });

  it('lists results and keeps result pages out of search engines', () => {
    const results = articlesIn('vi', 'nong-nghiep');
    const html = renderSearchPage(ctx, 'vi', { query: 'cà phê', answer: answerOf(results) });
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain(`${results.length} kết quả cho “cà phê”`);
    for (const article of results) expect(html).toContain(sitePaths.article('vi', article.slug));
    expect(renderSearchPage(ctx, 'vi', { query: 'không có', answer: answerOf([]) })).toContain(
      'Không tìm thấy',
    );
  });

  it('answers a missing page in both languages', () => {
    const doc = dom(renderNotFoundPage(ctx));
    expect(textOf(byTag(doc, 'h1')[0])).toContain('Không tìm thấy trang');
    expect(all(doc, (e) => e.attribs.lang === 'en').length).toBeGreaterThan(0);
    expect(renderNotFoundPage(ctx)).toContain('<meta name="robots" content="noindex"/>');
    expect(linkHrefs(doc)).toContain(sitePaths.home('en'));
  });
});

describe('stylesheet', () => {
  const variable = (name: string) =>
    siteStylesheet.match(new RegExp(`--${name}: (#[0-9a-f]{6});`))?.[1] ?? '';
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const contrast = (a: string, b: string) => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
  };

  it('meets WCAG AA contrast for text on each background', () => {
    const pairs: [string, string][] = [
      [variable('ink'), '#ffffff'],
      [variable('muted'), '#ffffff'],
      [variable('muted'), variable('soft')],
      [variable('link'), '#ffffff'],
      [variable('link'), variable('soft')],
      [variable('visited'), '#ffffff'],
      ['#ffffff', variable('red')],
      [variable('red-soft'), variable('red')],
      ['#ffffff', variable('navy')],
      [variable('footer-ink'), variable('footer')],
      [variable('focus-ink'), variable('focus')],
    ];
    for (const [text, background] of pairs) {
      expect(text).toMatch(/^#/);
      expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('shows keyboard focus and works from small screens up', () => {
    expect(siteStylesheet).toContain(':focus-visible');
    expect(siteStylesheet).toContain('@media (min-width:');
    expect(siteStylesheet).not.toContain('/*');
  });
});
