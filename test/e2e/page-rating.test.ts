import { afterAll, beforeAll, expect, it } from 'vitest';
import { asset, writeFiles } from '#functions/publisher/site-files.ts';
import { createCategory, getCategory } from '#shared/data/directory.ts';
import { articleSchema } from '#shared/domain/article.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { ratingScript } from '#web/site/rating-script.ts';
import { siteStylesheet } from '#web/site/styles.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import { seedCategories } from '../../infra/local/seed-data.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { apiClient } from '../support/api-client.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { accountWithRole, startTestStack, uniqueSlug } from '../support/local-stack.ts';
import { eventually } from '../support/poll.ts';

/**
 * Issue 13 end to end, in Debian's Chromium against the local stack: a reader rates a published article
 * "Hữu ích" with JavaScript off (the form posts, the thank-you page links back), another rates it "Không
 * hữu ích" with JavaScript on (the script posts it and the thanks take the form's place, no page load);
 * the administrator then sees the page's figures and its section's on /admin/ratings. axe-core on the
 * thank-you page and on the screen in both languages.
 */
let stack: LocalStack;
let articlePath: string;
const readerAddress = `198.18.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
const editor = { id: 'local-bientap', name: 'Trần Minh Đức' };
const category = seedCategories.find((candidate) => candidate.slug === 'lich-su-van-hoa');

const session = browserSession({
  url: () => stack.url,
  citizenAddress: readerAddress,
  checkerPath: sitePaths.notFound(),
});
const { axePublic, axeBothLanguages, checked, newContext, signIn } = session;

describeInBrowser('rating a page’s usefulness in Chromium (issue 13)', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    await uploadAdminSpa();
    if (!category) throw new Error('no seed category lich-su-van-hoa');
    if (!(await getCategory(category.slug))) await createCategory(category, editor).catch(() => undefined);
    // The stylesheet and the rating script, which only a whole-site build writes.
    await writeFiles([
      asset(sitePaths.stylesheet(), siteStylesheet, 'text/css'),
      asset(sitePaths.ratingScript(), ratingScript(), 'text/javascript'),
    ]);
    // Through the API, as the newsroom does: the approval publishes the page.
    const api = apiClient(stack);
    const draft = articleSchema.parse(
      (
        await api.post('editor', '/api/content/admin/articles', {
          language: 'vi',
          title: `Thành cổ Quảng Trị đón khách dịp cuối năm ${uniqueSlug('danh-gia')}`,
          summary: 'Khu di tích Thành cổ Quảng Trị mở cửa đón khách tham quan suốt dịp cuối năm.',
          bodyHtml: '<p>Khu di tích mở cửa từ 7 giờ đến 17 giờ hằng ngày.</p>',
          categorySlug: category.slug,
          tags: ['du lịch'],
        })
      ).json,
    );
    const submitted = articleSchema.parse(
      (
        await api.post('editor', `/api/content/admin/articles/${draft.id}/submit`, {
          expectedVersion: draft.version,
        })
      ).json,
    );
    const published = articleSchema.parse(
      (
        await api.post('director', `/api/content/admin/articles/${submitted.id}/approve`, {
          expectedVersion: submitted.version,
        })
      ).json,
    );
    articlePath = sitePaths.article('vi', published.slug);
    await eventually(async () => {
      const response = await fetch(`${stack.url}${articlePath}`);
      return response.ok ? true : undefined;
    }, 'the article’s page');
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('counts a rating with JavaScript off and on, and shows the figures to the administrator', async () => {
    // 1. JavaScript off: the form posts; the thank-you page, in the site, links back to the article.
    const reader = await (await newContext({ javaScriptEnabled: false })).newPage();
    await reader.goto(`${stack.url}${articlePath}`);
    const question = reader.getByRole('group', {
      name: 'Thông tin trên trang này có hữu ích với bạn không?',
    });
    await question.getByRole('button', { name: 'Hữu ích', exact: true }).click();
    await reader.getByRole('heading', { level: 1, name: 'Cảm ơn bạn đã đánh giá' }).waitFor();
    expect(new URL(reader.url()).pathname).toBe(sitePaths.ratingApi());
    await axePublic(reader, 'thank-you page');
    await reader.getByRole('link', { name: 'Trở lại trang bạn vừa đọc' }).click();
    await reader.waitForURL(`${stack.url}${articlePath}`);

    // 2. JavaScript on: the script posts the answer; the thanks replace the form, the page stays.
    const enhanced = await (await newContext()).newPage();
    await enhanced.goto(`${stack.url}${articlePath}`);
    await enhanced.locator('form[data-page-rating][data-enhanced="1"]').waitFor();
    await enhanced.getByRole('button', { name: 'Không hữu ích' }).click();
    await enhanced
      .getByText('Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp Cổng hoàn thiện thông tin.')
      .waitFor();
    expect(enhanced.url()).toBe(`${stack.url}${articlePath}`);
    expect(await enhanced.locator('form[data-page-rating]').count()).toBe(0);
    expect(
      await enhanced
        .locator('.page-rating__thanks')
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);

    // 3. The administrator sees the page's figures and its section's totals.
    const admin = await signIn(accountWithRole('admin').username);
    await admin.getByRole('link', { name: 'Đánh giá trang' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Đánh giá mức độ hữu ích' }).waitFor();
    const row = admin.getByRole('row').filter({ has: admin.getByRole('link', { name: articlePath }) });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'tin-tuc',
      '1',
      '1',
      expect.stringMatching(/^50\s?%$/),
      expect.stringMatching(/\d{2}\/\d{2}\/\d{4}/),
    ]);
    const section = admin
      .getByRole('table', { name: 'Tổng số lượt đánh giá theo chuyên mục và ngôn ngữ' })
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name: 'tin-tuc', exact: true }) })
      .filter({ hasText: 'Tiếng Việt' });
    await section.waitFor();
    await axeBothLanguages(admin, 'ratings screen');

    expect(checked.filter((entry) => entry.violations.length > 0)).toEqual([]);
    expect(checked.map((entry) => entry.screen)).toEqual([
      'thank-you page',
      'ratings screen (vi)',
      'ratings screen (en)',
    ]);
  });
});
