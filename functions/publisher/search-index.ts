import { randomUUID } from 'node:crypto';
import { getPublishedBySlug, listAllPublished } from '#shared/data/articles.ts';
import { getConsultation, listConsultations } from '#shared/data/consultations.ts';
import { getDialogue, listDialogues } from '#shared/data/dialogues.ts';
import { getDisclosure, listPublishedDisclosures } from '#shared/data/disclosures.ts';
import { getPublishedFeedback, listPublishedFeedback, nextQaOrdinal } from '#shared/data/feedback.ts';
import {
  getIssue,
  getPublishedDocument,
  listGazetteYears,
  listPublishedDocuments,
  listPublishedIssuesOfYear,
} from '#shared/data/gazette.ts';
import { units } from '#shared/data/organisation.ts';
import { getPublishedPage, listPublishedPages } from '#shared/data/pages.ts';
import { acquireSearchIndexLease, releaseSearchIndexLease } from '#shared/data/search-index.ts';
import { type PublishedDocument, type PublishedIssue, publishedIssueSchema } from '#shared/domain/gazette.ts';
import type { PageChange } from '#shared/domain/page.ts';
import type { PublicationChange } from '#shared/domain/publication.ts';
import { logger } from '#shared/observability/logger.ts';
import {
  type IndexUpdate,
  rebuildIndex,
  type UpdateReport,
  updateIndex,
} from '#shared/search/index-writer.ts';
import {
  articleDescriptor,
  articleKey,
  consultationDescriptor,
  dialogueDescriptor,
  disclosureDescriptor,
  disclosureKey,
  feedbackAnswerDescriptor,
  feedbackAnswerKey,
  gazetteIssueDescriptor,
  legalDocumentDescriptor,
  pageDescriptor,
  pageKey,
  unitDescriptor,
} from '#shared/search/kinds.ts';
import { describe, type SearchRecord } from '#shared/search/records.ts';
import { SEARCH_INDEX_PREFIX, s3PieceStore } from '#shared/search/store.ts';

/**
 * What a publication changes in the search index, per kind, from the records the pages were rendered
 * from; and the records of everything public, for a full rebuild.
 */
export const searchManifestPath = () => `/${SEARCH_INDEX_PREFIX}/manifest.json`;

export async function articleSearchUpdate(changes: PublicationChange[]): Promise<IndexUpdate> {
  const update: IndexUpdate = { upsert: [], remove: [] };
  for (const change of changes) {
    if (change.before && (!change.after || change.after.slug !== change.before.slug))
      update.remove.push(articleKey(change.before.language, change.before.slug));
    if (change.after) {
      const article = await getPublishedBySlug(change.after.language, change.after.slug);
      if (article) update.upsert.push(describe(articleDescriptor, article));
    }
  }
  return update;
}

function issueRecord(issue: PublishedIssue, documents: PublishedDocument[]): SearchRecord {
  return describe(gazetteIssueDescriptor, { issue, documents });
}

export async function gazetteIssueSearchUpdate(issueId: string): Promise<IndexUpdate> {
  const issue = publishedIssueSchema.parse(await getIssue(issueId));
  const documents = (
    await Promise.all(issue.entries.map((entry) => getPublishedDocument(entry.documentId)))
  ).filter((document): document is PublishedDocument => document !== undefined);
  return {
    upsert: [
      issueRecord(issue, documents),
      ...documents.map((document) => describe(legalDocumentDescriptor, document)),
    ],
    remove: [],
  };
}

export async function feedbackSearchUpdate(feedbackId: string): Promise<IndexUpdate> {
  const answer = await getPublishedFeedback(feedbackId);
  return answer
    ? { upsert: [describe(feedbackAnswerDescriptor, answer)], remove: [] }
    : { upsert: [], remove: [feedbackAnswerKey(feedbackId)] };
}

export async function consultationSearchUpdate(consultationId: string): Promise<IndexUpdate> {
  const consultation = await getConsultation(consultationId);
  return { upsert: consultation ? [describe(consultationDescriptor, consultation)] : [], remove: [] };
}

/** A record in both languages while published; out of the index otherwise. */
export async function disclosureSearchUpdate(disclosureId: string): Promise<IndexUpdate> {
  const record = await getDisclosure(disclosureId);
  if (record?.status !== 'published')
    return { upsert: [], remove: [disclosureKey('vi', disclosureId), disclosureKey('en', disclosureId)] };
  return {
    upsert: (['vi', 'en'] as const).map((language) => describe(disclosureDescriptor, { record, language })),
    remove: [],
  };
}

