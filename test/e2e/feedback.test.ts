import { afterAll, beforeAll, expect, it } from 'vitest';
import { asset, writeFiles } from '#functions/publisher/site-files.ts';
import { createAgency } from '#shared/data/directory.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { createFeedbackTopic } from '#shared/feedback/topics.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { siteStylesheet } from '#web/site/styles.ts';
import { localAccounts } from '../../infra/local/accounts.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { agencyAccount, startTestStack, uniqueSlug } from '../support/local-stack.ts';
import { eventually } from '../support/poll.ts';

/**
 * Issue 8 end to end, in Debian's Chromium against the local stack: a citizen sends feedback from the
 * public form with JavaScript off (a missing field first, then with a photo), lands on the tracking page
 * with the code and the secret link, and looks the code up; in the admin SPA the feedback officer forwards
 * it to agency A, which declines it, re-routes it to agency B, which answers (rich text and a PDF); the
 * officer corrects the public version and sees the flagged text; the director approves it from the preview
 * of the public page, acknowledging the flag. The published answer carries nothing of the sender; the
 * citizen rates it and reopens it with the secret link (JavaScript off), and both show on the timelines.
 * axe-core (WCAG 2.1 A/AA, no serious or critical violation) runs on every public page reached and on
 * every feedback screen of the SPA, there in Vietnamese and in English. Elements are found by the
 * accessible names web/admin/README.md lists; states are waited for, never slept on.
 */
let stack: LocalStack;

