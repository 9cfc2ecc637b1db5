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
  /** The as-you-type script of the search page; it reads the index pieces under /search-index/. */
  searchScript: () => '/assets/search.js',
  staticPage: (language: Language, page: StaticPageId) => staticPageSlugs[page][language],
  // The organisation and the directory, from data (issue 13). The chart is staticPage('organisation'), the
  // links page staticPage('links'): their URLs stayed when their content became data.
  /** One unit: its functions, its place in the structure, its units and focal points. */
  unit: (language: Language, unitId: string) =>
    language === 'vi' ? `/co-cau-to-chuc/don-vi/${unitId}/` : `/en/organisation/units/${unitId}/`,
  /** The focal-point officials and their official contacts. */
  contacts: (language: Language) =>
    language === 'vi' ? '/co-cau-to-chuc/dau-moi-lien-he/' : '/en/organisation/contacts/',
  /** The province's agencies (departments, communes, wards) with their websites and contacts. */
  agencies: (language: Language) => (language === 'vi' ? '/lien-ket/co-quan/' : '/en/links/agencies/'),
  /** Readers rate a page's usefulness here (a form post without JavaScript, JSON with it). */
  ratingApi: () => '/api/content/ratings',
  /** The rating widget's script (components/PageRating.tsx works without it). */
  ratingScript: () => '/assets/rating.js',
  /** A managed page (introduction, contacts, access to information…): `/<slug>/`, `/en/<slug>/`. */
  managedPage: (language: Language, slug: string) => (language === 'vi' ? `/${slug}/` : `/en/${slug}/`),
  /** Every live managed page, both languages, with its translation as alternate. */
  pagesSitemap: () => '/sitemaps/trang.xml',

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

  // Citizens' feedback and petitions (phản ánh, kiến nghị); Vietnamese, as the questions and answers are.
  /** How it works, the newest answers, links to the form, the lookup and the statistics. */
  feedbackHome: () => '/phan-anh-kien-nghi/',
  /** The form (prerendered; it posts to feedbackSubmitApi and works without JavaScript). */
  feedbackForm: () => '/phan-anh-kien-nghi/gui/',
  /** Look up an item by its tracking code (the form submits to feedbackTrackApi). */
  feedbackLookup: () => '/phan-anh-kien-nghi/tra-cuu/',
  /** Published questions and answers: the newest first; listing block `page` (1 = the oldest twenty). */
  feedbackAnswers: () => '/phan-anh-kien-nghi/tra-loi/',
  feedbackAnswersPage: (page: number) => `/phan-anh-kien-nghi/tra-loi/trang-${page}/`,
  feedbackTopicAnswers: (topicSlug: string) => `/phan-anh-kien-nghi/linh-vuc/${topicSlug}/`,
  feedbackTopicAnswersPage: (topicSlug: string, page: number) =>
    `/phan-anh-kien-nghi/linh-vuc/${topicSlug}/trang-${page}/`,
  feedbackAgencyAnswers: (agencyId: string) => `/phan-anh-kien-nghi/co-quan/${agencyId}/`,
  feedbackAgencyAnswersPage: (agencyId: string, page: number) =>
    `/phan-anh-kien-nghi/co-quan/${agencyId}/trang-${page}/`,
  /** One published question and its answer, by tracking code in lower case: `/…/tra-loi/pa-2026-7k3q9/`. */
  feedbackAnswer: (code: string) => `/phan-anh-kien-nghi/tra-loi/${code.toLowerCase()}/`,
  feedbackFeed: () => '/phan-anh-kien-nghi/tra-loi.rss.xml',
  /** Every published answer's page (one file: a province publishes hundreds a year, far under 50,000). */
  feedbackSitemap: () => '/sitemaps/phan-anh-kien-nghi.xml',
  feedbackStatistics: () => '/phan-anh-kien-nghi/thong-ke/',
  /** The dynamic endpoints: the form posts here; the lookup and the secret link answer here. */
  feedbackSubmitApi: () => '/api/feedback/submissions',
  feedbackTrackApi: () => '/api/feedback/track',
  /** The public tracking page of one item (what the lookup form submits, as a link). */
  feedbackTracking: (code: string) => `/api/feedback/track?code=${encodeURIComponent(code)}`,
  feedbackRateApi: () => '/api/feedback/track/rating',
  feedbackReopenApi: () => '/api/feedback/track/reopen',
  feedbackDeletionApi: () => '/api/feedback/track/deletion',
  feedbackStatisticsApi: () => '/api/feedback/statistics',
  /** A secret link: the tracking page with the sender's key, which lets them rate, reopen or delete. */
  feedbackSecretLink: (code: string, key: string) => `/api/feedback/track?code=${code}&key=${key}`,
  // Online dialogues with the province's leaders.
  /** Upcoming, live and past dialogues. */
  dialogues: () => '/doi-thoai/',
  /** One dialogue: before, the question form and the questions; during, the live answers; after, the archive. */
  dialogue: (slug: string) => `/doi-thoai/${slug}/`,
  /** The small script that refreshes a live dialogue's questions and answers (the page works without it). */
  dialogueRefreshScript: () => '/doi-thoai/lam-moi.js',
  dialogueSitemap: () => '/sitemaps/doi-thoai.xml',
  /** Dialogues scheduled and archived, newest first. */
  dialogueRssFeed: () => '/doi-thoai/rss.xml',
  dialogueAtomFeed: () => '/doi-thoai/atom.xml',
  /** The question form posts here. */
  dialogueQuestionApi: (slug: string) => `/api/dialogues/${slug}/questions`,

  // Disclosures (thông tin công khai, Law on Access to Information 2016 Art. 17): shared/site/disclosure-pages.ts.
  /** The collections and the years. */
  disclosures: (language: Language) => (language === 'vi' ? '/thong-tin-cong-khai/' : '/en/disclosures/'),
  /** One collection, every year (the collection's path segment: disclosureCollections in shared/domain). */
  disclosureCollection: (language: Language, collectionSlug: string) =>
    language === 'vi' ? `/thong-tin-cong-khai/${collectionSlug}/` : `/en/disclosures/${collectionSlug}/`,
  /** One year, every collection. */
  disclosureYear: (language: Language, year: number) =>
    language === 'vi' ? `/thong-tin-cong-khai/nam-${year}/` : `/en/disclosures/${year}/`,
  /** One record. */
  disclosure: (language: Language, slug: string) =>
    language === 'vi' ? `/thong-tin-cong-khai/tai-lieu/${slug}/` : `/en/disclosures/records/${slug}/`,
  /** Open data: every published record (both languages in one file), and one year's. */
  disclosureData: () => '/thong-tin-cong-khai/du-lieu.json',
  disclosureYearData: (year: number) => `/thong-tin-cong-khai/du-lieu-${year}.json`,
  disclosureRssFeed: () => '/thong-tin-cong-khai/rss.xml',
  disclosureAtomFeed: () => '/thong-tin-cong-khai/atom.xml',
  /** Every public disclosure page, both languages; the sitemap index links it. */
  disclosureSitemap: () => '/sitemaps/thong-tin-cong-khai.xml',

  // Public services: links to the national and the provincial public-service portals (shared/site/public-services.ts).
  publicServices: (language: Language) => (language === 'vi' ? '/dich-vu-cong/' : '/en/public-services/'),
  publicServiceGroup: (language: Language, slug: string) =>
    language === 'vi' ? `/dich-vu-cong/${slug}/` : `/en/public-services/${slug}/`,
} as const;

/** Pages whose content is code (the introduction and contacts became managed pages: seed-pages.ts). */
export const staticPageSlugs = {
  organisation: { vi: '/co-cau-to-chuc/', en: '/en/organisation/' },
  links: { vi: '/lien-ket/', en: '/en/links/' },
} as const;

/**
 * First path segments the site uses for its own pages: a managed page cannot take them, in either language
 * (a page at `/tin-tuc/` would hide the news). `en` is the English site's own prefix.
 */
export const reservedPageSlugs: Record<Language, readonly string[]> = {
  vi: [
    'en',
    'admin',
    'api',
    'media',
    'archive',
    'assets',
    'feeds',
    'sitemaps',
    'search-index',
    'rebuild',
    'tin-tuc',
    'chuyen-muc',
    'tim-kiem',
    'cong-bao',
    'van-ban',
    'phan-anh-kien-nghi',
    'doi-thoai',
    'lay-y-kien',
    'co-cau-to-chuc',
    'lien-ket',
    'thong-tin-cong-khai',
    'dich-vu-cong',
    'trang',
  ],
  en: ['news', 'section', 'search', 'feeds', 'organisation', 'links', 'disclosures', 'public-services'],
};
export type StaticPageId = keyof typeof staticPageSlugs;
