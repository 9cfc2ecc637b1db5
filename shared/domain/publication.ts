import * as z from 'zod';
import { disclosureCollectionSchema } from '#shared/domain/disclosure.ts';
import { menuIdSchema } from '#shared/domain/menu.ts';
import { pageChangeSchema } from '#shared/domain/page.ts';
import { rebuildStepSchema } from '#shared/domain/rebuild.ts';
import { languageSchema, slugSchema } from '#shared/domain/text.ts';

/** Where a published article sits on the public site (see shared/site/touched-pages.ts). */
export const listingPositionSchema = z.object({
  language: languageSchema,
  slug: slugSchema,
  categorySlug: slugSchema,
  ordinal: z.number().int().min(0),
  sitemapMonth: z.string().regex(/^\d{4}-\d{2}$/),
});
export type ListingPosition = z.infer<typeof listingPositionSchema>;

export const publicationChangeSchema = z.object({
  before: listingPositionSchema.optional(),
  after: listingPositionSchema.optional(),
  translation: z.object({ language: languageSchema, slug: slugSchema }).optional(),
});
export type PublicationChange = z.infer<typeof publicationChangeSchema>;

/** What the publisher function is asked to do: by the content API, by the scheduler, by an operator. */
export const publisherEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('site-changed'), changes: z.array(publicationChangeSchema).min(1) }),
  z.object({ type: z.literal('scheduled-publication'), articleId: z.uuid(), scheduledAt: z.string() }),
  /** An operator's full rebuild: on AWS it starts the rebuild's state machine (`workers` bounds its fan-out). */
  z.object({ type: z.literal('rebuild-site'), workers: z.number().int().min(1).optional() }),
  /** One step of the rebuild's state machine (shared/publication/rebuild-workflow.ts). */
  z.object({ type: z.literal('rebuild-step'), task: rebuildStepSchema }),
  /** An issue was published: its pages, its documents' pages, the year and the database pages. */
  z.object({ type: z.literal('gazette-published'), issueId: z.uuid() }),
  /** A correction was added to a published document: its page changes, nothing else. */
  z.object({ type: z.literal('document-corrected'), documentId: z.uuid() }),
  /**
   * A document's status in force changes today (its own effective date, or that of a document acting on
   * it, has come): its page is rendered again. Scheduled when the issue that brings the change is published.
   */
  z.object({ type: z.literal('document-status-due'), documentId: z.uuid() }),
  /** A feedback answer was published, corrected or reopened: its page and the Q&A listings it is on. */
  z.object({ type: z.literal('feedback-changed'), feedbackId: z.uuid() }),
  /** What the feedback form and its front pages show changed (subjects, the statistics). */
  z.object({ type: z.literal('feedback-pages') }),
  /** A consultation was posted, opened, closed, got a published comment or its report: its page and the list. */
  z.object({ type: z.literal('consultation-changed'), consultationId: z.uuid() }),
  /**
   * The gazette document adopted from a consultation was linked (or the link moved): the consultation's pages
   * and the pages of the documents named (the one linked now, the one it replaces), which link back.
   */
  z.object({
    type: z.literal('consultation-document-linked'),
    consultationId: z.uuid(),
    documentIds: z.array(z.uuid()).min(1).max(2),
  }),
  // Online dialogues (shared/dialogue/): a dialogue's page and the dialogue lists.
  /** A dialogue, one of its questions or answers changed: its page and the lists it is on. */
  z.object({ type: z.literal('dialogue-changed'), dialogueId: z.uuid() }),
  /** A boundary of a dialogue's time came (questions open, start, end): move its status, then as above. */
  z.object({ type: z.literal('dialogue-status-due'), dialogueId: z.uuid(), at: z.string() }),
  /** The retention period after a dialogue ended is over: remove the askers' contacts. */
  z.object({ type: z.literal('dialogue-anonymise'), dialogueId: z.uuid() }),
  /** Managed pages went live, were revised or came down (shared/site/page-touches.ts). */
  z.object({ type: z.literal('pages-changed'), changes: z.array(pageChangeSchema).min(1) }),
  /** A menu or the home blocks were saved: the home pages, or the whole site for the main menu and footer. */
  z.object({ type: z.literal('menu-changed'), menu: menuIdSchema }),
  /**
   * A disclosure record was published or withdrawn: the pages of where it showed (`before`) and of where it
   * shows now (read from the table), the open data and the feeds.
   */
  z.object({
    type: z.literal('disclosure-changed'),
    disclosureId: z.uuid(),
    before: z
      .object({ slug: slugSchema, collection: disclosureCollectionSchema, year: z.number().int() })
      .optional(),
  }),
]);
export type PublisherEvent = z.infer<typeof publisherEventSchema>;
