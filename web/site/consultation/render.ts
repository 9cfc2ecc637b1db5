import type { SiteContext } from '../context.ts';
import { renderDocument } from '../html.ts';
import type { FollowFormModel } from './FollowForm.tsx';
import { FollowDonePage, FollowFormPage, FollowLinkPage, FollowRequestedPage } from './followers.tsx';
import {
  CommentReceivedPage,
  ConsultationListPage,
  ConsultationPage,
  type ConsultationProblemModel,
  ConsultationProblemPage,
  type ConsultationSummary,
  type PublicConsultationModel,
} from './pages.tsx';
import { VersionPage, type VersionPageModel } from './redline-page.tsx';

/** Consultation pages as complete documents: pure, synchronous, like web/site/render.ts. */
export type { FollowFormModel } from './FollowForm.tsx';
export type { ConsultationSummary, PublicConsultationModel } from './pages.tsx';
export type { VersionPageModel } from './redline-page.tsx';

export const renderConsultationPage = (ctx: SiteContext, model: PublicConsultationModel) =>
  renderDocument(ConsultationPage({ ctx, model }));

export const renderVersionPage = (ctx: SiteContext, model: VersionPageModel) =>
  renderDocument(VersionPage({ ctx, model }));

export const renderConsultationList = (ctx: SiteContext, items: ConsultationSummary[]) =>
  renderDocument(ConsultationListPage({ ctx, items }));

export const renderCommentReceived = (
  ctx: SiteContext,
  model: { consultation: { slug: string; title: string }; anchor: string },
) => renderDocument(CommentReceivedPage({ ctx, ...model }));

export const renderConsultationProblem = (ctx: SiteContext, model: ConsultationProblemModel) =>
  renderDocument(ConsultationProblemPage({ ctx, model }));

// Following a consultation (web/site/consultation/followers.tsx).
export const renderFollowForm = (
  ctx: SiteContext,
  consultation: { slug: string; title: string },
  form: FollowFormModel,
) => renderDocument(FollowFormPage({ ctx, consultation, form }));

export const renderFollowRequested = (
  ctx: SiteContext,
  consultation: { slug: string; title: string },
  hours: number,
) => renderDocument(FollowRequestedPage({ ctx, consultation, hours }));

export const renderFollowLink = (
  ctx: SiteContext,
  consultation: { slug: string; title: string },
  kind: 'confirm' | 'unsubscribe',
  action: string,
) => renderDocument(FollowLinkPage({ ctx, consultation, kind, action }));

export const renderFollowDone = (
  ctx: SiteContext,
  consultation: { slug: string; title: string },
  kind: 'confirmed' | 'unsubscribed',
) => renderDocument(FollowDonePage({ ctx, consultation, kind }));
