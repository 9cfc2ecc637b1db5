import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedFiles } from '#functions/publisher/fixed-pages.ts';
import { writeFiles } from '#functions/publisher/site-files.ts';
import { listAllDisclosures } from '#shared/disclosure/disclosures.ts';
import { loadSiteContext } from '#shared/site/context.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { startTestStack } from '../support/local-stack.ts';
import { eventually } from '../support/poll.ts';

/**
 * The disclosure screens (thông tin công khai), in Debian's Chromium against the local stack: an editor
 * sends an empty form and gets each error by its field, then creates a draft with a PDF uploaded by ticket;
 * the director publishes it (an editor has no decision to make) and the public year page lists it; withdrawn
 * and corrected (its file kept), it leaves the year page. axe-core
 * on the list, the form and the record in both languages.
 */
let stack: LocalStack;
const stamp = Date.now().toString(36);
const year = 2100 - Math.floor(Math.random() * 9) - 1;
const title = `Công khai dự toán ngân sách tỉnh năm ${year} (${stamp})`;
const pdf = Buffer.from('%PDF-1.4\n% du toan ngan sach\n%%EOF\n');
const session = browserSession({ url: () => stack.url, citizenAddress: '198.18.7.9', checkerPath: '/' });
const { axeBothLanguages, checked, newContext, signIn } = session;

