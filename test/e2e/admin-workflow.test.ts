import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCategory, getCategory } from '#shared/data/directory.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * The admin SPA in real Chromium against the local stack: an editor writes and submits an article, the
 * director reviews the preview and publishes it. Every screen on the way is checked with axe-core
 * (no serious or critical violations). The test finds things by their accessible names — the ones
 * web/admin/README.md lists — not by CSS.
 */
const CHROMIUM = '/usr/bin/chromium';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

declare global {
  interface Window {
    axe: { run: (context?: unknown, options?: unknown) => Promise<AxeResults> };
  }
}

let stack: LocalStack;
let browser: Browser;
const category = 'kinh-te';
const contexts: BrowserContext[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${stack.url}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** Serious and critical axe-core violations on the page as it is now (WCAG 2.1 A and AA). */
async function seriousViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

describeInBrowser('admin SPA in Chromium', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    await uploadAdminSpa();
    if (!(await getCategory(category))) {
      await createCategory(
        { slug: category, nameVi: 'Kinh tế', nameEn: 'Economy', descriptionVi: '', order: 2 },
        { id: 'test', name: 'Test' },
      ).catch(() => undefined);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  it('lets an editor write and submit an article and a director publish it, accessibly', async () => {
    const title = `Bài kiểm thử trình duyệt ${Date.now().toString(36)}`;
    const editor = await newPage();

    await editor.goto(`${stack.url}/admin/`);
    await editor.getByLabel('Tên đăng nhập').waitFor();
    expect(await seriousViolations(editor)).toEqual([]);
    await signIn(editor, 'bientap', 'bientap-demo');
    await editor.getByRole('heading', { level: 1, name: 'Bài viết' }).waitFor();
    expect(await seriousViolations(editor)).toEqual([]);

    await editor.getByRole('link', { name: 'Viết bài mới' }).click();
    await editor.getByLabel('Tiêu đề').fill('Ngắn');
    await editor.getByRole('button', { name: 'Lưu nháp' }).click();
    // The server's field errors appear beside their fields; what was typed stays.
    await editor
      .getByText(/Tóm tắt:/)
      .first()
      .waitFor();
    expect(await editor.getByLabel('Tiêu đề').inputValue()).toBe('Ngắn');
    expect(await seriousViolations(editor)).toEqual([]);

    await editor.getByLabel('Tiêu đề').fill(title);
    await editor.getByLabel('Tóm tắt').fill('Tóm tắt của bài viết dùng cho kiểm thử đầu cuối.');
    await editor.getByLabel('Nội dung').click();
    await editor.keyboard.type('Đoạn mở đầu của bài viết kiểm thử.');
    await editor.getByLabel('Chuyên mục').selectOption(category);
    await editor.getByRole('button', { name: 'Lưu nháp' }).click();
    await editor.getByText('Đã lưu phiên bản 1.').waitFor();
    expect(editor.url()).toMatch(/\/admin\/articles\/[0-9a-f-]{36}\/edit$/);
    await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
    await editor.getByText('Đã gửi duyệt.').waitFor();
    expect(await seriousViolations(editor)).toEqual([]);
    // An editor is never offered the director's decisions.
    expect(await editor.getByRole('link', { name: 'Chờ duyệt' }).count()).toBe(0);

    const director = await newPage();
    await signIn(director, 'giamdoc', 'giamdoc-demo');
    await director.getByRole('link', { name: 'Chờ duyệt' }).click();
    await director.getByRole('link', { name: title }).click();
    await director.getByRole('button', { name: 'Duyệt và đăng ngay' }).waitFor();
    await expect(director.getByRole('button', { name: 'Hẹn giờ đăng' }).count()).resolves.toBe(1);
    await expect(director.getByRole('button', { name: 'Trả lại' }).count()).resolves.toBe(1);
    expect(await director.locator('iframe').getAttribute('sandbox')).toBe('');
    expect(await seriousViolations(director)).toEqual([]);

    await director.getByRole('button', { name: 'Duyệt và đăng ngay' }).click();
    await director.getByText('Đã duyệt và đăng bài.').waitFor();
    await director.getByRole('link', { name: 'Xem chi tiết và lịch sử' }).click();
    await director.getByRole('heading', { name: 'Lịch sử' }).waitFor();
    await expect(director.getByText('Đã đăng').first().isVisible()).resolves.toBe(true);
    expect(await seriousViolations(director)).toEqual([]);
    // Two browsers, a publication and axe: well under a minute alone, more beside the other suites.
  }, 120_000);
});
