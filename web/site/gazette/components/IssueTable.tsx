import type { PublishedIssue } from '#shared/domain/gazette.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { PublishedTime } from '../../components/PublishedTime.tsx';
import { gazetteLabels as text } from '../../i18n.ts';
import { DataTable } from './DataTable.tsx';

/** Issues newest first: by publication, then by number (numbers run per year, without gaps). */
export function newestIssuesFirst(issues: PublishedIssue[]): PublishedIssue[] {
  return [...issues].sort(
    (a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.year - a.year || b.number - a.number,
  );
}

/** A list of issues: number (linking the issue), date, title and how many documents each carries. */
export function IssueTable({
  id,
  caption,
  issues,
}: {
  id: string;
  caption: string;
  issues: PublishedIssue[];
}) {
  return (
    <DataTable id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{text.colIssue}</th>
          <th scope="col">{text.colPublished}</th>
          <th scope="col">{text.colIssueTitle}</th>
          <th scope="col" class="num">
            {text.colDocumentCount}
          </th>
        </tr>
      </thead>
      <tbody>
        {newestIssuesFirst(issues).map((issue) => (
          <tr>
            <th scope="row" class="nowrap">
              <a href={sitePaths.gazetteIssue(issue.year, issue.number)}>
                {text.issueLabel(issue.number, issue.year)}
              </a>
            </th>
            <td class="nowrap">
              <PublishedTime instant={issue.publishedAt} language="vi" />
            </td>
            <td>{issue.title}</td>
            <td class="num">{issue.entries.length}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
