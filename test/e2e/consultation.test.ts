import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asset, writeFiles } from '#functions/publisher/site-files.ts';
import { periodScheduleName } from '#shared/consultation/schedules.ts';
import { runConsultationTask } from '#shared/consultation/tasks.ts';
import { getConsultation } from '#shared/data/consultations.ts';
import { createAgency } from '#shared/data/directory.ts';
import { pendingSchedule } from '#shared/data/schedules.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { consultationTaskSchema } from '#shared/domain/consultation.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { siteStylesheet } from '#web/site/styles.ts';
import { localAccounts } from '../../infra/local/accounts.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { sampleDraftText } from '../support/consultation.ts';
import { agencyAccount, startTestStack, uniqueSlug } from '../support/local-stack.ts';

/**
 * Issue 9 (consultation on a draft) end to end, in Debian's Chromium against the local stack: the drafting
 * agency posts a structured draft in the admin SPA; the period opens on schedule; a citizen with JavaScript
 * off comments on one clause (a missing consent first); the officer publishes the comment; the period closes
 * on schedule and the citizen's late comment is refused with a clear page; the agency writes the report and
 * the officer approves it onto the draft's page; the agency posts a second version, whose public redline page
 * shows the insertions and deletions and links to the comment behind the change. axe-core (no serious or critical violation) runs on every
 * new public page and on the new SPA screens in Vietnamese and English.
 */
