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

type Cached = { tableName: string; loadedAt: number; parts: Promise<Omit<SiteContext, 'generatedAt'>> };
let cached: Cached | undefined;

/**
 * The site context for pages rendered on request (search results, the answers to form posts). The
 * categories and the navigation change a few times a day while a public function answers many requests a
 * second, so a warm instance keeps them for SITE_CONTEXT_CACHE_SECONDS instead of six reads per request
 * (decision 115). The publisher and the previews use `loadSiteContext`: what they render must be current.
 */
export async function requestSiteContext(now = new Date()): Promise<SiteContext> {
  const env = readEnv();
  const maxAge = env.SITE_CONTEXT_CACHE_SECONDS * 1000;
  const fresh =
    cached !== undefined && cached.tableName === env.TABLE_NAME && now.getTime() - cached.loadedAt < maxAge;
  if (!fresh) {
    const parts = loadSiteContext(now).then(({ generatedAt: _, ...rest }) => rest);
    const entry: Cached = { tableName: env.TABLE_NAME, loadedAt: now.getTime(), parts };
    cached = maxAge > 0 ? entry : undefined;
    // A failed read is not kept: the next request tries again.
    parts.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return { ...(await parts), generatedAt: now.toISOString() };
  }
  return { ...(await (cached as Cached).parts), generatedAt: now.toISOString() };
}
