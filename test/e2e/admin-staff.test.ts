import { afterAll, beforeAll, expect, it } from 'vitest';
import { getStaffAccount } from '#shared/data/staff.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * Staff accounts in Debian's Chromium (issue 13): the administrator creates an editor (an agency account
 * without an agency is refused on its field first), reads its one-time password; the editor signs in with
 * it and sees only the newsroom's screens; the administrator disables the account and the editor's next
 * request, with its token still unexpired, sends it back to the sign-in page, where it is told the account
 * is disabled; enabled again, it signs in. The account's history names every step. axe-core on the screen
 * in both languages.
 */
let stack: LocalStack;
const stamp = Date.now().toString(36);
const username = `bt.${stamp}`;
const name = `Phạm Thị Thử ${stamp}`;
const session = browserSession({ url: () => stack.url, citizenAddress: '198.18.7.13', checkerPath: '/' });
const { axeBothLanguages, checked, settled, signIn } = session;

describeInBrowser('the staff accounts screen in Chromium (issue 13)', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    await uploadAdminSpa();
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('creates, signs in, disables (the next request is refused) and enables a staff account', async () => {
    const admin = await signIn('quantri');
    await admin.getByRole('navigation').getByRole('link', { name: 'Tài khoản cán bộ' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Tài khoản cán bộ' }).waitFor();
    await settled(admin);

    // An agency account without its agency: refused on the agency field, nothing written.
    const form = admin.getByRole('region', { name: 'Thêm tài khoản' });
    await form.getByLabel('Tên đăng nhập').fill(username);
    await form.getByLabel('Họ và tên').fill(name);
    await form.getByLabel('Thư điện tử công vụ').fill(`${username}@quangtri.gov.vn`);
    await form.getByLabel('Cơ quan, đơn vị (gửi văn bản, tin bài)').check();
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const summary = admin.getByRole('alert');
    await summary.getByRole('link', { name: /Cơ quan: Tài khoản cơ quan phải có cơ quan/ }).waitFor();
    expect(await getStaffAccount(username), 'nothing is written').toBeUndefined();

    // An editor instead: created, its initial password shown once.
    await form.getByLabel('Cơ quan, đơn vị (gửi văn bản, tin bài)').uncheck();
    await form.getByLabel('Biên tập viên').check();
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const passwordPanel = admin.getByRole('region', { name: `Mật khẩu ban đầu của “${username}”` });
    await passwordPanel.waitFor();
    const password = (await passwordPanel.getByTestId('initial-password').textContent()) ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    const row = admin.getByRole('row', { name: new RegExp(username.replace('.', '\\.')) });
    await row.getByText('Biên tập viên').waitFor();
    // Found by its name typed without accents; the other accounts are filtered out.
    await admin.getByRole('row', { name: /quantri/ }).waitFor();
    await admin.getByLabel('Tên, tên đăng nhập hoặc thư điện tử').fill(`pham thi thu ${stamp}`);
    await admin.getByRole('button', { name: 'Lọc', exact: true }).click();
    await admin.getByRole('row', { name: /quantri/ }).waitFor({ state: 'detached' });
    await row.waitFor();
    await axeBothLanguages(admin, 'staff accounts');
    await passwordPanel.getByRole('button', { name: 'Đã ghi lại, ẩn mật khẩu' }).click();
    await expect(admin.getByTestId('initial-password').count()).resolves.toBe(0);

    // The editor signs in with it and has the newsroom's screens only: those of the demo editor, none of the
    // administrator's.
    const editor = await signIn(username, password);
    const nav = editor.getByRole('navigation');
    await nav.getByRole('link', { name: 'Bài viết' }).waitFor();
    const screensOf = (page: typeof editor) =>
      page.getByRole('navigation').getByRole('link').allTextContents();
    const demoEditor = await signIn('bientap');
    expect(await screensOf(editor)).toEqual(await screensOf(demoEditor));
    for (const other of ['Tài khoản cán bộ', 'Chuyên mục', 'Cơ quan, đơn vị']) {
      await expect(nav.getByRole('link', { name: other }).count(), other).resolves.toBe(0);
    }
    expect(await screensOf(admin)).toEqual(expect.arrayContaining(['Tài khoản cán bộ', 'Bài viết']));
    await editor.goto(`${stack.url}/admin/staff`);
    await editor.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();

    // Disabled by the administrator: the editor's next request (its token not expired) is refused.
    await row.getByRole('button', { name: `Khóa “${name}”` }).click();
    await admin.getByText(`Đã khóa tài khoản “${name}”`, { exact: false }).waitFor();
    await expect(getStaffAccount(username)).resolves.toMatchObject({ status: 'disabled' });
    // Its open session: the next screen's request is refused, and the SPA goes back to the sign-in page.
    await nav.getByRole('link', { name: 'Bài viết' }).click();
    await editor.getByLabel('Tên đăng nhập').waitFor();
    await editor.getByLabel('Tên đăng nhập').fill(username);
    await editor.getByLabel('Mật khẩu').fill(password);
    await editor.getByRole('button', { name: 'Đăng nhập' }).click();
    await editor.getByText('Tài khoản đã bị khóa', { exact: false }).waitFor();

    // Enabled again: the editor signs in.
    await row.getByRole('button', { name: `Mở khóa “${name}”` }).click();
    await admin.getByText(`Đã mở khóa tài khoản “${name}”`, { exact: false }).waitFor();
    const again = await signIn(username, password);
    await again.getByRole('navigation').getByRole('link', { name: 'Bài viết' }).waitFor();

    // The history names each step.
    await row.getByRole('button', { name: `Lịch sử “${name}”` }).click();
    const history = admin.getByRole('table', { name: 'Lịch sử' });
    await history.getByRole('cell', { name: 'Mở khóa', exact: true }).waitFor();
    for (const step of ['Tạo', 'Khóa']) {
      await expect(history.getByRole('cell', { name: step, exact: true }).count(), step).resolves.toBe(1);
    }
    await axeBothLanguages(admin, 'staff accounts, a history open');

    // A director is not the administrator: no link, and the address answers "not allowed".
    const director = await signIn('giamdoc');
    await expect(
      director.getByRole('navigation').getByRole('link', { name: 'Tài khoản cán bộ' }).count(),
    ).resolves.toBe(0);
    await director.goto(`${stack.url}/admin/staff`);
    await director.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();

    expect(checked.filter((screen) => screen.violations.length > 0)).toEqual([]);
  });
});
