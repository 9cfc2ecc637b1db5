import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getArticle, getRevision } from '#shared/data/articles.ts';
import { createCategory } from '#shared/data/directory.ts';
import { createArticle } from '#shared/editorial/article-service.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * The editor's desk in Chromium (issue 15, decisions 198 and 199): an editor writes the English version of a
 * Vietnamese article and links it by typing part of its title, uploads an image with its alt text from the
 * rich-text editor's library dialog, then reuses that image in the Vietnamese article from the library; the
 * saved bodies keep the image with its alt text. axe-core on the picker, the dialog and the library screen.
 */
let stack: LocalStack;
const stamp = Date.now()
  .toString(36)
  .replace(/[^a-z]/g, 'x');
const category = `ban-tin-${stamp}`;
const viTitle = `Đăng ký kết hôn trực tuyến ${stamp}`;
const alt = `Cán bộ hướng dẫn đăng ký kết hôn ${stamp}`;
const session = browserSession({ url: () => stack.url, citizenAddress: '198.18.7.16', checkerPath: '/' });
const { axe, axeBothLanguages, checked, settled, signIn } = session;

describeInBrowser('the editor’s desk: translation picker and media library (issue 15)', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    await uploadAdminSpa();
    await createCategory(
      {
        slug: category,
        nameVi: `Bản tin ${stamp}`,
        nameEn: `Bulletin ${stamp}`,
        descriptionVi: '',
        order: 95,
      },
      { id: 'test', name: 'Test' },
    );
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('links a translation picked by title, and reuses an uploaded image with its alt text', async () => {
    const original = await createArticle(
      {
        language: 'vi',
        title: viTitle,
        summary: 'Tóm tắt bài viết dùng cho kiểm thử bàn biên tập.',
        bodyHtml: '<p>Nội dung bài tiếng Việt.</p>',
        categorySlug: category,
        tags: [],
      },
      { id: 'local-bientap', name: 'Trần Minh Đức' },
    );
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2a6f4f' } })
      .png()
      .toBuffer();

    const page = await signIn('bientap');
    await page.goto(`${stack.url}/admin/articles/new`);
    await page.getByLabel('Tiêu đề').fill(`Online marriage registration ${stamp}`);
    await page.getByLabel('Tóm tắt').fill('Summary of the English article for the editor’s desk test.');
    await page.getByLabel('Nội dung').click();
    await page.keyboard.type('The English article.');
    await page.getByLabel('Chuyên mục').selectOption(category);
    await page.locator('#article-language-en').check();

    // The picker searches the other language, without diacritics, by part of the title.
    await page.getByLabel(/Tìm bài viết theo tên bài \(tiếng Việt\)/).fill(`dang ky ket hon ${stamp}`);
    const pick = page.getByRole('button', { name: `Chọn bài: ${viTitle}` });
    await pick.waitFor();
    await settled(page);
    await axe(page, 'translation picker with results');
    await pick.click();
    await page.getByText(viTitle, { exact: false }).first().waitFor();

    // An image uploaded from the editor's library dialog, with its alt text, goes into the body.
    await page.getByRole('button', { name: 'Chèn từ thư viện' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chèn ảnh từ thư viện' });
    await dialog.waitFor();
    await settled(page);
    await axe(page, 'insert-from-library dialog');
    await dialog.getByRole('button', { name: 'Tải lên' }).click();
    await dialog.getByText('Cần nhập mô tả ảnh bằng tiếng Việt').waitFor();
    await dialog
      .getByLabel('Tệp ảnh (JPEG, PNG, WebP; tối đa 10 MB)')
      .setInputFiles({ name: `huong-dan-${stamp}.png`, mimeType: 'image/png', buffer: png });
    await dialog.getByLabel('Mô tả ảnh (tiếng Việt)').fill(alt);
    await dialog.getByRole('button', { name: 'Tải lên' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator(`.rich-text-content img[alt="${alt}"]`).waitFor();
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu phiên bản 1.').waitFor();
    const englishId = page.url().match(/articles\/([0-9a-f-]{36})\/edit$/)?.[1];
    expect(englishId).toBeDefined();
    const english = await getArticle(englishId ?? '');
    expect(english).toMatchObject({ language: 'en', translationOf: original.id });
    await expect(getArticle(original.id)).resolves.toMatchObject({ translationOf: englishId });

    // In the other article, the same image is found in the library by words of its alt text and reused.
    await page.goto(`${stack.url}/admin/articles/${original.id}/edit`);
    await page.getByLabel('Tiêu đề').waitFor();
    await page.getByRole('button', { name: 'Chèn từ thư viện' }).click();
    const again = page.getByRole('dialog', { name: 'Chèn ảnh từ thư viện' });
    await again.getByLabel('Tìm ảnh').fill(`huong dan ket hon ${stamp}`);
    await again.getByRole('button', { name: 'Tìm', exact: true }).click();
    const choose = again.getByRole('button', { name: `Chọn ảnh này: ${alt}` });
    await choose.waitFor();
    await choose.click();
    await again.waitFor({ state: 'detached' });
    await page.locator(`.rich-text-content img[alt="${alt}"]`).waitFor();
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    await page.getByText('Đã lưu phiên bản 2.').waitFor();
    const saved = await getRevision(original.id, 2);
    const src = (await getRevision(englishId ?? '', 1))?.bodyHtml.match(/<img src="([^"]+)"/)?.[1];
    expect(src).toMatch(/^\/media\//);
    expect(saved?.bodyHtml).toContain(`<img src="${src}" alt="${alt}"`);

    // The library screen lists it, newest first, and is accessible.
    await page.getByRole('navigation').getByRole('link', { name: 'Thư viện ảnh' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thư viện ảnh' }).waitFor();
    await page.getByText(alt).first().waitFor();
    await axeBothLanguages(page, 'media library');

    expect(checked.filter((screen) => screen.violations.length > 0)).toEqual([]);
  }, 240_000);
});
