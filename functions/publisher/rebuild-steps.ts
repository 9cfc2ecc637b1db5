import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { readEnv } from '#shared/config/env.ts';
import {
  countRebuildPartition,
  getRebuildProgress,
  startRebuildProgress,
  updateRebuildProgress,
} from '#shared/data/rebuild-progress.ts';
import {
  type PlannedPartition,
  partitionLabel,
  type RebuildStep,
  type RenderResult,
} from '#shared/domain/rebuild.ts';
import { logger } from '#shared/observability/logger.ts';
import { DEFAULT_REBUILD_WORKERS, MAX_REBUILD_WORKERS } from '#shared/publication/rebuild-workflow.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { renderPageModel } from './article-pages.ts';
import { buildWholeSite, planRebuild, renderPartition, spanningModels } from './rebuild.ts';
import { rebuildSearchIndex } from './search-index.ts';
import { invalidate, promoteStaged, removeStaged, writeFiles } from './site-files.ts';

/**
 * The steps of the rebuild's state machine (shared/publication/rebuild-workflow.ts), each a `rebuild-step`
 * event to the publisher. What goes live when:
 *  - render: a worker renders its whole partition in memory (one partition's articles, read once), then
 *    writes it under `_rebuild/<id>/<index>/`, a prefix no page links to. Nothing live changes.
 *  - promote: only once every partition rendered, each partition's staged files are copied to their live
 *    keys. A rebuild with a failed partition promotes nothing, so no page is left linking to a page of that
 *    partition that was never written; the site stays as it was.
 *  - finish: the pages spanning partitions (home pages, category fronts, feeds, the sitemap index) are
 *    written last, when every page they link to is live; then the search index, then one invalidation.
 */
export const stagingPrefix = (rebuildId: string, index?: number) =>
  index === undefined ? `_rebuild/${rebuildId}/` : `_rebuild/${rebuildId}/${index}/`;

export type RebuildPlan = {
  rebuildId: string;
  at: string;
  workers: number;
  total: number;
  partitions: PlannedPartition[];
};
export type RebuildOutcome = {
  complete: boolean;
  rendered: number;
  files: number;
  failed: { partition: string; error: string; cause: string }[];
};
export type RebuildSummary = { rebuildId: string; partitions: number; files: number };

const boundedWorkers = (workers: number | undefined) =>
  Math.max(1, Math.min(MAX_REBUILD_WORKERS, workers ?? DEFAULT_REBUILD_WORKERS));

/** Lambda's error as Step Functions passes it on: a JSON text whose errorMessage is what an operator needs. */
function causeMessage(cause: string): string {
  try {
    const parsed: unknown = JSON.parse(cause);
    if (
      parsed &&
      typeof parsed === 'object' &&
      'errorMessage' in parsed &&
      typeof parsed.errorMessage === 'string'
    )
      return parsed.errorMessage;
  } catch {
    // Not JSON: the cause as it is.
  }
  return cause.slice(0, 1000);
}

export async function runRebuildStep(task: RebuildStep): Promise<unknown> {
  switch (task.step) {
    case 'plan': {
      const at = task.at;
      const partitions = (await planRebuild(await loadSiteContext(new Date(at)))).map((partition, index) => ({
        index,
        partition,
      }));
      await startRebuildProgress(task.rebuildId, partitions.length, at);
      logger.info('rebuild planned', { rebuildId: task.rebuildId, partitions: partitions.length });
      const plan: RebuildPlan = {
        rebuildId: task.rebuildId,
        at,
        workers: boundedWorkers(task.input.workers),
        total: partitions.length,
        partitions,
      };
      return plan;
    }
    case 'render': {
      const { index, partition } = task.item;
      const files = await renderPartition(await loadSiteContext(new Date(task.at)), partition);
      await writeFiles(files, 16, stagingPrefix(task.rebuildId, index));
      await countRebuildPartition(task.rebuildId, 'rendered');
      const result: RenderResult = { index, files: files.length };
      return result;
    }
    case 'outcome': {
      const failed = task.results.flatMap((result) =>
        'failed' in result
          ? [
              {
                partition: partitionLabel(result.partition),
                error: result.error,
                cause: causeMessage(result.cause),
              },
            ]
          : [],
      );
      const files = task.results.reduce((sum, result) => sum + ('files' in result ? result.files : 0), 0);
      await updateRebuildProgress(task.rebuildId, {
        status: failed.length ? 'failed' : 'promoting',
        failed,
        files,
      });
      if (failed.length) logger.error('rebuild partitions failed', { rebuildId: task.rebuildId, failed });
      const outcome: RebuildOutcome = {
        complete: failed.length === 0,
        rendered: task.results.length - failed.length,
        files,
        failed,
      };
      return outcome;
    }
    case 'promote': {
      const promoted = await promoteStaged(stagingPrefix(task.rebuildId, task.item.index));
      await countRebuildPartition(task.rebuildId, 'promoted');
      return { index: task.item.index, files: promoted.length };
    }
    case 'finish': {
      await updateRebuildProgress(task.rebuildId, { status: 'finishing' });
      const ctx = await loadSiteContext(new Date(task.at));
      const spanning = (await spanningModels(ctx)).map((model) => renderPageModel(ctx, model));
      await writeFiles(spanning);
      // The search index from every public item: a fresh base under a new name, then the manifest.
      await rebuildSearchIndex();
      await invalidate(['/*']);
      const progress = await getRebuildProgress(task.rebuildId);
      const files = (progress?.files ?? 0) + spanning.length;
      await updateRebuildProgress(task.rebuildId, { status: 'done', files });
      const summary: RebuildSummary = { rebuildId: task.rebuildId, partitions: progress?.total ?? 0, files };
      logger.info('rebuild done', summary);
      return summary;
    }
    case 'abandon': {
      const removed = await removeStaged(stagingPrefix(task.rebuildId));
      await updateRebuildProgress(task.rebuildId, { status: 'failed' });
      return { removed };
    }
  }
}

let sfn: SFNClient | undefined;

/**
 * An operator's `rebuild-site`: on AWS it starts the rebuild's state machine and returns its execution; on
 * one machine (no state machine named), the whole build in this process.
 */
export async function startRebuild(workers?: number): Promise<{ executionArn: string } | { files: number }> {
  const stateMachineArn = readEnv().REBUILD_STATE_MACHINE_ARN;
  if (!stateMachineArn) return buildWholeSite();
  sfn ??= new SFNClient({});
  const name = `rebuild-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const started = await sfn.send(
    new StartExecutionCommand({
      stateMachineArn,
      name,
      input: JSON.stringify({ workers: boundedWorkers(workers) }),
    }),
  );
  logger.info('rebuild started', { executionArn: started.executionArn });
  return { executionArn: started.executionArn ?? name };
}
