import { readEnv } from '#shared/config/env.ts';
import { getDocument, getIssue, issueWrites } from '#shared/data/gazette.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import {
  documentMetadataOf,
  type GazetteIssue,
  type LegalDocument,
  type StoredFile,
} from '#shared/domain/gazette.ts';
import { renderIssueArchiveHtml } from '#web/site/gazette/render.ts';
import { archivedFilesOf, archivedIssueKey, archiveUpload, putArchiveFile } from './archive.ts';

/**
 * The render-issue step: the issue's HTML and PDF and each document's signed file, into the write-once
 * archive with their SHA-256. Deterministic for a given issue, so a retry writes nothing new.
 */
export async function documentsOf(
  issue: GazetteIssue,
): Promise<{ document: LegalDocument; pages: string }[]> {
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
  const metadata = documents.map(({ document, pages }) => ({ ...documentMetadataOf(document), pages }));
  for (const { document } of documents) {
    const archived = archivedFilesOf(numbered, document);
    await archiveUpload(document.file, archived.file.key);
    for (const [index, attachment] of document.attachments.entries()) {
      const target = archived.attachments[index];
      if (target) await archiveUpload(attachment, target.key);
    }
  }
  const name = `cong-bao-so-${issue.number}-${issue.year}`;
  const html = await putArchiveFile(
    archivedIssueKey(numbered, 'html'),
    Buffer.from(
      renderIssueArchiveHtml({
        issue: numbered,
        documents: metadata,
        publishedAt,
        baseUrl: readEnv().PUBLIC_BASE_URL,
      }),
      'utf8',
    ),
    { fileName: `${name}.html`, contentType: 'text/html; charset=utf-8' },
  );
  // pdfkit and its fonts load only when an issue is rendered: the gazette API never pays for them.
  const { renderIssuePdf } = await import('./issue-pdf.ts');
  const pdf = await putArchiveFile(
    archivedIssueKey(numbered, 'pdf'),
    await renderIssuePdf(numbered, metadata, publishedAt),
    { fileName: `${name}.pdf`, contentType: 'application/pdf' },
  );
  await runTransaction([issueWrites.replace({ ...issue, files: { html, pdf } }, issue.version)]);
  return { html, pdf };
}
