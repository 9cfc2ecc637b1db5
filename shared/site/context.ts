import { readEnv } from '#shared/config/env.ts';
import { listCategories } from '#shared/data/directory.ts';
import { getMenu } from '#shared/data/menus.ts';
import { listPageSummaries } from '#shared/data/pages.ts';
import type { Category } from '#shared/domain/directory.ts';
import type { Menu, MenuContent, MenuId } from '#shared/domain/menu.ts';
import type { PageSummary } from '#shared/domain/page.ts';
import type { Language } from '#shared/domain/text.ts';

/**
 * What every public page needs besides its own model. `generatedAt` stands in for "now", so rendering
 * stays deterministic. The publisher, the previews and the search pages all load it here. `navigation`:
 * the menus as the admin arranged them and the live managed pages (titles and tree); without it (fixtures,
 * a menu never saved) the renderer uses shared/site/default-menus.ts.
 */
export type SiteNavigation = {
  menus: Partial<Record<MenuId, MenuContent>>;
  pages: Record<Language, PageSummary[]>;
};
export type SiteContext = {
  baseUrl: string;
  categories: Category[];
  generatedAt: string /* ISO */;
  navigation?: SiteNavigation;
};

export async function loadNavigation(): Promise<SiteNavigation> {
  const [main, footer, home, vi, en] = await Promise.all([
    getMenu('main'),
    getMenu('footer'),
    getMenu('home'),
    listPageSummaries('vi'),
    listPageSummaries('en'),
  ]);
  const menus: Partial<Record<MenuId, Menu>> = {};
  if (main) menus.main = main;
  if (footer) menus.footer = footer;
  if (home) menus.home = home;
  return { menus, pages: { vi, en } };
}

export async function loadSiteContext(now = new Date()): Promise<SiteContext> {
  const [categories, navigation] = await Promise.all([listCategories(), loadNavigation()]);
  return {
    baseUrl: readEnv().PUBLIC_BASE_URL.replace(/\/$/, ''),
    categories,
    generatedAt: now.toISOString(),
    navigation,
  };
}
