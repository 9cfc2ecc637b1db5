import { adoptionsOfDocument } from '#shared/data/consultations.ts';
import {
  getIssue,
  getPublishedDocument,
  listCorrections,
  listGazetteYears,
  listPublishedIssuesOfYear,
} from '#shared/data/gazette.ts';
import { type PublishedDocument, publishedIssueSchema } from '#shared/domain/gazette.ts';
import { searchDocuments } from '#shared/gazette/search.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { SiteContext } from '#web/site/context.ts';
import {
  renderGazetteHome,
  renderGazetteIssue,
  renderGazetteYear,
  renderLegalDocumentPage,
  renderLegalDocumentSearch,
} from '#web/site/gazette/render.ts';
import { html, type RenderedFile } from './site-files.ts';

/**
 * Gazette pages of the public site. Publishing an issue touches exactly: the issue's page, its
 * documents' pages, the pages of the documents they act on (amend, repeal, …), its year's page, the
 * gazette home and the legal-document database's front page.
 */
async function frontPages(ctx: SiteContext, year: number): Promise<RenderedFile[]> {
  const years = await listGazetteYears();
  const latestYear = years[0];
  const latest = latestYear ? (await listPublishedIssuesOfYear(latestYear)).slice(-5).reverse() : [];
  const database = await searchDocuments({ q: '' }, 20);
  return [
    html(sitePaths.gazetteHome(), renderGazetteHome(ctx, { years, latest })),
    html(
      sitePaths.gazetteYear(year),
      renderGazetteYear(ctx, { year, years, issues: await listPublishedIssuesOfYear(year) }),
    ),
    html(sitePaths.legalDocuments(), renderLegalDocumentSearch(ctx, { query: { q: '' }, ...database })),
  ];
}

async function documentPage(ctx: SiteContext, document: PublishedDocument): Promise<RenderedFile> {
  return html(
    sitePaths.legalDocument(document.slug),
    renderLegalDocumentPage(ctx, {
      document,
      corrections: await listCorrections(document.id),
      // The consultation on its draft, when one was linked: the page links back to it.
      consultations: await adoptionsOfDocument(document.id),
    }),
  );
}

/** The issue's page and its documents' pages. */
async function issueAndDocumentPages(
  ctx: SiteContext,
  issueId: string,
): Promise<{ year: number; files: RenderedFile[] }> {
  const issue = publishedIssueSchema.parse(await getIssue(issueId));
  const documents = (
    await Promise.all(issue.entries.map((entry) => getPublishedDocument(entry.documentId)))
  ).filter((document): document is PublishedDocument => document !== undefined);
  const actedOn = (
    await Promise.all(
      [
        ...new Set(documents.flatMap((document) => document.relations.map((relation) => relation.target.id))),
      ].map((id) => getPublishedDocument(id)),
    )
  ).filter((document): document is PublishedDocument => document !== undefined);
  return {
    year: issue.year,
    files: [
      html(sitePaths.gazetteIssue(issue.year, issue.number), renderGazetteIssue(ctx, { issue, documents })),
      ...(await Promise.all([...documents, ...actedOn].map((document) => documentPage(ctx, document)))),
    ],
  };
}

export async function gazetteIssuePages(ctx: SiteContext, issueId: string): Promise<RenderedFile[]> {
  const { year, files } = await issueAndDocumentPages(ctx, issueId);
  return [...files, ...(await frontPages(ctx, year))];
}

export async function correctedDocumentPages(ctx: SiteContext, documentId: string): Promise<RenderedFile[]> {
  const document = await getPublishedDocument(documentId);
  return document ? [await documentPage(ctx, document)] : [];
}

/** Every gazette page, for a whole-site build. */
export async function allGazettePages(ctx: SiteContext): Promise<RenderedFile[]> {
  const files: RenderedFile[] = [];
  const years = await listGazetteYears();
  for (const year of years) {
    for (const issue of await listPublishedIssuesOfYear(year))
      files.push(...(await issueAndDocumentPages(ctx, issue.id)).files);
  }
  files.push(...(await frontPages(ctx, years[0] ?? new Date().getFullYear())));
  for (const year of years.slice(1)) {
    files.push(
      html(
        sitePaths.gazetteYear(year),
        renderGazetteYear(ctx, { year, years, issues: await listPublishedIssuesOfYear(year) }),
      ),
    );
  }
  return files;
}
