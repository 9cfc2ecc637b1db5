/**
 * How a public URL path maps to an object key in the site bucket. CloudFront's viewer-request function
 * (infra/stacks/site-stack.ts) applies the same rule; the local entry point uses this function.
 * Pages are written as `<path>/index.html` so that URLs end in a slash and carry no `.html`.
 */
export function siteObjectKey(urlPath: string): string {
  const path = decodeURIComponent(urlPath).replace(/^\/+/, '');
  if (path === '') return 'index.html';
  if (path.endsWith('/')) return `${path}index.html`;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return lastSegment.includes('.') ? path : `${path}/index.html`;
}

/** The admin SPA: files by name, every other path is a client-side route answered by index.html. */
export function adminObjectKey(urlPath: string): string {
  const path = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return lastSegment.includes('.') ? path : 'admin/index.html';
}

/** The page key of a public path, for writing: `/tin-tuc/abc/` → `tin-tuc/abc/index.html`. */
export const pageObjectKey = siteObjectKey;
