import { readEnv } from '#shared/config/env.ts';
import { listCategories } from '#shared/data/directory.ts';
import type { SiteContext } from '#web/site/render.ts';

/** What the renderer needs to know about the site, for previews and the search page. */
export async function siteContext(now = new Date()): Promise<SiteContext> {
  return {
    baseUrl: readEnv().PUBLIC_BASE_URL.replace(/\/$/, ''),
    categories: await listCategories(),
    generatedAt: now.toISOString(),
  };
}
