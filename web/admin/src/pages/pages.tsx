import type { PagesRoute } from '../router.ts';
import { PageEditorPage } from './editor.tsx';
import { MenusPage } from './menus.tsx';
import { PageReviewItemPage, PageReviewQueuePage } from './review.tsx';
import { PageTreePage } from './tree.tsx';

/** Managed pages and menus: one chunk, loaded when one of its routes is opened. */
export function PagesScreen(props: { route: PagesRoute }) {
  const { route } = props;
  switch (route.name) {
    case 'pagesTree':
      return <PageTreePage />;
    case 'pagesNew':
      return <PageEditorPage key="new" />;
    case 'pagesEdit':
      return <PageEditorPage key={route.id} id={route.id} />;
    case 'pagesReview':
      return <PageReviewQueuePage />;
    case 'pagesReviewItem':
      return <PageReviewItemPage id={route.id} />;
    case 'pagesMenus':
      return <MenusPage />;
  }
}
