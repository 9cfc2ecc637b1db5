/**
 * The consultation pages of the public site (Vietnamese, as the drafts are) and which of them a change
 * touches. A consultation's change (posted, opened, closed, a comment published, its report, a new version
 * of the draft) touches its own page, the redline page of each later version, the list and the
 * consultations' sitemap, and, once the report is approved, the report's PDF beside the page; nothing else
 * shows a consultation (the adopted document's page, which links back, is touched by the linking only:
 * functions/publisher/consultation-pages.ts).
 */
export const consultationPaths = {
  list: () => '/lay-y-kien/',
  page: (slug: string) => `/lay-y-kien/${slug}/`,
  part: (slug: string, anchor: string) => `/lay-y-kien/${slug}/#${anchor}`,
  /** Version `number` of the draft against the one before it. */
  version: (slug: string, number: number) => `/lay-y-kien/${slug}/phien-ban-${number}/`,
  commentApi: (slug: string) => `/api/consultations/${slug}/comments`,
  fileApi: (slug: string, index: number) => `/api/consultations/${slug}/files/${index}`,
  versionFileApi: (slug: string, version: number, index: number) =>
    `/api/consultations/${slug}/versions/${version}/files/${index}`,
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
  | { kind: 'consultation-version'; slug: string; number: number }
  | { kind: 'consultation-sitemap' }
  | { kind: 'consultation-report-pdf'; slug: string }
  | { kind: 'consultation-feed'; format: 'rss' | 'atom' };

export function consultationPathOf(page: ConsultationPageRef): string {
  switch (page.kind) {
    case 'consultation-list':
      return consultationPaths.list();
    case 'consultation':
      return consultationPaths.page(page.slug);
    case 'consultation-version':
      return consultationPaths.version(page.slug, page.number);
    case 'consultation-sitemap':
      return consultationPaths.sitemap();
    case 'consultation-report-pdf':
      return consultationPaths.reportPdf(page.slug);
    case 'consultation-feed':
      return page.format === 'rss' ? consultationPaths.rssFeed() : consultationPaths.atomFeed();
  }
}

/** The redline pages of a consultation: versions 2 to the latest (version 1 has nothing before it). */
export function versionPagesOf(consultation: { slug: string; latestVersion?: number | undefined }) {
  return Array.from({ length: Math.max(0, (consultation.latestVersion ?? 1) - 1) }, (_, index) => ({
    kind: 'consultation-version' as const,
    slug: consultation.slug,
    number: index + 2,
  }));
}

/**
 * A change of one consultation: its page, its versions' redline pages (they link to the comments and the
 * report on it), the list, the sitemap of consultation pages (its lastmod), the feeds (an opening or a
 * published report is one of their entries) and, with an approved report, the report's PDF (rendered again
 * with the page, so the page's link and size match).
 */
export function consultationPagesTouchedBy(change: {
  slug: string;
  latestVersion?: number | undefined;
  report?: { approvedAt?: string | undefined } | undefined;
}): ConsultationPageRef[] {
  return [
    { kind: 'consultation', slug: change.slug },
    ...versionPagesOf(change),
    { kind: 'consultation-list' },
    { kind: 'consultation-sitemap' },
    ...(change.report?.approvedAt ? [{ kind: 'consultation-report-pdf' as const, slug: change.slug }] : []),
    { kind: 'consultation-feed', format: 'rss' },
    { kind: 'consultation-feed', format: 'atom' },
  ];
}