describeInBrowser('the disclosure screens in Chromium (issue 13)', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    await uploadAdminSpa();
    await writeFiles(fixedFiles(await loadSiteContext()));
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('lets an editor prepare a record with its PDF and the director publish it to the year page', async () => {
    const editor = await signIn('bientap');
    await editor.getByRole('navigation').getByRole('link', { name: 'Thông tin công khai' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Thông tin công khai' }).waitFor();
    await editor.getByRole('form', { name: 'Lọc thông tin công khai' }).waitFor();
    await axeBothLanguages(editor, 'disclosure list');

    // Sent empty: each missing part is named by its field, and nothing is written.
    await editor.getByRole('link', { name: 'Thêm thông tin công khai' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Thêm thông tin công khai' }).waitFor();
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
    const summary = editor.getByRole('alert');
    await summary.waitFor();
    for (const label of ['Tiêu đề tiếng Việt', 'Nhóm thông tin', 'Ngày ban hành', 'Tệp đính kèm'])
      await expect(summary.getByRole('link', { name: new RegExp(label) }).count(), label).resolves.toBe(1);
    expect(await editor.getByLabel('Tiêu đề tiếng Việt').getAttribute('aria-invalid')).toBe('true');
    await axeBothLanguages(editor, 'disclosure form with errors');

    // Filled in, with a PDF uploaded through the API's ticket: saved as a draft.
    await editor.getByLabel('Tiêu đề tiếng Việt').fill(title);
    await editor.getByLabel('Tiêu đề tiếng Anh').fill(`Provincial budget estimate ${year} (${stamp})`);
    await editor.getByLabel('Nhóm thông tin').selectOption('budget-estimates');
    await editor.getByLabel('Ngày ban hành').fill(`${year - 1}-12-10`);
    // The year offered is the date's; this estimate is about the next one.
    expect(await editor.getByLabel('Năm của thông tin').inputValue()).toBe(String(year - 1));
    await editor.getByLabel('Năm của thông tin').fill(String(year));
    await editor.getByLabel('Cơ quan ban hành').fill('Sở Tài chính tỉnh Quảng Trị');
    await editor.getByLabel('Tóm tắt tiếng Việt').fill('Dự toán thu, chi ngân sách địa phương.');
    await editor.getByLabel('Tóm tắt tiếng Anh').fill('The local budget estimate of revenue and spending.');
    await editor
      .getByLabel('Tệp đính kèm')
      .setInputFiles({ name: 'du-toan.pdf', mimeType: 'application/pdf', buffer: pdf });
    await editor.getByText('Đã tải lên “du-toan.pdf”.').waitFor();
    // A reload loses nothing: what was typed and uploaded comes back from this tab's stash.
    await editor.reload();
    await editor.getByText('Đã khôi phục nội dung chưa lưu từ lần làm việc trước.').waitFor();
    expect(await editor.getByLabel('Tiêu đề tiếng Việt').inputValue()).toBe(title);
    await editor.getByRole('button', { name: 'Bỏ tệp “du-toan.pdf”' }).waitFor();
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await editor.getByRole('heading', { level: 1, name: title }).waitFor();
    await editor.getByText(`Đã lưu “${title}”.`).waitFor();
    const recordPath = new URL(editor.url()).pathname;
    const draft = (await listAllDisclosures()).find((record) => record.titleVi === title);
    expect(draft).toMatchObject({ status: 'draft', year, collection: 'budget-estimates' });
    expect(draft?.files.map((file) => file.fileName)).toEqual(['du-toan.pdf']);
    // The editor prepares; the decision is the director's.
    await expect(editor.getByRole('button', { name: 'Công khai', exact: true }).count()).resolves.toBe(0);
    await axeBothLanguages(editor, 'disclosure record (editor)');

    // The director publishes it; the history says who did what.
    const director = await signIn('giamdoc');
    await director.goto(`${stack.url}${recordPath}`);
    await director.getByRole('heading', { level: 1, name: title }).waitFor();
    await axeBothLanguages(director, 'disclosure record (director)');
    await director.getByRole('button', { name: 'Công khai', exact: true }).click();
    await director.getByText(`Đã công khai “${title}”.`, { exact: false }).waitFor();
    const history = director.getByRole('table', { name: 'Lịch sử' });
    await history.getByRole('cell', { name: 'Công khai', exact: true }).waitFor();
    await expect(history.getByRole('cell', { name: 'Tạo', exact: true }).count()).resolves.toBe(1);
    await director.getByRole('button', { name: 'Gỡ khỏi cổng' }).waitFor();
    // The list, filtered by year and status, has it.
    await director.getByRole('link', { name: 'Thông tin công khai', exact: true }).first().click();
    await director.getByRole('heading', { level: 1, name: 'Thông tin công khai' }).waitFor();
    await director.getByLabel('Năm', { exact: true }).selectOption(String(year));
    await director.getByLabel('Trạng thái', { exact: true }).selectOption('published');
    await director.getByRole('button', { name: 'Lọc', exact: true }).click();
    await director.waitForURL((url) => url.searchParams.get('year') === String(year));
    await director.getByRole('row', { name: new RegExp(stamp) }).waitFor();
    await director.getByLabel('Trạng thái', { exact: true }).selectOption('draft');
    await director.getByRole('button', { name: 'Lọc', exact: true }).click();
    await director.waitForURL((url) => url.searchParams.get('status') === 'draft');
    await expect(director.getByRole('row', { name: new RegExp(stamp) }).count()).resolves.toBe(0);
    await director.goto(`${stack.url}${recordPath}`);
    await director.getByRole('heading', { level: 1, name: title }).waitFor();
    const published = (await listAllDisclosures()).find((record) => record.titleVi === title);
    expect(published?.status).toBe('published');
    expect(published?.files[0]?.key.startsWith('media/thong-tin-cong-khai/')).toBe(true);

    // The public year page lists it.
    const reader = await (await newContext({ javaScriptEnabled: false })).newPage();
    await eventually(async () => {
      await reader.goto(`${stack.url}${sitePaths.disclosureYear('vi', year)}`);
      return (await reader.getByRole('link', { name: title }).count()) > 0 ? true : undefined;
    }, 'the year page to list the record');

    // Withdrawn by the director, corrected by the editor (its file kept), and gone from the year page.
    await director.getByRole('button', { name: 'Gỡ khỏi cổng' }).click();
    await director.getByText(`Đã gỡ “${title}” khỏi cổng.`).waitFor();
    await editor.goto(`${stack.url}${recordPath}`);
    await editor.getByRole('link', { name: 'Sửa bản nháp' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Sửa thông tin công khai' }).waitFor();
    await editor.getByRole('button', { name: 'Bỏ tệp “du-toan.pdf”' }).waitFor();
    await editor.getByLabel('Tóm tắt tiếng Anh').fill('The corrected local budget estimate.');
    await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await editor.getByText(`Đã lưu “${title}”.`).waitFor();
    const corrected = (await listAllDisclosures()).find((record) => record.titleVi === title);
    expect(corrected).toMatchObject({
      status: 'withdrawn',
      summaryEn: 'The corrected local budget estimate.',
    });
    expect(corrected?.files.map((file) => file.fileName)).toEqual(['du-toan.pdf']);
    // Read past the browser's cache: the page itself, as the server has it now.
    await eventually(async () => {
      const page = await fetch(`${stack.url}${sitePaths.disclosureYear('vi', year)}`);
      return page.ok && !(await page.text()).includes(title) ? true : undefined;
    }, 'the year page to leave the record out');

    expect(checked.filter((screen) => screen.violations.length > 0)).toEqual([]);
  });
});
