import { z } from 'zod';
import { slugSchema, text } from '#shared/domain/text.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';

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

export const agencyKindSchema = z.enum([
  'provincial_department',
  'district',
  'provincial_people_committee',
  'other',
]);

/** Issuing agencies of the province: departments, districts, the People's Committee. */
export const agencySchema = z.object({
  id: slugSchema,
  nameVi: text({ max: 200 }),
  nameEn: text({ max: 200 }),
  kind: agencyKindSchema,
  email: z.email().optional(),
  website: z.url().optional(),
  version: z.number().int().min(1),
});
export type Agency = z.infer<typeof agencySchema>;
