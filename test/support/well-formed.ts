import { DomUtils, parseDocument } from 'htmlparser2';
import { type ElementCompact, type Element as XmlElement, xml2js } from 'xml-js';

/** Characters XML 1.0 does not allow in a document (the Char production), as characters or references. */
const FORBIDDEN_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const FORBIDDEN_REFERENCE =
  /&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|d[89a-f][0-9a-f]{2}|fff[ef])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));/i;

/**
 * Why an XML document is not well-formed, or undefined if it is. sax (under xml-js) checks the structure
 * strictly but lets forbidden characters through, so those are checked here.
 */
export function xmlProblem(xml: string): string | undefined {
  const character = xml.match(FORBIDDEN_CHARACTER);
  if (character)
    return `forbidden character U+${(character[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
  // Inside CDATA `&#0;` is plain text (HTML for a feed reader), not a character reference.
  const reference = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').match(FORBIDDEN_REFERENCE);
  if (reference) return `forbidden character reference ${reference[0]}`;
  try {
    xml2js(xml, { compact: false });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/** Why an HTML page cannot be trusted to parse as written, or undefined: forbidden characters, no root. */
export function htmlProblem(html: string): string | undefined {
  const character = html.match(FORBIDDEN_CHARACTER);
  if (character)
    return `forbidden character U+${(character[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
  if (!html.startsWith('<!doctype html>')) return 'no doctype';
  const document = parseDocument(html);
  if (!DomUtils.findOne((element) => element.name === 'html', document.children)) return 'no html element';
  return undefined;
}

/** The text of the first element with this tag name in an HTML page (entities decoded). */
export function firstTextOf(html: string, tagName: string): string | undefined {
  const element = DomUtils.findOne((candidate) => candidate.name === tagName, parseDocument(html).children);
  return element ? DomUtils.textContent(element) : undefined;
}

/** All the text of an HTML page or fragment, entities decoded (what a reader sees, markup aside). */
export const textOf = (html: string) => DomUtils.textContent(parseDocument(html).children);

/** xml2js gives the element tree when asked for `compact: false`. */
const isTree = (document: XmlElement | ElementCompact): document is XmlElement =>
  Array.isArray(document.elements);

/** The item of an RSS or Atom feed that links to `url`, its title read back as a reader would. */
export function feedItemTitle(xml: string, url: string): string | undefined {
  const document = xml2js(xml, { compact: false });
  const found: string[] = [];
  const visit = (node: XmlElement) => {
    const children = node.elements ?? [];
    const title = children.find((child) => child.name === 'title');
    const titleText = (title?.elements ?? []).map((part) => String(part.cdata ?? part.text ?? '')).join('');
    const link = children.find((child) => child.name === 'link');
    const href =
      link?.attributes?.href ?? (link?.elements ?? []).map((part) => String(part.text ?? '')).join('');
    if ((node.name === 'item' || node.name === 'entry') && href === url) found.push(titleText);
    for (const child of children) visit(child);
  };
  if (isTree(document)) visit(document);
  // Feed titles are HTML (escaped text): read them as HTML.
  return found[0] === undefined ? undefined : textOf(found[0]);
}
