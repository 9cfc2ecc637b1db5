import * as z from 'zod';
import { languageSchema, slugSchema } from '#shared/domain/text.ts';

/**
 * A full rebuild of the public site, planned as partitions that render independently
 * (functions/publisher/rebuild.ts) and run as a fan-out (shared/publication/rebuild-workflow.ts).
 */
export const rebuildPartitionSchema = z.discriminatedUnion('kind', [
  /** Listing blocks `firstBlock`…`lastBlock` of one category in one language: their articles' pages and their listing pages. */
  z.object({
    kind: z.literal('listing'),
    language: languageSchema,
    categorySlug: slugSchema,
    firstBlock: z.number().int().min(1),
    lastBlock: z.number().int().min(1),
    /** The listing's newest block when planned (the newest listing page links to the front). */
    newestBlock: z.number().int().min(1),
  }),
  z.object({ kind: z.literal('sitemap-months'), months: z.array(z.string().regex(/^\d{4}-\d{2}$/)) }),
  z.object({ kind: z.literal('gazette') }),
  z.object({ kind: z.literal('feedback') }),
  z.object({ kind: z.literal('consultations') }),
  z.object({ kind: z.literal('dialogue') }),
  z.object({ kind: z.literal('disclosures') }),
  z.object({ kind: z.literal('fixed') }),
  /** The organisation chart, units, contacts, links and agencies (reference data, issue 13). */
  z.object({ kind: z.literal('directory') }),
  /** Every live managed page, both languages (dozens). */
  z.object({ kind: z.literal('pages') }),
]);
export type RebuildPartition = z.infer<typeof rebuildPartitionSchema>;

/** A partition as the state machine's Map carries it: its place in the plan and what it renders. */
export const plannedPartitionSchema = z.object({
  index: z.number().int().min(0),
  partition: rebuildPartitionSchema,
});
export type PlannedPartition = z.infer<typeof plannedPartitionSchema>;

/** Execution names: Step Functions allows up to 80 of these characters; they also name the staging prefix. */
export const rebuildIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/);

/** One Map iteration's result: the partition rendered (files staged), or failed after its retries. */
export const renderResultSchema = z.union([
  z.object({ index: z.number().int(), files: z.number().int() }),
  z.object({
    index: z.number().int(),
    partition: rebuildPartitionSchema,
    failed: z.literal(true),
    error: z.string(),
    cause: z.string(),
  }),
]);
export type RenderResult = z.infer<typeof renderResultSchema>;

/** The steps of the rebuild's state machine, each a Task answered by the publisher. */
export const rebuildStepSchema = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('plan'),
    rebuildId: rebuildIdSchema,
    /** The execution's start: the rebuild's one clock (the footer's year, statuses, an empty feed's date). */
    at: z.iso.datetime(),
    /** The execution's input: workers at once (the Map's MaxConcurrency), which the planner bounds. */
    input: z.object({ workers: z.number().int().min(1).optional() }),
  }),
  /** `at`: the plan's clock, so every partition renders the same instant (the footer's year, statuses). */
  z.object({
    step: z.literal('render'),
    rebuildId: rebuildIdSchema,
    at: z.iso.datetime(),
    item: plannedPartitionSchema,
  }),
  z.object({ step: z.literal('outcome'), rebuildId: rebuildIdSchema, results: z.array(renderResultSchema) }),
  z.object({ step: z.literal('promote'), rebuildId: rebuildIdSchema, item: plannedPartitionSchema }),
  z.object({ step: z.literal('finish'), rebuildId: rebuildIdSchema, at: z.iso.datetime() }),
  z.object({ step: z.literal('abandon'), rebuildId: rebuildIdSchema }),
]);
export type RebuildStep = z.infer<typeof rebuildStepSchema>;

export const partitionFailureSchema = z.object({
  partition: z.string(),
  error: z.string(),
  cause: z.string(),
});

/** What an operator reads while a rebuild runs and after (one item in the table per rebuild). */
export const rebuildProgressSchema = z.object({
  rebuildId: z.string(),
  status: z.enum(['rendering', 'promoting', 'finishing', 'done', 'failed']),
  startedAt: z.string(),
  updatedAt: z.string(),
  total: z.number().int(),
  rendered: z.number().int(),
  promoted: z.number().int(),
  failed: z.array(partitionFailureSchema),
  files: z.number().int().optional(),
});
export type RebuildProgress = z.infer<typeof rebuildProgressSchema>;

/** A partition's name in reports: `listing vi/tin-tuc blocks 1-10`, `sitemap-months 2024-01…2024-12`. */
export function partitionLabel(partition: RebuildPartition): string {
  switch (partition.kind) {
    case 'listing':
      return `listing ${partition.language}/${partition.categorySlug} blocks ${partition.firstBlock}-${partition.lastBlock}`;
    case 'sitemap-months':
      return `sitemap-months ${partition.months[0] ?? ''}…${partition.months.at(-1) ?? ''}`;
    default:
      return partition.kind;
  }
}
