import type { Language } from '#shared/domain/text.ts';

/**
 * The public site's URL scheme, in one place: the renderer links with it, the publisher computes the
 * pages a change touches with it, the admin links previews with it. Every page URL ends in a slash and
 * is stored as `<path>index.html` (shared/config/site-paths.ts). How listings split into blocks is in
 * geometry.ts.
 */

export const sitePaths = {
  home: (language: Language) => (language === 'vi' ? '/' : '/en/'),
  article: (language: Language, slug: string) =>
    language === 'vi' ? `/tin-tuc/${slug}/` : `/en/news/${slug}/`,
  articlePrint: (language: Language, slug: string) =>
    language === 'vi' ? `/tin-tuc/${slug}/ban-in/` : `/en/news/${slug}/print/`,
  /** The category's front page: its newest articles (the two newest listing blocks). */
  category: (language: Language, categorySlug: string) =>
    language === 'vi' ? `/chuyen-muc/${categorySlug}/` : `/en/section/${categorySlug}/`,
  /** Listing block `page` (1 = the oldest twenty articles ever published in the category). */
  categoryPage: (language: Language, categorySlug: string, page: number) =>
    language === 'vi'
      ? `/chuyen-muc/${categorySlug}/trang-${page}/`
      : `/en/section/${categorySlug}/page-${page}/`,
  rssFeed: (language: Language, categorySlug?: string) =>
    `${language === 'vi' ? '' : '/en'}/feeds/${categorySlug ?? 'all'}.rss.xml`,
  atomFeed: (language: Language, categorySlug?: string) =>
    `${language === 'vi' ? '' : '/en'}/feeds/${categorySlug ?? 'all'}.atom.xml`,
  sitemapIndex: () => '/sitemap.xml',
  /** One sitemap per month of first publication, so a publication rewrites one small file. */
  sitemapMonth: (month: string) => `/sitemaps/${month}.xml`,
  robots: () => '/robots.txt',
  notFound: () => '/404.html',
  stylesheet: () => '/assets/site.css',
  search: (language: Language) => (language === 'vi' ? '/tim-kiem/' : '/en/search/'),
  /** Server-side search (works without JavaScript: the form submits here and gets an HTML page). */
  searchApi: () => '/api/content/search',
  staticPage: (language: Language, page: StaticPageId) => staticPageSlugs[page][language],

  // The Official Gazette (Công báo) and the legal-document database; Vietnamese, as the legal texts are.
  gazetteHome: () => '/cong-bao/',
  gazetteYear: (year: number) => `/cong-bao/${year}/`,
  gazetteIssue: (year: number, number: number) => `/cong-bao/${year}/so-${number}/`,
  legalDocuments: () => '/van-ban/',
  legalDocument: (slug: string) => `/van-ban/${slug}/`,
  /** Server-side search of the legal-document database (HTML for browsers, JSON for scripts). */
  legalDocumentSearchApi: () => '/api/gazette/documents',
  /** Files in the write-once archive bucket (CloudFront behaviour /archive/*). */
  archiveFile: (key: string) => `/${key}`,
} as const;

export const staticPageSlugs = {
  introduction: { vi: '/gioi-thieu/', en: '/en/about/' },
  organisation: { vi: '/co-cau-to-chuc/', en: '/en/organisation/' },
  contact: { vi: '/lien-he/', en: '/en/contact/' },
  links: { vi: '/lien-ket/', en: '/en/links/' },
} as const;
export type StaticPageId = keyof typeof staticPageSlugs;
