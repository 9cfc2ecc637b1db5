import { useEffect, useState } from 'preact/hooks';
import type { Agency, Category } from '#shared/domain/directory.ts';
import { contentApi } from '../api/content.ts';
import { useI18n } from '../context.ts';
import type { Lang } from '../i18n.ts';
import { type Resource, useResource } from './resource.tsx';

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

let agencies: Promise<Agency[]> | undefined;

/** The agency directory, fetched once per session of the SPA (it changes rarely). */
export function loadAgencies(): Promise<Agency[]> {
  agencies ??= contentApi.agencies().catch((error: unknown) => {
    agencies = undefined;
    throw error;
  });
  return agencies;
}

/** An agency's name in the UI language; its id until the directory is loaded (or if it is not there). */
export function useAgencyName(): (id: string) => string {
  const { lang } = useI18n();
  const [list, setList] = useState<Agency[] | undefined>();
  useEffect(() => {
    let current = true;
    loadAgencies().then(
      (loaded) => current && setList(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return (id) => {
    const agency = list?.find((candidate) => candidate.id === id);
    return agency ? (lang === 'en' ? agency.nameEn : agency.nameVi) : id;
  };
}
