import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium, seriousAccessibilityViolations } from './browser.ts';

/**
 * One end-to-end test's browser: its contexts (each as the test's own citizen address, which the test stack
 * trusts), sign-in to the admin SPA, and the axe-core record of every screen checked. States are waited for,
 * never slept on.
 */
export function browserSession(options: {
  url: () => string;
  citizenAddress: string;
  /** A public page of the same origin where pages reached with JavaScript off are checked. */
  checkerPath: string;
}) {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  /** Each screen checked, in each language: the serious and critical axe-core violations found there. */
  const checked: { screen: string; violations: string[] }[] = [];
  let checker: Page | undefined;

  async function newContext(contextOptions: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
    browser ??= await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
      extraHTTPHeaders: { 'x-forwarded-for': options.citizenAddress },
      ...contextOptions,
    });
    contexts.push(context);
    return context;
  }

  async function axe(page: Page, screen: string) {
    const violations = (await seriousAccessibilityViolations(page)).map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    checked.push({ screen, violations });
  }

  /** Waits until nothing on the screen is still loading. */
  async function settled(page: Page) {
    await page
      .getByText(/^(Đang tải…|Loading…)$/)
      .first()
      .waitFor({ state: 'detached' });
  }

  return {
    checked,
    newContext,
    axe,
    settled,
    /**
     * axe on a public page reached with JavaScript off (axe itself needs it): the page's HTML as the citizen
     * got it, written into a page of the same origin (so its stylesheet loads), checked there.
     */
    async axePublic(citizen: Page, screen: string) {
      const html = await citizen.content();
      checker ??= await (await newContext()).newPage();
      await checker.goto(`${options.url()}${options.checkerPath}`);
      await checker.setContent(html, { waitUntil: 'load' });
      expect(await checker.evaluate(() => getComputedStyle(document.body).margin), 'the stylesheet').toBe(
        '0px',
      );
      await axe(checker, screen);
    },
    /** axe on an SPA screen in Vietnamese, then in English (the header's switch), and back to Vietnamese. */
    async axeBothLanguages(page: Page, screen: string) {
      await settled(page);
      await axe(page, `${screen} (vi)`);
      await page.getByRole('button', { name: 'Switch the interface to English' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await settled(page);
      await axe(page, `${screen} (en)`);
      await page.getByRole('button', { name: 'Chuyển giao diện sang tiếng Việt' }).click();
      await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    },
    async signIn(username: string, password = `${username}-demo`): Promise<Page> {
      const page = await (await newContext()).newPage();
      await page.goto(`${options.url()}/admin/`);
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill(password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser?.close();
    },
  };
}
