import { type Menu, type MenuId, menuSchema } from '#shared/domain/menu.ts';
import { keys } from './keys.ts';
import { getItem } from './reads.ts';
import { storable } from './stored-shape.ts';
import { createItem, replaceVersioned } from './transactions.ts';

/** Storage of the menus and the home page's blocks: one versioned item per menu. */
function menuItem(menu: Menu) {
  return { ...keys.menu(menu.id), itemType: 'Menu', ...storable(menuSchema, menu, `menu ${menu.id}`) };
}

export const menuWrites = {
  create: (menu: Menu) => createItem(menuItem(menu)),
  replace: (menu: Menu, expectedVersion: number) => replaceVersioned(menuItem(menu), expectedVersion),
};

export const getMenu = (id: MenuId) => getItem(keys.menu(id), menuSchema);
