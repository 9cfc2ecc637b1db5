import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { readEnv } from '#shared/config/env.ts';
import { claimAdminRebuild, getRebuildProgress } from '#shared/data/rebuild-progress.ts';
import type { RebuildProgress } from '#shared/domain/rebuild.ts';

/**
 * How the admin starts a full rebuild (decision 141): on AWS, an execution of the rebuild's state machine
 * (qtp-site-rebuild, shared/publication/rebuild-workflow.ts), named so its progress item
 * (REBUILD#<name>/PROGRESS) can be read back; on one machine, the same definition run in-process by the
 * runner the local stack registers (infra/local/rebuild-runner.ts), not awaited. Either way the caller gets
 * the rebuild's id at once and reads its progress as the planner and workers write it.
 */
type LocalRebuilder = (rebuildId: string) => void;
let localRebuilder: LocalRebuilder | undefined;
let sfn: SFNClient | undefined;

export function registerLocalRebuilder(rebuilder: LocalRebuilder | undefined): void {
  localRebuilder = rebuilder;
}

/** Execution names allow 80 characters of [A-Za-z0-9_-]: the time, and who asked, in short. */
export function rebuildIdFor(at: Date): string {
  return `admin-${at.toISOString().replace(/[:.]/g, '-')}`;
}

export async function startSiteRebuild(at = new Date()): Promise<{ rebuildId: string }> {
  const rebuildId = rebuildIdFor(at);
  await claimAdminRebuild(rebuildId, at);
  const stateMachineArn = readEnv().REBUILD_STATE_MACHINE_ARN;
  if (stateMachineArn) {
    sfn ??= new SFNClient({});
    await sfn.send(new StartExecutionCommand({ stateMachineArn, name: rebuildId, input: '{}' }));
    return { rebuildId };
  }
  if (!localRebuilder)
    throw new Error('No rebuild: set REBUILD_STATE_MACHINE_ARN or register the local rebuilder');
  localRebuilder(rebuildId);
  return { rebuildId };
}

/** Its progress, or `starting` before the planner has written it (the execution has just begun). */
export async function rebuildProgressOf(
  rebuildId: string,
): Promise<RebuildProgress | { rebuildId: string; status: 'starting' }> {
  return (await getRebuildProgress(rebuildId)) ?? { rebuildId, status: 'starting' };
}
