import type { CoverImage as CoverImageData } from '#shared/domain/article.ts';
import { coverDimensions, coverSrcset, mediaPath } from '../media.ts';

/**
 * A cover image with responsive WebP variants. The editor's `alt` is always given (WCAG 2.1 SC 1.1.1);
 * width and height keep the layout from jumping while it loads. The original is the fallback `src`.
 */
export function CoverImage({
  image,
  sizes,
  class: className,
  eager = false,
}: {
  image: CoverImageData;
  /** How wide the image is shown, so the browser picks the smallest variant that is sharp enough. */
  sizes: string;
  class?: string;
  /** The article's own cover is in view at once; list thumbnails load lazily. */
  eager?: boolean;
}) {
  const srcset = coverSrcset(image);
  const { width, height } = coverDimensions(image);
  return (
    <img
      class={className}
      src={mediaPath(image.key)}
      srcset={srcset}
      sizes={srcset ? sizes : undefined}
      alt={image.alt}
      width={width}
      height={height}
      loading={eager ? undefined : 'lazy'}
      decoding="async"
    />
  );
}
