import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateBucketCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { resetClients, s3 } from '#shared/data/clients.ts';
import { officials, units } from '#shared/data/organisation.ts';
import { englishStatus, unitEnglishPairs } from '#shared/domain/english-versions.ts';
import { linkCheckSchema, unitSchema } from '#shared/domain/organisation.ts';
import { rebuildProgressSchema } from '#shared/domain/rebuild.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { runDueSchedules } from '../../infra/local/scheduler.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { startTestStack } from '../support/local-stack.ts';
import { eventually } from '../support/poll.ts';

/**
 * The organisation as data through the API on DynamoDB Local (issue 13): units and their English versions,
 * the chart's rules, focal points, links; the link check finding a dead link among local servers (404, a
 * refused port) and live ones (200, HEAD refused but GET answering, a redirect); the admin's rebuild
 * putting the data on the public pages, with its progress. A table and a site bucket of its own: the check
 * reads every link of the table and the rebuild writes every page of the site.
 */
let stack: LocalStack;
let api: ReturnType<typeof apiClient>;
const servers: Server[] = [];

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let alive = '';
let missing = '';
let headRefused = '';
let redirected = '';
let refused = '';

beforeAll(async () => {
  stack = await startTestStack({ tableName: 'qtp-organisation-test' });
  process.env.SITE_BUCKET = 'qtp-organisation-site';
  resetClients();
  await s3()
    .send(new CreateBucketCommand({ Bucket: 'qtp-organisation-site' }))
    .catch(() => undefined);
  api = apiClient(stack);
  alive = `${await serve((_request, response) => response.writeHead(200).end('ok'))}/trang-chu`;
  missing = `${await serve((_request, response) => response.writeHead(404).end('not found'))}/da-xoa`;
  headRefused = `${await serve((request, response) =>
    response.writeHead(request.method === 'HEAD' ? 405 : 200).end(),
  )}/chi-get`;
  const target = await serve((_request, response) => response.writeHead(200).end());
  redirected = `${await serve((_request, response) => response.writeHead(301, { location: `${target}/moi` }).end())}/cu`;
  // A port that was listening and is closed: the connection is refused.
  const closed = createServer();
  closed.listen(0, '127.0.0.1');
  await once(closed, 'listening');
  refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
  closed.close();
}, 60_000);

afterAll(async () => {
  for (const server of servers) server.close();
  await stack?.stop();
});

/** A page as the rebuild wrote it into this file's site bucket (`/a/b/` → `a/b/index.html`). */
async function sitePage(path: string): Promise<string> {
  const object = await s3().send(
    new GetObjectCommand({ Bucket: 'qtp-organisation-site', Key: `${path.slice(1)}index.html` }),
  );
  return (await object.Body?.transformToString('utf8')) ?? '';
}

const unitBody = {
  kind: 'body',
  order: 1,
  nameVi: 'Văn phòng thử',
  nameEn: 'Test office',
  functionsVi: 'Tham mưu tổng hợp.',
  functionsEn: 'General advice.',
};

