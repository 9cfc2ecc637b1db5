import { readEnv } from '#shared/config/env.ts';
import { listCategories } from '#shared/data/directory.ts';
import type { Category } from '#shared/domain/directory.ts';

/**
 * What every public page needs besides its own model. `generatedAt` stands in for "now", so rendering
 * stays deterministic. The publisher, the previews and the search pages all load it here.
 */
export type SiteContext = { baseUrl: string; categories: Category[]; generatedAt: string /* ISO */ };

export async function loadSiteContext(now = new Date()): Promise<SiteContext> {
  return {
    baseUrl: readEnv().PUBLIC_BASE_URL.replace(/\/$/, ''),
    categories: await listCategories(),
    generatedAt: now.toISOString(),
  };
}
