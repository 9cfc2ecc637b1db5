import type { Category } from '#shared/domain/directory.ts';
import type { Language } from '#shared/domain/text.ts';

import type { SiteContext } from '#shared/site/context.ts';

export type { SiteContext };

/** `https://example.org` + `/tin-tuc/x/` — canonical URLs, feeds and sitemaps need absolute URLs. */
export function absoluteUrl(ctx: SiteContext, path: string): string {
  return `${ctx.baseUrl.replace(/\/+$/, '')}${path}`;
}

/** The categories in menu order (a copy: the caller's array is left as it is). */
export function orderedCategories(ctx: SiteContext): Category[] {
  return [...ctx.categories].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

export function categoryName(category: Category, language: Language): string {
  return language === 'vi' ? category.nameVi : category.nameEn;
}
