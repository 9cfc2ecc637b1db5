import type { MenuId } from '#shared/domain/menu.ts';
import type { PageChange, PageSummary } from '#shared/domain/page.ts';
import type { Language } from '#shared/domain/text.ts';
import type { PageRef } from './touched-pages.ts';
import { sitePaths } from './urls.ts';

/**
 * Which public pages a change of a managed page or a menu touches: the publisher renders exactly these. A
 * page shows its ancestors' titles (breadcrumb), its live children (the list of subpages) and links to its
 * translation; a menu is on every page, so what a menu shows changing is a whole-site rebuild
 * (docs/decisions.md 145).
 */
export type ManagedPageRef = { kind: 'managed-page'; language: Language; slug: string };

export const managedPagePath = (page: ManagedPageRef) => sitePaths.managedPage(page.language, page.slug);

export type PageTouches = { render: ManagedPageRef[]; remove: ManagedPageRef[]; wholeSite: boolean };

/**
 * `live`: the language's live pages after the change; `inMenus`: the pages a menu (main, footer, home
 * quick links) points at.
 */
export function pageTouches(
  change: PageChange,
  live: readonly PageSummary[],
  inMenus: ReadonlySet<string>,
): PageTouches {
  const { language, before, after } = change;
  const render = new Map<string, ManagedPageRef>();
  const remove = new Map<string, ManagedPageRef>();
  const add = (target: Map<string, ManagedPageRef>, ref: ManagedPageRef) =>
    target.set(managedPagePath(ref), ref);
  const byId = new Map(live.map((page) => [page.id, page]));

  if (after) add(render, { kind: 'managed-page', language, slug: after.slug });
  if (before && !after) add(remove, { kind: 'managed-page', language, slug: before.slug });
  if (change.translation) add(render, { kind: 'managed-page', ...change.translation });

  // A parent lists its children by title: the one it had and the one it has now.
  const titleMoved = before?.title !== after?.title;
  for (const parentId of new Set([before?.parentId, after?.parentId])) {
    const parent = parentId ? byId.get(parentId) : undefined;
    if (!parent) continue;
    if (titleMoved || before?.parentId !== after?.parentId)
      add(render, { kind: 'managed-page', language, slug: parent.slug });
  }
  // Children show this page in their breadcrumb (as a link while it is live).
  if (titleMoved) {
    for (const child of live.filter((page) => page.parentId === change.pageId))
      add(render, { kind: 'managed-page', language, slug: child.slug });
  }
  for (const path of remove.keys()) render.delete(path);
  return {
    render: [...render.values()],
    remove: [...remove.values()],
    wholeSite: inMenus.has(change.pageId) && titleMoved,
  };
}

/** The home blocks are on the two home pages only; the main menu and the footer are on every page. */
export function menuTouches(menu: MenuId): { wholeSite: true } | { wholeSite: false; render: PageRef[] } {
  if (menu === 'home')
    return {
      wholeSite: false,
      render: [
        { kind: 'home', language: 'vi' },
        { kind: 'home', language: 'en' },
      ],
    };
  return { wholeSite: true };
}
