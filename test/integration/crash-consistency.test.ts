import { type ChildProcess, spawn } from 'node:child_process';
import { type FSWatcher, mkdtempSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type Article, articleSchema } from '#shared/domain/article.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { freePort } from '../../infra/local/ports.ts';
import { seedCategories } from '../../infra/local/seed-data.ts';
import { firstTextOf } from '../support/well-formed.ts';

/**
 * Crash consistency of the local stack: `npm start` (infra/local/start.ts, on a temporary data folder)
 * runs in a child process that is killed with SIGKILL, with its DynamoDB Local and everything else in its
 * process group, at two points:
 *   1. the moment the 10th of 20 concurrent writes was acknowledged: 14 article creations and 6 approvals,
 *      each approval publishing (rendering pages, feeds and sitemaps) before it answers;
 *   2. during the start-up re-render, at its first write into the site bucket (the kill that once left
 *      `.data/` unable to start).
 * Then it starts without complaint, nothing acknowledged is missing, and every article's status agrees
 * with the public site: its page, its feed entry and its sitemap entry exist exactly when it is published.
 * Three starts of npm start; most of the time is Java starting DynamoDB Local.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'qtp-crash-'));
let child: ChildProcess | undefined;
let output = '';
/** One port for every start, as `npm start` keeps 3000: tokens name their issuer by it. */
let port = 0;
let url = '';

/**
 * Starts npm start's entry point on the temporary folder. Resolves when it is ready, or with `until:
 * 'rendering'` as soon as it says it renders the site.
 */
async function start(options: { until?: 'ready' | 'rendering' } = {}): Promise<void> {
  output = '';
  const running = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
    env: { ...process.env, QTP_DATA_DIR: dataDir, PORT: String(port), QTP_SEED: 'none' },
    // Its own process group, so one signal reaches DynamoDB Local too, as a killed terminal would.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = running;
  url = `http://localhost:${port}`;
  const awaited = options.until === 'rendering' ? 'Rendering the whole site' : 'Ctrl-C stops everything';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(awaited)) {
        clearTimeout(timer);
        resolve();
      }
    };
    running.stdout?.on('data', onData);
    running.stderr?.on('data', onData);
    running.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
}

