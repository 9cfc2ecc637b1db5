import type { JSX } from 'hono/jsx/jsx-runtime';

/**
 * Renders a page element to a complete document. Every component of the site is synchronous, so the
 * result must be a string; a Promise here means someone made a component async, which would break the
 * publisher's contract of pure, synchronous render functions.
 */
export function renderDocument(element: JSX.Element): string {
  const markup = element.toString();
  if (typeof markup !== 'string') throw new Error('Site components must render synchronously');
  return `<!doctype html>${markup}`;
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
  return text.replace(/[&<>"']/g, (char) => xmlEntities[char] ?? char);
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
