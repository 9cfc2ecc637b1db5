import type { CoverImage } from '#shared/domain/article.ts';

/**
 * URLs of a cover image in the media bucket, served by CloudFront under `/media/*`: the original at
 * `/<key>`, responsive WebP variants beside it at `/<key>-<width>w.webp` (shared/domain/article.ts).
 * shared/site/urls.ts has no media paths yet; these two are the only media URLs the site builds.
 */
export const mediaPath = (key: string) => `/${key}`;
export const mediaVariantPath = (key: string, width: number) => `/${key}-${width}w.webp`;

/** Variant widths, narrowest first, without duplicates. */
export function variantWidths(image: CoverImage): number[] {
  return [...new Set(image.variants)].sort((a, b) => a - b);
}

/** `srcset` over the WebP variants, or undefined when the image has none (then `src` alone is used). */
export function coverSrcset(image: CoverImage): string | undefined {
  const widths = variantWidths(image);
  if (widths.length === 0) return undefined;
  return widths.map((width) => `${mediaVariantPath(image.key, width)} ${width}w`).join(', ');
}

/** The widest variant up to `maxWidth` (for thumbnails and share images), else the original. */
export function coverPathUpTo(image: CoverImage, maxWidth: number): string {
  const widths = variantWidths(image);
  const fitting = widths.filter((width) => width <= maxWidth);
  const chosen = fitting.at(-1) ?? widths[0];
  return chosen === undefined ? mediaPath(image.key) : mediaVariantPath(image.key, chosen);
}

/** Intrinsic size for `width`/`height` attributes, so the page does not jump while images load. */
export function coverDimensions(image: CoverImage): { width?: number; height?: number } {
  return image.width && image.height ? { width: image.width, height: image.height } : {};
}
