import { existsSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { seedPages } from '#infra/local/seed-pages.ts';
import type { PageChange, PageSummary, PublishedPage } from '#shared/domain/page.ts';
import { assertAllowed, assertHasChangesToSubmit, assertNotOwnWork } from '#shared/editorial/workflow.ts';
import { defaultMenus } from '#shared/site/default-menus.ts';
import { menuTouches, pageTouches } from '#shared/site/page-touches.ts';
import { ancestorsOf, childrenOf, makesCycle } from '#shared/site/page-tree.ts';
import { reservedPageSlugs, sitePaths } from '#shared/site/urls.ts';
import { sampleContext } from '#web/site/fixtures.ts';
import { menuLinks } from '#web/site/menus.ts';
import { renderManagedPage, type SiteContext } from '#web/site/render.ts';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const summary = (n: number, slug: string, title: string, parent?: number, order = 0): PageSummary => ({
  id: id(n),
  language: 'vi',
  slug,
  title,
  order,
  ...(parent ? { parentId: id(parent) } : {}),
});
const tree = [
  summary(1, 'gioi-thieu', 'Giới thiệu'),
  summary(2, 'lich-su', 'Lịch sử', 1, 2),
  summary(3, 'dia-ly', 'Địa lý', 1, 1),
  summary(4, 'di-tich', 'Di tích', 2),
];
const paths = (refs: { slug: string }[]) => refs.map((ref) => ref.slug).sort();

describe('the page tree', () => {
  it('gives ancestors from the top and children in order', () => {
    expect(ancestorsOf(tree, id(4)).map((page) => page.slug)).toEqual(['gioi-thieu', 'lich-su']);
    expect(childrenOf(tree, id(1)).map((page) => page.slug)).toEqual(['dia-ly', 'lich-su']);
    expect(childrenOf(tree, undefined).map((page) => page.slug)).toEqual(['gioi-thieu']);
  });

  it('refuses a page under itself or under its descendants, accepts any other place', () => {
    expect(makesCycle(tree, id(1), id(1))).toBe(true);
    expect(makesCycle(tree, id(1), id(4))).toBe(true);
    expect(makesCycle(tree, id(2), id(4))).toBe(true);
    expect(makesCycle(tree, id(4), id(3))).toBe(false);
    expect(makesCycle(tree, id(3), id(2))).toBe(false);
  });
});

describe('the editorial decisions, for pages as for articles', () => {
  const page = { status: 'published' as const, latestRevision: 2, publishedRevision: 2, authorId: 'a' };
  it('uses the articles’ transition table and rules', () => {
    expect(() => assertAllowed({ status: 'in_review' }, 'save')).toThrow();
    expect(() => assertAllowed({ status: 'returned' }, 'submit')).not.toThrow();
    expect(() => assertHasChangesToSubmit(page)).toThrow();
    expect(() => assertHasChangesToSubmit({ ...page, latestRevision: 3 })).not.toThrow();
    expect(() => assertNotOwnWork(page, { id: 'a', name: 'A' }, 'b')).toThrow();
    expect(() => assertNotOwnWork(page, { id: 'b', name: 'B' }, 'b')).toThrow();
    expect(() => assertNotOwnWork(page, { id: 'd', name: 'D' }, 'b')).not.toThrow();
  });
});

describe('pages a page change touches', () => {
  const none = new Set<string>();
  const change = (over: Partial<PageChange>): PageChange => ({ pageId: id(2), language: 'vi', ...over });

  it('a revision with the same title and place: the page alone', () => {
    const touched = pageTouches(
      change({
        before: { slug: 'lich-su', title: 'Lịch sử', parentId: id(1) },
        after: { slug: 'lich-su', title: 'Lịch sử', parentId: id(1) },
      }),
      tree,
      none,
    );
    expect(paths(touched.render)).toEqual(['lich-su']);
    expect(touched.remove).toEqual([]);
    expect(touched.wholeSite).toBe(false);
  });

  it('a new title: the parent (its list) and the children (their breadcrumbs) too', () => {
    const touched = pageTouches(
      change({
        before: { slug: 'lich-su', title: 'Lịch sử', parentId: id(1) },
        after: { slug: 'lich-su', title: 'Lịch sử tỉnh', parentId: id(1) },
      }),
      tree,
      none,
    );
    expect(paths(touched.render)).toEqual(['di-tich', 'gioi-thieu', 'lich-su']);
    expect(touched.wholeSite).toBe(false);
  });

  it('a move: both parents', () => {
    const touched = pageTouches(
      change({
        pageId: id(4),
        before: { slug: 'di-tich', title: 'Di tích', parentId: id(2) },
        after: { slug: 'di-tich', title: 'Di tích', parentId: id(3) },
      }),
      tree,
      none,
    );
    expect(paths(touched.render)).toEqual(['di-tich', 'dia-ly', 'lich-su']);
  });

  it('a first publication with a translation: the page and its translation (language switch)', () => {
    const touched = pageTouches(
      change({
        pageId: id(9),
        after: { slug: 'lien-he', title: 'Liên hệ' },
        translation: { language: 'en', slug: 'contact' },
      }),
      tree,
      none,
    );
    expect(touched.render).toEqual([
      { kind: 'managed-page', language: 'vi', slug: 'lien-he' },
      { kind: 'managed-page', language: 'en', slug: 'contact' },
    ]);
  });

  it('a takedown: the page is removed, the parent re-rendered without it', () => {
    const touched = pageTouches(
      change({ before: { slug: 'lich-su', title: 'Lịch sử', parentId: id(1) } }),
      tree,
      none,
    );
    expect(paths(touched.remove)).toEqual(['lich-su']);
    expect(paths(touched.render)).toEqual(['di-tich', 'gioi-thieu']);
  });

  it('a page in a menu whose title changes: the whole site; one whose text alone changes: not', () => {
    const inMenu = new Set([id(1)]);
    const same = { slug: 'gioi-thieu', title: 'Giới thiệu' };
    expect(pageTouches(change({ pageId: id(1), before: same, after: same }), tree, inMenu).wholeSite).toBe(
      false,
    );
    expect(
      pageTouches(change({ pageId: id(1), before: same, after: { ...same, title: 'Về tỉnh' } }), tree, inMenu)
        .wholeSite,
    ).toBe(true);
    expect(pageTouches(change({ pageId: id(1), before: same }), tree, inMenu).wholeSite).toBe(true);
  });

  it('the home blocks touch the two home pages; the main menu and the footer every page', () => {
    expect(menuTouches('home')).toEqual({
      wholeSite: false,
      render: [
        { kind: 'home', language: 'vi' },
        { kind: 'home', language: 'en' },
      ],
    });
    expect(menuTouches('main')).toEqual({ wholeSite: true });
    expect(menuTouches('footer')).toEqual({ wholeSite: true });
  });
});

const published: PublishedPage = {
  id: id(7),
  language: 'vi',
  slug: 'lien-he',
  title: 'Liên hệ',
  summary: 'Địa chỉ và điện thoại',
  bodyHtml: '<p>12 Quang Trung, phường Đồng Hới</p>',
  order: 3,
  parentId: id(1),
  revision: 2,
  firstPublishedAt: '2026-11-01T03:00:00.000Z',
  // 23:30 on 30 November in UTC is already 1 December in Viet Nam.
  publishedAt: '2026-11-30T23:30:00.000Z',
  translationSlug: 'contact',
};
const withPages: SiteContext = {
  ...sampleContext,
  navigation: {
    menus: {},
    pages: {
      vi: [summary(1, 'gioi-thieu', 'Giới thiệu'), { ...summary(7, 'lien-he', 'Liên hệ', 1), order: 3 }],
      en: [],
    },
  },
};

describe('a managed page', () => {
  const doc = parseDocument(renderManagedPage(withPages, published));
  const text = DomUtils.textContent(doc);
  const hrefs = DomUtils.findAll((e) => e.name === 'a', doc.children).map((a) => a.attribs.href);

  it('says when it was last updated, as a date in Viet Nam', () => {
    expect(text).toContain('Cập nhật lần cuối: 01/12/2026');
    const time = DomUtils.findOne((e) => e.name === 'time', doc.children);
    expect(time?.attribs.datetime).toBe(published.publishedAt);
    const en = DomUtils.textContent(
      parseDocument(renderManagedPage(withPages, { ...published, language: 'en', slug: 'contact' })),
    );
    expect(en).toContain('Last updated: 1 December 2026');
  });

  it('links to its translation, its parent (breadcrumb), and is canonical at its address', () => {
    expect(hrefs).toContain('/en/contact/');
    expect(hrefs).toContain('/gioi-thieu/');
    const canonical = DomUtils.findOne(
      (e) => e.name === 'link' && e.attribs.rel === 'canonical',
      doc.children,
    );
    expect(canonical?.attribs.href).toBe(`${sampleContext.baseUrl}/lien-he/`);
    expect(text).toContain('12 Quang Trung, phường Đồng Hới');
  });

  it('lists its live subpages', () => {
    const parent = parseDocument(
      renderManagedPage(withPages, { ...published, id: id(1), slug: 'gioi-thieu', title: 'Giới thiệu' }),
    );
    const nav = DomUtils.findOne((e) => e.name === 'nav' && e.attribs.class === 'subpages', parent.children);
    expect(nav && DomUtils.textContent(nav)).toContain('Liên hệ');
  });

  it('is not indexed as a preview', () => {
    expect(renderManagedPage(withPages, published, { preview: true })).toContain('noindex');
  });
});

describe('menus', () => {
  it('by default, the main menu is the one the site had (home, categories, gazette… about) plus disclosures and public services', () => {
    const links = menuLinks(sampleContext, 'main', 'vi').map((link) => link.href);
    expect(links[0]).toBe('/');
    expect(links).toContain(sitePaths.category('vi', sampleContext.categories[0]?.slug ?? ''));
    expect(links).toEqual(
      expect.arrayContaining(['/cong-bao/', '/thong-tin-cong-khai/', '/dich-vu-cong/', '/gioi-thieu/']),
    );
    const en = menuLinks(sampleContext, 'main', 'en');
    expect(en.map((link) => link.href)).toEqual(
      expect.arrayContaining(['/en/disclosures/', '/en/public-services/', '/en/about/']),
    );
    expect(en.find((link) => link.href === '/cong-bao/')?.hreflang).toBe('vi');
  });

  it('shows a page entry where that page is live, with its title, and leaves it out elsewhere', () => {
    const ctx: SiteContext = {
      ...withPages,
      navigation: {
        pages: withPages.navigation?.pages ?? { vi: [], en: [] },
        menus: { footer: { items: [{ target: { kind: 'page', vi: id(7), en: id(8) } }] } },
      },
    };
    expect(menuLinks(ctx, 'footer', 'vi')).toEqual([{ label: 'Liên hệ', href: '/lien-he/' }]);
    expect(menuLinks(ctx, 'footer', 'en')).toEqual([]);
    const footer = DomUtils.findOne(
      (e) => e.name === 'footer',
      parseDocument(renderManagedPage(ctx, published)).children,
    );
    expect(footer && DomUtils.textContent(footer)).toContain('Liên hệ');
  });

  it('the default footer links the organisation and links pages, which stay code', () => {
    const hrefs = defaultMenus.footer.items.flatMap((item) =>
      item.target.kind === 'path' ? [item.target.vi] : [],
    );
    expect(hrefs).toEqual(expect.arrayContaining(['/co-cau-to-chuc/', '/lien-ket/']));
  });
});

describe('the introduction and contacts are seeded pages, not code', () => {
  it('the components are gone', () => {
    expect(existsSync(new URL('../../web/site/pages/static/Introduction.tsx', import.meta.url))).toBe(false);
    expect(existsSync(new URL('../../web/site/pages/static/Contact.tsx', import.meta.url))).toBe(false);
    expect(Object.keys(sitePaths).includes('staticPage')).toBe(true);
  });

  it('the seed has every page in both languages at free addresses, the old URLs kept', () => {
    const slugs = seedPages.flatMap((page) => [`vi/${page.vi.slug}`, `en/${page.en.slug}`]);
    expect(slugs).toEqual(expect.arrayContaining(['vi/gioi-thieu', 'en/about', 'vi/lien-he', 'en/contact']));
    expect(seedPages).toHaveLength(7);
    for (const page of seedPages) {
      expect(reservedPageSlugs.vi).not.toContain(page.vi.slug);
      expect(reservedPageSlugs.en).not.toContain(page.en.slug);
    }
    const contact = seedPages.find((page) => page.key === 'contact');
    expect(contact?.vi.bodyHtml).toContain('phường Đồng Hới');
    expect(contact?.vi.bodyHtml).toMatch(/tel:\+84/);
    expect(contact?.en.bodyHtml).toContain('mailto:congthongtin@quangtri.gov.vn');
    const intro = seedPages.find((page) => page.key === 'introduction');
    expect(intro?.vi.bodyHtml).toContain('01/7/2025');
    expect(intro?.vi.bodyHtml).toContain('Đồng Hới');
  });
});
