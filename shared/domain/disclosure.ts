import * as z from 'zod';
import { bilingual, isoInstantSchema, slugSchema, text } from './text.ts';
import { versionedSchema, versionSchema } from './versioned.ts';

/**
 * Disclosures (thông tin công khai): what the province must publish under the Law on Access to Information
 * 2016 (Art. 17) and Decree 13/2018/NĐ-CP, as dated records in collections: plans and strategies, the annual
 * work programme, budget estimates, budget execution and final accounts, public investment and procurement,
 * statistics, and the list of information that must be disclosed. Each record carries its files (PDF, XLSX).
 */
export const disclosureCollectionSchema = z.enum([
  'plans',
  'work-programme',
  'budget-estimates',
  'budget-execution',
  'public-investment',
  'statistics',
  'disclosure-list',
]);
export type DisclosureCollection = z.infer<typeof disclosureCollectionSchema>;

/** Names and public path segments of the collections, in both languages (the order is the site's). */
export const disclosureCollections: Record<
  DisclosureCollection,
  { vi: string; en: string; slugVi: string; slugEn: string }
> = {
  plans: {
    vi: 'Quy hoạch, chiến lược, kế hoạch',
    en: 'Plans and strategies',
    slugVi: 'quy-hoach-ke-hoach',
    slugEn: 'plans',
  },
  'work-programme': {
    vi: 'Chương trình công tác năm',
    en: 'Annual work programme',
    slugVi: 'chuong-trinh-cong-tac',
    slugEn: 'work-programme',
  },
  'budget-estimates': {
    vi: 'Dự toán ngân sách',
    en: 'Budget estimates',
    slugVi: 'du-toan-ngan-sach',
    slugEn: 'budget-estimates',
  },
  'budget-execution': {
    vi: 'Tình hình thực hiện và quyết toán ngân sách',
    en: 'Budget execution and final accounts',
    slugVi: 'quyet-toan-ngan-sach',
    slugEn: 'budget-execution',
  },
  'public-investment': {
    vi: 'Đầu tư công, mua sắm công',
    en: 'Public investment and procurement',
    slugVi: 'dau-tu-cong-mua-sam-cong',
    slugEn: 'public-investment',
  },
  statistics: { vi: 'Thông tin thống kê', en: 'Statistics', slugVi: 'thong-ke', slugEn: 'statistics' },
  'disclosure-list': {
    vi: 'Danh mục thông tin phải công khai',
    en: 'List of information to be disclosed',
    slugVi: 'danh-muc-thong-tin',
    slugEn: 'disclosure-list',
  },
};

export const disclosureStatusSchema = z.enum(['draft', 'published', 'withdrawn']);
export type DisclosureStatus = z.infer<typeof disclosureStatusSchema>;
export const disclosureStatusLabels: Record<DisclosureStatus, { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  published: { vi: 'Đã công khai', en: 'Published' },
  withdrawn: { vi: 'Đã gỡ', en: 'Withdrawn' },
};

export const PDF_TYPE = 'application/pdf';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file of a record: in the private `uploads/disclosure/` until publication, then a public `media/` copy. */
export const disclosureFileSchema = z.object({
  key: z.string().regex(/^(uploads\/disclosure|media\/thong-tin-cong-khai)\/[A-Za-z0-9/._-]+$/),
  fileName: z.string().min(1).max(200),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentType: z.enum([PDF_TYPE, XLSX_TYPE]),
});
export type DisclosureFile = z.infer<typeof disclosureFileSchema>;

const personSchema = z.object({ id: z.string(), name: z.string() });
const daySchema = z.iso.date();

export const disclosureSchema = z.object({
  id: z.uuid(),
  /** The records' own path segment: the title's slug and the id's first eight characters (unique). */
  slug: slugSchema,
  titleVi: z.string(),
  titleEn: z.string(),
  collection: disclosureCollectionSchema,
  /** The day of the decision or report disclosed (YYYY-MM-DD). */
  date: daySchema,
  /** The year the information is about (a 2026 estimate may be disclosed in December 2025). */
  year: z.number().int(),
  issuingBody: z.string(),
  summaryVi: z.string(),
  summaryEn: z.string(),
  files: z.array(disclosureFileSchema),
  status: disclosureStatusSchema,
  version: versionSchema,
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  createdBy: personSchema,
  /** Who changed the record last: the four-eyes rule keeps them from publishing it. */
  updatedBy: personSchema,
  publishedAt: isoInstantSchema.optional(),
  firstPublishedAt: isoInstantSchema.optional(),
});
export type Disclosure = z.infer<typeof disclosureSchema>;

/** Where a record shows on the public site; a change touches the pages of its position before and after. */
export type DisclosurePosition = Pick<Disclosure, 'slug' | 'collection' | 'year'>;

const yearSchema = z.coerce
  .number()
  .int()
  .min(1990, bilingual('Năm không hợp lệ', 'Not a valid year'))
  .max(2100, bilingual('Năm không hợp lệ', 'Not a valid year'));

export const disclosureInputSchema = z.object({
  titleVi: text({ max: 300 }),
  titleEn: text({ max: 300 }),
  collection: disclosureCollectionSchema,
  date: z.iso.date(bilingual('Ngày theo dạng YYYY-MM-DD', 'A date as YYYY-MM-DD')),
  year: yearSchema,
  issuingBody: text({ max: 200 }),
  summaryVi: text({ max: 2000 }),
  summaryEn: text({ max: 2000 }),
  /** Keys of the files: new uploads (`uploads/disclosure/…`) or files the record already has. */
  fileKeys: z
    .array(z.string().max(300))
    .min(1, bilingual('Cần ít nhất một tệp đính kèm', 'At least one attached file is required'))
    .max(10),
});
export type DisclosureInput = z.infer<typeof disclosureInputSchema>;

export const disclosureUpdateSchema = disclosureInputSchema.extend(versionedSchema.shape);

export const disclosureDecisionSchema = versionedSchema.extend({
  action: z.enum(['publish', 'withdraw']),
  note: text({ max: 500 }).optional(),
});
export type DisclosureDecision = z.infer<typeof disclosureDecisionSchema>;

/** The open data shape of one record (`/thong-tin-cong-khai/du-lieu.json`): what the pages show, no more. */
export const openDisclosureSchema = z.object({
  id: z.uuid(),
  title: z.object({ vi: z.string(), en: z.string() }),
  collection: disclosureCollectionSchema,
  collectionName: z.object({ vi: z.string(), en: z.string() }),
  date: daySchema,
  year: z.number().int(),
  issuingBody: z.string(),
  summary: z.object({ vi: z.string(), en: z.string() }),
  url: z.object({ vi: z.string(), en: z.string() }),
  files: z.array(
    z.object({
      name: z.string(),
      url: z.string(),
      mediaType: z.string(),
      bytes: z.number(),
      sha256: z.string(),
    }),
  ),
  publishedAt: isoInstantSchema,
});
export type OpenDisclosure = z.infer<typeof openDisclosureSchema>;

export const openDisclosureDatasetSchema = z.object({
  title: z.string(),
  publisher: z.string(),
  license: z.string(),
  generatedAt: isoInstantSchema,
  year: z.number().int().optional(),
  count: z.number().int(),
  records: z.array(openDisclosureSchema),
});