describe('units and their English versions', () => {
  it('creates a unit, reports English older than its Vietnamese, and clears it when the English is saved', async () => {
    const created = await api.post('admin', '/api/content/admin/units', { id: 'van-phong-thu', ...unitBody });
    expect(created.status).toBe(201);
    const unit = unitSchema.parse(created.json);
    expect(englishStatus(unit, unitEnglishPairs, unit.fieldTimes)).toEqual([]);

    // The Vietnamese changes, the English does not: the English is stale.
    const viOnly = await api.put('admin', '/api/content/admin/units/van-phong-thu', {
      ...unitBody,
      functionsVi: 'Tham mưu tổng hợp.\nQuản lý Cổng Thông tin điện tử.',
      expectedVersion: 1,
    });
    expect(viOnly.status).toBe(200);
    const stale = unitSchema.parse(viOnly.json);
    expect(englishStatus(stale, unitEnglishPairs, stale.fieldTimes)).toEqual([
      { field: 'functionsEn', state: 'stale' },
    ]);
    const english = await api.put('admin', '/api/content/admin/units/van-phong-thu', {
      ...unitBody,
      functionsVi: 'Tham mưu tổng hợp.\nQuản lý Cổng Thông tin điện tử.',
      functionsEn: 'General advice.\nRuns the provincial portal.',
      expectedVersion: 2,
    });
    const fresh = unitSchema.parse(english.json);
    expect(englishStatus(fresh, unitEnglishPairs, fresh.fieldTimes)).toEqual([]);
    expect(fresh.version).toBe(3);
    const history = await api.get('admin', '/api/content/admin/units/van-phong-thu/history');
    expect(
      z
        .object({ items: z.array(z.object({ action: z.string() })) })
        .parse(history.json)
        .items.map((entry) => entry.action),
    ).toEqual(['create', 'update', 'update']);
  });

  it('refuses an unknown parent and a cycle by field, an old version, and an editor', async () => {
    await api.post('admin', '/api/content/admin/units', {
      id: 'phong-thu',
      ...unitBody,
      parentId: 'van-phong-thu',
    });
    const unknown = await api.post('admin', '/api/content/admin/units', {
      id: 'le-loi',
      ...unitBody,
      parentId: 'khong-co',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('parentId');
    const cycle = await api.put('admin', '/api/content/admin/units/van-phong-thu', {
      ...unitBody,
      parentId: 'phong-thu',
      expectedVersion: 3,
    });
    expect(cycle.status).toBe(400);
    expect(cycle.text).toContain('parentId');
    expect((await units.get('van-phong-thu'))?.parentId).toBeUndefined();
    const old = await api.put('admin', '/api/content/admin/units/van-phong-thu', {
      ...unitBody,
      expectedVersion: 1,
    });
    expect(old.status).toBe(409);
    const editor = await api.post('editor', '/api/content/admin/units', { id: 'cua-bien-tap', ...unitBody });
    expect(editor.status).toBe(403);
  });

  it('keeps focal points of known units, with a field error for an unknown unit or a bad phone', async () => {
    const body = {
      id: 'dau-moi-thu',
      unitId: 'van-phong-thu',
      name: 'Nguyễn Thị Thử',
      positionVi: 'Chánh Văn phòng',
      positionEn: '',
      phone: '0233 3852 000',
      email: 'thu@quangtri.gov.vn',
      listed: true,
      order: 1,
    };
    expect(
      (await api.post('admin', '/api/content/admin/officials', { ...body, unitId: 'khong-co' })).status,
    ).toBe(400);
    const badPhone = await api.post('admin', '/api/content/admin/officials', { ...body, phone: 'gọi tôi' });
    expect(badPhone.status).toBe(400);
    expect(badPhone.text).toContain('phone');
    expect((await api.post('admin', '/api/content/admin/officials', body)).status).toBe(201);
    const stored = await officials.get('dau-moi-thu');
    expect(stored?.fieldTimes.positionVi).toBeDefined();
  });
});

describe('the link check', () => {
  it('finds the dead links among local servers and reports them to the administrator only', async () => {
    const links = { alive, missing, headRefused, redirected, refused };
    for (const [index, [id, url]] of Object.entries(links).entries()) {
      const answer = await api.post('admin', '/api/content/admin/links', {
        id: `lien-ket-${id.toLowerCase()}`,
        group: 'ministry',
        nameVi: `Liên kết ${id}`,
        nameEn: `Link ${id}`,
        url,
        order: index + 1,
      });
      expect(answer.status, id).toBe(201);
    }
    expect(
      (
        await api.post('admin', '/api/content/admin/links', {
          id: 'ftp',
          group: 'other',
          nameVi: 'FTP',
          nameEn: 'FTP',
          url: 'ftp://example.org/',
          order: 1,
        })
      ).status,
    ).toBe(400);

    // "Check now" schedules the task; the local scheduler fires it as EventBridge Scheduler would.
    expect((await api.post('admin', '/api/content/admin/link-checks', {})).status).toBe(202);
    const fired = await runDueSchedules(stack.scheduleTargets, new Date(), {
      only: (name) => name === 'directory-link-check',
    });
    expect(fired).toEqual(['directory-link-check']);

    const checks = await api.get('admin', '/api/content/admin/link-checks');
    const byUrl = new Map(
      z
        .object({ items: z.array(linkCheckSchema) })
        .parse(checks.json)
        .items.map((check) => [check.url, check]),
    );
    expect(byUrl.get(alive)).toMatchObject({ state: 'alive', status: 200 });
    expect(byUrl.get(headRefused)).toMatchObject({ state: 'alive', status: 200 });
    expect(byUrl.get(redirected)).toMatchObject({ state: 'alive', status: 200 });
    expect(byUrl.get(redirected)?.finalUrl).toMatch(/\/moi$/);
    expect(byUrl.get(missing)).toMatchObject({ state: 'dead', status: 404 });
    expect(byUrl.get(refused)).toMatchObject({ state: 'dead', error: 'ECONNREFUSED' });
    expect(byUrl.get(missing)?.deadSince).toBe(byUrl.get(missing)?.checkedAt);
    // The run scheduled the next one, a day later.
    expect(
      await runDueSchedules(stack.scheduleTargets, new Date(Date.now() + 3600_000), {
        only: (name) => name === 'directory-link-check',
      }),
    ).toEqual([]);
    expect((await api.get('editor', '/api/content/admin/link-checks')).status).toBe(403);
  }, 60_000);
});

describe("the administrator's rebuild", () => {
  it('starts the rebuild, reports its progress, and the pages show the data', async () => {
    expect((await api.post('director', '/api/content/admin/rebuilds', {})).status).toBe(403);
    const started = await api.post('admin', '/api/content/admin/rebuilds', {});
    expect(started.status).toBe(202);
    const { rebuildId } = z.object({ rebuildId: z.string() }).parse(started.json);
    // One at a time: a second press while it runs is refused, saying so.
    const again = await api.post('admin', '/api/content/admin/rebuilds', {});
    expect(again.status).toBe(409);
    expect(again.text).toContain('rebuild-running');
    const progress = await eventually(
      async () => {
        const answer = await api.get('admin', `/api/content/admin/rebuilds/${rebuildId}`);
        const parsed = rebuildProgressSchema.safeParse(answer.json);
        return parsed.success && (parsed.data.status === 'done' || parsed.data.status === 'failed')
          ? parsed.data
          : undefined;
      },
      'the rebuild to end',
      60_000,
    );
    expect(progress).toMatchObject({ status: 'done', failed: [] });
    expect(progress.rendered).toBe(progress.total);
    // Once it ended, the next may start.
    const next = await api.post('admin', '/api/content/admin/rebuilds', {});
    expect(next.status).toBe(202);

    expect(await sitePage(sitePaths.staticPage('vi', 'organisation'))).toContain('Văn phòng thử');
    expect(await sitePage(sitePaths.unit('en', 'van-phong-thu'))).toContain('Runs the provincial portal.');
    expect(await sitePage(sitePaths.contacts('vi'))).toContain('Nguyễn Thị Thử');
    expect(await sitePage(sitePaths.staticPage('vi', 'links'))).toContain(missing);
    expect(await sitePage(sitePaths.agencies('en'))).toContain('<h1>Directory of agencies</h1>');
  }, 90_000);
});
