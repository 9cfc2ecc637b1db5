import { readEnv } from '#shared/config/env.ts';
import type { Language } from '#shared/domain/text.ts';
import { searchIndexUrl } from '#shared/search/store.ts';
import { publicServiceGroups } from '#shared/site/public-services.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { renderPublicServiceGroup, renderPublicServices } from '#web/site/pages/PublicServicesPage.tsx';
import { ratingScript } from '#web/site/rating-script.ts';
import {
  renderNotFoundPage,
  renderRobots,
  renderSearchPage,
  type SiteContext,
  siteStylesheet,
} from '#web/site/render.ts';
import { searchScript } from '#web/site/search-script.ts';
import { asset, html, type RenderedFile } from './site-files.ts';

/**
 * Files that depend on no content: the empty search pages, 404, robots.txt and the
 * stylesheet. Only a whole-site build writes them (a deployment changes them, a publication never does).
 */
const languages: Language[] = ['vi', 'en'];

type FixedPage = { path: string; render: (ctx: SiteContext) => RenderedFile };

const page = (path: string, render: (ctx: SiteContext) => string): FixedPage => ({
  path,
  render: (ctx) => html(path, render(ctx)),
});

export const fixedPages: FixedPage[] = [
  // Public services (decision 172): groups from shared/site/public-services.ts, the provincial portal a setting.
  ...languages.flatMap((language) => [
    page(sitePaths.publicServices(language), (ctx) =>
      renderPublicServices(ctx, language, readEnv().PROVINCIAL_SERVICE_PORTAL_URL),
    ),
    ...publicServiceGroups.map((group) =>
      page(sitePaths.publicServiceGroup(language, group.slug), (ctx) =>
        renderPublicServiceGroup(ctx, language, group, readEnv().PROVINCIAL_SERVICE_PORTAL_URL),
      ),
    ),
  ]),
  ...languages.map((language) =>
    page(sitePaths.search(language), (ctx) => renderSearchPage(ctx, language, { query: '' })),
  ),
  {
    path: sitePaths.searchScript(),
    render: () =>
      asset(
        sitePaths.searchScript(),
        searchScript(searchIndexUrl(), sitePaths.searchApi()),
        'text/javascript',
      ),
  },
  {
    path: sitePaths.ratingScript(),
    render: () => asset(sitePaths.ratingScript(), ratingScript(), 'text/javascript'),
  },
  page(sitePaths.notFound(), (ctx) => renderNotFoundPage(ctx)),
  {
    path: sitePaths.robots(),
    render: (ctx) => asset(sitePaths.robots(), renderRobots(ctx), 'text/plain'),
  },
  {
    path: sitePaths.stylesheet(),
    render: () => asset(sitePaths.stylesheet(), siteStylesheet, 'text/css'),
  },
];

export const fixedFiles = (ctx: SiteContext): RenderedFile[] => fixedPages.map((fixed) => fixed.render(ctx));
