import type { Language } from '#shared/domain/text.ts';
import { staticPageSlugs } from './urls.ts';

/**
 * Which public pages can be rated, and the section each belongs to (the admin's figures per section). A path
 * that is no page of these shapes is refused, so nobody can make counters for arbitrary strings. Pure.
 */
export type RatedPage = { path: string; section: string; language: Language };

const SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*';
const shapes: { pattern: RegExp; section: (match: RegExpMatchArray) => string }[] = [
  { pattern: new RegExp(`^/tin-tuc/${SEGMENT}/$`), section: () => 'tin-tuc' },
  { pattern: new RegExp(`^/en/news/${SEGMENT}/$`), section: () => 'tin-tuc' },
  { pattern: /^\/thong-tin-cong-khai\/(?:[a-z0-9-]+\/){0,2}$/, section: () => 'thong-tin-cong-khai' },
  { pattern: /^\/en\/disclosures\/(?:[a-z0-9-]+\/){0,2}$/, section: () => 'thong-tin-cong-khai' },
  { pattern: /^\/dich-vu-cong\/(?:[a-z0-9-]+\/)?$/, section: () => 'dich-vu-cong' },
  { pattern: /^\/en\/public-services\/(?:[a-z0-9-]+\/)?$/, section: () => 'dich-vu-cong' },
  // Managed pages (another part of the portal) live under /trang/ and /en/pages/.
  { pattern: new RegExp(`^/trang/(?:${SEGMENT}/)+$`), section: () => 'trang' },
  { pattern: new RegExp(`^/en/pages/(?:${SEGMENT}/)+$`), section: () => 'trang' },
];
const staticPaths = new Set<string>(Object.values(staticPageSlugs).flatMap((slugs) => [slugs.vi, slugs.en]));

export function ratedPageOf(path: string): RatedPage | undefined {
  if (path.length > 200) return undefined;
  const language: Language = path.startsWith('/en/') ? 'en' : 'vi';
  if (staticPaths.has(path)) return { path, section: 'gioi-thieu', language };
  for (const shape of shapes) {
    const match = path.match(shape.pattern);
    if (match) return { path, section: shape.section(match), language };
  }
  return undefined;
}

export const ratingSectionLabels: Record<string, { vi: string; en: string }> = {
  'tin-tuc': { vi: 'Tin, bài', en: 'News' },
  'thong-tin-cong-khai': { vi: 'Thông tin công khai', en: 'Disclosures' },
  'dich-vu-cong': { vi: 'Dịch vụ công', en: 'Public services' },
  'gioi-thieu': { vi: 'Trang giới thiệu', en: 'About pages' },
  trang: { vi: 'Trang nội dung', en: 'Managed pages' },
};
