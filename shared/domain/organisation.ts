import * as z from 'zod';
import { officialPhoneSchema } from '#shared/domain/directory.ts';
import { bilingual, slugSchema, text } from '#shared/domain/text.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';

/**
 * The organisation as data (issue 13): units (the portal's unit, its leadership and divisions, and the
 * province's bodies), each with its functions and its parent in the structure; focal-point officials with
 * their official contacts; external links. English is required for the organisation and the contacts, and
 * each translatable field carries the time it last changed, so the admin shows what English is missing or
 * older than its Vietnamese (shared/organisation/english.ts).
 */

/** When each translatable field last changed (ISO instants), by field name (`functionsVi`, `functionsEn`…). */
export const fieldTimesSchema = z.record(z.string(), z.string());
export type FieldTimes = z.infer<typeof fieldTimesSchema>;

/** Optional English: empty until translated, which the admin reports as missing. */
const english = (max: number) => text({ min: 0, max }).default('');

export const unitKindSchema = z.enum(['body', 'leadership', 'division']);
export type UnitKind = z.infer<typeof unitKindSchema>;
export const unitKindLabels: Record<UnitKind, { vi: string; en: string }> = {
  body: { vi: 'Cơ quan, đơn vị', en: 'Body' },
  leadership: { vi: 'Lãnh đạo', en: 'Leadership' },
  division: { vi: 'Phòng chuyên môn', en: 'Division' },
};

export const unitSchema = z.object({
  id: slugSchema,
  kind: unitKindSchema,
  /** Its place in the structure: the unit above it; none for the top of the chart. */
  parentId: slugSchema.optional(),
  /** The agency of the directory this unit is, when it is one (its website and contacts). */
  agencyId: slugSchema.optional(),
  order: z.number().int().min(0).max(999),
  nameVi: text({ max: 200 }),
  nameEn: english(200),
  /** Functions and duties: one duty a line. */
  functionsVi: text({ min: 0, max: 4000 }).default(''),
  functionsEn: english(4000),
  fieldTimes: fieldTimesSchema.default({}),
  version: z.number().int().min(1),
});
export type Unit = z.infer<typeof unitSchema>;
export const unitInputSchema = unitSchema.omit({ version: true, fieldTimes: true });
export type UnitInput = z.infer<typeof unitInputSchema>;
export const unitUpdateSchema = unitInputSchema.omit({ id: true }).extend(versionedSchema.shape);

/**
 * A focal-point official: the contacts the law asks the portal to publish (name, position, unit, official
 * telephone and e-mail). Public by duty, yet never logged.
 */
export const officialSchema = z.object({
  id: slugSchema,
  unitId: slugSchema,
  /** A person's name is the same in both languages. */
  name: text({ max: 120 }),
  positionVi: text({ max: 200 }),
  positionEn: english(200),
  /** What people contact this official for, e.g. "Đầu mối tiếp nhận phản ánh". */
  roleVi: text({ min: 0, max: 300 }).default(''),
  roleEn: english(300),
  phone: officialPhoneSchema.optional(),
  email: z.email().optional(),
  /** Listed on the public contacts page (a focal point can be paused without deleting it). */
  listed: z.boolean().default(true),
  order: z.number().int().min(0).max(999),
  fieldTimes: fieldTimesSchema.default({}),
  version: z.number().int().min(1),
});
export type Official = z.infer<typeof officialSchema>;
export const officialInputSchema = officialSchema.omit({ version: true, fieldTimes: true });
export type OfficialInput = z.infer<typeof officialInputSchema>;
export const officialUpdateSchema = officialInputSchema.omit({ id: true }).extend(versionedSchema.shape);

/** Groups of the links page (Decree 224/2026/NĐ-CP asks a state portal to link to these). */
export const linkGroupSchema = z.enum(['central', 'public_services', 'feedback', 'ministry', 'other']);
export type LinkGroup = z.infer<typeof linkGroupSchema>;
export const linkGroupLabels: Record<LinkGroup, { vi: string; en: string }> = {
  central: { vi: 'Chính phủ', en: 'The Government' },
  public_services: { vi: 'Dịch vụ công', en: 'Public services' },
  feedback: { vi: 'Phản ánh, kiến nghị', en: 'Feedback and petitions' },
  ministry: { vi: 'Bộ, cơ quan ngang bộ', en: 'Ministries' },
  other: { vi: 'Liên kết khác', en: 'Other links' },
};

/** Only web addresses: what the link check fetches and the page links to. */
export const webUrlSchema = z.url({
  protocol: /^https?$/,
  error: bilingual(
    'Địa chỉ web bắt đầu bằng https:// hoặc http://',
    'A web address starting https:// or http://',
  ),
});

export const externalLinkSchema = z.object({
  id: slugSchema,
  group: linkGroupSchema,
  nameVi: text({ max: 200 }),
  nameEn: text({ max: 200 }),
  url: webUrlSchema,
  order: z.number().int().min(0).max(999),
  version: z.number().int().min(1),
});
export type ExternalLink = z.infer<typeof externalLinkSchema>;
export const externalLinkInputSchema = externalLinkSchema.omit({ version: true });
export type ExternalLinkInput = z.infer<typeof externalLinkInputSchema>;
export const externalLinkUpdateSchema = externalLinkInputSchema
  .omit({ id: true })
  .extend(versionedSchema.shape);

/** The outcome of checking one address: alive, or dead with the status or error that says why. */
export const linkCheckSchema = z.object({
  url: z.string(),
  state: z.enum(['alive', 'dead']),
  /** The final HTTP status, when an answer came. */
  status: z.number().int().optional(),
  /** Why no answer came: timeout, refused, DNS, TLS, too many redirects. */
  error: z.string().max(300).optional(),
  /** The address it ended at, when redirected. */
  finalUrl: z.string().optional(),
  checkedAt: z.string(),
  /** Dead since (the first failed check of the current run of failures). */
  deadSince: z.string().optional(),
});
export type LinkCheck = z.infer<typeof linkCheckSchema>;

/** The link-check task's event (EventBridge Scheduler / the local scheduler). */
export const directoryTaskSchema = z.object({ task: z.literal('check-links') });
export type DirectoryTask = z.infer<typeof directoryTaskSchema>;
