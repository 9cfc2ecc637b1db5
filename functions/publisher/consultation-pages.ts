import {
  type PublicConsultation,
  publicConsultation,
  publicConsultationList,
} from '#shared/consultation/public-view.ts';
import { redlineOf } from '#shared/consultation/redline.ts';
import { consultationSettings } from '#shared/consultation/settings.ts';
import {
  type ConsultationPageRef,
  consultationPagesTouchedBy,
  consultationPathOf,
  consultationPaths,
  versionPagesOf,
} from '#shared/site/consultation-pages.ts';
import {
  renderConsultationList,
  renderConsultationPage,
  renderVersionPage,
} from '#web/site/consultation/render.ts';
import type { SiteContext } from '#web/site/context.ts';
import { renderSitemapMonth } from '#web/site/render.ts';
import { html, type RenderedFile, xml } from './site-files.ts';

/**
 * The consultation pages of the public site: a consultation's page (the draft, its published comments, the
 * form while the period is open, the approved report, the versions), the redline page of each later version
 * of the draft, and the list. A change renders the pages
 * `consultationPagesTouchedBy` names, nothing else.
 */
async function renderOne(ctx: SiteContext, page: ConsultationPageRef, view: PublicConsultation) {
  if (page.kind === 'consultation-list') {
    const items = await publicConsultationList();
    return html(consultationPathOf(page), renderConsultationList(ctx, items));
  }
  if (page.kind === 'consultation-sitemap') return consultationSitemap(ctx);
  if (page.kind === 'consultation-version') return versionPage(ctx, page.number, view);
  return html(
    consultationPathOf(page),
    renderConsultationPage(ctx, {
      ...view,
      takesComments: view.consultation.status === 'open',
      noticeVersion: consultationSettings().noticeVersion,
    }),
  );
}

function versionPage(ctx: SiteContext, number: number, view: PublicConsultation) {
  const version = view.versions.find((known) => known.number === number);
  const previous = view.versions.find((known) => known.number === number - 1);
  if (!version || !previous) throw new Error(`version ${number} of ${view.consultation.slug} is not stored`);
  return html(
    consultationPaths.version(view.consultation.slug, number),
    renderVersionPage(ctx, {
      consultation: view.consultation,
      version,
      previous,
      redline: redlineOf(previous.draft, version.draft),
      comments: view.comments,
    }),
  );
}

export async function consultationChangePages(
  ctx: SiteContext,
  consultationId: string,
): Promise<RenderedFile[]> {
  const view = await publicConsultation(consultationId);
  if (!view) return [];
  return Promise.all(consultationPagesTouchedBy(view.consultation).map((page) => renderOne(ctx, page, view)));
}

/** Every consultation's page and the list, each with the time of its last change. */
async function consultationSitemap(ctx: SiteContext): Promise<RenderedFile> {
  const items = await publicConsultationList();
  const newest =
    items
      .map((item) => item.updatedAt)
      .sort()
      .at(-1) ?? ctx.generatedAt;
  return xml(
    consultationPaths.sitemap(),
    renderSitemapMonth(ctx, [
      { path: consultationPaths.list(), lastModified: newest },
      ...items.flatMap((item) => [
        { path: consultationPaths.page(item.slug), lastModified: item.updatedAt },
        ...versionPagesOf(item).map((page) => ({
          path: consultationPaths.version(page.slug, page.number),
          lastModified: item.updatedAt,
        })),
      ]),
    ]),
    'application/xml',
  );
}

/** Every consultation page, for a whole-site rebuild. */
export async function allConsultationPages(ctx: SiteContext): Promise<RenderedFile[]> {
  const items = await publicConsultationList();
  const pages = await Promise.all(
    items.map(async (item) => {
      const view = await publicConsultation(item.id);
      if (!view) return [];
      return Promise.all(
        [{ kind: 'consultation' as const, slug: item.slug }, ...versionPagesOf(item)].map((page) =>
          renderOne(ctx, page, view),
        ),
      );
    }),
  );
  return [
    html(consultationPaths.list(), renderConsultationList(ctx, items)),
    await consultationSitemap(ctx),
    ...pages.flat(),
  ];
}
