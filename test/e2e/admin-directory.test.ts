import { afterAll, beforeAll, expect, it } from 'vitest';
import { getAgency, getCategory } from '#shared/data/directory.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * The reference-data screens (issue 13: categories and agencies get their admin screens), in Debian's
 * Chromium against the local stack: the administrator adds a category (a bad order and a missing English
 * name are refused on their fields first), edits it and reads its history; adds a ward, is refused a second
 * agency of the same name typed without accents, clears a website. An editor has neither screen. axe-core
 * on both screens in both languages.
 */
let stack: LocalStack;
const stamp = Date.now().toString(36);
const categorySlug = `thu-nghiem-${stamp}`;
const agencyId = `phuong-thu-${stamp}`;
const agencyName = `Phường Đồng Sơn thử ${stamp}`;
const session = browserSession({ url: () => stack.url, citizenAddress: '198.18.7.7', checkerPath: '/' });
const { axeBothLanguages, checked, settled, signIn } = session;

describeInBrowser('the categories and agencies screens in Chromium (issue 13)', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    await uploadAdminSpa();
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('lets the administrator keep categories and agencies, with errors by field and a history', async () => {
    const admin = await signIn('quantri');
    await admin.getByRole('navigation').getByRole('link', { name: 'Chuyên mục' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Chuyên mục' }).waitFor();
    await settled(admin);

    // A new category: the order is not a number and the English name is missing, each said by its field.
    const form = admin.getByRole('region', { name: 'Thêm chuyên mục' });
    await form.getByLabel('Đường dẫn (slug)').fill(categorySlug);
    await form.getByLabel('Thứ tự', { exact: true }).fill('abc');
    await form.getByLabel('Tên tiếng Việt').fill('Chuyển đổi số');
    await form.getByRole('button', { name: 'Thêm chuyên mục' }).click();
    const summary = admin.getByRole('alert');
    await summary.waitFor();
    await expect(summary.getByRole('link', { name: /Thứ tự/ }).count()).resolves.toBe(1);
    await expect(summary.getByRole('link', { name: /Tên tiếng Anh/ }).count()).resolves.toBe(1);
    expect(await getCategory(categorySlug), 'nothing is written').toBeUndefined();
    // What was typed is still there; fixed, it is created.
    expect(await form.getByLabel('Tên tiếng Việt').inputValue()).toBe('Chuyển đổi số');
    await form.getByLabel('Thứ tự', { exact: true }).fill('75');
    await form.getByLabel('Tên tiếng Anh').fill('Digital transformation');
    await form.getByRole('button', { name: 'Thêm chuyên mục' }).click();
    await admin.getByText('Đã thêm chuyên mục “Chuyển đổi số”.', { exact: false }).waitFor();
    const row = admin.getByRole('row', { name: new RegExp(categorySlug) });
    await row.waitFor();

    // Edited: the slug cannot change; the new name is stored with the next version.
    await row.getByRole('button', { name: 'Sửa “Chuyển đổi số”' }).click();
    const edit = admin.getByRole('region', { name: 'Sửa chuyên mục “Chuyển đổi số”' });
    expect(await edit.getByLabel('Đường dẫn (slug)').getAttribute('readonly')).not.toBeNull();
    await edit.getByLabel('Tên tiếng Anh').fill('Digital transformation and e-government');
    await edit.getByRole('button', { name: 'Lưu chuyên mục' }).click();
    await admin.getByText('Đã lưu chuyên mục “Chuyển đổi số”.', { exact: false }).waitFor();
    await expect(getCategory(categorySlug)).resolves.toMatchObject({
      nameEn: 'Digital transformation and e-government',
      order: 75,
      version: 2,
    });
    await row.getByRole('button', { name: 'Lịch sử “Chuyển đổi số”' }).click();
    const history = admin.getByRole('table', { name: 'Lịch sử' });
    await history.getByRole('cell', { name: 'Sửa', exact: true }).waitFor();
    await expect(history.getByRole('cell', { name: 'Tạo', exact: true }).count()).resolves.toBe(1);
    await axeBothLanguages(admin, 'categories');

    // Agencies: a ward with its e-mail and website, found under its kind.
    await admin.getByRole('navigation').getByRole('link', { name: 'Cơ quan, đơn vị' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Cơ quan, đơn vị' }).waitFor();
    await settled(admin);
    const agencyForm = admin.getByRole('region', { name: 'Thêm cơ quan' });
    await agencyForm.getByLabel('Mã cơ quan').fill(agencyId);
    await agencyForm.getByLabel('Loại cơ quan').selectOption('ward');
    await agencyForm.getByLabel('Tên tiếng Việt').fill(agencyName);
    await agencyForm.getByLabel('Tên tiếng Anh').fill(`Dong Son Ward test ${stamp}`);
    await agencyForm.getByLabel('Thư điện tử công vụ').fill(`dongson.${stamp}@quangtri.gov.vn`);
    await agencyForm.getByLabel('Trang thông tin điện tử').fill('https://dongson.quangtri.gov.vn');
    await agencyForm.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await admin.getByText(`Đã thêm cơ quan “${agencyName}”.`).waitFor();
    await admin.getByLabel('Loại cơ quan', { exact: true }).first().selectOption('ward');
    const agencyRow = admin.getByRole('row', { name: new RegExp(agencyId) });
    await agencyRow.waitFor();
    await expect(
      agencyRow.getByRole('link', { name: 'https://dongson.quangtri.gov.vn' }).count(),
    ).resolves.toBe(1);

    // The same name typed without accents and in capitals is another agency's: refused on the name.
    await agencyForm.getByLabel('Mã cơ quan').fill(`${agencyId}-2`);
    await agencyForm.getByLabel('Tên tiếng Việt').fill(`PHUONG DONG SON THU ${stamp.toUpperCase()}`);
    await agencyForm.getByLabel('Tên tiếng Anh').fill('Duplicate');
    await agencyForm.getByRole('button', { name: 'Thêm cơ quan' }).click();
    await admin.getByText('Đã có cơ quan mang tên này', { exact: false }).first().waitFor();
    expect(await getAgency(`${agencyId}-2`), 'nothing is written').toBeUndefined();

    // Editing clears the website: the agency no longer has one.
    await agencyRow.getByRole('button', { name: `Sửa “${agencyName}”` }).click();
    const agencyEdit = admin.getByRole('region', { name: `Sửa cơ quan “${agencyName}”` });
    await agencyEdit.getByLabel('Trang thông tin điện tử').fill('');
    await agencyEdit.getByRole('button', { name: 'Lưu cơ quan' }).click();
    await admin.getByText(`Đã lưu cơ quan “${agencyName}”.`).waitFor();
    const stored = await getAgency(agencyId);
    expect(stored).toMatchObject({ kind: 'ward', version: 2, email: `dongson.${stamp}@quangtri.gov.vn` });
    expect(stored?.website).toBeUndefined();
    await axeBothLanguages(admin, 'agencies');

    // An editor has neither screen: no link, and the address answers "not allowed".
    const editor = await signIn('bientap');
    await expect(
      editor.getByRole('navigation').getByRole('link', { name: 'Cơ quan, đơn vị' }).count(),
    ).resolves.toBe(0);
    await editor.goto(`${stack.url}/admin/agencies`);
    await editor.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await expect(editor.getByRole('region', { name: 'Thêm cơ quan' }).count()).resolves.toBe(0);

    expect(checked.filter((screen) => screen.violations.length > 0)).toEqual([]);
  });
});
