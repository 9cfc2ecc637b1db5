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
};

export type ConsultationPageRef =
  | { kind: 'consultation-list' }
  | { kind: 'consultation'; slug: string }
  | { kind: 'consultation-sitemap' };

export function consultationPathOf(page: ConsultationPageRef): string {
  switch (page.kind) {
    case 'consultation-list':
      return consultationPaths.list();
    case 'consultation':
      return consultationPaths.page(page.slug);
    case 'consultation-sitemap':
      return consultationPaths.sitemap();
  }
}

/** A change of one consultation: its page, the list, and the sitemap of consultation pages (its lastmod). */
export function consultationPagesTouchedBy(change: { slug: string }): ConsultationPageRef[] {
  return [
    { kind: 'consultation', slug: change.slug },
    { kind: 'consultation-list' },
    { kind: 'consultation-sitemap' },
  ];
}
