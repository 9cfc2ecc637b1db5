import type { DirectoryRoute } from '../router.ts';
import { AgenciesPage } from './agencies.tsx';
import { CategoriesPage } from './categories.tsx';

/** The portal's reference data (categories, agencies): one chunk, loaded when one of its routes is opened. */
export function DirectoryScreen(props: { route: DirectoryRoute }) {
  switch (props.route.name) {
    case 'directoryCategories':
      return <CategoriesPage />;
    case 'directoryAgencies':
      return <AgenciesPage />;
  }
}
