import { type Consultation, documentKindLabels } from '#shared/domain/consultation.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import type { SiteContext } from '../context.ts';
import { type FeedEvent, renderEventFeed } from '../event-feed.ts';

/**
 * The consultations' feeds (`/lay-y-kien/rss.xml`, `/lay-y-kien/atom.xml`): one entry when a draft opens for
 * comment, one when its disposition report is published (approved). A draft not yet open, or a report not
 * yet approved, is not in it.
 */
export type FeedConsultation = Pick<
  Consultation,
  'slug' | 'title' | 'agencyName' | 'field' | 'documentKind' | 'status' | 'opensAt' | 'closesAt' | 'openedAt'
> & { report?: { approvedAt?: string | undefined } | undefined };

export function consultationFeedEvents(consultations: FeedConsultation[]): FeedEvent[] {
  return consultations.flatMap((consultation) => {
    const page = consultationPaths.page(consultation.slug);
    const events: FeedEvent[] = [];
    if (consultation.status !== 'scheduled')
      events.push({
        id: `${page}#mo-lay-y-kien`,
        title: `Lấy ý kiến: ${consultation.title}`,
        path: page,
        at: consultation.openedAt ?? consultation.opensAt,
        summary: `${consultation.agencyName} lấy ý kiến dự thảo ${documentKindLabels[consultation.documentKind].vi.toLowerCase()} (${consultation.field}) từ ${formatDateTimeVi(consultation.opensAt)} đến ${formatDateTimeVi(consultation.closesAt)} (giờ Việt Nam).`,
      });
    const approvedAt = consultation.report?.approvedAt;
    if (approvedAt)
      events.push({
        id: `${page}#bao-cao`,
        title: `Báo cáo tiếp thu, giải trình: ${consultation.title}`,
        path: `${page}#bao-cao`,
        at: approvedAt,
        summary: `${consultation.agencyName} công bố báo cáo tổng hợp, tiếp thu, giải trình ý kiến về dự thảo.`,
      });
    return events;
  });
}

export const renderConsultationFeed = (
  ctx: SiteContext,
  consultations: FeedConsultation[],
  format: 'rss' | 'atom',
) =>
  renderEventFeed(
    ctx,
    {
      title: 'Lấy ý kiến dự thảo văn bản',
      description: 'Dự thảo văn bản mở lấy ý kiến và báo cáo tiếp thu, giải trình được công bố',
      pagePath: consultationPaths.list(),
      rssPath: consultationPaths.rssFeed(),
      atomPath: consultationPaths.atomFeed(),
      events: consultationFeedEvents(consultations),
    },
    format,
  );
