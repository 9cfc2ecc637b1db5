import { followNotice, takesFollowers } from '#shared/consultation/followers.ts';
import {
  type PublicConsultation,
  publicConsultation,
  publicConsultationList,
} from '#shared/consultation/public-view.ts';
import { consultationSettings } from '#shared/consultation/settings.ts';
import {
  type ConsultationPageRef,
  consultationPagesTouchedBy,
  consultationPathOf,
  consultationPaths,
} from '#shared/site/consultation-pages.ts';
import { renderConsultationFeed } from '#web/site/consultation/feed.ts';
import { renderConsultationList, renderConsultationPage } from '#web/site/consultation/render.ts';
import type { SiteContext } from '#web/site/context.ts';
import { renderSitemapMonth } from '#web/site/render.ts';
import { html, type RenderedFile, xml } from './site-files.ts';

/**
 * The consultation pages of the public site: a consultation's page (the draft, its published comments, the
 * form while the period is open, the approved report) and the list. A change renders the pages
 * `consultationPagesTouchedBy` names, nothing else.
 */
async function renderOne(ctx: SiteContext, page: ConsultationPageRef, view: PublicConsultation) {
  if (page.kind === 'consultation-list') {
    const items = await publicConsultationList();
    return html(consultationPathOf(page), renderConsultationList(ctx, items));
  }
  if (page.kind === 'consultation-sitemap') return consultationSitemap(ctx);
  if (page.kind === 'consultation-feed') return consultationFeed(ctx, page.format);
  return html(
    consultationPathOf(page),
    renderConsultationPage(ctx, {
      ...view,
      takesComments: view.consultation.status === 'open',
      noticeVersion: consultationSettings().noticeVersion,
      ...(takesFollowers(view.consultation)
        ? { follow: { slug: view.consultation.slug, ...followNotice() } }
        : {}),
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

async function consultationFeed(ctx: SiteContext, format: 'rss' | 'atom'): Promise<RenderedFile> {
  return xml(
    format === 'rss' ? consultationPaths.rssFeed() : consultationPaths.atomFeed(),
    renderConsultationFeed(ctx, await publicConsultationList(), format),
    format === 'rss' ? 'application/rss+xml' : 'application/atom+xml',
  );
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
      ...items.map((item) => ({ path: consultationPaths.page(item.slug), lastModified: item.updatedAt })),
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
      return view ? renderOne(ctx, { kind: 'consultation', slug: item.slug }, view) : undefined;
    }),
  );
  return [
    html(consultationPaths.list(), renderConsultationList(ctx, items)),
    await consultationSitemap(ctx),
    await consultationFeed(ctx, 'rss'),
    await consultationFeed(ctx, 'atom'),
    ...pages.filter((page): page is RenderedFile => page !== undefined),
  ];
}