/** Managed pages that went live, were revised or came down: the live revision while live, out otherwise. */
export async function pageSearchUpdate(changes: PageChange[]): Promise<IndexUpdate> {
  const update: IndexUpdate = { upsert: [], remove: [] };
  for (const pageId of new Set(changes.map((change) => change.pageId))) {
    const page = await getPublishedPage(pageId);
    if (page) update.upsert.push(describe(pageDescriptor, page));
    else update.remove.push(pageKey(pageId));
  }
  return update;
}

export async function dialogueSearchUpdate(dialogueId: string): Promise<IndexUpdate> {
  const dialogue = await getDialogue(dialogueId);
  return { upsert: dialogue ? [describe(dialogueDescriptor, dialogue)] : [], remove: [] };
}

/** Every public item, as the index describes it. */
export async function allSearchRecords(): Promise<SearchRecord[]> {
  const records: SearchRecord[] = [];
  for (const language of ['vi', 'en'] as const)
    for (const article of await listAllPublished(language))
      records.push(describe(articleDescriptor, article));
  const documents = await listPublishedDocuments();
  for (const document of documents) records.push(describe(legalDocumentDescriptor, document));
  const byId = new Map(documents.map((document) => [document.id, document]));
  for (const year of await listGazetteYears())
    for (const issue of await listPublishedIssuesOfYear(year))
      records.push(
        issueRecord(
          issue,
          issue.entries
            .map((entry) => byId.get(entry.documentId))
            .filter((document): document is PublishedDocument => document !== undefined),
        ),
      );
  const latestAnswer = (await nextQaOrdinal({ kind: 'all' })) - 1;
  if (latestAnswer >= 0)
    for (const answer of await listPublishedFeedback({ kind: 'all' }, 0, latestAnswer))
      records.push(describe(feedbackAnswerDescriptor, answer));
  for (const consultation of await listConsultations())
    records.push(describe(consultationDescriptor, consultation));
  for (const dialogue of await listDialogues()) records.push(describe(dialogueDescriptor, dialogue));
  for (const record of await listPublishedDisclosures())
    for (const language of ['vi', 'en'] as const)
      records.push(describe(disclosureDescriptor, { record, language }));
  for (const language of ['vi', 'en'] as const)
    for (const page of await listPublishedPages(language)) records.push(describe(pageDescriptor, page));
  // The organisation's units are reference data: their pages, and their records, change at a full rebuild.
  const at = new Date().toISOString();
  for (const unit of await units.list())
    for (const language of unit.nameEn.trim() === '' ? (['vi'] as const) : (['vi', 'en'] as const))
      records.push(describe(unitDescriptor, { unit, language, at }));
  return records;
}

// Updates read the manifest and write it back: one at a time, in this process (a queue) and across
// publishers (a lease in the table, shared/data/search-index.ts).
let queue: Promise<unknown> = Promise.resolve();
const LEASE_MS = 120_000;
const WAIT_MS = 60_000;

async function underLease<T>(work: () => Promise<T>): Promise<T> {
  const owner = randomUUID();
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    const now = new Date();
    if (await acquireSearchIndexLease(owner, now, new Date(now.getTime() + LEASE_MS))) break;
    if (Date.now() - started > WAIT_MS) throw new Error('search index lease not obtained');
    await new Promise((resolve) => setTimeout(resolve, Math.min(500, 25 * 2 ** attempt)));
  }
  try {
    return await work();
  } finally {
    await releaseSearchIndexLease(owner);
  }
}

function serialised<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(
    () => underLease(work),
    () => underLease(work),
  );
  queue = run.catch(() => undefined);
  return run;
}

export function applySearchUpdate(update: IndexUpdate): Promise<UpdateReport> {
  if (update.upsert.length === 0 && update.remove.length === 0)
    return Promise.resolve({ written: [], compacted: false });
  return serialised(async () => {
    const report = await updateIndex(s3PieceStore, update);
    logger.info('search index updated', { pieces: report.written.length, compacted: report.compacted });
    return report;
  });
}

export function rebuildSearchIndex(): Promise<{ pieces: number; bytes: number }> {
  return serialised(async () => rebuildIndex(s3PieceStore, await allSearchRecords()));
}
