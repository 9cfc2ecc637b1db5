import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCategory, getCategory } from '#shared/data/directory.ts';
import type { Actor } from '#shared/domain/audit.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { approveArticle, createArticle, submitArticle } from '#shared/editorial/article-service.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * The activity reports in Debian's Chromium (issue 15), on a table of their own (the figures are the whole
 * table's): articles published in 2025 through the services, then the director opens the reports, picks
 * the year and a quarter, reads the charts and their tables, downloads the CSV and the PDF; axe-core on the
 * screen in both languages; an editor has no such screen.
 */
let stack: LocalStack;
const session = browserSession({ url: () => stack.url, citizenAddress: '198.18.7.41', checkerPath: '/' });
const { axeBothLanguages, checked, settled, signIn } = session;
const editor: Actor = { id: 'local-bientap', name: 'Trần Minh Đức', username: 'bientap', roles: ['editor'] };
const director: Actor = {
  id: 'local-giamdoc',
  name: 'Nguyễn Thị Hạnh',
  username: 'giamdoc',
  roles: ['director'],
};

async function publish(day: string, categorySlug: string, title: string) {
  const now = new Date(`${day}T09:00:00+07:00`);
  const created = await createArticle(
    {
      language: 'vi',
      title,
      summary: 'Tóm tắt bài viết cho báo cáo hoạt động.',
      bodyHtml: '<p>Nội dung.</p>',
      categorySlug,
      tags: [],
    },
    editor,
    now,
  );
  const submitted = await submitArticle(created.id, created.version, editor, now);
  await approveArticle(created.id, { expectedVersion: submitted.version }, director, now);
}

describeInBrowser('the activity reports in Chromium (issue 15)', () => {
  beforeAll(async () => {
    stack = await startTestStack({ tableName: 'qtp-reports-e2e' });
    await uploadAdminSpa();
    for (const [slug, nameVi, nameEn] of [
      ['kinh-te', 'Kinh tế', 'Economy'],
      ['lich-su-van-hoa', 'Lịch sử - Văn hóa', 'History and culture'],
    ] as const)
      if (!(await getCategory(slug)))
        await createCategory({ slug, nameVi, nameEn, descriptionVi: '', order: 3 }, systemActor);
    await publish('2025-02-10', 'kinh-te', 'Kinh tế tháng hai');
    await publish('2025-02-12', 'kinh-te', 'Đầu tư tháng hai');
    await publish('2025-08-20', 'lich-su-van-hoa', 'Di tích Thành cổ Quảng Trị');
  }, 60_000);

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('shows a period’s charts and tables, switches period, downloads CSV and PDF', async () => {
    const page = await signIn('giamdoc');
    await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo hoạt động' }).click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo hoạt động' }).waitFor();
    await settled(page);

    // The year 2025.
    const picker = page.getByRole('form', { name: 'Kỳ báo cáo' });
    await picker.getByRole('radio', { name: 'Cả năm' }).check();
    await picker.getByLabel('Năm', { exact: true }).selectOption('2025');
    await picker.getByRole('button', { name: 'Xem báo cáo' }).click();
    await page.getByRole('heading', { level: 2, name: 'Báo cáo Năm 2025' }).waitFor();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('period')).toBe('2025');
    const byCategory = page.getByRole('figure', { name: 'Bài viết đã đăng theo chuyên mục' });
    // The chart is one image named by its title and described bar by bar; its table holds the figures.
    const chart = byCategory.getByRole('img', { name: /Bài viết đã đăng theo chuyên mục/ });
    await chart.waitFor();
    expect(await chart.locator('[data-bar]').count()).toBe(2);
    expect(await chart.locator('desc').textContent()).toBe('Kinh tế: 2; Lịch sử - Văn hóa: 1');
    const table = byCategory.getByRole('table');
    await table.getByRole('row', { name: 'Kinh tế 2' }).waitFor();
    await table.getByRole('row', { name: 'Lịch sử - Văn hóa 1' }).waitFor();
    await page
      .getByRole('figure', { name: 'Bài viết đã đăng theo biên tập viên' })
      .getByRole('row', { name: 'Trần Minh Đức 3' })
      .waitFor();
    const byMonth = page.getByRole('figure', { name: 'Bài viết đã đăng theo tháng' });
    await byMonth.getByRole('row', { name: '02/2025 2' }).waitFor();
    await byMonth.getByRole('row', { name: '08/2025 1' }).waitFor();
    await axeBothLanguages(page, 'reports, a year');

    // The third quarter: only August's article.
    await picker.getByRole('radio', { name: 'Theo quý' }).check();
    await picker.getByLabel('Quý', { exact: true }).selectOption('3');
    await picker.getByRole('button', { name: 'Xem báo cáo' }).click();
    await page.getByRole('heading', { level: 2, name: 'Báo cáo Quý 3/2025' }).waitFor();
    await settled(page);
    await page.getByText('Từ ngày 01/07/2025 đến ngày 30/09/2025').waitFor();
    const quarter = page.getByRole('figure', { name: 'Bài viết đã đăng theo chuyên mục' });
    await quarter.getByRole('row', { name: 'Lịch sử - Văn hóa 1' }).waitFor();
    expect(await quarter.getByRole('row', { name: /Kinh tế/ }).count()).toBe(0);
    // A period with nothing gazetted says so instead of drawing empty bars.
    await page
      .getByRole('figure', { name: 'Số công báo và văn bản theo tháng' })
      .getByText('Không có số liệu trong kỳ này.')
      .waitFor();
    await axeBothLanguages(page, 'reports, a quarter');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('bao-cao-hoat-dong-2025-Q3.csv');
    const text = readFileSync((await csv.path()) ?? '', 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Lịch sử - Văn hóa,1');
    await page.getByText('Đã tải bao-cao-hoat-dong-2025-Q3.csv.').waitFor();

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('bao-cao-hoat-dong-2025-Q3.pdf');
    expect(
      readFileSync((await pdf.path()) ?? '')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // An editor has no reports: no link, and the address answers "not allowed".
    const newsroom = await signIn('bientap');
    await newsroom.getByRole('navigation').getByRole('link', { name: 'Bài viết' }).waitFor();
    expect(
      await newsroom.getByRole('navigation').getByRole('link', { name: 'Báo cáo hoạt động' }).count(),
    ).toBe(0);
    await newsroom.goto(`${stack.url}/admin/reports?period=2025`);
    await newsroom.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();

    expect(checked.filter((screen) => screen.violations.length > 0)).toEqual([]);
  });
});