/** SIGKILL to the whole process group: no shutdown handler runs, nothing is flushed. */
async function kill(): Promise<void> {
  const running = child;
  if (!running?.pid || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  process.kill(-running.pid, 'SIGKILL');
  await exited;
  running.removeAllListeners('exit');
  child = undefined;
}

afterAll(async () => {
  await kill();
  rmSync(dataDir, { recursive: true, force: true });
});

const tokens = new Map<string, string>();
async function token(username: string): Promise<string> {
  const known = tokens.get(username);
  if (known) return known;
  const answer = await fetch(`${url}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: `${username}-demo` }),
  });
  const { idToken } = z.object({ idToken: z.string() }).parse(await answer.json());
  tokens.set(username, idToken);
  return idToken;
}

async function call(username: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await token(username)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    json: response.headers.get('content-type')?.includes('json') ? await response.json() : undefined,
  };
}

const articleOf = (json: unknown) => articleSchema.parse(json);
const articleRead = z.object({ article: articleSchema });

/** Fires the requests at once and kills the stack the moment `acknowledged` of them have answered 2xx. */
async function killAfterAcknowledged<T>(
  requests: (() => Promise<T | undefined>)[],
  acknowledged: number,
): Promise<T[]> {
  const acks: T[] = [];
  let killing: Promise<void> | undefined;
  await Promise.allSettled(
    requests.map(async (request) => {
      const result = await request();
      if (result === undefined || killing) return;
      acks.push(result);
      if (acks.length >= acknowledged) killing = kill();
    }),
  );
  await (killing ?? kill());
  return acks;
}

/** What the public site says about an article: its page, and whether the feed and sitemap list it. */
async function publicState(article: Article) {
  const path = sitePaths.article(article.language, article.slug);
  const page = await fetch(`${url}${path}`);
  const html = await page.text();
  const feed = await (await fetch(`${url}${sitePaths.rssFeed(article.language)}`)).text();
  const index = await (await fetch(`${url}${sitePaths.sitemapIndex()}`)).text();
  const months = [...index.matchAll(/\/sitemaps\/([0-9-]+)\.xml/g)].map((match) => match[1] ?? '');
  const sitemaps = await Promise.all(
    months.map(async (month) => (await fetch(`${url}${sitePaths.sitemapMonth(month)}`)).text()),
  );
  return {
    page: page.status,
    title: page.status === 200 ? firstTextOf(html, 'h1') : undefined,
    inFeed: feed.includes(`${path}</link>`),
    inSitemap: sitemaps.some((sitemap) => sitemap.includes(`${path}</loc>`)),
  };
}

/** Every article's status, read back, agrees with the public site. */
async function expectStatusAndPagesAgree(articles: Article[]) {
  for (const known of articles) {
    const read = await call('bientap', 'GET', `/api/content/admin/articles/${known.id}`);
    expect(read.status).toBe(200);
    const { article } = articleRead.parse(read.json);
    const site = await publicState(article);
    const live = article.status === 'published';
    expect({ id: article.id, ...site }).toEqual({
      id: article.id,
      page: live ? 200 : 404,
      title: live ? article.title : undefined,
      inFeed: live,
      inSitemap: live,
    });
  }
}

describe('the local stack killed with SIGKILL', () => {
  const known: Article[] = [];
  let acknowledgedCreations: Article[] = [];
  let acknowledgedApprovals: Article[] = [];

  it('is killed the moment writes were acknowledged: creations and approvals (publication) in flight', async () => {
    port = await freePort();
    await start();
    const [first] = seedCategories;
    expect((await call('quantri', 'POST', '/api/content/admin/categories', first)).status).toBe(201);
    const draft = (index: number) => ({
      title: `Bài viết số ${index} trước khi dừng đột ngột`,
      summary: 'Bài viết để kiểm tra dữ liệu sau khi dừng đột ngột.',
      bodyHtml: `<p>Nội dung bài số ${index}.</p>`,
      categorySlug: first?.slug,
      language: 'vi',
    });
    const submitted: Article[] = [];
    for (let index = 1; index <= 6; index += 1) {
      const created = articleOf(
        (await call('bientap', 'POST', '/api/content/admin/articles', draft(index))).json,
      );
      const answer = await call('bientap', 'POST', `/api/content/admin/articles/${created.id}/submit`, {
        expectedVersion: created.version,
      });
      submitted.push(articleOf(answer.json));
    }
    known.push(...submitted);
    const acks = await killAfterAcknowledged<{ kind: 'created' | 'approved'; article: Article }>(
      [
        ...Array.from({ length: 14 }, (_, index) => async () => {
          const answer = await call('bientap', 'POST', '/api/content/admin/articles', draft(index + 7));
          return answer.status === 201
            ? { kind: 'created' as const, article: articleOf(answer.json) }
            : undefined;
        }),
        // Each approval renders the article's pages, feeds and sitemaps before it answers.
        ...submitted.map((article) => async () => {
          const answer = await call('giamdoc', 'POST', `/api/content/admin/articles/${article.id}/approve`, {
            expectedVersion: article.version,
          });
          return answer.status === 200
            ? { kind: 'approved' as const, article: articleOf(answer.json) }
            : undefined;
        }),
      ],
      10,
    );
    acknowledgedCreations = acks.filter((ack) => ack.kind === 'created').map((ack) => ack.article);
    acknowledgedApprovals = acks.filter((ack) => ack.kind === 'approved').map((ack) => ack.article);
    expect(acks.length).toBeGreaterThanOrEqual(10);
    known.push(...acknowledgedCreations);
  }, 240_000);

  it('is killed during the start-up re-render, at its first write into the site bucket', async () => {
    const siteBucket = join(dataDir, 's3', 'qtp-local-site');
    let watcher: FSWatcher | undefined;
    const firstWrite = new Promise<void>((resolve) => {
      watcher = watch(siteBucket, { recursive: true }, () => resolve());
    });
    await start({ until: 'rendering' });
    // Writes before the render began (the admin SPA goes to another bucket) do not count.
    await Promise.race([firstWrite, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    await kill();
    watcher?.close();
  }, 240_000);

  it('then starts without complaint, missing nothing acknowledged, every status agreeing with the site', async () => {
    await start();
    expect(output).not.toMatch(/could not start|already exists|damaged|half-written/);
    for (const article of acknowledgedCreations) {
      const read = await call('bientap', 'GET', `/api/content/admin/articles/${article.id}`);
      expect(read.status, `acknowledged creation of ${article.id}`).toBe(200);
      expect(articleRead.parse(read.json).article).toMatchObject({
        title: article.title,
        version: article.version,
      });
    }
    for (const article of acknowledgedApprovals) {
      const read = articleRead.parse(
        (await call('bientap', 'GET', `/api/content/admin/articles/${article.id}`)).json,
      );
      expect(read.article.status, `acknowledged approval of ${article.id}`).toBe('published');
    }
    await expectStatusAndPagesAgree(known);
  }, 240_000);
});
