import type { Agency, Category } from '#shared/domain/directory.ts';
import { contentApi } from '../api/content.ts';
import { useI18n } from '../context.ts';
import type { Lang } from '../i18n.ts';
import { type Resource, sessionCache, useLoaded, useResource } from './resource.tsx';

/** The portal's reference data (the content API's categories and agencies), as the screens name them. */

/** The categories, loaded with the screen that shows them. */
export function useCategories(): Resource<Category[]> {
  return useResource(() => contentApi.categories(), []).resource;
}

export function categoryName(categories: Resource<Category[]>, slug: string, lang: Lang): string {
  const category =
    categories.state === 'ready' ? categories.value.find((candidate) => candidate.slug === slug) : undefined;
  if (!category) return slug;
  return lang === 'en' ? category.nameEn : category.nameVi;
}

const agencies = sessionCache(() => contentApi.agencies());

/** The agency directory, fetched once per session of the SPA (it changes rarely). */
export const loadAgencies = (): Promise<Agency[]> => agencies.get();

/** The agency directory, once loaded (undefined until then, or if it could not be read). */
export const useAgencyList = (): Agency[] | undefined => useLoaded(loadAgencies);

/** An agency's name in the UI language; its id until the directory is loaded (or if it is not there). */
export function useAgencyName(): (id: string) => string {
  const { lang } = useI18n();
  const list = useAgencyList();
  return (id) => {
    const agency = list?.find((candidate) => candidate.id === id);
    return agency ? (lang === 'en' ? agency.nameEn : agency.nameVi) : id;
  };
}
