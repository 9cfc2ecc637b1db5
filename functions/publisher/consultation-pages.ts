import { followNotice, takesFollowers } from '#shared/consultation/followers.ts';
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
import { renderConsultationFeed } from '#web/site/consultation/feed.ts';
import {
  renderConsultationList,
  renderConsultationPage,
  renderVersionPage,
} from '#web/site/consultation/render.ts';
import { absoluteUrl, type SiteContext } from '#web/site/context.ts';
import { renderSitemapMonth } from '#web/site/render.ts';
import { correctedDocumentPages } from './gazette-pages.ts';
import { binary, html, type RenderedFile, xml } from './site-files.ts';

/**
 * The consultation pages of the public site: a consultation's page (the draft, its published comments, the
 * form while the period is open, the approved report with its PDF, the versions), the redline page of each
 * later version of the draft, the feeds and the list. A change renders the files `consultationPagesTouchedBy`
 * names, nothing else; linking the adopted document also renders that document's page (and the page of one
 * it replaces), which links back.
 */

/** The approved report as a PDF; pdfkit and the fonts load only when a report is rendered. */
async function reportPdf(ctx: SiteContext, view: PublicConsultation): Promise<RenderedFile | undefined> {
  const { report } = view.consultation;
  if (!report?.approvedAt) return undefined;
  const { renderReportPdf } = await import('#shared/consultation/report-pdf.ts');
  const bytes = await renderReportPdf({
    consultation: view.consultation,
    report: { ...report, approvedAt: report.approvedAt },
    comments: view.comments,
    received: view.statistics.received,
    published: view.statistics.published,
    pageUrl: absoluteUrl(ctx, consultationPaths.page(view.consultation.slug)),
  });
  return binary(consultationPaths.reportPdf(view.consultation.slug), bytes, 'application/pdf');
}

async function renderOne(
  ctx: SiteContext,
  page: ConsultationPageRef,
  view: PublicConsultation,
  pdf: RenderedFile | undefined,
): Promise<RenderedFile | undefined> {
  if (page.kind === 'consultation-list') {
    const items = await publicConsultationList();
    return html(consultationPathOf(page), renderConsultationList(ctx, items));
  }
  if (page.kind === 'consultation-sitemap') return consultationSitemap(ctx);
  if (page.kind === 'consultation-report-pdf') return pdf;
  if (page.kind === 'consultation-feed') return consultationFeed(ctx, page.format);
  if (page.kind === 'consultation-version') return versionPage(ctx, page.number, view);
  return html(
    consultationPathOf(page),
    renderConsultationPage(ctx, {
      ...view,
      takesComments: view.consultation.status === 'open',
      noticeVersion: consultationSettings().noticeVersion,
      ...(pdf ? { reportPdf: { path: pdf.path, bytes: pdf.body.length } } : {}),
      ...(takesFollowers(view.consultation)
        ? { follow: { slug: view.consultation.slug, ...followNotice() } }
        : {}),
    }),
  );
}

/** The files a consultation's change touches, the report's PDF first so the page can give its size. */
async function filesOf(
  ctx: SiteContext,
  view: PublicConsultation,
  pages: ConsultationPageRef[],
): Promise<RenderedFile[]> {
  const pdf = await reportPdf(ctx, view);
  const files = await Promise.all(pages.map((page) => renderOne(ctx, page, view, pdf)));
  return files.filter((file): file is RenderedFile => file !== undefined);
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
  return filesOf(ctx, view, consultationPagesTouchedBy(view.consultation));
}

/** The adopted document was linked (or the link moved): the consultation's files and the documents' pages. */
export async function consultationAdoptionPages(
  ctx: SiteContext,
  consultationId: string,
  documentIds: string[],
): Promise<RenderedFile[]> {
  const documents = await Promise.all(documentIds.map((id) => correctedDocumentPages(ctx, id)));
  return [...(await consultationChangePages(ctx, consultationId)), ...documents.flat()];
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

/** Every consultation page (and report PDF), for a whole-site rebuild. */
export async function allConsultationPages(ctx: SiteContext): Promise<RenderedFile[]> {
  const items = await publicConsultationList();
  const pages = await Promise.all(
    items.map(async (item) => {
      const view = await publicConsultation(item.id);
      if (!view) return [];
      return filesOf(
        ctx,
        view,
        consultationPagesTouchedBy(view.consultation).filter(
          (page) =>
            page.kind === 'consultation' ||
            page.kind === 'consultation-report-pdf' ||
            page.kind === 'consultation-version',
        ),
      );
    }),
  );
  return [
    html(consultationPaths.list(), renderConsultationList(ctx, items)),
    await consultationSitemap(ctx),
    await consultationFeed(ctx, 'rss'),
    await consultationFeed(ctx, 'atom'),
    ...pages.flat(),
  ];
}
