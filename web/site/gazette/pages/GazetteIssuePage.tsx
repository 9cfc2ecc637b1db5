import type { PublishedDocument, PublishedIssue } from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { formatDateTimeVi } from '#shared/time/vietnam.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { JsonLd } from '../../components/JsonLd.tsx';
import { Layout } from '../../components/Layout.tsx';
import { OpenGraph } from '../../components/OpenGraph.tsx';
import { PublishedTime } from '../../components/PublishedTime.tsx';
import { absoluteUrl, type SiteContext } from '../../context.ts';
import { gazetteLabels as text } from '../../i18n.ts';
import { portal } from '../../portal.ts';
import { IssueContentsTable } from '../components/DocumentTables.tsx';
import { FileList, VerifyNote } from '../components/FileList.tsx';
import { publicationIssueJsonLd } from '../structured-data.ts';

/**
 * One gazette issue: its number and date, its table of contents (each document linking to its page in
 * the legal-document database) and its archived PDF and HTML files with their SHA-256.
 */
export function GazetteIssuePage({
  ctx,
  issue,
  documents,
}: {
  ctx: SiteContext;
  issue: PublishedIssue;
  documents: PublishedDocument[];
}) {
  const path = sitePaths.gazetteIssue(issue.year, issue.number);
  const heading = text.issueHeading(issue.number, issue.year);
  const citation = text.issueLabel(issue.number, issue.year);
  const cited = text.publishedInIssue(issue.number, issue.year);
  const description = `${heading}: ${issue.title}`;
  return (
    <Layout
      ctx={ctx}
      language="vi"
      title={`${heading} | ${portal.shortName.vi}`}
      description={description}
      // The gazette is published in Vietnamese only.
      alternatePath={sitePaths.home('en')}
      links={{ canonicalPath: path }}
      head={
        <>
          <OpenGraph
            language="vi"
            type="website"
            title={heading}
            description={description}
            url={absoluteUrl(ctx, path)}
          />
          <JsonLd data={publicationIssueJsonLd(ctx, issue, documents)} />
        </>
      }
    >
      <Breadcrumb
        language="vi"
        trail={[
          { name: text.gazette, path: sitePaths.gazetteHome() },
          { name: text.yearCrumb(issue.year), path: sitePaths.gazetteYear(issue.year) },
        ]}
        current={citation}
      />
      <div class="gazette">
        <header class="gazette-issue__header">
          <h1>{heading}</h1>
          <p class="gazette-issue__title">{issue.title}</p>
          <p class="gazette-issue__meta">
            <span>
              {text.publishedOn}: <PublishedTime instant={issue.publishedAt} language="vi" />
            </span>
            <span>{text.documentCount(issue.entries.length)}</span>
          </p>
        </header>
        <section class="block" aria-labelledby="issue-contents-title">
          <h2 class="block__title" id="issue-contents-title">
            {text.contents}
          </h2>
          <IssueContentsTable issue={issue} documents={documents} />
        </section>
        <section class="block" aria-labelledby="issue-files-title">
          <h2 class="block__title" id="issue-files-title">
            {text.files}
          </h2>
          <FileList
            files={[
              { label: `${text.issuePdf} ${cited}`, file: issue.files.pdf },
              { label: `${text.issueHtml} ${cited}`, file: issue.files.html },
            ]}
          />
          <VerifyNote />
        </section>
        <section class="block signature" aria-labelledby="issue-signature-title">
          <h2 class="block__title" id="issue-signature-title">
            {text.signatureTitle}
          </h2>
          <p class="legal-value">{text.legalValue}</p>
          {issue.signature ? (
            <>
              <p>{text.signatureIntro}</p>
              <dl class="doc-fields signature__fields">
                <dt>{text.signatureSigner}</dt>
                <dd>{issue.signature.signer}</dd>
                <dt>{text.signatureTime}</dt>
                <dd>
                  <time datetime={issue.signature.signedAt}>
                    {text.signedAtTime(formatDateTimeVi(issue.signature.signedAt))}
                  </time>
                </dd>
                <dt>{text.signatureSubject}</dt>
                <dd>{issue.signature.subject}</dd>
                <dt>{text.signatureIssuer}</dt>
                <dd>{issue.signature.issuer}</dd>
                <dt>{text.signatureFingerprint}</dt>
                <dd class="file__hash">
                  <code>{issue.signature.certificateSha256}</code>
                </dd>
                <dt>{text.signatureSerial}</dt>
                <dd>
                  <code>{issue.signature.certificateSerial}</code>
                </dd>
                <dt>{text.sha256} PDF</dt>
                <dd class="file__hash">
                  <code>{issue.files.pdf.sha256}</code>
                </dd>
              </dl>
            </>
          ) : (
            <p>{text.unsignedIssue}</p>
          )}
        </section>
        <section class="block prose" aria-labelledby="issue-verify-title">
          <h2 class="block__title" id="issue-verify-title">
            {text.verifyTitle}
          </h2>
          <ol>
            {text.verifySteps.map((step) => (
              <li>{step}</li>
            ))}
          </ol>
        </section>
        <p>
          <a href={sitePaths.legalDocuments()}>{text.toDatabase}</a>
        </p>
      </div>
    </Layout>
  );
}
