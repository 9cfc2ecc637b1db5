import * as z from 'zod';
import { bilingual, slugSchema, text } from '#shared/domain/text.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';

/** An official telephone number as printed: digits, spaces, dots, a leading +, brackets. */
export const officialPhoneSchema = z
  .string()
  .trim()
  .regex(
    /^\+?[0-9 ().-]{6,20}$/,
    bilingual('Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm', 'Digits, spaces and dots only'),
  );

/** Editorial categories, after the seed's editorial positions (Đề án, mục V.3.4). */
export const categorySchema = z.object({
  slug: slugSchema,
  nameVi: text({ max: 120 }),
  nameEn: text({ max: 120 }),
  descriptionVi: text({ min: 0, max: 500 }).default(''),
  order: z.number().int().min(0).max(999),
  version: z.number().int().min(1),
});
export type Category = z.infer<typeof categorySchema>;

export const categoryInputSchema = categorySchema.omit({ version: true });
export type CategoryInput = z.infer<typeof categoryInputSchema>;

export const categoryUpdateSchema = categoryInputSchema.omit({ slug: true }).extend(versionedSchema.shape);

/**
 * Since 1 July 2025 local government has two tiers: the province, then communes, wards and special zones
 * (no districts). Each of these issues documents for the gazette.
 */
export const agencyKindSchema = z.enum([
  'provincial_people_council',
  'provincial_people_committee',
  'provincial_department',
  'commune',
  'ward',
  'special_zone',
  'other',
]);
export type AgencyKind = z.infer<typeof agencyKindSchema>;
export const agencyKindLabels: Record<AgencyKind, { vi: string; en: string }> = {
  provincial_people_council: { vi: 'Hội đồng nhân dân tỉnh', en: "Provincial People's Council" },
  provincial_people_committee: { vi: 'Ủy ban nhân dân tỉnh', en: "Provincial People's Committee" },
  provincial_department: { vi: 'Sở, ban, ngành tỉnh', en: 'Provincial department' },
  commune: { vi: 'Xã', en: 'Commune' },
  ward: { vi: 'Phường', en: 'Ward' },
  special_zone: { vi: 'Đặc khu', en: 'Special zone' },
  other: { vi: 'Cơ quan khác', en: 'Other body' },
};

/** Issuing agencies of the province: its People's Council and Committee, departments, communes and wards. */
export const agencySchema = z.object({
  id: slugSchema,
  nameVi: text({ max: 200 }),
  nameEn: text({ max: 200 }),
  kind: agencyKindSchema,
  email: z.email().optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
  /** The directory's contacts (issue 13): the switchboard and the seat. */
  phone: officialPhoneSchema.optional(),
  addressVi: text({ max: 300 }).optional(),
  version: z.number().int().min(1),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyInputSchema = agencySchema.omit({ version: true });
export type AgencyInput = z.infer<typeof agencyInputSchema>;

export const agencyUpdateSchema = agencyInputSchema.omit({ id: true }).extend(versionedSchema.shape);
