/**
 * Every DynamoDB key of the portal is built here and nowhere else (docs/data-model.md lists them).
 * Keys are plain strings with `#`-separated segments; segment values are slugs or ids, never free text.
 */

export type PrimaryKey = { pk: string; sk: string };

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export const keys = {
  category: (slug: string): PrimaryKey => ({ pk: `CATEGORY#${slug}`, sk: 'CATEGORY' }),
  categoryListing: () => ({ gsi1pk: 'CATEGORIES' }),
  categoryListingSort: (order: number, slug: string) => ({ gsi1sk: `${pad(order, 3)}#${slug}` }),

  agency: (id: string): PrimaryKey => ({ pk: `AGENCY#${id}`, sk: 'AGENCY' }),
  agencyListing: () => ({ gsi1pk: 'AGENCIES' }),
  agencyListingSort: (id: string) => ({ gsi1sk: id }),

  /** The head item of an article: current state, pointers to the draft and the live revision. */
  article: (id: string): PrimaryKey => ({ pk: `ARTICLE#${id}`, sk: 'ARTICLE' }),
  /** Immutable revisions of an article's content, numbered from 1. */
  articleRevision: (id: string, revision: number): PrimaryKey => ({
    pk: `ARTICLE#${id}`,
    sk: `REV#${pad(revision, 6)}`,
  }),
  articleRevisionPrefix: (id: string) => ({ pk: `ARTICLE#${id}`, skPrefix: 'REV#' }),
  /** Published articles of a category and language, newest first (gsi1). */
  articlesPublishedInCategory: (language: string, categorySlug: string) => ({
    gsi1pk: `PUBLISHED#${language}#CATEGORY#${categorySlug}`,
  }),
  /** Articles by workflow status, most recently changed first (gsi2): the review queue and admin lists. */
  articlesByStatus: (status: string) => ({ gsi2pk: `ARTICLE_STATUS#${status}` }),
  publishedSort: (publishedAt: string, id: string) => ({ gsi1sk: `${publishedAt}#${id}` }),
  statusSort: (updatedAt: string, id: string) => ({ gsi2sk: `${updatedAt}#${id}` }),

  /** History of any entity lives in the entity's own partition, in time order. */
  audit: (entityPk: string, at: string, id: string): PrimaryKey => ({
    pk: entityPk,
    sk: `AUDIT#${at}#${id}`,
  }),
  auditPrefix: (entityPk: string) => ({ pk: entityPk, skPrefix: 'AUDIT#' }),

  /** Guard item that makes a value unique (slug, document number, issue number) across the table. */
  unique: (kind: string, value: string): PrimaryKey => ({ pk: `UNIQUE#${kind}#${value}`, sk: 'UNIQUE' }),

  /** Atomic counters (issue numbers per year, …). */
  counter: (name: string): PrimaryKey => ({ pk: `COUNTER#${name}`, sk: 'COUNTER' }),

  /** Due schedules for the local stand-in of EventBridge Scheduler (gsi1 orders them by due time). */
  schedule: (id: string): PrimaryKey => ({ pk: `SCHEDULE#${id}`, sk: 'SCHEDULE' }),
  schedulesDue: () => ({ gsi1pk: 'SCHEDULES_PENDING' }),
  scheduleSort: (dueAt: string, id: string) => ({ gsi1sk: `${dueAt}#${id}` }),
} as const;
