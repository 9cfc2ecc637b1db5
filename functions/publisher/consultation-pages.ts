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
} from '#shared/site/consultation-pages.ts';
import { renderConsultationList, renderConsultationPage } from '#web/site/consultation/render.ts';
import type { SiteContext } from '#web/site/context.ts';
import { html, type RenderedFile } from './site-files.ts';

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
  return html(
    consultationPathOf(page),
    renderConsultationPage(ctx, {
      ...view,
      takesComments: view.consultation.status === 'open',
      noticeVersion: consultationSettings().noticeVersion,
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
