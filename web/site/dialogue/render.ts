/**
 * Online dialogues on the public site: pure, synchronous render functions like web/site/render.ts. The
 * publisher prerenders the list and each dialogue's page; the question API renders the page again with
 * the form's errors, the receipt and problem pages.
 */
import type { Dialogue } from '#shared/domain/dialogue.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { SiteContext } from '../context.ts';
import { renderDocument } from '../html.ts';
import { renderSitemapMonth } from '../sitemap.ts';
import {
  DialogueListPage,
  DialoguePage,
  type DialoguePageModel,
  DialogueProblemPage,
  QuestionReceiptPage,
} from './pages.tsx';

export type { DialoguePageModel, QuestionFormModel, QuestionFormValues } from './pages.tsx';
export { questionFormFields } from './pages.tsx';

export const renderDialogueList = (ctx: SiteContext, dialogues: Dialogue[]) =>
  renderDocument(DialogueListPage({ ctx, dialogues }));

export const renderDialoguePage = (ctx: SiteContext, model: DialoguePageModel) =>
  renderDocument(DialoguePage({ ctx, model }));

export const renderQuestionReceipt = (ctx: SiteContext, dialogue: Dialogue, receiptMailed: boolean) =>
  renderDocument(QuestionReceiptPage({ ctx, dialogue, receiptMailed }));

export const renderDialogueProblem = (
  ctx: SiteContext,
  problem: { title: string; titleEn: string; back?: { href: string; label: string } },
) => renderDocument(DialogueProblemPage({ ctx, problem }));

/** Every dialogue's page (a province holds a few dozen a year: one file). */
export const renderDialogueSitemap = (ctx: SiteContext, dialogues: Dialogue[]) =>
  renderSitemapMonth(
    ctx,
    dialogues.map((dialogue) => ({
      path: sitePaths.dialogue(dialogue.slug),
      lastModified: dialogue.updatedAt,
    })),
  );

/**
 * The progressive enhancement of a dialogue's page: every 15 s, while the page is visible, it reads the
 * page again (the prerendered file, re-rendered at each published question and answer) and swaps in its
 * questions and answers. Without it a reload shows the same. No inline script: the CSP allows 'self' only.
 */
export const dialogueRefreshScript = `(function () {
  'use strict';
  var list = document.getElementById('dlg-questions');
  if (!list || !window.fetch || !window.DOMParser) return;
  function refresh() {
    if (document.visibilityState === 'hidden') return;
    fetch(window.location.pathname, { cache: 'no-store', credentials: 'omit' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('dlg-questions');
        if (fresh && fresh.innerHTML !== list.innerHTML) list.innerHTML = fresh.innerHTML;
      })
      .catch(function () {});
  }
  window.setInterval(refresh, 15000);
})();
`;
