import { expect } from 'vitest';
import { type Element, xml2js } from 'xml-js';

/** Parses XML strictly (sax in strict mode throws on anything not well-formed) into an element tree. */
export function parseXml(xml: string): Element {
  expect(xml.startsWith('<?xml version="1.0" encoding="')).toBe(true);
  const document = xml2js(xml, { compact: false }) as Element;
  const root = document.elements?.find((element) => element.type === 'element');
  if (!root) throw new Error('no root element');
  return root;
}
export const children = (element: Element | undefined, name: string) =>
  (element?.elements ?? []).filter((child) => child.type === 'element' && child.name === name);
export const child = (element: Element | undefined, name: string) => children(element, name)[0];
/** Text or CDATA content of an element. */
export const textOf = (element: Element | undefined) =>
  (element?.elements ?? []).map((node) => String(node.text ?? node.cdata ?? '')).join('');
