import { gzipSync } from 'node:zlib';

/**
 * Page weight as a visitor's browser receives it through the gateway: the HTML, raw and gzipped (zlib,
 * level 9), and what JavaScript the page needs: every <script> element except JSON-LD data blocks, with
 * the bytes of inline code and of external files it loads, plus inline event-handler attributes and
 * javascript: URLs (either would be script too). The stylesheet the page links is measured alongside.
 */

export const GZIP_LEVEL = 9;

export type ScriptReport = {
  /** <script> elements that are not `application/ld+json`. */
  count: number;
  bytes: number;
  jsonLdBlocks: number;
  jsonLdBytes: number;
  inlineEventHandlers: number;
  javascriptUrls: number;
};

export type PageWeight = {
  label: string;
  path: string;
  status: number;
  rawBytes: number;
  gzipBytes: number;
  scripts: ScriptReport;
  stylesheets: { href: string; rawBytes: number; gzipBytes: number }[];
};

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: GZIP_LEVEL }).length;

function attribute(tag: string, name: string): string | undefined {
  const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

async function fetchBytes(url: string): Promise<{ status: number; bytes: Uint8Array }> {
  const response = await fetch(url);
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
}

export async function measurePage(baseUrl: string, label: string, path: string): Promise<PageWeight> {
  const { status, bytes } = await fetchBytes(`${baseUrl}${path}`);
  const html = new TextDecoder().decode(bytes);
  const scripts: ScriptReport = {
    count: 0,
    bytes: 0,
    jsonLdBlocks: 0,
    jsonLdBytes: 0,
    inlineEventHandlers: 0,
    javascriptUrls: 0,
  };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = `<script${match[1] ?? ''}>`;
    const content = match[2] ?? '';
    if ((attribute(tag, 'type') ?? '').toLowerCase() === 'application/ld+json') {
      scripts.jsonLdBlocks += 1;
      scripts.jsonLdBytes += Buffer.byteLength(content);
      continue;
    }
    scripts.count += 1;
    scripts.bytes += Buffer.byteLength(content);
    const src = attribute(tag, 'src');
    if (src) scripts.bytes += (await fetchBytes(new URL(src, `${baseUrl}${path}`).href)).bytes.length;
  }
  // Attributes inside tags only (text such as "onboard" in a sentence is not a handler).
  for (const tag of html.matchAll(/<[a-z][^>]*>/gi)) {
    scripts.inlineEventHandlers += [...tag[0].matchAll(/\son[a-z]+\s*=/gi)].length;
    scripts.javascriptUrls += [...tag[0].matchAll(/=\s*["']?\s*javascript:/gi)].length;
  }
  const stylesheets: PageWeight['stylesheets'] = [];
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    if ((attribute(match[0], 'rel') ?? '').toLowerCase() !== 'stylesheet') continue;
    const href = attribute(match[0], 'href') ?? '';
    const css = await fetchBytes(new URL(href, `${baseUrl}${path}`).href);
    stylesheets.push({ href, rawBytes: css.bytes.length, gzipBytes: gzipSize(css.bytes) });
  }
  return { label, path, status, rawBytes: bytes.length, gzipBytes: gzipSize(bytes), scripts, stylesheets };
}
