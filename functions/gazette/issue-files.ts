import { readEnv } from '#shared/config/env.ts';
import { getDocument, getIssue, issueItem } from '#shared/data/gazette.ts';
import { replaceVersioned, runTransaction } from '#shared/data/transactions.ts';
import type { GazetteIssue, LegalDocument, StoredFile } from '#shared/domain/gazette.ts';
import { archiveUpload, putArchiveFile } from '#shared/gazette/archive.ts';
import {
  type ArchivedFiles,
  archivedAttachmentKey,
  archivedDocumentKey,
  archivedIssueKey,
} from '#shared/gazette/steps.ts';
import { renderIssueArchiveHtml } from '#web/site/gazette/render.ts';
import { renderIssuePdf } from './issue-pdf.ts';

/**
 * The render-issue step: the issue's HTML and PDF and each document's signed file, into the write-once
 * archive with their SHA-256. Deterministic for a given issue, so a retry writes nothing new.
 */
async function documentsOf(issue: GazetteIssue): Promise<{ document: LegalDocument; pages: string }[]> {
  return Promise.all(
    issue.entries.map(async (entry) => {
      const document = await getDocument(entry.documentId);
      if (!document) throw new Error(`document ${entry.documentId} of issue ${issue.id} is missing`);
      return { document, pages: entry.pages };
    }),
  );
}

export async function renderIssueFiles(issueId: string): Promise<{ html: StoredFile; pdf: StoredFile }> {
  const issue = await getIssue(issueId);
  if (!issue?.number) throw new Error(`issue ${issueId} has no number yet`);
  if (issue.files) return issue.files;
  const numbered = { ...issue, number: issue.number };
  const publishedAt = issue.publishAt ?? issue.updatedAt;
  const documents = await documentsOf(issue);
  const metadata = documents.map(({ document, pages }) => ({
    numberSymbol: document.numberSymbol,
    documentType: document.documentType,
    issuingBody: document.issuingBody,
    signer: document.signer,
    issueDate: document.issueDate,
    effectiveDate: document.effectiveDate,
    abstract: document.abstract,
    field: document.field,
    pages,
  }));
  for (const { document } of documents) {
    await archiveUpload(document.file, archivedDocumentKey(issue.year, issue.number, document));
    for (const [index, attachment] of document.attachments.entries()) {
      await archiveUpload(
        attachment,
        archivedAttachmentKey(issue.year, issue.number, document, index, attachment.key),
      );
    }
  }
  const html = await putArchiveFile(
    archivedIssueKey(issue.year, issue.number, 'html'),
    Buffer.from(
      renderIssueArchiveHtml({
        issue: numbered,
        documents: metadata,
        publishedAt,
        baseUrl: readEnv().PUBLIC_BASE_URL,
      }),
      'utf8',
    ),
    { fileName: `cong-bao-so-${issue.number}-${issue.year}.html`, contentType: 'text/html; charset=utf-8' },
  );
  const pdf = await putArchiveFile(
    archivedIssueKey(issue.year, issue.number, 'pdf'),
    await renderIssuePdf(numbered, metadata, publishedAt),
    { fileName: `cong-bao-so-${issue.number}-${issue.year}.pdf`, contentType: 'application/pdf' },
  );
  await runTransaction([replaceVersioned(issueItem({ ...issue, files: { html, pdf } }), issue.version)]);
  return { html, pdf };
}

/** The archived copies of each document's files (same bytes, same SHA-256, archive keys). */
export async function archivedDocumentFiles(issue: GazetteIssue): Promise<Map<string, ArchivedFiles>> {
  const files = new Map<string, ArchivedFiles>();
  const number = issue.number;
  if (!number) return files;
  for (const { document } of await documentsOf(issue)) {
    files.set(document.id, {
      file: { ...document.file, key: archivedDocumentKey(issue.year, number, document) },
      attachments: document.attachments.map((attachment, index) => ({
        ...attachment,
        key: archivedAttachmentKey(issue.year, number, document, index, attachment.key),
      })),
    });
  }
  return files;
}
