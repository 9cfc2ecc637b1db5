import {
  type Disclosure,
  disclosureCollections,
  type OpenDisclosure,
  openDisclosureDatasetSchema,
} from '#shared/domain/disclosure.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { absoluteUrl, type SiteContext } from '../context.ts';
import { portal } from '../portal.ts';

/**
 * The open data of disclosures (`/thong-tin-cong-khai/du-lieu.json`, and one file per year): the same
 * published records, fields and files the pages show, both languages in one record. Pure: the same records
 * give the same bytes (the newest publication, not the clock, dates the file).
 */
export function openDisclosure(ctx: SiteContext, record: Disclosure): OpenDisclosure {
  const collection = disclosureCollections[record.collection];
  return {
    id: record.id,
    title: { vi: record.titleVi, en: record.titleEn },
    collection: record.collection,
    collectionName: { vi: collection.vi, en: collection.en },
    date: record.date,
    year: record.year,
    issuingBody: record.issuingBody,
    summary: { vi: record.summaryVi, en: record.summaryEn },
    url: {
      vi: absoluteUrl(ctx, sitePaths.disclosure('vi', record.slug)),
      en: absoluteUrl(ctx, sitePaths.disclosure('en', record.slug)),
    },
    files: record.files.map((file) => ({
      name: file.fileName,
      url: absoluteUrl(ctx, `/${file.key}`),
      mediaType: file.contentType,
      bytes: file.size,
      sha256: file.sha256,
    })),
    publishedAt: record.publishedAt ?? record.updatedAt,
  };
}

/** Newest date first, then by id: the order of the pages. */
export const byDateDescending = (a: Disclosure, b: Disclosure) =>
  b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

export function renderDisclosureData(ctx: SiteContext, published: Disclosure[], year?: number): string {
  const records = published
    .filter((record) => record.status === 'published' && (year === undefined || record.year === year))
    .sort(byDateDescending);
  const newest = records
    .map((record) => record.publishedAt ?? record.updatedAt)
    .sort()
    .at(-1);
  const dataset = openDisclosureDatasetSchema.parse({
    title: year === undefined ? 'Thông tin công khai' : `Thông tin công khai năm ${year}`,
    publisher: portal.name.vi,
    license: portal.reuse.vi,
    generatedAt: newest ?? ctx.generatedAt,
    ...(year === undefined ? {} : { year }),
    count: records.length,
    records: records.map((record) => openDisclosure(ctx, record)),
  });
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
