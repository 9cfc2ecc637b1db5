import sanitizeHtml from 'sanitize-html';

/**
 * Article bodies are HTML from the editor, never trusted: this allow-list is the only way HTML reaches a
 * page. Scripts, event handlers, style attributes, javascript: and data: URLs and every iframe are dropped
 * (a foreign iframe could phish from inside the state portal's page). Images come from our media path
 * or https.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'mark',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'figure',
    'figcaption',
    'img',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel'],
    img: ['src', 'alt', 'width', 'height', 'title'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  allowedIframeHostnames: [],
  disallowedTagsMode: 'discard',
  transformTags: {
    // Links that open a new tab must not hand the portal's window to the other site.
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs.target === '_blank' ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
    // Headings start at h2: the article title is the page's only h1 (WCAG 1.3.1).
    h1: 'h2',
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^(\/media\/|https:\/\/)/.test(frame.attribs.src ?? ''),
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), options).trim();
}

/** Plain text of a body, for search terms and feed summaries. */
export function plainText(html: string): string {
  const spaced = html.replace(/<\/(p|h\d|li|blockquote|figcaption|td|th|pre)>|<br\s*\/?>/gi, '$& ');
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
