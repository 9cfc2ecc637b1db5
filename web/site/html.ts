import type { JSX } from 'hono/jsx/jsx-runtime';

/**
 * Renders a page element to a complete document. Every component of the site is synchronous, so the
 * result must be a string; a Promise here means someone made a component async, which would break the
 * publisher's contract of pure, synchronous render functions.
 */
export function renderDocument(element: JSX.Element): string {
  const markup = element.toString();
  if (typeof markup !== 'string') throw new Error('Site components must render synchronously');
  return withoutForbiddenCharacters(`<!doctype html>${markup}`);
}

/** Every character XML 1.0 allows in a document; HTML's own parsing rules refuse the same others. */
const FORBIDDEN_CHARACTERS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Removes what no XML or HTML document may contain (control characters, lone surrogates, U+FFFE/FFFF).
 * Stored text is normalized at the API already (shared/text/vietnamese.ts normalizeText); this is the
 * renderer's own guarantee, whatever the store holds: every page, feed and sitemap is well-formed.
 */
export function withoutForbiddenCharacters(document: string): string {
  return document.replace(FORBIDDEN_CHARACTERS, '');
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` become \u escapes so that no
 * text inside (a title with `</script>` in it, say) can end the script element early.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML content and attribute values (sitemaps). */
export function escapeXml(text: string): string {
  return withoutForbiddenCharacters(text).replace(/[&<>"']/g, (char) => xmlEntities[char] ?? char);
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes plain text for places that are read as HTML (feed titles and summaries). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
}
