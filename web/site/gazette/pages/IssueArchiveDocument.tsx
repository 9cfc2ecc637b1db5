import { type DocumentMetadata, documentFieldLabels, type GazetteIssue } from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { gazetteLabels as text } from '../../i18n.ts';
import { documentTitle, documentTypeName, firstPage, formatIsoDate, formatLongDateVi } from '../format.ts';

/** What the archive file says about each document: its metadata, not its text (that is in the PDF). */
export type ArchiveDocument = Omit<DocumentMetadata, 'field'> & {
  /** Pages of the issue the document occupies, `3-7`. */
  pages: string;
  field?: DocumentMetadata['field'] | undefined;
};

/** The issue as it stands when its files are made: numbered, not yet carrying the files themselves. */
export type ArchiveIssue = Omit<GazetteIssue, 'number'> & { number: number };

export type IssueArchiveModel = {
  issue: ArchiveIssue;
  documents: ArchiveDocument[];
  /** The publication instant; the only date in the file, so the same issue always gives the same bytes. */
  publishedAt: string;
  /** The portal's address, written out as text (the file links nowhere). */
  baseUrl: string;
};

/**
 * The archive's own style: a printed gazette's look (serif type, red masthead) in one inline sheet, so
 * the file needs nothing else to be read decades from now. Contrast: #a61b1b on white 7.0:1, #444 9.7:1.
 */
const archiveCss = `
*{box-sizing:border-box}
html{background:#fff;color:#111}
body{margin:0 auto;max-width:52rem;padding:1.5rem 1rem 3rem;font-family:"Times New Roman",Times,"Noto Serif","Liberation Serif",serif;font-size:1.0625rem;line-height:1.55}
.masthead{text-align:center;border-bottom:3px double #a61b1b;padding-bottom:1rem;margin-bottom:1.5rem}
.masthead p{margin:.25rem 0}
.masthead__issuer{font-weight:700;text-transform:uppercase;letter-spacing:.03em}
h1{margin:.5rem 0;color:#a61b1b;line-height:1.1}
.masthead__name{display:block;font-size:2.75rem;text-transform:uppercase;letter-spacing:.12em}
.masthead__province{display:block;font-size:1.375rem;text-transform:uppercase;letter-spacing:.06em}
.masthead__issue{font-weight:700;font-size:1.125rem}
.masthead__subject{font-style:italic}
h2{font-size:1.25rem;text-transform:uppercase;text-align:center;letter-spacing:.04em;margin:2rem 0 1rem}
h3{font-size:1.125rem;margin:0 0 .5rem}
table{width:100%;border-collapse:collapse}
caption{text-align:left;font-style:italic;padding-bottom:.5rem}
th,td{text-align:left;vertical-align:top;padding:.375rem .25rem;border-bottom:1px dotted #777}
thead th{border-bottom:1px solid #111}
tbody th[scope=rowgroup]{text-transform:uppercase;font-size:.9375rem;padding-top:1rem;border-bottom:1px solid #111}
.page{text-align:right;white-space:nowrap;width:5rem}
a{color:#111}
.document{border-top:1px solid #111;padding:1rem 0 .5rem;break-inside:avoid}
.abstract{font-weight:700}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.125rem 1rem;margin:0 0 .75rem}
dt{font-weight:700}
dd{margin:0}
.full-text{font-style:italic;color:#444}
.colophon{border-top:3px double #a61b1b;margin-top:2rem;padding-top:.75rem;font-size:.9375rem;color:#444}
.colophon p{margin:.25rem 0}
.url{overflow-wrap:anywhere}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{body{max-width:none;padding:0}a{text-decoration:none}}
`;

/** Documents in page order; the caller's order does not matter. */
function inPageOrder(documents: ArchiveDocument[]): ArchiveDocument[] {
  return [...documents].sort((a, b) => firstPage(a.pages) - firstPage(b.pages));
}

/** Consecutive documents from the same body, as a printed gazette's contents group them. */
function groupByIssuer(documents: { document: ArchiveDocument; anchor: string }[]) {
  const groups: { issuingBody: string; items: typeof documents }[] = [];
  for (const item of documents) {
    const last = groups[groups.length - 1];
    if (last && last.issuingBody === item.document.issuingBody) last.items.push(item);
    else groups.push({ issuingBody: item.document.issuingBody, items: [item] });
  }
  return groups;
}

