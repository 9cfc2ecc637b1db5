import { listPageSummaries } from '#shared/data/pages.ts';
import { systemActor } from '#shared/domain/audit.ts';
import type { DisclosurePosition } from '#shared/domain/disclosure.ts';
import type { MenuId } from '#shared/domain/menu.ts';
import type { PageChange } from '#shared/domain/page.ts';
import type { PublicationChange } from '#shared/domain/publication.ts';
import { publishScheduled } from '#shared/editorial/article-service.ts';
import { logger } from '#shared/observability/logger.ts';
import type { IndexUpdate } from '#shared/search/index-writer.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { type ManagedPageRef, managedPagePath, menuTouches, pageTouches } from '#shared/site/page-touches.ts';
import { invalidationPaths, type PageRef, pathOf, touchedPages } from '#shared/site/touched-pages.ts';
import { menuOf } from '#web/site/menus.ts';
import { renderPage, tableReads } from './article-pages.ts';
import { consultationAdoptionPages, consultationChangePages } from './consultation-pages.ts';
import { dialogueChangePages, dialogueStatusPages } from './dialogue-pages.ts';
import { disclosureChangePages } from './disclosure-pages.ts';
import { feedbackAnswerPages, feedbackFrontPages } from './feedback-pages.ts';
import { correctedDocumentPages, gazetteIssuePages } from './gazette-pages.ts';
import { pagesSitemapFile, renderManagedRef } from './managed-pages.ts';
import { startRebuild } from './rebuild-steps.ts';
import {
  applySearchUpdate,
  articleSearchUpdate,
  consultationSearchUpdate,
  dialogueSearchUpdate,
  disclosureSearchUpdate,
  feedbackSearchUpdate,
  gazetteIssueSearchUpdate,
  pageSearchUpdate,
  searchManifestPath,
} from './search-index.ts';
import { invalidate, type RenderedFile, removeFiles, writeFiles } from './site-files.ts';

/**
 * Applying one change to the public site: an article published, revised or taken down (directly or by
 * its schedule), a gazette issue published, a document corrected. Each computes what it touches and
 * renders all of it in memory; only then does `commit` write, remove and invalidate. A failed render
 * leaves the previous pages live. `commit` is the one exit of every change: after the pages it updates
 * the pieces of the search index the change touches (the manifest last, then its CDN path).
 */
export type PublishReport = {
  rendered: string[];
  removed: string[];
  invalidated: string[];
  indexed: string[];
};

/** Everything one change does to the site, rendered and ready. */
type SiteUpdate = { files: RenderedFile[]; removed: string[]; invalidated: string[]; search?: IndexUpdate };

async function commit(update: SiteUpdate): Promise<PublishReport> {
  await writeFiles(update.files);
  await removeFiles(update.removed);
  const indexed = update.search ? (await applySearchUpdate(update.search)).written : [];
  const invalidated = indexed.length > 0 ? [...update.invalidated, searchManifestPath()] : update.invalidated;
  await invalidate(invalidated);
  const report = {
    rendered: update.files.map((file) => file.path),
    removed: update.removed,
    invalidated,
    indexed,
  };
  logger.info('pages published', { rendered: report.rendered.length, removed: report.removed.length });
  return report;
}

/**
 * Listings are read from global secondary indexes, which DynamoDB updates a moment after the write
 * (eventually consistent). Before rendering, wait until each change shows in its listing, so a page is
 * never rendered from the state before the change. DynamoDB Local is immediate; on AWS this is
 * usually well under a second.
 */
async function awaitListings(changes: PublicationChange[]): Promise<void> {
  for (const change of changes) {
    const expected = change.after ?? change.before;
    if (!expected) continue;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const listed = await tableReads.publishedByOrdinal(
        expected.language,
        expected.categorySlug,
        expected.ordinal,
        expected.ordinal,
      );
      const present = listed.some((article) => article.slug === expected.slug);
      if (present === (change.after !== undefined)) break;
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
  }
}

/** The pages the changes touch, to render and to remove (a page both touched and removed is removed). */
async function pagesTouchedBy(
  changes: PublicationChange[],
): Promise<{ render: PageRef[]; remove: PageRef[] }> {
  const ordinals = new Map<string, number>();
  for (const change of changes) {
    for (const position of [change.before, change.after]) {
      if (!position) continue;
      const key = `${position.language}/${position.categorySlug}`;
      if (!ordinals.has(key))
        ordinals.set(key, await tableReads.latestOrdinal(position.language, position.categorySlug));
    }
  }
  const render = new Map<string, PageRef>();
  const remove = new Map<string, PageRef>();
  for (const change of changes) {
    const pages = touchedPages(change, (language, category) => ordinals.get(`${language}/${category}`) ?? -1);
    for (const page of pages.render) render.set(pathOf(page), page);
    for (const page of pages.remove) remove.set(pathOf(page), page);
  }
  for (const path of remove.keys()) render.delete(path);
  return { render: [...render.values()], remove: [...remove.values()] };
}

