import type { DirectoryRoute } from '../router.ts';
import { AgenciesPage } from './agencies.tsx';
import { CategoriesPage } from './categories.tsx';
import { LinksPage } from './links.tsx';
import { OfficialsPage } from './officials.tsx';
import { RebuildPage } from './rebuild.tsx';
import { UnitsPage } from './units.tsx';

/** The portal's reference data (categories, agencies, organisation, contacts, links, the rebuild): one chunk, loaded when one of its routes is opened. */
export function DirectoryScreen(props: { route: DirectoryRoute }) {
  switch (props.route.name) {
    case 'directoryCategories':
      return <CategoriesPage />;
    case 'directoryAgencies':
      return <AgenciesPage />;
    case 'directoryUnits':
      return <UnitsPage />;
    case 'directoryOfficials':
      return <OfficialsPage />;
    case 'directoryLinks':
      return <LinksPage />;
    case 'directoryRebuild':
      return <RebuildPage />;
  }
}
