import { sitePaths } from './urls.ts';

/**
 * The public pages of online dialogues, and which of them one change touches. A dialogue's page shows
 * everything about it (its status, its published questions and answers), so a change of the dialogue, of
 * one of its published questions or of an answer touches that page, the list (its status or times may
 * have moved) and the sitemap; the other dialogues' pages are left alone.
 */
export type DialoguePageRef =
  | { kind: 'dialogue-list' }
  | { kind: 'dialogue'; slug: string }
  | { kind: 'dialogue-sitemap' }
  | { kind: 'dialogue-script' }
  | { kind: 'dialogue-feed'; format: 'rss' | 'atom' };

export function dialoguePathOf(page: DialoguePageRef): string {
  switch (page.kind) {
    case 'dialogue-list':
      return sitePaths.dialogues();
    case 'dialogue':
      return sitePaths.dialogue(page.slug);
    case 'dialogue-sitemap':
      return sitePaths.dialogueSitemap();
    case 'dialogue-script':
      return sitePaths.dialogueRefreshScript();
    case 'dialogue-feed':
      return page.format === 'rss' ? sitePaths.dialogueRssFeed() : sitePaths.dialogueAtomFeed();
  }
}

/** The feeds too: a dialogue scheduled or archived is one of their entries. */
export const dialoguePagesTouchedBy = (dialogue: { slug: string }): DialoguePageRef[] => [
  { kind: 'dialogue', slug: dialogue.slug },
  { kind: 'dialogue-list' },
  { kind: 'dialogue-sitemap' },
  { kind: 'dialogue-feed', format: 'rss' },
  { kind: 'dialogue-feed', format: 'atom' },
];

/** Every dialogue page, for a full rebuild. */
export const allDialoguePages = (dialogues: { slug: string }[]): DialoguePageRef[] => [
  { kind: 'dialogue-list' },
  { kind: 'dialogue-sitemap' },
  { kind: 'dialogue-script' },
  { kind: 'dialogue-feed', format: 'rss' },
  { kind: 'dialogue-feed', format: 'atom' },
  ...dialogues.map((dialogue): DialoguePageRef => ({ kind: 'dialogue', slug: dialogue.slug })),
];