/** Re-renders exactly the pages the changes touch, and removes the pages of what was taken down. */
export async function applyChanges(
  changes: PublicationChange[],
  options: { now?: Date; render?: typeof renderPage } = {},
): Promise<PublishReport> {
  const ctx = await loadSiteContext(options.now);
  const renderOne = options.render ?? renderPage;
  await awaitListings(changes);
  const touched = await pagesTouchedBy(changes);
  // Every page is rendered before any is written: if one fails, the site stays as it was.
  const files = (await Promise.all(touched.render.map((page) => renderOne(ctx, page)))).filter(
    (file): file is RenderedFile => file !== undefined,
  );
  return commit({
    files,
    removed: touched.remove.map(pathOf),
    invalidated: invalidationPaths(touched),
    search: await articleSearchUpdate(changes),
  });
}

/** A schedule fired: take the article live if it still waits for that instant, then apply the change. */
export async function applyScheduledPublication(
  articleId: string,
  scheduledAt: string,
): Promise<PublishReport | { skipped: string }> {
  const result = await publishScheduled(articleId, scheduledAt, { ...systemActor, name: 'Lịch đăng bài' });
  if (!result?.change) {
    // Returned, rescheduled or already live since the schedule was made: nothing to do.
    logger.info('stale schedule ignored', { articleId, scheduledAt });
    return { skipped: 'article no longer waits for this schedule' };
  }
  return applyChanges([result.change]);
}

/** Gazette and feedback pages replace what was there and take nothing down: every file written is invalidated. */
function replacingUpdate(files: RenderedFile[], search?: IndexUpdate): SiteUpdate {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: sorted, removed: [], invalidated: sorted.map((file) => file.path), search };
}

export async function applyGazetteIssue(issueId: string): Promise<PublishReport> {
  const files = await gazetteIssuePages(await loadSiteContext(), issueId);
  return commit(replacingUpdate(files, await gazetteIssueSearchUpdate(issueId)));
}

export async function applyDocumentCorrection(documentId: string): Promise<PublishReport> {
  return commit(replacingUpdate(await correctedDocumentPages(await loadSiteContext(), documentId)));
}

/** A feedback answer published, corrected or reopened: its page and the listings it is on (replaced, never removed). */
export async function applyFeedbackChange(feedbackId: string): Promise<PublishReport> {
  const ctx = await loadSiteContext();
  // The sitemap index carries the answers' sitemap with the time of the newest answer.
  const index = await renderPage(ctx, { kind: 'sitemap-index' });
  return commit(
    replacingUpdate(
      [...(await feedbackAnswerPages(ctx, feedbackId)), ...(index ? [index] : [])],
      await feedbackSearchUpdate(feedbackId),
    ),
  );
}

/** The form's subjects or the figures changed: the form, the feedback home, the lookup, the statistics. */
export async function applyFeedbackPages(): Promise<PublishReport> {
  return commit(replacingUpdate(await feedbackFrontPages(await loadSiteContext())));
}

/** A consultation posted, opened, closed, commented (published) or concluded: its page and the list. */
export async function applyConsultationChange(consultationId: string): Promise<PublishReport> {
  const ctx = await loadSiteContext();
  // The sitemap index carries the consultations' sitemap with the time of the latest change.
  const index = await renderPage(ctx, { kind: 'sitemap-index' });
  return commit(
    replacingUpdate(
      [...(await consultationChangePages(ctx, consultationId)), ...(index ? [index] : [])],
      await consultationSearchUpdate(consultationId),
    ),
  );
}
/** The adopted document linked: the consultation's pages as above, and the documents' pages that link back. */
export async function applyConsultationAdoption(
  consultationId: string,
  documentIds: string[],
): Promise<PublishReport> {
  const ctx = await loadSiteContext();
  const index = await renderPage(ctx, { kind: 'sitemap-index' });
  return commit(
    replacingUpdate([
      ...(await consultationAdoptionPages(ctx, consultationId, documentIds)),
      ...(index ? [index] : []),
    ]),
  );
}
// Online dialogues: a dialogue's page, the list and the sitemap (replaced, never removed).
export async function applyDialogueChange(dialogueId: string): Promise<PublishReport> {
  const ctx = await loadSiteContext();
  const index = await renderPage(ctx, { kind: 'sitemap-index' });
  return commit(
    replacingUpdate(
      [...(await dialogueChangePages(ctx, dialogueId)), ...(index ? [index] : [])],
      await dialogueSearchUpdate(dialogueId),
    ),
  );
}

