import {
  type IssueEntry,
  type PublishedDocument,
  type PublishedIssue,
  statusInForceOn,
} from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { gazetteLabels as text } from '../../i18n.ts';
import { documentTypeName, firstPage, formatIsoDate } from '../format.ts';
import { DataTable } from './DataTable.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/**
 * An issue's table of contents, in page order. Each row's header is the document's number/symbol, which
 * links to the document's page in the legal-document database (when the database has it).
 */
export function IssueContentsTable({
  issue,
  documents,
}: {
  issue: PublishedIssue;
  documents: PublishedDocument[];
}) {
  const slugs = new Map(documents.map((document) => [document.id, document.slug]));
  const entries: IssueEntry[] = [...issue.entries].sort((a, b) => firstPage(a.pages) - firstPage(b.pages));
  return (
    <DataTable
      id="issue-contents"
      caption={text.contentsCaption(issue.number, issue.year)}
      captionVisible={false}
      wide
    >
      <thead>
        <tr>
          <th scope="col">{text.colNumberSymbol}</th>
          <th scope="col">{text.colType}</th>
          <th scope="col">{text.colAbstract}</th>
          <th scope="col">{text.colIssuingBody}</th>
          <th scope="col" class="num">
            {text.colPages}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const slug = slugs.get(entry.documentId);
          return (
            <tr>
              <th scope="row" class="nowrap">
                {slug ? <a href={sitePaths.legalDocument(slug)}>{entry.numberSymbol}</a> : entry.numberSymbol}
              </th>
              <td class="nowrap">{documentTypeName(entry.documentType)}</td>
              <td>{entry.abstract}</td>
              <td>{entry.issuingBody}</td>
              <td class="num">{entry.pages}</td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

/** Documents found in the database: the table of contents' columns plus issue date, issue and status. */
export function DocumentResultsTable({
  caption,
  documents,
  today,
}: {
  caption: string;
  documents: PublishedDocument[];
  /** The day the status in force is given for (`YYYY-MM-DD`). */
  today: string;
}) {
  return (
    <DataTable id="document-results" caption={caption} captionVisible={false} wide>
      <thead>
        <tr>
          <th scope="col">{text.colNumberSymbol}</th>
          <th scope="col">{text.colIssueDate}</th>
          <th scope="col">{text.colType}</th>
          <th scope="col">{text.colAbstract}</th>
          <th scope="col">{text.colIssuingBody}</th>
          <th scope="col">{text.colPublication}</th>
          <th scope="col">{text.colStatus}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr>
            <th scope="row" class="nowrap">
              <a href={sitePaths.legalDocument(document.slug)}>{document.numberSymbol}</a>
            </th>
            <td class="nowrap">
              <time datetime={document.issueDate}>{formatIsoDate(document.issueDate)}</time>
            </td>
            <td class="nowrap">{documentTypeName(document.documentType)}</td>
            <td>{document.abstract}</td>
            <td>{document.issuingBody}</td>
            <td class="nowrap">
              <a href={sitePaths.gazetteIssue(document.issue.year, document.issue.number)}>
                {text.issueLabel(document.issue.number, document.issue.year)}
              </a>
              , {text.pages(document.issue.pages)}
            </td>
            <td>
              <StatusBadge status={statusInForceOn(document, today)} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