let stack: LocalStack;
const stamp = Date.now().toString(36);
const agency = uniqueSlug('so-cong-thuong');
const account = agencyAccount(agency, `soanthao${stamp}`);
const citizenAddress = `198.19.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
const title = `Dự thảo Quy định quản lý chợ (${stamp})`;
const email = `gopy.${stamp}@example.vn`;
// The sample draft's first chapter: one chapter, two articles, two clauses.
const draftText = sampleDraftText.slice(0, sampleDraftText.indexOf('\n\nChương II'));

const session = browserSession({
  url: () => stack.url,
  citizenAddress,
  checkerPath: consultationPaths.list(),
});
const { axePublic, axeBothLanguages, checked, newContext, signIn } = session;

/**
 * The public page as a citizen opening it now, JavaScript off, with an empty cache: a page rewritten within
 * the same second keeps its Last-Modified, so a reload could be answered 304 with the older copy.
 */
async function freshPage(path: string): Promise<Page> {
  const page = await (await newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(`${stack.url}${path}`);
  return page;
}

async function fire(name: string) {
  const due = await pendingSchedule(name);
  if (!due) throw new Error(`no schedule ${name}`);
  return runConsultationTask(consultationTaskSchema.parse(due.event), new Date());
}

/** `YYYY-MM-DDTHH:mm` in Vietnam: what a datetime-local field takes. */
const vietnamLocal = (instant: Date) => new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 16);

/** The draft the first test takes to its report, for the tests of what follows it. */
let draft: { id: string; pagePath: string } | undefined;

describeInBrowser('a consultation on a draft end to end in Chromium (issue 9)', () => {
  beforeAll(async () => {
    stack = await startTestStack({ accounts: [...localAccounts, account] });
    await uploadAdminSpa();
    await writeFiles([asset(sitePaths.stylesheet(), siteStylesheet, 'text/css')]);
    await createAgency(
      {
        id: agency,
        nameVi: `Sở Công Thương thử ${stamp}`,
        nameEn: `Test department ${stamp}`,
        kind: 'provincial_department',
        email: `${agency}@quangtri.local`,
      },
      systemActor,
    );
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('takes a draft from posting to its published report, with a comment sent without JavaScript', async () => {
    // 1. The drafting agency posts the draft in the SPA.
    const agencyPage = await signIn(account.username);
    await agencyPage.getByRole('navigation').getByRole('link', { name: 'Lấy ý kiến dự thảo' }).click();
    await agencyPage.getByRole('heading', { level: 1, name: 'Lấy ý kiến dự thảo văn bản' }).waitFor();
    await axeBothLanguages(agencyPage, 'consultation list');
    await agencyPage.getByRole('link', { name: 'Đăng dự thảo lấy ý kiến' }).click();
    await agencyPage.getByRole('heading', { level: 1, name: 'Đăng dự thảo lấy ý kiến' }).waitFor();
    await agencyPage.getByLabel('Tên dự thảo').fill(title);
    await agencyPage.getByLabel('Lĩnh vực').fill('Công thương');
    await agencyPage.getByLabel('Toàn văn dự thảo').fill(draftText.replace('Điều 2.', 'Điều 3.'));
    await agencyPage.getByRole('button', { name: 'Kiểm tra cấu trúc' }).click();
    await agencyPage
      .getByText(/Điều 3 không đúng thứ tự/)
      .first()
      .waitFor();
    await agencyPage.getByLabel('Toàn văn dự thảo').fill(draftText);
    await agencyPage.getByRole('button', { name: 'Kiểm tra cấu trúc' }).click();
    await agencyPage.getByText('Cấu trúc hợp lệ: 1 chương, 2 điều, 2 khoản.').waitFor();
    const now = new Date();
    await agencyPage
      .getByLabel('Bắt đầu lấy ý kiến (giờ Việt Nam)')
      .fill(vietnamLocal(new Date(now.getTime() - 60_000)));
    await agencyPage
      .getByLabel('Kết thúc lấy ý kiến (giờ Việt Nam)')
      .fill(vietnamLocal(new Date(now.getTime() + 3 * 86_400_000)));
    await agencyPage.getByText(/ngắn hơn 20 ngày/).waitFor();
    await axeBothLanguages(agencyPage, 'new consultation');
    await agencyPage.getByRole('button', { name: 'Đăng dự thảo' }).click();
    await agencyPage.getByRole('heading', { level: 1, name: title }).waitFor();
    const id = new URL(agencyPage.url()).pathname.split('/').at(-1) ?? '';
    const consultation = await getConsultation(id);
    if (!consultation) throw new Error('the consultation was stored');
    await axeBothLanguages(agencyPage, 'consultation detail');

    // 2. The period opens on schedule.
    expect(await fire(periodScheduleName(id, 'open'))).toEqual({ done: 'opened' });

    // 3. A citizen, JavaScript off, comments on clause 2 of article 2.
    let citizen = await (await newContext({ javaScriptEnabled: false })).newPage();
    const pagePath = consultationPaths.page(consultation.slug);
    draft = { id, pagePath };
    await citizen.goto(`${stack.url}${pagePath}`);
    await citizen.getByRole('heading', { level: 1, name: title }).waitFor();
    await axePublic(citizen, 'public draft page (open)');
    await citizen.locator('#cs-anchor').selectOption('dieu-2-khoan-2');
    await citizen
      .locator('#cs-content')
      .fill('Đề nghị nêu rõ hộ kinh doanh cá thể là thương nhân kinh doanh tại chợ.');
    await citizen.locator('#cs-name').fill('Trần Văn Bình');
    await citizen.locator('#cs-email').fill(email);
    await citizen.getByRole('button', { name: 'Gửi góp ý' }).click();
    await citizen.locator('#cs-consent-error').waitFor();
    expect(await citizen.locator('#cs-content').inputValue()).toContain('hộ kinh doanh cá thể');
    await axePublic(citizen, 'public draft page with errors');
    await citizen.locator('#cs-consent').check();
    await citizen.getByRole('button', { name: 'Gửi góp ý' }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Đã nhận góp ý của bạn' }).waitFor();
    await axePublic(citizen, 'comment received');

    // 4. The officer publishes it.
    const officer = await signIn('tiepnhan');
    await officer.goto(`${stack.url}/admin/consultations/${id}`);
    await officer.getByRole('heading', { level: 1, name: title }).waitFor();
    await officer.getByRole('button', { name: 'Đăng góp ý' }).click();
    await officer.getByRole('button', { name: 'Đăng góp ý' }).waitFor({ state: 'detached' });
    citizen = await freshPage(pagePath);
    await citizen.getByText(/1 góp ý về Khoản 2 Điều 2/).waitFor();
    expect(await citizen.content()).not.toContain(email);

    // 5. The period closes on schedule; the citizen's form, opened before, is refused with a clear page.
    expect(await fire(periodScheduleName(id, 'close'))).toEqual({ done: 'closed' });
    await citizen.locator('#cs-content').fill('Góp ý gửi sau khi đã hết hạn.');
    await citizen.locator('#cs-name').fill('Trần Văn Bình');
    await citizen.locator('#cs-email').fill(email);
    await citizen.locator('#cs-consent').check();
    await citizen.getByRole('button', { name: 'Gửi góp ý' }).click();
    await citizen
      .getByRole('heading', { level: 1, name: /Đã hết thời gian lấy ý kiến đối với dự thảo này/ })
      .waitFor();
    await axePublic(citizen, 'late comment refused');
    citizen = await freshPage(pagePath);
    await citizen.getByText(/Đã hết thời gian lấy ý kiến \(kết thúc/).waitFor();
    expect(await citizen.locator('#cs-content').count()).toBe(0);

    // 6. The agency writes the report; the officer approves it onto the draft's page.
    await agencyPage.reload();
    await agencyPage
      .getByRole('heading', { level: 2, name: 'Báo cáo tổng hợp, tiếp thu, giải trình' })
      .waitFor();
    await agencyPage.getByLabel('Tổng hợp chung').fill('Sở nhận được 1 góp ý và đã tiếp thu.');
    await agencyPage.getByLabel('Nội dung góp ý').fill('Làm rõ hộ kinh doanh cá thể');
    await agencyPage.getByLabel('Lý do, giải trình').fill('Tiếp thu, bổ sung vào khoản 2 Điều 2.');
    await agencyPage.getByLabel('Điều, khoản đã sửa (nếu có)').selectOption('dieu-2-khoan-2');
    await agencyPage.getByLabel(/Trần Văn Bình|Đề nghị nêu rõ/).check();
    await agencyPage.getByRole('button', { name: 'Gửi báo cáo để duyệt' }).click();
    await agencyPage.getByText('Đã gửi báo cáo; cán bộ phụ trách sẽ duyệt trước khi công bố.').waitFor();
    await officer.reload();
    await officer.getByRole('button', { name: 'Duyệt và công bố báo cáo' }).click();
    await officer.getByText('Đã duyệt; báo cáo được công bố trên trang dự thảo.').waitFor();
    citizen = await freshPage(pagePath);
    await citizen
      .getByRole('heading', { level: 2, name: 'Báo cáo tổng hợp, tiếp thu, giải trình' })
      .waitFor();
    await axePublic(citizen, 'public draft page (concluded)');
    citizen = await freshPage(consultationPaths.list());
    await citizen.getByRole('link', { name: title }).waitFor();
    await axePublic(citizen, 'public list');

    // 7. The agency posts a second version; its public redline page shows what was added and removed, and
    // links the changed clause to the comment behind it (from the report).
    await agencyPage.reload();
    await agencyPage.getByRole('button', { name: 'Đăng phiên bản mới' }).click();
    await agencyPage
      .getByLabel('Toàn văn phiên bản mới')
      .fill(
        draftText
          .replace('quy định về quản lý chợ.', 'quy định về chợ.')
          .replace(
            '2. Thương nhân kinh doanh tại chợ.',
            '2. Thương nhân, hộ kinh doanh cá thể kinh doanh tại chợ.',
          ),
      );
    await agencyPage.getByRole('button', { name: 'Kiểm tra cấu trúc' }).click();
    await agencyPage.getByText('Cấu trúc hợp lệ: 1 chương, 0 mục, 2 điều, 2 khoản.').waitFor();
    await agencyPage.getByText('Khoản 2 Điều 2 (đã sửa)').waitFor();
    await axeBothLanguages(agencyPage, 'new version panel');
    await agencyPage.getByLabel('Nội dung chỉnh lý').fill('Tiếp thu góp ý: bổ sung hộ kinh doanh cá thể.');
    await agencyPage.getByRole('button', { name: 'Đăng phiên bản' }).click();
    await agencyPage.getByText('Đã đăng phiên bản 2; trang so sánh được cập nhật trên Cổng.').waitFor();
    citizen = await freshPage(pagePath);
    await citizen.getByRole('link', { name: 'Phiên bản 2: những thay đổi so với phiên bản 1' }).click();
    await citizen.getByRole('heading', { level: 1, name: `${title}: phiên bản 2` }).waitFor();
    expect(new URL(citizen.url()).pathname).toBe(consultationPaths.version(consultation.slug, 2));
    await citizen.locator('ins', { hasText: 'cá thể' }).first().waitFor();
    await citizen.locator('del', { hasText: 'quản lý' }).first().waitFor();
    // Not by colour alone: a visible legend, and the marks named in words for screen readers.
    await citizen.getByRole('heading', { level: 2, name: 'Cách đọc' }).waitFor();
    expect(await citizen.locator('#dieu-2-khoan-2 ins .vh').first().textContent()).toBe('[thêm: ');
    await axePublic(citizen, 'public redline page');
    await citizen.getByRole('link', { name: /^góp ý của Trần Văn Bình/ }).click();
    await citizen.getByRole('heading', { level: 1, name: title }).waitFor();
    const hash = new URL(citizen.url()).hash;
    expect(hash).toMatch(/^#gop-y-/);
    expect(await citizen.locator(hash).textContent()).toContain('hộ kinh doanh cá thể');

    expect(checked.filter((entry) => entry.violations.length > 0)).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(12);
  }, 180_000);

  it('offers the approved report as a PDF and the figures; staff see them beside the adopted-document picker', async () => {
    if (!draft) throw new Error('the first test concluded a draft');
    const citizen = await freshPage(draft.pagePath);
    const pdfLink = citizen.getByRole('link', {
      name: /Tải báo cáo tổng hợp, tiếp thu, giải trình ý kiến \(PDF, [\d,]+ KB\)/,
    });
    await pdfLink.waitFor();
    const href = (await pdfLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/bao-cao-tiep-thu-giai-trinh\.pdf$/);
    const download = await citizen.request.get(`${stack.url}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await citizen.getByRole('heading', { level: 2, name: 'Số liệu góp ý' }).waitFor();
    await citizen.getByRole('table', { name: 'Góp ý theo từng phần của dự thảo' }).waitFor();

    const officer = await signIn('tiepnhan');
    await officer.goto(`${stack.url}/admin/consultations/${draft.id}`);
    await officer.getByRole('heading', { level: 2, name: 'Số liệu góp ý' }).waitFor();
    await officer.getByRole('heading', { level: 2, name: 'Văn bản đã ban hành' }).waitFor();
    await officer.getByLabel(/Tìm văn bản đã đăng Công báo/).fill(`khong-co-van-ban-${stamp}`);
    await officer.getByRole('button', { name: 'Tìm', exact: true }).click();
    await officer.getByText('Không có văn bản đã đăng Công báo khớp với từ khóa.').waitFor();
    // The history names its steps in words, not the audit trail's codes.
    const history = officer.getByRole('table', { name: 'Lịch sử' });
    for (const step of ['Đăng dự thảo', 'Mở lấy ý kiến', 'Duyệt báo cáo'])
      await expect(history.getByRole('cell', { name: step, exact: true }).count()).resolves.toBeGreaterThan(
        0,
      );
    await expect(history.getByRole('cell', { name: 'approve-report', exact: true }).count()).resolves.toBe(0);
    await axeBothLanguages(officer, 'consultation detail (concluded)');
    expect(checked.filter((entry) => entry.violations.length > 0)).toEqual([]);
  }, 120_000);
});
