import { errors } from '#shared/domain/errors.ts';
import { sanitizeRichText } from '#shared/text/rich-text.ts';

/**
 * Rules an article and a managed page share: the body is sanitized before it is stored, and refused when
 * nothing is left; a record that is missing is a 404.
 */
export function sanitizedBody(bodyHtml: string, what: { vi: string; en: string }): string {
  const clean = sanitizeRichText(bodyHtml);
  if (clean.length === 0) {
    throw errors.validation([
      { path: 'bodyHtml', messageVi: `Nội dung ${what.vi} trống`, messageEn: `The ${what.en} body is empty` },
    ]);
  }
  return clean;
}

export async function found<T>(read: Promise<T | undefined>, what: string): Promise<T> {
  const value = await read;
  if (!value) throw errors.notFound(what);
  return value;
}
