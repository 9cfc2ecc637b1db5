import {
  dialogueIdBySlug,
  getDialogue,
  listDialogues,
  listQuestionsOfDialogue,
} from '#shared/data/dialogues.ts';
import { advanceDialogueStatus, anonymiseDialogue } from '#shared/dialogue/dialogues.ts';
import { dialogueSettings } from '#shared/dialogue/settings.ts';
import { isPublic } from '#shared/dialogue/workflow.ts';
import { type Dialogue, toPublicQuestion } from '#shared/domain/dialogue.ts';
import { logger } from '#shared/observability/logger.ts';
import {
  allDialoguePages,
  type DialoguePageRef,
  dialoguePagesTouchedBy,
  dialoguePathOf,
} from '#shared/site/dialogue-pages.ts';
import { embedUrlOf } from '#shared/site/dialogue-video.ts';
import type { SiteContext } from '#web/site/context.ts';
import { renderDialogueFeed } from '#web/site/dialogue/feed.ts';
import {
  dialogueRefreshScript,
  renderDialogueList,
  renderDialoguePage,
  renderDialogueSitemap,
} from '#web/site/dialogue/render.ts';
import { asset, html, type RenderedFile, xml } from './site-files.ts';

/**
 * The dialogue pages of the public site: read what each shows, render it. A change touches the pages
 * `dialoguePagesTouchedBy` lists (shared/site/dialogue-pages.ts); a full rebuild renders every one.
 */

const LIVE_PAGE_CACHE = 'public, max-age=15';

/** A dialogue's page model: the published questions only, as the public sees them. */
export async function dialoguePageModel(dialogue: Dialogue, now = new Date()) {
  const settings = dialogueSettings();
  const questions = (await listQuestionsOfDialogue(dialogue.id))
    .filter((question) => isPublic(question.status))
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''))
    .map(toPublicQuestion);
  return {
    dialogue,
    questions,
    embedUrl: dialogue.videoUrl ? embedUrlOf(dialogue.videoUrl, settings.videoHosts) : undefined,
    // A prerendered form is offered while the status says so; the API refuses a post outside the period.
    takesQuestions:
      (dialogue.status === 'open' || dialogue.status === 'live') &&
      Date.parse(dialogue.questionsCloseAt) > now.getTime(),
    form: { settings: { retentionDays: settings.retentionDays, noticeVersion: settings.noticeVersion } },
  };
}

async function renderOne(ctx: SiteContext, page: DialoguePageRef): Promise<RenderedFile | undefined> {
  const path = dialoguePathOf(page);
  switch (page.kind) {
    case 'dialogue-list':
      return html(path, renderDialogueList(ctx, await listDialogues()));
    case 'dialogue-sitemap':
      return xml(path, renderDialogueSitemap(ctx, await listDialogues()), 'application/xml');
    case 'dialogue-script':
      return asset(path, dialogueRefreshScript, 'text/javascript');
    case 'dialogue-feed':
      return xml(
        path,
        renderDialogueFeed(ctx, await listDialogues(), page.format),
        page.format === 'rss' ? 'application/rss+xml' : 'application/atom+xml',
      );
    case 'dialogue': {
      const id = await dialogueIdBySlug(page.slug);
      const dialogue = id ? await getDialogue(id) : undefined;
      if (!dialogue) return undefined;
      const file = html(
        path,
        renderDialoguePage(ctx, await dialoguePageModel(dialogue, new Date(ctx.generatedAt))),
      );
      // A live page changes with every answer: browsers keep it seconds, not the site's five minutes.
      return dialogue.status === 'ended' ? file : { ...file, cacheControl: LIVE_PAGE_CACHE };
    }
  }
}

async function renderAll(ctx: SiteContext, pages: DialoguePageRef[]): Promise<RenderedFile[]> {
  const unique = new Map(pages.map((page) => [dialoguePathOf(page), page]));
  const files = await Promise.all([...unique.values()].map((page) => renderOne(ctx, page)));
  return files.filter((file): file is RenderedFile => file !== undefined);
}

/** The pages one change of a dialogue touches; the script too, so the first dialogue brings it. */
export async function dialogueChangePages(ctx: SiteContext, dialogueId: string): Promise<RenderedFile[]> {
  const dialogue = await getDialogue(dialogueId);
  if (!dialogue) return [];
  return renderAll(ctx, [...dialoguePagesTouchedBy(dialogue), { kind: 'dialogue-script' }]);
}

/** A boundary's schedule fired: move the status (if still due), then the pages as for any change. */
export async function dialogueStatusPages(
  ctx: SiteContext,
  dialogueId: string,
  boundaryAt: string,
): Promise<RenderedFile[]> {
  const moved = await advanceDialogueStatus(dialogueId, boundaryAt);
  if (!moved) logger.info('stale dialogue schedule ignored', { dialogueId, boundaryAt });
  return moved ? dialogueChangePages(ctx, dialogueId) : [];
}

/** The retention period is over: remove the askers' contacts (no page shows them, so none changes). */
export async function anonymiseDialogueContacts(dialogueId: string): Promise<{ anonymised: number }> {
  return { anonymised: await anonymiseDialogue(dialogueId) };
}

export async function allDialogueFiles(ctx: SiteContext): Promise<RenderedFile[]> {
  return renderAll(ctx, allDialoguePages(await listDialogues()));
}
