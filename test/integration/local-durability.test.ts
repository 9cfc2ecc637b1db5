import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bucketDefinitions } from '#shared/config/buckets.ts';
import { claimDueSchedule, completeSchedule, dueSchedules } from '#shared/data/schedules.ts';
import { schedule } from '#shared/publication/scheduler.ts';
import { loadOrCreateSecretFile } from '../../infra/local/durable-files.ts';
import { ensureBuckets } from '../../infra/local/provision.ts';
import { startS3Emulator } from '../../infra/local/s3-emulator.ts';
import { MAX_ATTEMPTS, runDueSchedules, type ScheduleTargets } from '../../infra/local/scheduler.ts';
import { useOwnTable } from '../support/local-stack.ts';

/**
 * The local stack's promises about its own store, each checked directly: an S3 emulator store left
 * half-written by a hard stop starts again (what once failed with "the requested bucket already exists"),
 * a damaged secret file is made again, and the scheduler delivers a due schedule at least once even when
 * the process that took it died. The crash-consistency test kills a whole npm start; this file makes
 * each damage on purpose, so it is certain to be there.
 */
const scratch = mkdtempSync(join(tmpdir(), 'qtp-durability-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const s3Client = (endpoint: string) =>
  new S3Client({ endpoint, region: 'ap-southeast-1', credentials, forcePathStyle: true });

describe('the S3 emulator store', () => {
  it('starts on a store a hard stop left half-written, moving the damaged objects aside with a message', async () => {
    const directory = join(scratch, 's3');
    const site = join(directory, bucketDefinitions.site.localName);
    mkdirSync(join(site, 'tin-tuc', 'a'), { recursive: true });
    // A whole object, one whose metadata was cut off mid-write, one with none, and a temporary file.
    writeFileSync(join(site, 'index.html._S3rver_object'), '<!doctype html><p>trang chủ</p>');
    writeFileSync(
      join(site, 'index.html._S3rver_metadata.json'),
      '{"content-type":"text/html; charset=utf-8"}',
    );
    writeFileSync(join(site, 'tin-tuc', 'a', 'index.html._S3rver_object'), '<!doctype html><p>bài</p>');
    writeFileSync(join(site, 'tin-tuc', 'a', 'index.html._S3rver_metadata.json'), '{"content-ty');
    writeFileSync(join(site, 'feed.xml._S3rver_object'), '<rss');
    writeFileSync(join(site, 'robots.txt._S3rver_object.partial-1234'), 'User-a');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const emulator = await startS3Emulator({ directory });
    const client = s3Client(emulator.endpoint);
    try {
      await ensureBuckets(client);
      await client.send(new HeadBucketCommand({ Bucket: bucketDefinitions.site.localName }));
      const home = await client.send(
        new GetObjectCommand({ Bucket: bucketDefinitions.site.localName, Key: 'index.html' }),
      );
      expect(await home.Body?.transformToString()).toContain('trang chủ');
      expect(warn.mock.calls.join(' ')).toMatch(/2 half-written object\(s\).*tin-tuc\/a\/index\.html/);
      const quarantined = readdirSync(`${directory}-quarantine`, { recursive: true }).map(String);
      expect(quarantined.some((file) => file.endsWith('tin-tuc/a/index.html._S3rver_metadata.json'))).toBe(
        true,
      );
      expect(
        readdirSync(site, { recursive: true })
          .map(String)
          .filter((file) => file.includes('partial')),
      ).toEqual([]);
    } finally {
      warn.mockRestore();
      client.destroy();
      await emulator.stop();
    }
  });

  it('answers a PUT only once the whole object and its metadata are in their files', async () => {
    const directory = join(scratch, 's3-writes');
    const emulator = await startS3Emulator({ directory });
    const client = s3Client(emulator.endpoint);
    try {
      await ensureBuckets(client);
      const body = Buffer.alloc(3 * 1024 * 1024, 'ả');
      await client.send(
        new PutObjectCommand({
          Bucket: bucketDefinitions.media.localName,
          Key: 'media/lon.bin',
          Body: body,
          ContentType: 'application/octet-stream',
        }),
      );
      const stem = join(directory, bucketDefinitions.media.localName, 'media', 'lon.bin');
      expect(readFileSync(`${stem}._S3rver_object`).length).toBe(body.length);
      expect(JSON.parse(readFileSync(`${stem}._S3rver_metadata.json`, 'utf8'))).toMatchObject({
        'content-type': 'application/octet-stream',
      });
      expect(
        readdirSync(join(directory, bucketDefinitions.media.localName, 'media')).filter((file) =>
          file.includes('partial'),
        ),
      ).toEqual([]);
    } finally {
      client.destroy();
      await emulator.stop();
    }
  });
});

describe('secret files of the local stack', () => {
  it('makes a damaged one again, and says so', () => {
    const file = join(scratch, 'cursor-signing-key');
    writeFileSync(file, 'cắt');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const value = loadOrCreateSecretFile(
      file,
      (text) => (text.length >= 32 ? text : undefined),
      () => ({ value: 'k'.repeat(40), text: 'k'.repeat(40) }),
    );
    expect(value).toBe('k'.repeat(40));
    expect(readFileSync(file, 'utf8')).toBe('k'.repeat(40));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('damaged'));
    warn.mockRestore();
  });
});

describe('the local scheduler delivers a due schedule at least once', () => {
  // A table of its own: other test files' schedulers poll the shared one every second.
  beforeAll(async () => {
    await useOwnTable('qtp-scheduler-test');
  });

  const event = { type: 'rebuild-site' } as const;
  const due = async (name: string, at: Date) => (await dueSchedules(at)).find((item) => item.name === name);

  it('fires it again when the process that took it died before the handler finished', async () => {
    const name = `article-${crypto.randomUUID()}`;
    const at = new Date(Date.now() - 1000);
    await schedule({ name, at: at.toISOString(), target: 'publisher', event });
    const taken = await due(name, new Date());
    if (!taken) throw new Error('the schedule is not due');
    // The process that took it is killed here: the claim stays, the handler never returns.
    expect(await claimDueSchedule(taken, new Date(Date.now() + 30_000))).toBe(1);

    const fired: unknown[] = [];
    const targets: ScheduleTargets = {
      publisher: async (value) => fired.push(value),
      'gazette-tasks': async () => undefined,
      'feedback-tasks': async () => undefined,
      'consultation-tasks': async () => undefined,
      'directory-tasks': async () => undefined,
    };
    expect(await runDueSchedules(targets, new Date())).not.toContain(name);
    expect(await runDueSchedules(targets, new Date(Date.now() + 31_000))).toContain(name);
    expect(fired).toEqual([event]);
    expect(await due(name, new Date(Date.now() + 3600_000))).toBeUndefined();
  });

  it('retries a failing handler after its lease, and sets the schedule aside after the last attempt', async () => {
    const name = `article-${crypto.randomUUID()}`;
    await schedule({ name, at: new Date(Date.now() - 1000).toISOString(), target: 'publisher', event });
    let calls = 0;
    const failing: ScheduleTargets = {
      publisher: async () => {
        calls += 1;
        throw new Error('publisher unreachable');
      },
      'gazette-tasks': async () => undefined,
      'feedback-tasks': async () => undefined,
      'consultation-tasks': async () => undefined,
      'directory-tasks': async () => undefined,
    };
    const errors: string[] = [];
    let now = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS + 1; attempt += 1) {
      await runDueSchedules(failing, new Date(now), {
        leaseMs: 1000,
        onError: (_error, schedule) => errors.push(schedule),
      });
      now += 1001;
    }
    expect(calls).toBe(MAX_ATTEMPTS);
    expect(errors.filter((schedule) => schedule === name)).toHaveLength(MAX_ATTEMPTS);
    expect(await due(name, new Date(now + 3600_000))).toBeUndefined();
  });

  it('does not delete a schedule that was replaced while an earlier one ran', async () => {
    const name = `article-${crypto.randomUUID()}`;
    await schedule({ name, at: new Date(Date.now() - 1000).toISOString(), target: 'publisher', event });
    const taken = await due(name, new Date());
    if (!taken) throw new Error('the schedule is not due');
    const attempt = await claimDueSchedule(taken, new Date(Date.now() + 30_000));
    const later = new Date(Date.now() + 7200_000);
    await schedule({ name, at: later.toISOString(), target: 'publisher', event });
    await completeSchedule(name, attempt ?? 0);
    expect(await due(name, new Date(later.getTime() + 1000))).toMatchObject({
      name,
      at: later.toISOString(),
    });
  });
});
