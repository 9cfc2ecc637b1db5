import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildWholeSite } from '#functions/publisher/rebuild.ts';
import { createCategory, getCategory } from '#shared/data/directory.ts';
import { approveArticle, createArticle, submitArticle } from '#shared/editorial/article-service.ts';
import { seedCategories } from '../../infra/local/seed-data.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser, launchChromium, seriousAccessibilityViolations } from '../support/browser.ts';
import { startTestStack, uniqueSlug } from '../support/local-stack.ts';

let stack: LocalStack;
let browser: Browser;
let articlePath: string;
const editor = { id: 'local-bientap', name: 'Trần Minh Đức' };
const director = { id: 'local-giamdoc', name: 'Nguyễn Thị Hạnh' };

describeInBrowser('public site in Chromium', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    for (const category of seedCategories) {
      if (!(await getCategory(category.slug))) await createCategory(category, editor).catch(() => undefined);
    }
    const draft = await createArticle(
      {
        language: 'vi',
        title: `Cầu Hiền Lương - dấu ấn lịch sử bên dòng Bến Hải ${uniqueSlug('a11y')}`,
        summary: 'Di tích đôi bờ Hiền Lương - Bến Hải là biểu tượng của khát vọng thống nhất đất nước.',
        bodyHtml:
          '<p>Cầu Hiền Lương bắc qua sông Bến Hải.</p><h2>Lịch sử</h2><p>Nơi đây từng là giới tuyến tạm thời.</p>',
        categorySlug: 'lich-su-van-hoa',
        tags: ['di tích'],
      },
      editor,
    );
    const submitted = await submitArticle(draft.id, draft.version, editor);
    const published = await approveArticle(draft.id, { expectedVersion: submitted.version }, director);
    articlePath = `/tin-tuc/${published.article.slug}/`;
    await buildWholeSite();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const pages = () => [
    ['home', '/'],
    ['English home', '/en/'],
    ['category listing', '/chuyen-muc/lich-su-van-hoa/'],
    ['article', articlePath],
    ['print view', `${articlePath}ban-in/`],
    ['organisation', '/co-cau-to-chuc/'],
    ['English organisation', '/en/organisation/'],
    ['search', '/tim-kiem/'],
    ['search results', '/api/content/search?q=cau+hien+luong&lang=vi'],
  ];

  it('has no serious or critical WCAG 2.1 AA violation on the main pages (axe-core)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const found: Record<string, unknown> = {};
    for (const [name, path] of pages()) {
      const response = await page.goto(`${stack.url}${path}`);
      expect(response?.status(), `${name} ${path}`).toBe(200);
      const violations = await seriousAccessibilityViolations(page);
      if (violations.length > 0) found[`${name} ${path}`] = violations;
    }
    expect(found).toEqual({});
    await context.close();
  });

  it('is readable with JavaScript off and needs no script at all', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${stack.url}${articlePath}`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Cầu Hiền Lương');
    // The rating form's script only enhances it (the form posts without it); nothing else runs.
    expect(
      await page.locator('script:not([type="application/ld+json"]):not([src="/assets/rating.js"])').count(),
    ).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    // The search form works without JavaScript: it submits to the server-side search.
    await page.goto(`${stack.url}/tim-kiem/`);
    const form = page.locator('main form').first();
    await form.locator('input[name="q"]').fill('cau hien luong');
    await Promise.all([page.waitForURL(/\/api\/content\/search/), form.locator('button').first().click()]);
    await expect(page.content()).resolves.toContain('Cầu Hiền Lương');
    await context.close();
  });

  it('searches as the visitor types, from the index pieces on the CDN and no API call', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${stack.url}/tim-kiem/`);
    // Typed without marks, with one letter wrong.
    await page.locator('#search-page-query').pressSequentially('cau hien luongg', { delay: 20 });
    const hit = page.locator(`#search-live a[href="${articlePath}"]`);
    await hit.waitFor({ timeout: 10_000 });
    await expect(hit.textContent()).resolves.toContain('Cầu Hiền Lương');
    expect(requested.some((path) => path.startsWith('/search-index/'))).toBe(true);
    expect(requested.filter((path) => path.startsWith('/api/'))).toEqual([]);
    // The link to every result goes to the JavaScript-off page.
    await Promise.all([page.waitForURL(/\/api\/content\/search/), page.locator('#search-live > a').click()]);
    await expect(page.content()).resolves.toContain(articlePath);
    await context.close();
  });
});
