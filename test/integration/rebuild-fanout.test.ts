import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWholeSite } from '#functions/publisher/rebuild.ts';
import { runRebuildStep } from '#functions/publisher/rebuild-steps.ts';
import { readEnv } from '#shared/config/env.ts';
import { resetClients, s3 } from '#shared/data/clients.ts';
import { getRebuildProgress } from '#shared/data/rebuild-progress.ts';
import type { RebuildStep } from '#shared/domain/rebuild.ts';
import { type RebuildTally, runLocalRebuild } from '../../infra/local/rebuild-runner.ts';
import { seedIfEmpty } from '../../infra/local/seed.ts';
import { useOwnTable } from '../support/local-stack.ts';

/**
 * The rebuild's state machine run in-process: a table and site buckets of its own, so no other test file's
 * publication changes the site between the two builds compared.
 */

async function useSiteBucket(name: string) {
  process.env.SITE_BUCKET = name;
  resetClients();
  await s3()
    .send(new CreateBucketCommand({ Bucket: name }))
    .catch(() => undefined);
}

/** Every object of the current site bucket, by key (the search index's fresh base names left out). */
async function siteFiles(): Promise<Map<string, string>> {
  const bucket = readEnv().SITE_BUCKET;
  const files = new Map<string, string>();
  let token: string | undefined;
  do {
    const page = await s3().send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const object of page.Contents ?? []) {
      if (!object.Key || object.Key.startsWith('search-index/')) continue;
      const body = await s3().send(new GetObjectCommand({ Bucket: bucket, Key: object.Key }));
      files.set(object.Key, (await body.Body?.transformToString('base64')) ?? '');
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return files;
}

beforeAll(async () => {
  await useOwnTable('qtp-rebuild-test');
  await seedIfEmpty();
}, 120_000);

describe('the rebuild fan-out (the state machine in-process)', () => {
  it('renders with two workers exactly the files buildWholeSite writes, and reports its progress', async () => {
    await useSiteBucket('qtp-rebuild-whole');
    const startedAt = new Date();
    await buildWholeSite(startedAt);
    const whole = await siteFiles();

    await useSiteBucket('qtp-rebuild-fanout');
    const tallies: RebuildTally[] = [];
    const result = await runLocalRebuild({
      workers: 2,
      startedAt,
      onProgress: (tally) => tallies.push(tally),
    });
    if (result.status !== 'succeeded') throw new Error(`rebuild failed: ${JSON.stringify(result.failed)}`);
    const fanned = await siteFiles();

    expect(whole.size).toBeGreaterThan(50);
    expect([...fanned.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [key, body] of whole) expect(fanned.get(key), key).toBe(body);
    // Nothing staged is left behind.
    expect([...fanned.keys()].filter((key) => key.startsWith('_rebuild/'))).toEqual([]);

    const last = tallies.at(-1);
    expect(last).toMatchObject({ phase: 'done', failed: 0 });
    expect(last?.rendered).toBe(last?.total);
    expect(last?.promoted).toBe(last?.total);
    const progress = await getRebuildProgress(result.summary.rebuildId);
    expect(progress).toMatchObject({ status: 'done', failed: [], files: whole.size });
    expect(progress?.rendered).toBe(progress?.total);
  }, 120_000);

  it('retries a partition that fails once, and completes', async () => {
    await useSiteBucket('qtp-rebuild-retried');
    const attempts = new Map<number, number>();
    const flaky = async (task: RebuildStep) => {
      if (task.step === 'render' && task.item.partition.kind === 'listing') {
        const seen = (attempts.get(task.item.index) ?? 0) + 1;
        attempts.set(task.item.index, seen);
        if (seen === 1) throw new Error('the table throttled this worker');
      }
      return runRebuildStep(task);
    };
    const result = await runLocalRebuild({ workers: 2, runTask: flaky, retryIntervalMs: 0 });
    expect(result.status).toBe('succeeded');
    expect(attempts.size).toBeGreaterThan(0);
    expect([...attempts.values()].every((count) => count === 2)).toBe(true);
    expect((await siteFiles()).has('index.html')).toBe(true);
  }, 120_000);

  it('reports a partition that keeps failing, and promotes nothing: no live page links to a missing one', async () => {
    await useSiteBucket('qtp-rebuild-failed');
    let attempts = 0;
    let failingLabel = '';
    const broken = async (task: RebuildStep) => {
      if (task.step === 'render' && task.item.partition.kind === 'listing' && !failingLabel) {
        failingLabel = `listing ${task.item.partition.language}/${task.item.partition.categorySlug}`;
      }
      if (
        task.step === 'render' &&
        task.item.partition.kind === 'listing' &&
        failingLabel === `listing ${task.item.partition.language}/${task.item.partition.categorySlug}`
      ) {
        attempts += 1;
        throw new Error('a template fails on this category');
      }
      return runRebuildStep(task);
    };
    const tallies: RebuildTally[] = [];
    const rebuildId = `failing-${Date.now()}`;
    const result = await runLocalRebuild({
      workers: 2,
      runTask: broken,
      retryIntervalMs: 0,
      rebuildId,
      onProgress: (tally) => tallies.push(tally),
    });
    if (result.status !== 'failed') throw new Error('the rebuild should fail');
    expect(result.failed.length).toBeGreaterThan(0);
    expect(result.failed[0]).toMatchObject({ error: 'Error', cause: 'a template fails on this category' });
    expect(result.failed[0]?.partition).toContain(failingLabel);
    // Three attempts per failing partition: the first and Retry's two.
    expect(attempts).toBe(3 * result.failed.length);
    expect(tallies.at(-1)).toMatchObject({ phase: 'failed', promoted: 0 });
    // The bucket was empty: a promoted partition or a home page would link to the failed partition's pages.
    expect([...(await siteFiles()).keys()]).toEqual([]);
    expect(await getRebuildProgress(rebuildId)).toMatchObject({
      status: 'failed',
      promoted: 0,
      failed: result.failed,
    });
  }, 120_000);
});
