import { createAgency, createCategory, listCategories } from '#shared/data/directory.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { seedAgencies, seedCategories } from './seed-data.ts';

/** Seeds demo content into an empty store; a store that has categories already is left alone. */
export async function seedIfEmpty(): Promise<boolean> {
  if ((await listCategories()).length > 0) return false;
  for (const category of seedCategories) await createCategory(category, systemActor);
  for (const agency of seedAgencies) await createAgency(agency, systemActor);
  return true;
}
