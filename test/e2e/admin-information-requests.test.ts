import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCategory } from '#shared/data/directory.ts';
import { getInformationRequest } from '#shared/data/information-requests.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { createInformationRequest, dueDateIn } from '#shared/editorial/information-request-service.ts';
import { dateInVietnam } from '#shared/time/vietnam.ts';
import { addDays } from '#shared/time/working-days.ts';
import { localAccounts } from '../../infra/local/accounts.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { agencyAccount, createTestAgency, startTestStack, uniqueSlug } from '../support/local-stack.ts';

/**
 * Requests for information to agencies (issue 15) in Debian's Chromium against the local stack: an editor
 * sends a request with its due date counted in working days; a request placed ten days ago (through the
 * service, with an earlier "now") shows as overdue in the agency's queue; the agency answers it with a PDF
 * uploaded by ticket, and it shows as answered late to the agency and to the editor; the editor starts an
 * article draft from the answer and lands in the article editor with it. axe-core on the list, the form
 * and the request, for staff and for the agency, in both languages.
 */
let stack: LocalStack;
const stamp = Date.now().toString(36);
const agency = uniqueSlug('so-ttyc');
const account = agencyAccount(agency, `ttyc${stamp}`);
const category = uniqueSlug('ttyc-e2e');
const askedTitle = `Lịch tổ chức lễ hội mùa xuân (${stamp})`;
const overdueTitle = `Số liệu khách du lịch quý IV (${stamp})`;
const answerText = 'Tỉnh đón 1,2 triệu lượt khách trong quý IV.\n\nDoanh thu du lịch tăng 18%.';
const pdf = {
  name: 'so-lieu-du-lich.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
};
const session = browserSession({ url: () => stack.url, citizenAddress: '198.18.7.15', checkerPath: '/' });
const { axeBothLanguages, checked, signIn } = session;

