import * as z from 'zod';
import { normalizeText } from '#shared/text/vietnamese.ts';

/**
 * Trimmed, normalized (normalizeText: line ends, no control characters, NFC), non-empty text with a bounded
 * length: the building block of every schema. The bounds apply to the normalized text, which is what is
 * stored.
 */
export function text(options: { min?: number; max: number }) {
  return z
    .string()
    .transform((value) => normalizeText(value).trim())
    .pipe(
      z
        .string()
        .min(options.min ?? 1)
        .max(options.max),
    );
}

/**
 * A schema-specific error message in both languages; the API's problem documents split it again
 * (shared/http/validation.ts).
 */
export function bilingual(vi: string, en: string): string {
  return JSON.stringify({ vi, en });
}

export const slugSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    bilingual(
      'Chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang',
      'Only lowercase unaccented letters, digits and hyphens',
    ),
  );

export const languageSchema = z.enum(['vi', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const isoInstantSchema = z.iso.datetime({ offset: true });