export async function applyDialogueStatus(dialogueId: string, boundaryAt: string): Promise<PublishReport> {
  const ctx = await loadSiteContext();
  return commit(replacingUpdate(await dialogueStatusPages(ctx, dialogueId, boundaryAt)));
}

// Managed pages and menus (docs/decisions.md 145).

/** The page ids the menus point at: a new title of one of them changes every page. */
function pagesInMenus(ctx: Awaited<ReturnType<typeof loadSiteContext>>): Set<string> {
  const ids = new Set<string>();
  for (const menu of ['main', 'footer', 'home'] as const) {
    for (const item of menuOf(ctx, menu).items) {
      if (item.target.kind !== 'page') continue;
      if (item.target.vi) ids.add(item.target.vi);
      if (item.target.en) ids.add(item.target.en);
    }
  }
  return ids;
}

/** The tree of live pages is read from an index: wait until each change shows in it (or left it). */
async function awaitPageTree(changes: PageChange[]): Promise<void> {
  for (const change of changes) {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const live = await listPageSummaries(change.language);
      const listed = live.find((page) => page.id === change.pageId);
      const settled = change.after ? listed?.title === change.after.title : !listed;
      if (settled) break;
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
  }
}

/**
 * Pages went live, changed or came down: their own pages, their parents' and children's, their
 * translations'. When a menu shows a page whose title changed, the whole site is rebuilt through the
 * rebuild's own path (the state machine on AWS).
 */
export async function applyPageChanges(changes: PageChange[]): Promise<PublishReport | { rebuild: unknown }> {
  await awaitPageTree(changes);
  const ctx = await loadSiteContext();
  const inMenus = pagesInMenus(ctx);
  const render = new Map<string, ManagedPageRef>();
  const remove = new Map<string, ManagedPageRef>();
  let wholeSite = false;
  for (const change of changes) {
    const touches = pageTouches(change, ctx.navigation?.pages[change.language] ?? [], inMenus);
    wholeSite ||= touches.wholeSite;
    for (const ref of touches.render) render.set(managedPagePath(ref), ref);
    for (const ref of touches.remove) remove.set(managedPagePath(ref), ref);
  }
  for (const path of remove.keys()) render.delete(path);
  const pages = (await Promise.all([...render.values()].map((ref) => renderManagedRef(ctx, ref)))).filter(
    (file): file is RenderedFile => file !== undefined,
  );
  // The pages' sitemap, and the index that dates it.
  const index = await renderPage(ctx, { kind: 'sitemap-index' });
  const files = [...pages, await pagesSitemapFile(ctx), ...(index ? [index] : [])];
  const removed = [...remove.keys()];
  const report = await commit({
    files,
    removed,
    invalidated: [...files.map((file) => file.path), ...removed].sort(),
    search: await pageSearchUpdate(changes),
  });
  if (wholeSite) return { ...report, rebuild: await startRebuild() };
  return report;
}

/** A menu saved: the home pages for the home blocks; every page for the main menu and the footer. */
export async function applyMenuChange(menu: MenuId): Promise<PublishReport | { rebuild: unknown }> {
  const touches = menuTouches(menu);
  if (touches.wholeSite) return { rebuild: await startRebuild() };
  const ctx = await loadSiteContext();
  const files = (await Promise.all(touches.render.map((page) => renderPage(ctx, page)))).filter(
    (file): file is RenderedFile => file !== undefined,
  );
  return commit(replacingUpdate(files));
}

/** A disclosure published or withdrawn: the pages it was and is on, the open data, the feeds; its pages go if it left. */
export async function applyDisclosureChange(
  disclosureId: string,
  before: DisclosurePosition | undefined,
): Promise<PublishReport> {
  const ctx = await loadSiteContext();
  const { files: pages, removed } = await disclosureChangePages(ctx, disclosureId, before);
  // The disclosures' sitemap is among the pages; the index dates it.
  const index = await renderPage(ctx, { kind: 'sitemap-index' });
  const files = [...pages, ...(index ? [index] : [])];
  const update = replacingUpdate(files, await disclosureSearchUpdate(disclosureId));
  return commit({ ...update, removed, invalidated: [...update.invalidated, ...removed] });
}
