/**
 * The Official Gazette (Công báo) and the legal-document database on the public site: pure, synchronous
 * functions from published gazette data to complete HTML documents, like web/site/render.ts. The
 * publisher writes the pages to the site bucket when an issue is published or a correction is added; the
 * gazette API answers a document search with renderLegalDocumentSearch; the issue workflow stores
 * renderIssueArchiveHtml's output, write-once, in the archive bucket next to the issue's PDF.
 *
 * The pages are Vietnamese only: they publish Vietnamese legal texts.
 */
import type { ConsultationAdoption } from '#shared/domain/consultation.ts';
import type {
  Correction,
  DocumentSearchQuery,
  PublishedDocument,
  PublishedIssue,
} from '#shared/domain/gazette.ts';
import type { SiteContext } from '../context.ts';
import { renderDocument } from '../html.ts';
import { GazetteHomePage } from './pages/GazetteHomePage.tsx';
import { GazetteIssuePage } from './pages/GazetteIssuePage.tsx';
import { GazetteYearPage } from './pages/GazetteYearPage.tsx';
import { IssueArchiveDocument, type IssueArchiveModel } from './pages/IssueArchiveDocument.tsx';
import { LegalDocumentPage } from './pages/LegalDocumentPage.tsx';
import { LegalDocumentSearchPage } from './pages/LegalDocumentSearchPage.tsx';

export type { ArchiveDocument, ArchiveIssue, IssueArchiveModel } from './pages/IssueArchiveDocument.tsx';

/** `/cong-bao/`: what the gazette is, the latest issues, every year, the way to the database. */
export function renderGazetteHome(
  ctx: SiteContext,
  model: { years: number[]; latest: PublishedIssue[] },
): string {
  return renderDocument(GazetteHomePage({ ctx, years: model.years, latest: model.latest }));
}

/** `/cong-bao/2026/`: the year's issues, newest first; `years` are every year with issues. */
export function renderGazetteYear(
  ctx: SiteContext,
  model: { year: number; years: number[]; issues: PublishedIssue[] },
): string {
  return renderDocument(GazetteYearPage({ ctx, year: model.year, years: model.years, issues: model.issues }));
}

/** `/cong-bao/2026/so-3/`: the issue's contents and its archived files; `documents` give the links. */
export function renderGazetteIssue(
  ctx: SiteContext,
  model: { issue: PublishedIssue; documents: PublishedDocument[] },
): string {
  return renderDocument(GazetteIssuePage({ ctx, issue: model.issue, documents: model.documents }));
}

/** `/van-ban/<slug>/`: the document's fields, file and corrections. */
export function renderLegalDocumentPage(
  ctx: SiteContext,
  model: {
    document: PublishedDocument;
    corrections: Correction[];
    consultations?: Pick<ConsultationAdoption, 'slug' | 'title'>[];
  },
): string {
  return renderDocument(
    LegalDocumentPage({
      ctx,
      document: model.document,
      corrections: model.corrections,
      consultations: model.consultations ?? [],
    }),
  );
}

/**
 * `/van-ban/` with an empty query (the latest documents), and the search API's HTML answer to a query.
 * `results` are the rows to show (the first page), `total` how many matched.
 */
export function renderLegalDocumentSearch(
  ctx: SiteContext,
  model: {
    query: DocumentSearchQuery;
    results: PublishedDocument[];
    total: number;
    issuingBodies: string[];
    years: number[];
  },
): string {
  return renderDocument(LegalDocumentSearchPage({ ctx, ...model }));
}

/** The issue's standalone HTML file for the archive (no site context: it links nowhere). */
export function renderIssueArchiveHtml(model: IssueArchiveModel): string {
  return renderDocument(IssueArchiveDocument(model));
}