const stamp = Date.now().toString(36);
const topic = uniqueSlug('giao-thong-e2e');
const topicName = `Giao thông đô thị (kiểm thử ${stamp})`;
const agencyA = uniqueSlug('so-a');
const agencyB = uniqueSlug('so-b');
const agencyAName = `Sở Thử nghiệm A ${stamp}`;
const agencyBName = `Sở Thử nghiệm B ${stamp}`;
const accountA = agencyAccount(agencyA, `coquana${stamp}`);
const accountB = agencyAccount(agencyB, `coquanb${stamp}`);
// This file is its own citizen (the submission limits count per address; the stack trusts the header).
const citizenAddress = `198.18.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;

const sender = {
  name: 'Lê Thị Hồng Nhung',
  phone: '0912 345 678',
  email: `hongnhung.${stamp}@example.vn`,
  address: 'Tổ dân phố 2, phường Đông Hà',
};
const title = `Nắp cống trên đường Hùng Vương bị vỡ (${stamp})`;
const content = `Nắp cống trước trường tiểu học trên đường Hùng Vương bị vỡ từ tuần trước, rất nguy hiểm cho xe máy vào ban đêm. Gọi tôi theo số ${sender.phone} nếu cần.`;
const answerText = 'Đội quản lý hạ tầng đã thay nắp cống mới và rào chắn khu vực trong ngày 25/11/2026.';
const hotline = '0233 3555 888';

const session = browserSession({
  url: () => stack.url,
  citizenAddress,
  checkerPath: sitePaths.feedbackForm(),
});
const { axePublic, axeBothLanguages, checked, newContext, signIn } = session;

/** A small, well-formed PDF, as an agency's signed reply. */
const pdf = () => ({
  name: 'cong-van-tra-loi.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  ),
});
const photo = () => ({
  name: 'nap-cong.jpg',
  mimeType: 'image/jpeg',
  buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]),
});

describeInBrowser('citizens’ feedback end to end in Chromium (issue 8)', () => {
  beforeAll(async () => {
    stack = await startTestStack({ accounts: [...localAccounts, accountA, accountB] });
    await uploadAdminSpa();
    // The site's stylesheet, which only a whole-site build writes: pages are checked as people see them.
    await writeFiles([asset(sitePaths.stylesheet(), siteStylesheet, 'text/css')]);
    for (const [id, nameVi] of [
      [agencyA, agencyAName],
      [agencyB, agencyBName],
    ] as const) {
      await createAgency(
        {
          id,
          nameVi,
          nameEn: `Test department ${id}`,
          kind: 'provincial_department',
          email: `${id}@quangtri.local`,
        },
        systemActor,
      );
    }
    // Creating a subject asks the publisher to render the form (and the feedback home, lookup, statistics).
    await createFeedbackTopic(systemActor, {
      slug: topic,
      nameVi: topicName,
      nameEn: `Urban transport (test ${stamp})`,
      order: 5,
      active: true,
    });
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('takes a citizen’s feedback from the form without JavaScript to a published, anonymised answer, accessibly', async () => {
    // 1. The citizen, JavaScript off: the form, a missing field, then the whole of it with a photo.
    const citizen = await (await newContext({ javaScriptEnabled: false })).newPage();
    await citizen.goto(`${stack.url}${sitePaths.feedbackForm()}`);
    await citizen.getByRole('heading', { level: 1, name: 'Gửi phản ánh, kiến nghị' }).waitFor();
    expect(await citizen.locator(`#fb-topic option[value="${topic}"]`).count()).toBe(1);
    await axePublic(citizen, 'public form');
    await citizen.locator('#fb-kind').check();
    await citizen.locator('#fb-topic').selectOption(topic);
    await citizen.locator('#fb-agency').selectOption(agencyA);
    await citizen.locator('#fb-title').fill(title);
    await citizen.locator('#fb-content').fill(content);
    await citizen.locator('#fb-name').fill(sender.name);
    await citizen.locator('#fb-address').fill(sender.address);
    await citizen.locator('#fb-phone').fill(sender.phone);
    await citizen.locator('#fb-email').fill(sender.email);
    // The consent box left unticked: the form comes back filled, the error beside the box.
    await citizen.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
    await citizen.locator('#fb-consent-error').waitFor();
    expect(await citizen.locator('#fb-consent-error').textContent()).toContain(
      'Cần đồng ý cho phép xử lý dữ liệu cá nhân',
    );
    expect(await citizen.locator('#fb-consent').getAttribute('aria-describedby')).toContain(
      'fb-consent-error',
    );
    expect(await citizen.locator('#fb-title').inputValue()).toBe(title);
    expect(await citizen.locator('#fb-content').inputValue()).toBe(content);
    expect(await citizen.locator('#fb-email').inputValue()).toBe(sender.email);
    expect(await citizen.title()).toMatch(/^Lỗi: /);
    await axePublic(citizen, 'public form with errors');
    await citizen.locator('#fb-consent').check();
    await citizen.locator('#fb-attachments').setInputFiles(photo());
    await citizen.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
    await citizen.waitForURL(/\/api\/feedback\/track\?code=PA-\d{4}-[A-Z0-9]{5}&key=/);
    const code = ((await citizen.locator('.fb-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^PA-\d{4}-[23456789ABCDEFGHJKMNPQRSTWXYZ]{5}$/);
    const secretLink = (await citizen.locator('.fb-secret__link a').getAttribute('href')) ?? '';
    expect(secretLink).toContain(`code=${code}`);
    expect(secretLink).toMatch(/key=[A-Za-z0-9_-]{20,}/);
    await axePublic(citizen, 'tracking page (receipt)');
    // The lookup by code (typed in lower case, as people do).
    await citizen.goto(`${stack.url}${sitePaths.feedbackLookup()}`);
    await axePublic(citizen, 'lookup');
    await citizen.locator('#lookup-code').fill(code.toLowerCase());
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    await citizen.locator('.fb-code-inline', { hasText: code }).first().waitFor();
    expect(await citizen.getByText('Đã tiếp nhận phản ánh, kiến nghị').count()).toBeGreaterThan(0);
    // Without the secret link, no sender actions and nothing of the sender.
    expect(await citizen.locator('form[action="/api/feedback/track/rating"]').count()).toBe(0);
    expect(await citizen.content()).not.toContain(sender.name);
    await axePublic(citizen, 'tracking page (lookup)');

    // 2. The feedback officer: the queue, the item (original text and photo, public version, contact).
    const officer = await signIn('tiepnhan');
    await officer.getByRole('heading', { level: 1, name: 'Phản ánh, kiến nghị' }).waitFor();
    expect(await officer.getByRole('navigation').getByRole('link', { name: 'Bài viết' }).count()).toBe(0);
    await officer.getByRole('link', { name: code }).waitFor();
    const row = officer.getByRole('row').filter({ has: officer.getByRole('link', { name: code }) });
    await row.getByText(/^Hạn chuyển xử lý: \d{2}\/\d{2}\/\d{4}$/).waitFor();
    await axeBothLanguages(officer, 'officer queue');
    await officer.getByRole('link', { name: code }).click();
    await officer.getByRole('heading', { level: 1, name: `Phản ánh ${code}` }).waitFor();
    expect(await officer.evaluate(() => document.activeElement?.id)).toBe('page-title');
    const original = officer.locator('.original');
    await original.getByText(sender.phone, { exact: false }).waitFor();
    const publicVersion = officer.locator('.public-version');
    expect(await publicVersion.textContent()).not.toContain(sender.phone);
    expect(await publicVersion.textContent()).toContain('[đã ẩn]');
    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('button', { name: 'Tải xuống nap-cong.jpg' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('nap-cong.jpg');
    const showContact = officer.getByRole('button', { name: 'Xem thông tin liên hệ' });
    expect(await showContact.getAttribute('aria-describedby')).toBe('contact-hint');
    expect(await officer.locator('#contact-hint').textContent()).toContain('ghi vào lịch sử');
    await showContact.click();
    await officer.getByText(sender.email).waitFor();
    // The read is in the history, with the attachment's download.
    const history = officer.locator('section', { has: officer.getByRole('heading', { name: 'Lịch sử' }) });
    await history.getByRole('cell', { name: 'Xem thông tin liên hệ', exact: true }).waitFor();
    await history.getByRole('cell', { name: 'Tải tệp đính kèm', exact: true }).first().waitFor();
    await axeBothLanguages(officer, 'item (officer)');

    // It goes to agency A, with the default answer period shown.
    expect(await officer.locator('#forward-days-hint').textContent()).toContain(
      '15 ngày làm việc (mặc định)',
    );
    await officer.getByLabel('Cơ quan xử lý').selectOption(agencyA);
    await officer.getByRole('button', { name: 'Chuyển cơ quan' }).click();
    await officer.getByText(`Đã chuyển đến ${agencyAName}; hạn trả lời`, { exact: false }).waitFor();
    await officer.locator('.status-line').getByText('Đang xử lý').waitFor();

    // 3. Agency A: its inbox, the item; outside its competence, it declines.
    const first = await signIn(accountA.username);
    await first.getByRole('navigation').getByRole('link', { name: 'Phản ánh được chuyển đến' }).click();
    await first.getByRole('heading', { level: 1, name: 'Phản ánh được chuyển đến' }).waitFor();
    await first.getByRole('link', { name: code }).waitFor();
    await axeBothLanguages(first, 'agency inbox');
    await first.getByRole('link', { name: code }).click();
    await first.getByRole('heading', { level: 1, name: `Phản ánh ${code}` }).waitFor();
    await first.getByRole('textbox', { name: 'Nội dung trả lời' }).waitFor();
    // The agency reads the question and the original; the contact is not offered to it.
    await first.locator('.original').getByText(title).waitFor();
    expect(await first.getByRole('button', { name: 'Xem thông tin liên hệ' }).count()).toBe(0);
    await axeBothLanguages(first, 'item (agency)');
    await first.getByRole('button', { name: 'Trả lại: không thuộc thẩm quyền' }).click();
    await first.getByText('Nhập lý do trả lại (ít nhất 10 ký tự).').first().waitFor();
    await first
      .getByLabel('Lý do trả lại')
      .fill(`Thuộc thẩm quyền của ${agencyBName}, đơn vị quản lý hạ tầng.`);
    await first.getByRole('button', { name: 'Trả lại: không thuộc thẩm quyền' }).click();
    await first.getByRole('heading', { level: 1, name: 'Phản ánh được chuyển đến' }).waitFor();
    await first.getByText('Đã trả lại cho cán bộ tiếp nhận để chuyển cơ quan khác.').waitFor();
    expect(await first.getByRole('link', { name: code }).count()).toBe(0);

    // 4. The officer re-routes it to agency B (10 working days), and corrects the public version: the
    //    ward's hotline is public, but the check flags it as a phone number.
    await officer.reload();
    await officer.locator('.status-line').getByText('Chờ chuyển xử lý').waitFor();
    await officer.getByText(`${agencyAName} đã trả lại phản ánh này; chọn cơ quan khác.`).waitFor();
    await officer.getByLabel('Cơ quan xử lý').selectOption(agencyB);
    await officer.getByLabel('Thời hạn trả lời (ngày làm việc)').fill('10');
    await officer.getByRole('button', { name: 'Chuyển cơ quan' }).click();
    await officer.getByText(`Đã chuyển đến ${agencyBName}; hạn trả lời`, { exact: false }).waitFor();
    await officer.locator('summary', { hasText: 'Sửa bản công khai' }).click();
    const publicContent = await officer.getByLabel('Nội dung công khai').inputValue();
    await officer
      .getByLabel('Nội dung công khai')
      .fill(`${publicContent}\n\nĐường dây nóng của phường: ${hotline}.`);
    await officer.getByRole('button', { name: 'Lưu bản công khai' }).click();
    await officer.getByText('Đã lưu bản công khai.').waitFor();
    await officer.locator('mark.flag', { hasText: hotline }).waitFor();
    await officer.getByText(`Số điện thoại “${hotline}” trong Nội dung công khai`).waitFor();

    // 5. Agency B answers: rich text and a PDF uploaded straight to storage.
    const second = await signIn(accountB.username);
    await second.getByRole('navigation').getByRole('link', { name: 'Phản ánh được chuyển đến' }).click();
    await second.getByRole('link', { name: code }).click();
    await second.getByRole('heading', { level: 1, name: `Phản ánh ${code}` }).waitFor();
    const editor = second.getByRole('textbox', { name: 'Nội dung trả lời' });
    await editor.click();
    await second.keyboard.type(answerText);
    await second.getByLabel('Văn bản đính kèm (PDF)').setInputFiles(pdf());
    await second.getByText('Đã tải lên: cong-van-tra-loi.pdf.').waitFor();
    await second.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await second.getByText('Đã gửi câu trả lời; lãnh đạo sẽ duyệt trước khi công bố.').waitFor();
    await second.locator('.status-line').getByText('Chờ duyệt trả lời').waitFor();

    // 6. The director: the approvals queue, the preview of the public page, the flag to acknowledge.
    const director = await signIn('giamdoc');
    await director.getByRole('navigation').getByRole('link', { name: 'Duyệt trả lời phản ánh' }).click();
    await director.getByRole('heading', { level: 1, name: 'Câu trả lời chờ duyệt' }).waitFor();
    await director.getByRole('link', { name: code }).waitFor();
    await axeBothLanguages(director, 'approvals queue');
    await director.getByRole('link', { name: code }).click();
    await director.getByRole('heading', { level: 1, name: `Phản ánh ${code}` }).waitFor();
    const frame = director.locator('iframe[title="Xem trước trang công khai"]');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const preview = (await frame.getAttribute('srcdoc')) ?? '';
    expect(preview).toContain('Bản xem trước — câu trả lời này chưa được duyệt công bố.');
    expect(preview).toContain(answerText);
    expect(preview).toContain(agencyBName);
    expect(preview).not.toContain(sender.name);
    expect(preview).not.toContain(sender.email);
    expect(preview).not.toContain(sender.phone);
    const decision = director.getByRole('complementary', { name: 'Quyết định công bố' });
    await decision.getByText(`Số điện thoại “${hotline}” trong Nội dung công khai`).waitFor();
    await director.locator('.public-version mark.flag', { hasText: hotline }).waitFor();
    await axeBothLanguages(director, 'approval (director)');
    await director.getByRole('button', { name: 'Duyệt và công bố' }).click();
    await director
      .getByText('Đánh dấu xác nhận đã kiểm tra các đoạn được đánh dấu trước khi duyệt.')
      .waitFor();
    expect(await director.evaluate(() => document.activeElement?.id)).toBe('acknowledge-flags');
    await director.getByLabel('Tôi đã kiểm tra các đoạn được đánh dấu').check();
    await director.getByRole('button', { name: 'Duyệt và công bố' }).click();
    await director.getByText('Đã duyệt; câu trả lời được công bố.').waitFor();
    await director.getByRole('link', { name: `Xem trang công khai của ${code}` }).waitFor();

    // 7. The published answer: rendered by the publisher, nothing of the sender on it.
    const answerPath = sitePaths.feedbackAnswer(code);
    const published = await eventually(async () => {
      const response = await fetch(`${stack.url}${answerPath}`);
      return response.status === 200 ? response.text() : undefined;
    }, 'the published answer page');
    expect(published).toContain(answerText);
    // Not even part of the phone number ("số 0912 345 678" is masked whole).
    for (const personal of [sender.name, sender.email, sender.phone, '345 678', sender.address])
      expect(published, personal).not.toContain(personal);
    await citizen.goto(`${stack.url}${answerPath}`);
    await citizen.getByRole('heading', { level: 1 }).waitFor();
    await citizen.getByRole('link', { name: /cong-van-tra-loi\.pdf/ }).waitFor();
    await axePublic(citizen, 'published answer');
    await citizen.goto(`${stack.url}${sitePaths.feedbackAnswers()}`);
    await citizen.locator(`a[href="${answerPath}"]`).first().waitFor();
    await axePublic(citizen, 'answers list');
    await citizen.goto(`${stack.url}${sitePaths.feedbackStatistics()}`);
    await citizen.getByRole('heading', { level: 1 }).waitFor();
    await axePublic(citizen, 'statistics');

    // 8. The citizen, JavaScript off, with the secret link: rates the answer, then reopens it.
    await citizen.goto(`${stack.url}${secretLink}`);
    await citizen.locator('input[name="score"][value="2"]').check();
    await citizen.locator('#rate-comment').fill('Chậm, nhưng đã xử lý.');
    await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await citizen.getByText('Cảm ơn bạn đã đánh giá câu trả lời.').waitFor();
    await axePublic(citizen, 'tracking page (secret link)');
    await citizen
      .locator('#reopen-reason')
      .fill('Nắp cống mới lại bị lún sau hai ngày, đề nghị kiểm tra lại.');
    await citizen.getByRole('button', { name: 'Gửi đề nghị xem xét lại' }).click();
    await citizen.locator('.fb-done').waitFor();
    const timeline = citizen.locator('section[aria-labelledby="fb-timeline"]');
    await timeline.getByText('Người gửi đã đánh giá câu trả lời').waitFor();
    await timeline.getByText('Người gửi đề nghị xem xét lại câu trả lời').waitFor();
    expect(await citizen.locator('form[action="/api/feedback/track/reopen"]').count()).toBe(0);
    // And on the officer's timeline; the item is back with agency B.
    await officer.reload();
    const staffTimeline = officer.locator('section[aria-labelledby="timeline-heading"]');
    await staffTimeline.getByRole('cell', { name: 'Người gửi đánh giá', exact: true }).waitFor();
    await staffTimeline.getByRole('cell', { name: 'Người gửi đề nghị xem xét lại', exact: true }).waitFor();
    await officer.locator('.status-line').getByText('Đang xử lý').waitFor();
    await officer.getByText('Nắp cống mới lại bị lún sau hai ngày', { exact: false }).waitFor();

    // 9. The subjects (officer) and the holiday calendar (administrator).
    await officer.getByRole('navigation').getByRole('link', { name: 'Lĩnh vực phản ánh' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Lĩnh vực phản ánh' }).waitFor();
    await officer.getByRole('rowheader', { name: topicName }).waitFor();
    await axeBothLanguages(officer, 'subjects');
    const newTopic = uniqueSlug('moi-truong');
    await officer.getByLabel('Mã lĩnh vực').fill(newTopic);
    await officer.getByLabel('Tên tiếng Việt').fill(`Môi trường (kiểm thử ${stamp})`);
    await officer.getByLabel('Tên tiếng Anh').fill(`Environment (test ${stamp})`);
    await officer.getByRole('button', { name: 'Thêm lĩnh vực' }).click();
    await officer.getByText(`Đã thêm lĩnh vực Môi trường (kiểm thử ${stamp})`, { exact: false }).waitFor();
    const form = await fetch(`${stack.url}${sitePaths.feedbackForm()}`).then((response) => response.text());
    expect(form).toContain(`value="${newTopic}"`);
    await officer.getByRole('button', { name: `Sửa Môi trường (kiểm thử ${stamp})` }).click();
    await officer.getByRole('heading', { name: `Sửa lĩnh vực Môi trường (kiểm thử ${stamp})` }).waitFor();
    await officer.getByLabel('Hiện trên biểu mẫu').uncheck();
    await officer.getByRole('button', { name: 'Lưu lĩnh vực' }).click();
    await officer.getByText(`Đã lưu lĩnh vực Môi trường (kiểm thử ${stamp})`, { exact: false }).waitFor();
    const formAfter = await fetch(`${stack.url}${sitePaths.feedbackForm()}`).then((response) =>
      response.text(),
    );
    expect(formAfter).not.toContain(`value="${newTopic}"`);

    const admin = await signIn('quantri');
    await admin.getByRole('navigation').getByRole('link', { name: 'Lịch nghỉ lễ' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Lịch nghỉ lễ và ngày làm bù' }).waitFor();
    await axeBothLanguages(admin, 'holiday calendar');
    // A far year, so that no deadline of the other tests moves.
    await admin.goto(`${stack.url}/admin/feedback/calendar?year=2199`);
    await admin.getByText('Năm 2199 chưa có lịch. Nhập các ngày nghỉ rồi lưu.').waitFor();
    await admin.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
    await admin.getByLabel('Ngày, dòng 1').first().fill('2199-01-01');
    await admin.getByLabel('Tên ngày nghỉ (tiếng Việt), dòng 1').fill('Tết Dương lịch');
    await admin.getByLabel('Tên ngày nghỉ (tiếng Anh), dòng 1').fill('New Year’s Day');
    await admin.getByRole('button', { name: 'Lưu lịch năm 2199' }).click();
    await admin.getByText('Đã lưu lịch năm 2199.').waitFor();
    await admin.getByRole('link', { name: '2199', exact: true }).waitFor();

    expect(checked.filter((entry) => entry.violations.length > 0)).toEqual([]);
    // Public: form, form with errors, receipt, lookup, tracking, answer, answers, statistics, secret link;
    // SPA, in two languages: queue, officer's item, inbox, agency's item, approvals, director's item,
    // subjects, calendar.
    expect(checked).toHaveLength(9 + 8 * 2);
  }, 300_000);
});