describeInBrowser('requests for information in Chromium (issue 15)', () => {
  beforeAll(async () => {
    stack = await startTestStack({ accounts: [...localAccounts, account] });
    await uploadAdminSpa();
    await createTestAgency(agency);
    await createCategory(
      {
        slug: category,
        nameVi: `Du lịch ${stamp}`,
        nameEn: `Tourism ${stamp}`,
        descriptionVi: '',
        order: 94,
      },
      systemActor,
    );
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('is sent by staff, overdue in the agency’s queue, answered late with a file, and becomes an article', async () => {
    // The editor sends a request, due in five working days.
    const editor = await signIn('bientap');
    await editor.getByRole('navigation').getByRole('link', { name: 'Đề nghị cung cấp thông tin' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Đề nghị cung cấp thông tin' }).waitFor();
    await axeBothLanguages(editor, 'information requests (staff)');
    await editor.getByRole('link', { name: 'Gửi đề nghị mới' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Gửi đề nghị cung cấp thông tin' }).waitFor();
    // Sent empty: each missing part by its field, nothing written.
    await editor.getByRole('button', { name: 'Gửi đề nghị' }).click();
    const summary = editor.getByRole('alert');
    await summary.waitFor();
    for (const label of ['Cơ quan được đề nghị', 'Thông tin cần cung cấp', 'Hạn trả lời'])
      await expect(summary.getByRole('link', { name: new RegExp(label) }).count(), label).resolves.toBe(1);
    await axeBothLanguages(editor, 'information request form with errors');
    await editor.getByLabel('Cơ quan được đề nghị').selectOption(agency);
    await editor.getByLabel('Thông tin cần cung cấp').fill(askedTitle);
    await editor.getByLabel('Nội dung chi tiết').fill('Đề nghị cung cấp lịch và địa điểm các lễ hội.');
    await editor.getByLabel('Hoặc tính hạn theo số ngày làm việc').fill('5');
    await editor.getByRole('button', { name: 'Tính hạn' }).click();
    const dueDate = await dueDateIn(5);
    await editor.getByText(`Hạn trả lời: ${dueDate.split('-').reverse().join('/')}.`).waitFor();
    expect(await editor.getByLabel('Hạn trả lời', { exact: true }).inputValue()).toBe(dueDate);
    await editor.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await editor.getByRole('heading', { level: 1, name: askedTitle }).waitFor();
    await editor.getByText(`Đã gửi đề nghị “${askedTitle}”.`).waitFor();
    await editor.getByText('Đang chờ trả lời').first().waitFor();
    await axeBothLanguages(editor, 'information request (staff, open)');

    // A request placed ten days ago, due three days after that: overdue in the agency's queue.
    const past = new Date(Date.now() - 10 * 86_400_000);
    const overdue = await createInformationRequest(
      {
        agencyId: agency,
        title: overdueTitle,
        details: 'Đề nghị cung cấp số liệu khách du lịch và doanh thu quý IV.',
        dueDate: addDays(dateInVietnam(past), 3),
        categorySlug: category,
      },
      { id: 'local-giamdoc', name: 'Nguyễn Văn Giám' },
      past,
    );
    const agencyPage = await signIn(account.username);
    await agencyPage
      .getByRole('navigation')
      .getByRole('link', { name: 'Đề nghị cung cấp thông tin' })
      .click();
    await agencyPage.getByRole('heading', { level: 1, name: 'Đề nghị cung cấp thông tin' }).waitFor();
    const overdueRow = agencyPage.getByRole('row', {
      name: new RegExp(`Số liệu khách du lịch quý IV \\(${stamp}\\)`),
    });
    await overdueRow.getByText('Quá hạn', { exact: true }).waitFor();
    await agencyPage
      .getByRole('row', { name: /Lịch tổ chức lễ hội/ })
      .getByText('Đang chờ trả lời')
      .waitFor();
    // An agency asks nothing itself.
    await expect(agencyPage.getByRole('link', { name: 'Gửi đề nghị mới' }).count()).resolves.toBe(0);
    await axeBothLanguages(agencyPage, 'information requests (agency queue)');

    // The agency answers it with a PDF: recorded as answered late.
    await overdueRow.getByRole('link', { name: overdueTitle }).click();
    await agencyPage.getByRole('heading', { level: 1, name: overdueTitle }).waitFor();
    await axeBothLanguages(agencyPage, 'information request (agency, overdue)');
    await agencyPage.getByLabel('Nội dung trả lời').fill(answerText);
    await agencyPage.getByLabel('Tệp đính kèm').setInputFiles(pdf);
    await agencyPage.getByText(`Đã tải lên “${pdf.name}”.`).waitFor();
    await agencyPage.getByRole('button', { name: 'Gửi trả lời' }).click();
    await agencyPage
      .getByText('Đã gửi trả lời. Đề nghị đã quá hạn nên được ghi nhận là trả lời muộn.')
      .waitFor();
    await agencyPage.getByText('Trả lời muộn', { exact: true }).first().waitFor();
    await agencyPage.getByRole('button', { name: `Tải “${pdf.name}”` }).waitFor();
    // A supplement may follow.
    await agencyPage.getByRole('heading', { level: 2, name: 'Gửi thông tin bổ sung' }).waitFor();
    await axeBothLanguages(agencyPage, 'information request (agency, answered late)');
    const stored = await getInformationRequest(overdue.id);
    expect(stored).toMatchObject({ status: 'answered', answeredLate: true });
    expect(stored?.answers[0]?.files.map((file) => file.fileName)).toEqual([pdf.name]);

    // The editor sees it answered late, in the list and on the request, and starts an article from it.
    await editor.getByRole('link', { name: 'Đề nghị cung cấp thông tin', exact: true }).first().click();
    await editor.getByRole('heading', { level: 1, name: 'Đề nghị cung cấp thông tin' }).waitFor();
    const answeredRow = editor.getByRole('row', {
      name: new RegExp(`Số liệu khách du lịch quý IV \\(${stamp}\\)`),
    });
    await answeredRow.getByText('Trả lời muộn', { exact: true }).waitFor();
    await answeredRow.getByRole('link', { name: overdueTitle }).click();
    await editor.getByRole('heading', { level: 1, name: overdueTitle }).waitFor();
    await editor.getByText('Tỉnh đón 1,2 triệu lượt khách trong quý IV.').waitFor();
    await axeBothLanguages(editor, 'information request (staff, answered late)');
    expect(await editor.getByLabel('Chuyên mục của bài viết').inputValue()).toBe(category);
    await editor.getByRole('button', { name: 'Tạo bản nháp bài viết' }).click();
    await editor.waitForURL(/\/admin\/articles\/[0-9a-f-]{36}\/edit$/);
    await editor.getByLabel('Tiêu đề').waitFor();
    expect(await editor.getByLabel('Tiêu đề').inputValue()).toBe(overdueTitle);
    const linked = await getInformationRequest(overdue.id);
    expect(editor.url()).toContain(`/admin/articles/${linked?.articleId}/edit`);

    expect(checked.filter((screen) => screen.violations.length > 0)).toEqual([]);
  });
});
