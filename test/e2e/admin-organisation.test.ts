import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allDirectoryFiles } from '#functions/publisher/directory-pages.ts';
import { fixedFiles } from '#functions/publisher/fixed-pages.ts';
import { writeFiles } from '#functions/publisher/site-files.ts';
import { resetClients, s3 } from '#shared/data/clients.ts';
import { createAgency } from '#shared/data/directory.ts';
import { units } from '#shared/data/organisation.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { createExternalLink, createOfficial, createUnit, updateUnit } from '#shared/organisation/service.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import { runDueSchedules } from '../../infra/local/scheduler.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * The organisation screens (issue 13) in Debian's Chromium: the administrator sees a unit's English
 * functions older than the Vietnamese, writes them, and sees the indicator clear; asks for a link check
 * and sees the dead link (a local server answering 404) reported; starts the rebuild and follows it to its
 * end. axe-core on every new screen in both languages and on every new public page. A table of its own
 * (the check reads every link of its table) and, for the rebuild, a site bucket of its own.
 */
let stack: LocalStack;
const servers: Server[] = [];
let deadUrl = '';
let aliveUrl = '';
const session = browserSession({ url: () => stack.url, citizenAddress: '198.18.7.13', checkerPath: '/' });
const { axe, axeBothLanguages, checked, settled, signIn } = session;

