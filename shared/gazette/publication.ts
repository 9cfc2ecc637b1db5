import { activityOf, countActivityEvent } from '#shared/data/activity.ts';
import { recordAudit } from '#shared/data/audit.ts';
import { documentWrites, issueWrites } from '#shared/data/gazette.ts';
import { runTransaction } from '#shared/data/transactions.ts';
import {
  documentMetadataOf,
  documentSlug,
  type PublishedDocument,
  statusAfter,
} from '#shared/domain/gazette.ts';
import { requestPublication } from '#shared/publication/publisher-port.ts';
import * as scheduler from '#shared/publication/scheduler.ts';
import { dateInVietnam, startOfDayInVietnam } from '#shared/time/vietnam.ts';
import { archivedFilesOf } from './archive.ts';
import { documentsOf } from './issue-files.ts';
import { loadIssue } from './issues.ts';
import { relationWrites } from './relations.ts';
import { systemSteps } from './workflow/actor.ts';

/**
 * The publish-issue step: the issue and every document in it become public in one transaction (the
 * legal-document database entries point at the archived files), together with the relations its documents
 * record on earlier ones (their status in force follows), then the publisher renders the pages.
 */
export async function publishIssue(issueId: string): Promise<{ published: true; already: boolean }> {
  const issue = await loadIssue(issueId);
  if (issue.status !== 'published') await makePublic(issueId);
  await scheduleStatusChanges(issueId);
  // The pages are re-rendered on every run of this step: cheap, and it repairs a publisher failure.
  await requestPublication({ type: 'gazette-published', issueId });
  return { published: true, already: issue.status === 'published' };
}

async function makePublic(issueId: string): Promise<void> {
  const issue = await loadIssue(issueId);
  if (!issue.number || !issue.files) throw new Error(`issue ${issueId} is not numbered and rendered yet`);
  const numbered = { ...issue, number: issue.number };
  const at = new Date().toISOString();
  const documents = await documentsOf(issue);
  const location = `Công báo số ${numbered.number}/${issue.year}`;
  const entries = documents.map(({ document, pages }) => {
    const published: PublishedDocument = {
      ...documentMetadataOf(document),
      ...archivedFilesOf(numbered, document),
      id: document.id,
      slug: documentSlug(document.numberSymbol, document.issueDate),
      agencyId: document.agencyId,
      relations: document.relations,
      relatedBy: [],
      issue: { id: issue.id, year: issue.year, number: numbered.number, pages },
      publishedAt: at,
      version: 1,
    };
    return { document, pages, published };
  });
  // The documents this issue amends, repeals, suspends, corrects or declares expired change with it.
  const related = await relationWrites(
    entries.map((entry) => entry.published),
    at,
  );
  await runTransaction([
    issueWrites.replace({ ...issue, status: 'published', publishedAt: at, updatedAt: at }, issue.version),
    issueWrites.markYear(issue.year),
    ...entries.flatMap(({ document, pages, published }) => {
      return [
        documentWrites.replace(
          {
            ...document,
            status: 'published',
            publication: { year: issue.year, number: numbered.number, pages },
            updatedAt: at,
          },
          document.version,
        ),
        documentWrites.putPublished(published),
        recordAudit(
          { type: 'LegalDocument', id: document.id },
          systemSteps,
          'publish',
          { fromStatus: document.status, toStatus: 'published', note: `${location}, trang ${pages}` },
          at,
        ),
      ];
    }),
    recordAudit(
      { type: 'GazetteIssue', id: issueId },
      systemSteps,
      'publish',
      { fromStatus: issue.status, toStatus: 'published', note: `số ${numbered.number}/${issue.year}` },
      at,
    ),
    ...related.writes,
    countActivityEvent(activityOf.gazetteIssuePublished({ publishedAt: at, documents: entries.length })),
  ]);
}

export const statusScheduleName = (documentId: string, day: string) =>
  `gazette-status-${documentId}-${day.replaceAll('-', '')}`;

/**
 * Pages are files: a status in force that changes on a later day (a document effective next month, an
 * amendment that takes effect later) would stay as rendered. So each such day gets a one-time schedule
 * that renders the page again then (named per document and day: scheduling again replaces it).
 */
async function scheduleStatusChanges(issueId: string): Promise<void> {
  const issue = await loadIssue(issueId);
  const today = dateInVietnam(new Date());
  const due = new Map<string, { documentId: string; day: string }>();
  for (const { document } of await documentsOf(issue)) {
    const days = [
      { documentId: document.id, day: document.effectiveDate },
      ...document.relations
        .filter((relation) => statusAfter(relation))
        .map((relation) => ({ documentId: relation.target.id, day: document.effectiveDate })),
    ];
    for (const change of days) {
      if (change.day > today) due.set(statusScheduleName(change.documentId, change.day), change);
    }
  }
  for (const [name, change] of due) {
    await scheduler.schedule({
      name,
      at: startOfDayInVietnam(change.day),
      target: 'publisher',
      event: { type: 'document-status-due', documentId: change.documentId },
    });
  }
}