/**
 * The issue's self-contained HTML file, stored write-once in the archive with the PDF: front matter,
 * table of contents and each document's metadata. One file, inline style, no script, no image, no link
 * out of the file (the portal's address is text), no clock: it renders the same bytes for the same issue,
 * so its SHA-256 can be recomputed and checked.
 */
export function IssueArchiveDocument({ issue, documents, publishedAt, baseUrl }: IssueArchiveModel) {
  const heading = text.issueHeading(issue.number, issue.year);
  const ordered = inPageOrder(documents).map((document, index) => ({
    document,
    anchor: `van-ban-${index + 1}`,
  }));
  const issueUrl = `${baseUrl.replace(/\/+$/, '')}${sitePaths.gazetteIssue(issue.year, issue.number)}`;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{heading}</title>
        <meta name="description" content={`${heading}: ${issue.title}`} />
        <style dangerouslySetInnerHTML={{ __html: archiveCss }} />
      </head>
      <body>
        <header class="masthead">
          <p class="masthead__issuer">{text.archiveIssuer}</p>
          <h1>
            <span class="masthead__name">{text.archiveMasthead}</span>{' '}
            <span class="masthead__province">{text.archiveProvince}</span>
          </h1>
          <p class="masthead__issue">
            {text.issueLabel(issue.number, issue.year)} —{' '}
            <time datetime={publishedAt}>{formatLongDateVi(publishedAt)}</time>
          </p>
          <p class="masthead__subject">{issue.title}</p>
        </header>
        <main>
          <section aria-labelledby="muc-luc">
            <h2 id="muc-luc">{text.contents}</h2>
            <table>
              <caption>{text.contentsCaption(issue.number, issue.year)}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.documents}</th>
                  <th scope="col" class="page">
                    {text.colPages}
                  </th>
                </tr>
              </thead>
              {groupByIssuer(ordered).map((group) => (
                <tbody>
                  <tr>
                    <th scope="rowgroup" colspan={2}>
                      {group.issuingBody}
                    </th>
                  </tr>
                  {group.items.map(({ document, anchor }) => (
                    <tr>
                      <td>
                        <a href={`#${anchor}`}>{documentTitle(document)}</a>{' '}
                        {text.dated(formatIsoDate(document.issueDate))}: {document.abstract}
                      </td>
                      <td class="page">{document.pages}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </section>
          <section aria-labelledby="cac-van-ban">
            <h2 id="cac-van-ban">{text.archiveDocuments}</h2>
            {ordered.map(({ document, anchor }) => (
              <article class="document" id={anchor} aria-labelledby={`${anchor}-title`}>
                <h3 id={`${anchor}-title`}>{documentTitle(document)}</h3>
                <p class="abstract">{document.abstract}</p>
                <dl>
                  <dt>{text.numberSymbol}</dt>
                  <dd>{document.numberSymbol}</dd>
                  <dt>{text.documentType}</dt>
                  <dd>{documentTypeName(document.documentType)}</dd>
                  <dt>{text.issuingBody}</dt>
                  <dd>{document.issuingBody}</dd>
                  <dt>{text.signer}</dt>
                  <dd>{document.signer}</dd>
                  <dt>{text.issueDate}</dt>
                  <dd>{formatIsoDate(document.issueDate)}</dd>
                  <dt>{text.effectiveDate}</dt>
                  <dd>{formatIsoDate(document.effectiveDate)}</dd>
                  {document.field ? (
                    <>
                      <dt>{text.field}</dt>
                      <dd>{documentFieldLabels[document.field].vi}</dd>
                    </>
                  ) : null}
                  <dt>{text.colPages}</dt>
                  <dd>{document.pages}</dd>
                </dl>
                <p class="full-text">{text.archiveFullText(document.pages)}</p>
              </article>
            ))}
          </section>
        </main>
        <footer class="colophon">
          <p>
            {text.gazetteName} — {text.issueLabel(issue.number, issue.year)}. {text.archivePublisher}.
          </p>
          <p>
            {text.archiveElectronic} <span class="url">{issueUrl}</span>
          </p>
          <p>{text.archiveNote}</p>
        </footer>
      </body>
    </html>
  );
}
