import {
  type Disclosure,
  type DisclosureCollection,
  type DisclosurePosition,
  disclosureCollectionSchema,
  disclosureCollections,
} from '#shared/domain/disclosure.ts';
import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from './urls.ts';

/**
 * The public pages of disclosures and which of them one change touches. A record shows on its own page (both
 * languages), on its collection's page, on its year's page, on the front page (collections and years with
 * their counts), in the open data (the whole set and its year's file) and in the feeds. A change touches those
 * of its position before and after (a record moved to another collection or year leaves the old ones); a record
 * no longer published loses its own pages.
 */
export type DisclosurePageRef =
  | { kind: 'disclosure-home'; language: Language }
  | { kind: 'disclosure-collection'; language: Language; collection: DisclosureCollection }
  | { kind: 'disclosure-year'; language: Language; year: number }
  | { kind: 'disclosure'; language: Language; slug: string }
  | { kind: 'disclosure-data' }
  | { kind: 'disclosure-year-data'; year: number }
  | { kind: 'disclosure-feed'; format: 'rss' | 'atom' }
  | { kind: 'disclosure-sitemap' };

const languages: Language[] = ['vi', 'en'];

export const collectionSlugOf = (collection: DisclosureCollection, language: Language) =>
  language === 'vi' ? disclosureCollections[collection].slugVi : disclosureCollections[collection].slugEn;

export function disclosurePathOf(page: DisclosurePageRef): string {
  switch (page.kind) {
    case 'disclosure-home':
      return sitePaths.disclosures(page.language);
    case 'disclosure-collection':
      return sitePaths.disclosureCollection(page.language, collectionSlugOf(page.collection, page.language));
    case 'disclosure-year':
      return sitePaths.disclosureYear(page.language, page.year);
    case 'disclosure':
      return sitePaths.disclosure(page.language, page.slug);
    case 'disclosure-data':
      return sitePaths.disclosureData();
    case 'disclosure-year-data':
      return sitePaths.disclosureYearData(page.year);
    case 'disclosure-feed':
      return page.format === 'rss' ? sitePaths.disclosureRssFeed() : sitePaths.disclosureAtomFeed();
    case 'disclosure-sitemap':
      return sitePaths.disclosureSitemap();
  }
}

/** The pages a record at one position shows on. */
function pagesShowing(position: DisclosurePosition): DisclosurePageRef[] {
  return [
    ...languages.flatMap((language): DisclosurePageRef[] => [
      { kind: 'disclosure', language, slug: position.slug },
      { kind: 'disclosure-collection', language, collection: position.collection },
      { kind: 'disclosure-year', language, year: position.year },
    ]),
    { kind: 'disclosure-year-data', year: position.year },
  ];
}

const shared: DisclosurePageRef[] = [
  { kind: 'disclosure-home', language: 'vi' },
  { kind: 'disclosure-home', language: 'en' },
  { kind: 'disclosure-data' },
  { kind: 'disclosure-feed', format: 'rss' },
  { kind: 'disclosure-feed', format: 'atom' },
  { kind: 'disclosure-sitemap' },
];

/**
 * Pages to render and to remove for one change: `before` is where the record showed (undefined if it was not
 * public), `after` where it shows now (undefined if it is not public any more).
 */
export function disclosurePagesTouchedBy(change: {
  before?: DisclosurePosition | undefined;
  after?: DisclosurePosition | undefined;
}): { render: DisclosurePageRef[]; remove: DisclosurePageRef[] } {
  const render = new Map<string, DisclosurePageRef>();
  const remove = new Map<string, DisclosurePageRef>();
  if (!change.before && !change.after) return { render: [], remove: [] };
  for (const position of [change.before, change.after])
    if (position) for (const page of pagesShowing(position)) render.set(disclosurePathOf(page), page);
  for (const page of shared) render.set(disclosurePathOf(page), page);
  const gone = change.before && (!change.after || change.after.slug !== change.before.slug);
  if (change.before && gone) {
    for (const language of languages) {
      const page: DisclosurePageRef = { kind: 'disclosure', language, slug: change.before.slug };
      render.delete(disclosurePathOf(page));
      remove.set(disclosurePathOf(page), page);
    }
  }
  return { render: [...render.values()], remove: [...remove.values()] };
}

/** Every disclosure page of the published records, for a full rebuild (every collection, even empty). */
export function allDisclosurePages(published: Pick<Disclosure, 'slug' | 'year'>[]): DisclosurePageRef[] {
  const years = [...new Set(published.map((record) => record.year))];
  return [
    ...shared,
    ...languages.flatMap((language): DisclosurePageRef[] => [
      ...disclosureCollectionSchema.options.map(
        (collection): DisclosurePageRef => ({ kind: 'disclosure-collection', language, collection }),
      ),
      ...years.map((year): DisclosurePageRef => ({ kind: 'disclosure-year', language, year })),
      ...published.map((record): DisclosurePageRef => ({ kind: 'disclosure', language, slug: record.slug })),
    ]),
    ...years.map((year): DisclosurePageRef => ({ kind: 'disclosure-year-data', year })),
  ];
}

/** The position of a record when it is public, for the touched pages. */
export const publicPositionOf = (record: Disclosure | undefined): DisclosurePosition | undefined =>
  record?.status === 'published'
    ? { slug: record.slug, collection: record.collection, year: record.year }
    : undefined;

type SitemapEntry = {
  path: string;
  lastModified: string;
  alternates: { language: Language; path: string }[];
};

/**
 * The disclosures' sitemap: the front pages, the collections and years that hold a record, and every record,
 * each with its other language; dated by the newest record it shows.
 */
export function disclosureSitemapEntries(
  published: Pick<Disclosure, 'slug' | 'year' | 'collection' | 'publishedAt' | 'updatedAt'>[],
): SitemapEntry[] {
  const dateOf = (record: (typeof published)[number]) => record.publishedAt ?? record.updatedAt;
  const newest = (records: typeof published) => records.map(dateOf).sort().at(-1);
  const entry = (pageIn: (language: Language) => DisclosurePageRef, records: typeof published) => {
    const lastModified = newest(records);
    if (!lastModified) return [];
    const alternates = languages.map((language) => ({ language, path: disclosurePathOf(pageIn(language)) }));
    return alternates.map(({ path }) => ({ path, lastModified, alternates }));
  };
  const collections = disclosureCollectionSchema.options;
  const years = [...new Set(published.map((record) => record.year))].sort((a, b) => b - a);
  return [
    ...entry((language) => ({ kind: 'disclosure-home', language }), published),
    ...collections.flatMap((collection) =>
      entry(
        (language) => ({ kind: 'disclosure-collection', language, collection }),
        published.filter((record) => record.collection === collection),
      ),
    ),
    ...years.flatMap((year) =>
      entry(
        (language) => ({ kind: 'disclosure-year', language, year }),
        published.filter((record) => record.year === year),
      ),
    ),
    ...published.flatMap((record) =>
      entry((language) => ({ kind: 'disclosure', language, slug: record.slug }), [record]),
    ),
  ];
}
