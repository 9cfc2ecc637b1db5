import { listAgencies } from '#shared/data/directory.ts';
import { externalLinks, officials, units } from '#shared/data/organisation.ts';
import type { Language } from '#shared/domain/text.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { type DirectoryData, renderDirectoryPage, type SiteContext } from '#web/site/render.ts';
import { html, type RenderedFile } from './site-files.ts';

/**
 * The organisation and the directory (issue 13): the chart, each unit's page, the focal points, the links
 * page and the agencies directory, in both languages. Reference data reaches them at the next full rebuild
 * (decision 140), which renders this partition whole: a few hundred small pages.
 */
const languages: Language[] = ['vi', 'en'];

export async function readDirectoryData(): Promise<DirectoryData> {
  const [unitList, officialList, links, agencies] = await Promise.all([
    units.list(),
    officials.list(),
    externalLinks.list(),
    listAgencies(),
  ]);
  return { units: unitList, officials: officialList, links, agencies };
}

export function directoryFiles(ctx: SiteContext, data: DirectoryData): RenderedFile[] {
  return languages.flatMap((language) => {
    const page = (path: string, kind: 'organisation' | 'contacts' | 'links' | 'agencies') =>
      html(path, renderDirectoryPage(ctx, language, data, { kind }));
    return [
      page(sitePaths.staticPage(language, 'organisation'), 'organisation'),
      page(sitePaths.contacts(language), 'contacts'),
      page(sitePaths.staticPage(language, 'links'), 'links'),
      page(sitePaths.agencies(language), 'agencies'),
      ...data.units.map((unit) =>
        html(
          sitePaths.unit(language, unit.id),
          renderDirectoryPage(ctx, language, data, { kind: 'unit', unit }),
        ),
      ),
    ];
  });
}

export async function allDirectoryFiles(ctx: SiteContext): Promise<RenderedFile[]> {
  return directoryFiles(ctx, await readDirectoryData());
}
