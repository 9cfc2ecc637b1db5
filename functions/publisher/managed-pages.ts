import { getPublishedPageBySlug, listPublishedPages } from '#shared/data/pages.ts';
import type { Language } from '#shared/domain/text.ts';
import { type ManagedPageRef, managedPagePath } from '#shared/site/page-touches.ts';
import { renderManagedPage, type SiteContext } from '#web/site/render.ts';
import { html, type RenderedFile } from './site-files.ts';

/** The files of managed pages: one page after a change, every live one at a rebuild. */
const languages: Language[] = ['vi', 'en'];

export async function renderManagedRef(
  ctx: SiteContext,
  ref: ManagedPageRef,
): Promise<RenderedFile | undefined> {
  const page = await getPublishedPageBySlug(ref.language, ref.slug);
  return page ? html(managedPagePath(ref), renderManagedPage(ctx, page)) : undefined;
}

export async function allManagedPages(ctx: SiteContext): Promise<RenderedFile[]> {
  const pages = (await Promise.all(languages.map(listPublishedPages))).flat();
  return pages.map((page) =>
    html(
      managedPagePath({ kind: 'managed-page', language: page.language, slug: page.slug }),
      renderManagedPage(ctx, page),
    ),
  );
}
