import type { MenuId, MenuItem } from '#shared/domain/menu.ts';
import type { Language } from '#shared/domain/text.ts';
import { defaultMenus } from '#shared/site/default-menus.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { categoryName, orderedCategories, type SiteContext } from './context.ts';
import { labels } from './i18n.ts';

/**
 * A menu as links in one language: the admin's menu (shared/domain/menu.ts) resolved against the
 * categories and the live managed pages. An entry for a page that is not live in this language is left
 * out, so a menu never links to a missing page.
 */
export type MenuLink = { label: string; href: string; hreflang?: Language; categorySlug?: string };

export function menuOf(ctx: SiteContext, menu: MenuId) {
  return ctx.navigation?.menus[menu] ?? defaultMenus[menu];
}

export function menuLinks(ctx: SiteContext, menu: MenuId, language: Language): MenuLink[] {
  const text = labels[language];
  const livePages = ctx.navigation?.pages[language];
  const linksOf = (item: MenuItem): MenuLink[] => {
    const label = language === 'vi' ? item.labelVi : item.labelEn;
    const { target } = item;
    switch (target.kind) {
      case 'home':
        return [{ label: label ?? text.home, href: sitePaths.home(language) }];
      case 'categories':
        return orderedCategories(ctx).map((category) => ({
          label: categoryName(category, language),
          href: sitePaths.category(language, category.slug),
          categorySlug: category.slug,
        }));
      case 'page': {
        const id = target[language];
        const page = id ? livePages?.find((candidate) => candidate.id === id) : undefined;
        return page ? [{ label: label ?? page.title, href: sitePaths.managedPage(language, page.slug) }] : [];
      }
      case 'path': {
        const href = target[language];
        // The same page in both menus (the gazette, feedback…) is in Vietnamese: say so to screen readers.
        const vietnameseOnly = target.vi === target.en;
        return [{ label: label ?? href, href, ...(vietnameseOnly ? { hreflang: 'vi' as const } : {}) }];
      }
      case 'url':
        return [{ label: label ?? target.url, href: target.url }];
    }
  };
  return menuOf(ctx, menu).items.flatMap(linksOf);
}
