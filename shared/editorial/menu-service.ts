import { recordAudit } from '#shared/data/audit.ts';
import { getMenu, menuWrites } from '#shared/data/menus.ts';
import { getPage } from '#shared/data/pages.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { errors } from '#shared/domain/errors.ts';
import type { Menu, MenuId, SaveMenuInput } from '#shared/domain/menu.ts';

/**
 * Saving a menu or the home blocks: the whole list at once, on the version the admin read (the first save
 * creates the record), with its audit entry. Items that name a page must name an existing one.
 */
export async function saveMenu(
  id: MenuId,
  input: SaveMenuInput,
  actor: Actor,
  now = new Date(),
): Promise<Menu> {
  for (const [index, item] of input.items.entries()) {
    if (item.target.kind !== 'page') continue;
    for (const language of ['vi', 'en'] as const) {
      const pageId = item.target[language];
      const page = pageId ? await getPage(pageId) : undefined;
      if (pageId && page?.language !== language) {
        throw errors.validation([
          {
            path: `items.${index}.target.${language}`,
            messageVi: 'Trang không tồn tại hoặc khác ngôn ngữ',
            messageEn: 'No such page in that language',
          },
        ]);
      }
    }
  }
  const current = await getMenu(id);
  const at = now.toISOString();
  const { expectedVersion, ...content } = input;
  if (current && expectedVersion === undefined) {
    throw errors.validation([
      {
        path: 'expectedVersion',
        messageVi: 'Thiếu phiên bản của trình đơn',
        messageEn: 'The menu version is missing',
      },
    ]);
  }
  const menu: Menu = {
    ...content,
    id,
    updatedAt: at,
    updatedBy: actor.name,
    version: current && expectedVersion !== undefined ? expectedVersion + 1 : 1,
  };
  await runTransaction([
    current && expectedVersion !== undefined
      ? menuWrites.replace(menu, expectedVersion)
      : menuWrites.create(menu),
    recordAudit(
      { type: 'Menu', id },
      actor,
      current ? 'save' : 'create',
      { note: `${menu.items.length} items` },
      at,
    ),
  ]);
  return menu;
}
