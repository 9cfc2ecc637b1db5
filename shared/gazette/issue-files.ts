import { readEnv } from '#shared/config/env.ts';
import { getDocument, getIssue, issueWrites } from '#shared/data/gazette.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import {
  documentMetadataOf,
  type GazetteIssue,
  type IssueSignature,
  type LegalDocument,
  type StoredFile,
} from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { renderIssueArchiveHtml } from '#web/site/gazette/render.ts';
import { archivedFilesOf, archivedIssueKey, archiveUpload, putArchiveFile } from './archive.ts';
import type { EmbeddedFile, IssuePdfDocument } from './issue-pdf.ts';

/**
 * The render-issue step: each document's files, the issue's HTML and its signed PDF, into the write-once
 * archive with their SHA-256.
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

/**
 * Archives each document's files (signed original, editable copy, annexes), then the issue's HTML and its
 * signed PDF, and records them with the signature. A retried step finds the files recorded, or renders
 * and signs the same bytes again (every date in the PDF, the signing time included, is the publication
 * instant), which the write-once archive accepts as done.
 */
export async function renderIssueFiles(
  issueId: string,
): Promise<{ files: { html: StoredFile; pdf: StoredFile }; signature: IssueSignature }> {
  const issue = await getIssue(issueId);
  if (!issue?.number) throw new Error(`issue ${issueId} has no number yet`);
  if (issue.files && issue.signature) return { files: issue.files, signature: issue.signature };
  const numbered = { ...issue, number: issue.number };
  const publishedAt = issue.publishAt ?? issue.updatedAt;
  const documents = await documentsOf(issue);
  const pdfDocuments: IssuePdfDocument[] = [];
  for (const { document, pages } of documents) {
    const archived = archivedFilesOf(numbered, document);
    const original = await archiveUpload(document.file, archived.file.key);
    const embedded: EmbeddedFile[] = [];
    if (document.editableFile && archived.editableFile) {
      embedded.push({
        fileName: archived.editableFile.key.slice(archived.editableFile.key.lastIndexOf('/') + 1),
        bytes: await archiveUpload(document.editableFile, archived.editableFile.key),
        contentType: document.editableFile.contentType,
        description: `Bản có thể chỉnh sửa của văn bản số ${document.numberSymbol}`,
      });
    }
    for (const [index, attachment] of document.attachments.entries()) {
      const target = archived.attachments[index];
      if (!target) continue;
      embedded.push({
        fileName: target.key.slice(target.key.lastIndexOf('/') + 1),
        bytes: await archiveUpload(attachment, target.key),
        contentType: attachment.contentType,
        description: `Phụ lục ${index + 1} của văn bản số ${document.numberSymbol} (${attachment.fileName})`,
      });
    }
    pdfDocuments.push({ ...documentMetadataOf(document), pages, original, embedded });
  }
  const name = `cong-bao-so-${issue.number}-${issue.year}`;
  const baseUrl = readEnv().PUBLIC_BASE_URL;
  const html = await putArchiveFile(
    archivedIssueKey(numbered, 'html'),
    Buffer.from(
      renderIssueArchiveHtml({
        issue: numbered,
        documents: pdfDocuments.map(({ original: _o, embedded: _e, ...metadata }) => metadata),
        publishedAt,
        baseUrl,
      }),
      'utf8',
    ),
    { fileName: `${name}.html`, contentType: 'text/html; charset=utf-8' },
  );
  // pdfkit, pdf-lib, PKIjs and the fonts load only when an issue is rendered: the gazette API never pays.
  const [{ renderIssuePdf }, { signPdf, signatureOf }, { gazetteSigner }] = await Promise.all([
    import('./issue-pdf.ts'),
    import('./signing/pades.ts'),
    import('./signing/port.ts'),
  ]);
  const signer = await gazetteSigner();
  const signature = await signatureOf(signer, new Date(publishedAt).toISOString());
  const prepared = await renderIssuePdf(numbered, pdfDocuments, publishedAt, {
    signer: signature.signer,
    signedAt: signature.signedAt,
    certificateSha256: signature.certificateSha256,
    verifyUrl: `${baseUrl.replace(/\/$/, '')}${sitePaths.gazetteIssue(issue.year, issue.number)}`,
  });
  const pdf = await putArchiveFile(archivedIssueKey(numbered, 'pdf'), await signPdf(prepared, signer), {
    fileName: `${name}.pdf`,
    contentType: 'application/pdf',
  });
  await runTransaction([issueWrites.replace({ ...issue, files: { html, pdf }, signature }, issue.version)]);
  return { files: { html, pdf }, signature };
}
