import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCategory } from '#shared/data/directory.ts';
import { getStaffAccount } from '#shared/data/staff.ts';
import { createArticle } from '#shared/editorial/article-service.ts';
import { type LocalAccount, localAccounts } from '../../infra/local/accounts.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * Editors by area in Debian's Chromium (issue 15): the administrator gives an editor one category and
 * Vietnamese on the staff account screen; the editor then sees an article of another category read-only
 * (a notice, no edit button, the edit address refuses too) and one of their own category editable. axe-core
 * on the staff form with the area open and on the read-only article, in both languages.
 */
let stack: LocalStack;
const stamp = Date.now().toString(36);
const inside = `pv-trong-${stamp}`;
const outside = `pv-ngoai-${stamp}`;
const editor: LocalAccount = {
  username: `btpv.${stamp}`,
  password: `btpv.${stamp}-demo`,
  name: `Lý Văn Phạm Vi ${stamp}`,
  email: `btpv.${stamp}@quangtri.local`,
  groups: ['editor'],
};
const session = browserSession({ url: () => stack.url, citizenAddress: '198.18.7.15', checkerPath: '/' });
const { axeBothLanguages, checked, settled, signIn } = session;

const draft = (categorySlug: string, title: string) => ({
  language: 'vi' as const,
  title,
  summary: 'Tóm tắt bài viết dùng cho kiểm thử phạm vi biên tập.',
  bodyHtml: '<p>Nội dung bài viết.</p>',
  categorySlug,
  tags: [],
});

describeInBrowser('editors by area in Chromium (issue 15)', () => {
  beforeAll(async () => {
    stack = await startTestStack({ accounts: [...localAccounts, editor] });
    await uploadAdminSpa();
    for (const [slug, nameVi, order] of [
      [inside, `Phạm vi trong ${stamp}`, 93],
      [outside, `Phạm vi ngoài ${stamp}`, 94],
    ] as const) {
      await createCategory(
        { slug, nameVi, nameEn: `Area ${slug}`, descriptionVi: '', order },
        {
          id: 'test',
          name: 'Test',
        },
      );
    }
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('assigns an area on the staff screen; outside it the editor reads an article without editing', async () => {
    const newsroom = { id: 'local-bientap', name: 'Trần Minh Đức' };
    const theirs = await createArticle(draft(inside, `Bài trong phạm vi ${stamp}`), newsroom);
    const others = await createArticle(draft(outside, `Bài ngoài phạm vi ${stamp}`), newsroom);

    const admin = await signIn('quantri');
    await admin.goto(`${stack.url}/admin/staff`);
    const row = admin.getByRole('row', { name: new RegExp(editor.username.replace('.', '\\.')) });
    await row.getByRole('button', { name: `Sửa “${editor.name}”` }).click();
    const form = admin.getByRole('region', { name: `Sửa tài khoản “${editor.name}”` });
    const categories = form.getByRole('group', { name: 'Chuyên mục được biên tập' });
    await categories.getByLabel(`Phạm vi trong ${stamp}`).check();
    await form.getByRole('group', { name: 'Ngôn ngữ được biên tập' }).getByLabel('Tiếng Việt').check();
    await settled(admin);
    await axeBothLanguages(admin, 'staff account, an editor’s area');
    await form.getByRole('button', { name: 'Lưu tài khoản' }).click();
    await admin.getByText(`Đã lưu tài khoản “${editor.name}”`, { exact: false }).waitFor();
    await expect(getStaffAccount(editor.username)).resolves.toMatchObject({
      editorCategories: [inside],
      editorLanguages: ['vi'],
    });

    const page = await signIn(editor.username, editor.password);
    await page.goto(`${stack.url}/admin/articles/${others.id}`);
    await page.getByRole('heading', { level: 1, name: `Bài ngoài phạm vi ${stamp}` }).waitFor();
    await page.getByText('ngoài phạm vi biên tập được phân công cho bạn', { exact: false }).waitFor();
    await expect(page.getByRole('link', { name: 'Sửa bài' }).count()).resolves.toBe(0);
    await settled(page);
    await axeBothLanguages(page, 'an article outside the editor’s area');
    await page.goto(`${stack.url}/admin/articles/${others.id}/edit`);
    await page.getByText('ngoài phạm vi biên tập được phân công cho bạn', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Lưu nháp' }).count()).resolves.toBe(0);

    await page.goto(`${stack.url}/admin/articles/${theirs.id}`);
    await page.getByRole('heading', { level: 1, name: `Bài trong phạm vi ${stamp}` }).waitFor();
    await page.getByRole('link', { name: 'Sửa bài' }).waitFor();
    await expect(
      page.getByText('ngoài phạm vi biên tập được phân công cho bạn', { exact: false }).count(),
    ).resolves.toBe(0);

    // A new article: only the area's categories are offered.
    await page.goto(`${stack.url}/admin/articles/new`);
    const category = page.getByLabel('Chuyên mục');
    await category.locator(`option[value="${inside}"]`).waitFor({ state: 'attached' });
    await expect(category.locator(`option[value="${outside}"]`).count()).resolves.toBe(0);

    expect(checked.filter((screen) => screen.violations.length > 0)).toEqual([]);
  });
});
