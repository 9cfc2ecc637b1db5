/**
 * The consultation pages of the public site (Vietnamese, as the drafts are) and which of them a change
 * touches. A consultation's change (posted, opened, closed, a comment published, its report, a new version
 * of the draft) touches its own page, the redline page of each later version, the list and the
 * consultations' sitemap; nothing else shows a consultation.
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
};

export type ConsultationPageRef =
  | { kind: 'consultation-list' }
  | { kind: 'consultation'; slug: string }
  | { kind: 'consultation-version'; slug: string; number: number }
  | { kind: 'consultation-sitemap' };

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
 * report on it), the list, and the sitemap of consultation pages (its lastmod).
 */
export function consultationPagesTouchedBy(change: {
  slug: string;
  latestVersion?: number | undefined;
}): ConsultationPageRef[] {
  return [
    { kind: 'consultation', slug: change.slug },
    ...versionPagesOf(change),
    { kind: 'consultation-list' },
    { kind: 'consultation-sitemap' },
  ];
}
