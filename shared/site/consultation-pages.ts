/**
 * The consultation pages of the public site (Vietnamese, as the drafts are) and which of them a change
 * touches. A consultation's change (posted, opened, closed, a comment published, its report) touches its
 * own page, the list and the consultations' sitemap, and, once the report is approved, the report's PDF
 * beside the page; nothing else shows a consultation (the adopted document's page, which links back, is
 * touched by the linking only: functions/publisher/consultation-pages.ts).
 */
export const consultationPaths = {
  list: () => '/lay-y-kien/',
  page: (slug: string) => `/lay-y-kien/${slug}/`,
  part: (slug: string, anchor: string) => `/lay-y-kien/${slug}/#${anchor}`,
  commentApi: (slug: string) => `/api/consultations/${slug}/comments`,
  fileApi: (slug: string, index: number) => `/api/consultations/${slug}/files/${index}`,
  sitemap: () => '/sitemaps/lay-y-kien.xml',
  /** The approved disposition report as a PDF, in the site bucket beside the page (served by CloudFront). */
  reportPdf: (slug: string) => `/lay-y-kien/${slug}/bao-cao-tiep-thu-giai-trinh.pdf`,
  statisticsApi: (slug: string) => `/api/consultations/${slug}/statistics`,
  /** The follow form posts here; the links of the followers' mails answer under it. */
  followApi: (slug: string) => `/api/consultations/${slug}/followers`,
  followConfirm: (slug: string, followerId: string, token: string) =>
    `/api/consultations/${slug}/followers/${followerId}/confirm?token=${token}`,
  followUnsubscribe: (slug: string, followerId: string, secret: string) =>
    `/api/consultations/${slug}/followers/${followerId}/unsubscribe?token=${secret}`,
  /** Drafts opened for comment and reports published, newest first. */
  rssFeed: () => '/lay-y-kien/rss.xml',
  atomFeed: () => '/lay-y-kien/atom.xml',
};

export type ConsultationPageRef =
  | { kind: 'consultation-list' }
  | { kind: 'consultation'; slug: string }
  | { kind: 'consultation-sitemap' }
  | { kind: 'consultation-report-pdf'; slug: string }
  | { kind: 'consultation-feed'; format: 'rss' | 'atom' };

export function consultationPathOf(page: ConsultationPageRef): string {
  switch (page.kind) {
    case 'consultation-list':
      return consultationPaths.list();
    case 'consultation':
      return consultationPaths.page(page.slug);
    case 'consultation-sitemap':
      return consultationPaths.sitemap();
    case 'consultation-report-pdf':
      return consultationPaths.reportPdf(page.slug);
    case 'consultation-feed':
      return page.format === 'rss' ? consultationPaths.rssFeed() : consultationPaths.atomFeed();
  }
}

/**
 * A change of one consultation: its page, the list, the sitemap of consultation pages (its lastmod), the feeds
 * (an opening or a published report is one of their entries) and, with an approved report, the report's PDF
 * (rendered again with the page, so the page's link and size match).
 */
export function consultationPagesTouchedBy(change: {
  slug: string;
  report?: { approvedAt?: string | undefined } | undefined;
}): ConsultationPageRef[] {
  return [
    { kind: 'consultation', slug: change.slug },
    { kind: 'consultation-list' },
    { kind: 'consultation-sitemap' },
    ...(change.report?.approvedAt ? [{ kind: 'consultation-report-pdf' as const, slug: change.slug }] : []),
    { kind: 'consultation-feed', format: 'rss' },
    { kind: 'consultation-feed', format: 'atom' },
  ];
}
