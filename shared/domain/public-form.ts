import * as z from 'zod';
import { bilingual } from '#shared/domain/text.ts';

/**
 * The fields every public form shares (feedback, comments on drafts, questions for dialogues). Each posts as
 * a browser form (urlencoded or multipart, JavaScript off), so empty fields arrive as empty strings and a
 * ticked box as "on"; these schemas read them as a person meant them.
 */

/** A form field a person may leave empty (an empty or blank string is no value). */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

/** Vietnamese phone numbers: 0 or +84, then 9 or 10 digits; spaces, dots and dashes are allowed. */
export const phoneSchema = z
  .string()
  .transform((value) => value.replace(/[\s.-]/g, ''))
  .pipe(
    z
      .string()
      .regex(
        /^(\+84|0)\d{9,10}$/,
        bilingual(
          'Số điện thoại chưa đúng (ví dụ 0912 345 678)',
          'Not a valid phone number (e.g. 0912 345 678)',
        ),
      ),
  );

export const optionalEmail = optional(
  z.email(bilingual('Địa chỉ thư điện tử chưa đúng', 'Not a valid e-mail address')).max(200),
);

/**
 * The consent box (never pre-ticked; an unticked box sends nothing) and the version of the privacy notice
 * shown beside it. `purpose` says what the consent is for, in both languages.
 */
export const consentFields = (purpose: { vi: string; en: string }) => ({
  consent: z.literal('yes', {
    error: bilingual(
      `Cần đồng ý cho phép xử lý dữ liệu cá nhân để ${purpose.vi}`,
      `Your consent to the processing of your personal data is needed to ${purpose.en}`,
    ),
  }),
  consentNoticeVersion: z.string().min(1).max(40),
});

/**
 * The one-time token of this copy of the form: scripts send it here; a browser form carries it in the
 * `qtp_form` cookie the form page sets (docs/feedback.md). A second post with it is the same submission.
 */
export const formTokenField = optional(z.string().regex(/^[A-Za-z0-9_-]{16,64}$/));

/** The honeypot: left empty by people; bots fill every field. */
export const honeypotField = z
  .string()
  .max(0, bilingual('Hãy để trống ô này', 'Leave this field empty'))
  .default('');

type Contactable = { phone?: string | undefined; email?: string | undefined };

/**
 * The sender must be reachable: a phone number or an e-mail address (the law asks for a way to reply). The
 * error goes on `field`, the first of the two the form shows; `who` is who would reply. Checked even when
 * other fields failed (`when`), so the form comes back with every problem at once.
 */
export const reachableSender = (
  field: 'phone' | 'email',
  who: { vi: string; en: string },
): [(value: Contactable) => boolean, { path: string[]; message: string; when: () => boolean }] => [
  (value: Contactable) => Boolean(value.phone || value.email),
  {
    path: [field],
    message: bilingual(
      field === 'phone'
        ? `Cần ghi số điện thoại hoặc thư điện tử để ${who.vi} liên hệ khi cần`
        : `Cần ghi thư điện tử hoặc số điện thoại để ${who.vi} liên hệ khi cần`,
      field === 'phone'
        ? `Give a phone number or an e-mail address so that ${who.en} can reach you`
        : `Give an e-mail address or a phone number so that ${who.en} can reach you`,
    ),
    when: () => true,
  },
];