async function serve(status: number): Promise<string> {
  const server = createServer((_request, response) => response.writeHead(status).end());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describeInBrowser('the organisation, contacts, links and rebuild screens in Chromium (issue 13)', () => {
  beforeAll(async () => {
    stack = await startTestStack({ tableName: 'qtp-organisation-e2e' });
    await uploadAdminSpa();
    deadUrl = `${await serve(404)}/trang-da-xoa`;
    aliveUrl = `${await serve(200)}/trang-chu`;
    if (!(await units.get('cong-thu'))) {
      await createAgency(
        {
          id: 'phuong-dong-ha',
          nameVi: 'Ủy ban nhân dân phường Đông Hà',
          nameEn: "Dong Ha Ward People's Committee",
          kind: 'ward',
        },
        systemActor,
      );
      const unit = await createUnit(
        {
          id: 'cong-thu',
          kind: 'body',
          order: 1,
          nameVi: 'Cổng Thông tin điện tử (thử)',
          nameEn: 'Provincial Portal (test)',
          functionsVi: 'Quản lý, vận hành Cổng.',
          functionsEn: 'Runs the portal.',
        },
        systemActor,
      );
      // The Vietnamese changes afterwards: its English is now older.
      await updateUnit(
        'cong-thu',
        { ...unit, functionsVi: 'Quản lý, vận hành Cổng.\nXuất bản Công báo tỉnh.' },
        unit.version,
        systemActor,
      );
      await createOfficial(
        {
          id: 'dau-moi-thu',
          unitId: 'cong-thu',
          name: 'Nguyễn Văn Thử',
          positionVi: 'Giám đốc',
          positionEn: 'Director',
          roleVi: '',
          roleEn: '',
          phone: '0233 3852 468',
          email: 'thu@quangtri.gov.vn',
          listed: true,
          order: 1,
        },
        systemActor,
      );
    }
    for (const [id, url] of [
      ['lien-ket-hong', deadUrl],
      ['lien-ket-song', aliveUrl],
    ] as const) {
      await createExternalLink(
        {
          id: `${id}-${servers.length}-${Date.now().toString(36)}`,
          group: 'ministry',
          nameVi: id,
          nameEn: id,
          url,
          order: 1,
        },
        systemActor,
      );
    }
    // The public pages from this table's data, as the rebuild writes them.
    const ctx = await loadSiteContext();
    await writeFiles([...fixedFiles(ctx), ...(await allDirectoryFiles(ctx))]);
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) server.close();
    await session.close();
    await stack?.stop();
  });

  it('clears the missing/stale English indicator, reports a dead link and follows a rebuild', async () => {
    const admin = await signIn('quantri');
    await admin.getByRole('navigation').getByRole('link', { name: 'Cơ cấu tổ chức' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Cơ cấu tổ chức' }).waitFor();
    await settled(admin);
    const row = admin.locator('tr[data-unit="cong-thu"]');
    await row.getByText('Cũ hơn tiếng Việt: chức năng, nhiệm vụ').waitFor();
    await axeBothLanguages(admin, 'organisation');

    await row.getByRole('button', { name: 'Sửa “Cổng Thông tin điện tử (thử)”' }).click();
    const edit = admin.getByRole('region', { name: 'Sửa đơn vị “Cổng Thông tin điện tử (thử)”' });
    await edit
      .getByLabel('Chức năng, nhiệm vụ (tiếng Anh)')
      .fill('Runs the portal.\nPublishes the Provincial Official Gazette.');
    await edit.getByRole('button', { name: 'Lưu đơn vị' }).click();
    await admin.getByText('Đã lưu đơn vị “Cổng Thông tin điện tử (thử)”.', { exact: false }).waitFor();
    await row.getByText('Đầy đủ').waitFor();
    await expect(row.getByText('Cũ hơn tiếng Việt', { exact: false }).count()).resolves.toBe(0);

    await admin.getByRole('navigation').getByRole('link', { name: 'Đầu mối liên hệ' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Đầu mối liên hệ' }).waitFor();
    await admin
      .getByRole('row', { name: /Nguyễn Văn Thử/ })
      .getByText('Đầy đủ')
      .waitFor();
    await axeBothLanguages(admin, 'focal points');

    // Links: check now, the scheduler fires the task, the dead link is reported.
    await admin.getByRole('navigation').getByRole('link', { name: 'Liên kết website' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Liên kết website' }).waitFor();
    await settled(admin);
    await admin.getByRole('button', { name: 'Kiểm tra liên kết ngay' }).click();
    await admin.getByText('Đã yêu cầu kiểm tra', { exact: false }).waitFor();
    expect(
      await runDueSchedules(stack.scheduleTargets, new Date(), {
        only: (name) => name === 'directory-link-check',
      }),
    ).toEqual(['directory-link-check']);
    await admin.getByRole('button', { name: 'Tải lại kết quả' }).click();
    const dead = admin.getByRole('table', { name: /Liên kết hỏng/ });
    await dead.getByRole('rowheader', { name: deadUrl }).waitFor();
    await expect(dead.getByText('HTTP 404').count()).resolves.toBeGreaterThan(0);
    await expect(dead.getByRole('rowheader', { name: aliveUrl }).count()).resolves.toBe(0);
    await axeBothLanguages(admin, 'links');

    // The rebuild, into a site bucket of this file's own (the gateway keeps serving the shared one).
    process.env.SITE_BUCKET = 'qtp-organisation-e2e-site';
    resetClients();
    await s3()
      .send(new CreateBucketCommand({ Bucket: 'qtp-organisation-e2e-site' }))
      .catch(() => undefined);
    await admin.getByRole('navigation').getByRole('link', { name: 'Dựng lại trang' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Dựng lại trang công khai' }).waitFor();
    await axeBothLanguages(admin, 'rebuild');
    await admin.getByRole('button', { name: 'Dựng lại toàn bộ trang' }).click();
    await admin.locator('[data-rebuild-status="done"]').waitFor({ timeout: 60_000 });
    await axe(admin, 'rebuild done (vi)');

    // An editor has none of these screens.
    const editor = await signIn('bientap');
    await expect(
      editor.getByRole('navigation').getByRole('link', { name: 'Dựng lại trang' }).count(),
    ).resolves.toBe(0);
    await editor.goto(`${stack.url}/admin/rebuild`);
    await editor.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();

    // The public pages from data, in both languages.
    const citizen = await (await session.newContext()).newPage();
    for (const language of ['vi', 'en'] as const) {
      for (const path of [
        sitePaths.staticPage(language, 'organisation'),
        sitePaths.unit(language, 'cong-thu'),
        sitePaths.contacts(language),
        sitePaths.staticPage(language, 'links'),
        sitePaths.agencies(language),
      ]) {
        const response = await citizen.goto(`${stack.url}${path}`);
        expect(response?.status(), path).toBe(200);
        await axe(citizen, path);
      }
    }
    // Under a loaded machine the page was once seen before the focal point reached it: look again for a while
    // rather than once (the suite's only flake of this kind; see the closing note of 2026-12-02).
    await expect
      .poll(
        async () => {
          await citizen.goto(`${stack.url}${sitePaths.contacts('vi')}`);
          return citizen.getByRole('cell', { name: 'Giám đốc' }).count();
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBeGreaterThan(0);

    expect(checked.filter((screen) => screen.violations.length > 0)).toEqual([]);
  }, 180_000);
});
