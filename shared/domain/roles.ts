import * as z from 'zod';

/** Roles are Cognito groups; the `cognito:groups` claim carries them to the API. */
export const roleSchema = z.enum([
  'admin',
  'director',
  'editor',
  'gazette_officer',
  'feedback_officer',
  'agency',
]);
export type Role = z.infer<typeof roleSchema>;
export const allRoles: readonly Role[] = roleSchema.options;

export const roleLabels: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  director: { vi: 'Lãnh đạo Cổng (Giám đốc, Phó Giám đốc)', en: 'Director / deputy director' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  gazette_officer: { vi: 'Cán bộ Công báo', en: 'Gazette officer' },
  feedback_officer: { vi: 'Cán bộ tiếp nhận phản ánh, kiến nghị', en: 'Feedback officer' },
  agency: { vi: 'Cơ quan, đơn vị (gửi văn bản, tin bài)', en: 'Agency (documents, news items)' },
};

/** The authenticated caller, built from a verified token only. */
export const principalSchema = z.object({
  userId: z.string().min(1),
  username: z.string().min(1),
  displayName: z.string().min(1),
  roles: z.array(roleSchema).min(1),
  /** Set for the `agency` role: the agency whose documents and feedback the caller may see. */
  agencyId: z.string().min(1).optional(),
});
export type Principal = z.infer<typeof principalSchema>;
