import * as z from 'zod';

/**
 * The editorial workflow's states, shared by articles and managed pages (shared/editorial/workflow.ts). A
 * module of its own so that a page's schema does not bring the article's into every public bundle.
 */
export const articleStatusSchema = z.enum([
  'draft', // being written; never live
  'in_review', // submitted, waiting for the director
  'returned', // sent back to the editor with a comment
  'scheduled', // approved, goes live at scheduledAt
  'published', // live
  'unpublished', // taken down; can be published again after review
  'archived', // kept for the record, out of every listing
]);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;
