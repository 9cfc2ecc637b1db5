/**
 * The consultation pages of the public site (Vietnamese, as the drafts are) and which of them a change
 * touches. A consultation's change (posted, opened, closed, a comment published, its report) touches its
 * own page, the list and the consultations' sitemap; nothing else shows a consultation.
 */
export const consultationPaths = {
  list: () => '/lay-y-kien/',
  page: (slug: string) => `/lay-y-kien/${slug}/`,
  part: (slug: string, anchor: string) => `/lay-y-kien/${slug}/#${anchor}`,
  commentApi: (slug: string) => `/api/consultations/${slug}/comments`,
  fileApi: (slug: string, index: number) => `/api/consultations/${slug}/files/${index}`,
  sitemap: () => '/sitemaps/lay-y-kien.xml',
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
  | { kind: 'consultation-feed'; format: 'rss' | 'atom' };

export function consultationPathOf(page: ConsultationPageRef): string {
  switch (page.kind) {
    case 'consultation-list':
      return consultationPaths.list();
    case 'consultation':
      return consultationPaths.page(page.slug);
    case 'consultation-sitemap':
      return consultationPaths.sitemap();
    case 'consultation-feed':
      return page.format === 'rss' ? consultationPaths.rssFeed() : consultationPaths.atomFeed();
  }
}

/**
 * A change of one consultation: its page, the list, the sitemap of consultation pages (its lastmod) and the
 * feeds (an opening or a published report is one of their entries).
 */
export function consultationPagesTouchedBy(change: { slug: string }): ConsultationPageRef[] {
  return [
    { kind: 'consultation', slug: change.slug },
    { kind: 'consultation-list' },
    { kind: 'consultation-sitemap' },
    { kind: 'consultation-feed', format: 'rss' },
    { kind: 'consultation-feed', format: 'atom' },
  ];
}
