import * as z from 'zod';
import { roleSchema } from '#shared/domain/roles.ts';
import { type StaffStatus, staffStatusSchema } from '#shared/domain/staff-standing.ts';
import { bilingual, isoInstantSchema, languageSchema, slugSchema, text } from '#shared/domain/text.ts';
import { versionedSchema } from '#shared/domain/versioned.ts';

/**
 * Staff accounts, kept by the portal's administrator (issue 13). A staff account is staff data (a civil
 * servant's name, official e-mail, roles and agency), not a citizen's personal data; passwords and tokens are
 * never part of it. On AWS the account is a Cognito user and its roles are Cognito groups; locally the local
 * token issuer signs in from the same records (shared/staff/directory-port.ts).
 */

/**
 * The sign-in name: lower case, unaccented, 3 to 64 characters. Cognito compares user names without case
 * (the pool is case-insensitive), so the portal keeps one form only.
 */
export const usernameSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,63}$/,
    bilingual(
      'Tên đăng nhập gồm 3 đến 64 chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số',
      'A username is 3 to 64 lower-case unaccented letters, digits, dots, hyphens or underscores, starting with a letter or digit',
    ),
  );

export { type StaffStatus, staffStatusSchema } from '#shared/domain/staff-standing.ts';
export const staffStatusLabels: Record<StaffStatus, { vi: string; en: string }> = {
  active: { vi: 'Đang hoạt động', en: 'Active' },
  disabled: { vi: 'Đã khóa', en: 'Disabled' },
};

const rolesSchema = z
  .array(roleSchema)
  .min(1, bilingual('Chọn ít nhất một vai trò', 'Choose at least one role'))
  .transform((roles) => [...new Set(roles)].sort());

/** What the administrator gives for an account: who, which roles, which agency. */
const staffFieldsSchema = z.object({
  name: text({ max: 120 }),
  email: z.email(bilingual('Thư điện tử công vụ không hợp lệ', 'The official e-mail is not valid')).max(200),
  roles: rolesSchema,
  /** The agency an `agency` account acts for (custom:agency_id); required for that role, unused otherwise. */
  agencyId: slugSchema.optional(),
  /**
   * An `editor` account's area (issue 15): the news categories and languages it may write in. Empty (or
   * absent) means every category, or both languages (docs/decisions.md 167); unused for other roles.
   */
  editorCategories: z
    .array(slugSchema)
    .max(50)
    .transform((slugs) => [...new Set(slugs)].sort())
    .optional(),
  editorLanguages: z
    .array(languageSchema)
    .transform((languages) => [...new Set(languages)].sort())
    .optional(),
});

export const staffAccountSchema = staffFieldsSchema.extend({
  username: usernameSchema,
  /** The token's `sub`: Cognito's user id on AWS, `local-<username>` on one machine. */
  userId: z.string().min(1),
  status: staffStatusSchema,
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  /**
   * Tokens issued before this instant are refused (a disable, a change of roles or agency): ID tokens live an
   * hour and Cognito's AdminDisableUser does not revoke them (docs/decisions.md 151).
   */
  tokensValidAfter: isoInstantSchema.optional(),
  version: z.number().int().min(1),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

/** An account as the admin list shows it: the record and its last sign-in (kept apart, decision 152). */
export const staffAccountViewSchema = staffAccountSchema.extend({
  lastSignInAt: isoInstantSchema.optional(),
});
export type StaffAccountView = z.infer<typeof staffAccountViewSchema>;

export const staffCreateSchema = staffFieldsSchema.extend({ username: usernameSchema });
export type StaffCreateInput = z.infer<typeof staffCreateSchema>;
export type StaffFields = z.infer<typeof staffFieldsSchema>;

export const staffUpdateSchema = staffFieldsSchema.extend(versionedSchema.shape);
export type StaffUpdateInput = z.infer<typeof staffUpdateSchema>;

/** The answer to a create: the account, and locally the one-time initial password (shown once, never stored). */
export const staffCreatedSchema = z.object({
  account: staffAccountViewSchema,
  /** Only on one machine; on AWS Cognito mails the invitation with a temporary password instead. */
  initialPassword: z.string().optional(),
});
export type StaffCreated = z.infer<typeof staffCreatedSchema>;

export const staffListQuerySchema = z.object({
  status: staffStatusSchema.optional(),
  role: roleSchema.optional(),
  agencyId: slugSchema.optional(),
  /** Part of the name, username or e-mail, compared without accents or case. */
  q: z.string().max(100).optional(),
});
export type StaffListQuery = z.infer<typeof staffListQuerySchema>;
