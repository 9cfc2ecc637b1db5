import { afterAll, beforeAll, expect, it } from 'vitest';
import { asset, writeFiles } from '#functions/publisher/site-files.ts';
import { pendingSchedule } from '#shared/data/schedules.ts';
import { sitePaths } from '#shared/site/urls.ts';
import { isoToVietnamLocal } from '#shared/time/vietnam.ts';
import { siteStylesheet } from '#web/site/styles.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { startTestStack } from '../support/local-stack.ts';

/**
 * Issue 9's online dialogue end to end, in Debian's Chromium against the local stack: the feedback officer
 * schedules a dialogue in the admin SPA (a video host off the allow-list is refused first); before the
 * session a citizen with JavaScript off sends a question from the dialogue's page; the officer publishes it
 * from the moderation queue; the start comes (the schedule the API filed fires) and an answer published at
 * the answer desk shows on the public page, which a reader with JavaScript on sees without reloading; after
 * the end the page is the archive. axe-core finds no serious or critical violation on any new page, public
 * or admin (there in Vietnamese and in English).
 */
let stack: LocalStack;
const stamp = Date.now().toString(36);
const citizenAddress = `198.19.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
const title = `Đối thoại về thủ tục đất đai (kiểm thử ${stamp})`;
const asker = { name: 'Phan Thị Thu Hà', email: `thuha.${stamp}@example.vn`, address: 'Thôn 4, xã Cam Lộ' };
const question = `Xin hỏi bao lâu thì được cấp giấy chứng nhận quyền sử dụng đất lần đầu? (${stamp})`;
const answer = 'Theo quy định, không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.';
const session = browserSession({
  url: () => stack.url,
  citizenAddress,
  checkerPath: sitePaths.dialogues(),
});
const { axePublic, axeBothLanguages, checked, newContext, settled, signIn } = session;

/** Fires the schedule the API filed under `name`, as the scheduler does at its instant. */
async function fire(name: string) {
  const due = await pendingSchedule(name);
  if (!due) throw new Error(`no schedule ${name}`);
  await stack.scheduleTargets[due.target](due.event);
}

const inMinutes = (minutes: number) => isoToVietnamLocal(new Date(Date.now() + minutes * 60_000));

describeInBrowser('an online dialogue end to end in Chromium (issue 9)', () => {
  beforeAll(async () => {
    stack = await startTestStack();
    await uploadAdminSpa();
    await writeFiles([asset(sitePaths.stylesheet(), siteStylesheet, 'text/css')]);
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('takes questions before, publishes answers during and keeps the archive after, accessibly', async () => {
    // 1. The officer schedules the dialogue; a video host off the allow-list is refused on its field.
    const officer = await signIn('tiepnhan');
    await officer.getByRole('navigation').getByRole('link', { name: 'Đối thoại trực tuyến' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Đối thoại trực tuyến' }).waitFor();
    await axeBothLanguages(officer, 'dialogue list');
    await officer.getByRole('link', { name: 'Lên lịch buổi đối thoại' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Lên lịch buổi đối thoại' }).waitFor();
    await settled(officer);
    await officer.getByLabel('Tên buổi đối thoại').fill(title);
    await officer.getByLabel('Chủ đề').fill('Cấp giấy chứng nhận quyền sử dụng đất');
    await officer.getByLabel('Giới thiệu').fill('Lãnh đạo tỉnh trả lời câu hỏi của người dân về đất đai.');
    await officer
      .getByLabel('Lãnh đạo tham gia')
      .fill('Võ Văn Hưng — Chủ tịch UBND tỉnh\nHà Sỹ Đồng — Phó Chủ tịch UBND tỉnh');
    await officer.getByLabel('Bắt đầu nhận câu hỏi').fill(inMinutes(-1));
    await officer.getByLabel('Bắt đầu', { exact: true }).fill(inMinutes(60));
    await officer.getByLabel('Ngừng nhận câu hỏi').fill(inMinutes(90));
    await officer.getByLabel('Kết thúc').fill(inMinutes(120));
    await officer
      .getByLabel('Địa chỉ video trực tiếp (không bắt buộc)')
      .fill('https://video.example.com/live/1');
    await officer.getByRole('button', { name: 'Lưu' }).click();
    await officer.locator('#dialogue-videoUrl-error').waitFor();
    expect(await officer.locator('#dialogue-videoUrl-error').textContent()).toContain(
      'Chỉ nhúng được video từ các trang',
    );
    await axeBothLanguages(officer, 'dialogue form with an error');
    await officer
      .getByLabel('Địa chỉ video trực tiếp (không bắt buộc)')
      .fill('https://www.youtube.com/watch?v=qtpE2Edlg01');
    await officer.getByRole('button', { name: 'Lưu' }).click();
    await officer.getByRole('heading', { level: 1, name: `Câu hỏi: ${title}` }).waitFor();
    await officer.getByText('Đã lưu buổi đối thoại.').waitFor();
    const deskUrl = officer.url();
    const dialogueId = deskUrl.split('/').at(-1) ?? '';
    const publicLink = await officer.getByRole('link', { name: 'Trang công khai' }).getAttribute('href');
    if (!publicLink) throw new Error('no public page link');

    // 2. Before the session, a citizen with JavaScript off sends a question from the dialogue's page.
    const citizen = await (await newContext({ javaScriptEnabled: false })).newPage();
    await citizen.goto(`${stack.url}${publicLink}`);
    await citizen.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await citizen.locator('iframe[sandbox]').getAttribute('src')).toBe(
      'https://www.youtube-nocookie.com/embed/qtpE2Edlg01',
    );
    expect(await citizen.locator('#dq-consent').isChecked()).toBe(false);
    await axePublic(citizen, 'dialogue page before the session');
    await citizen.locator('#dq-question').fill(question);
    await citizen.locator('#dq-name').fill(asker.name);
    await citizen.locator('#dq-address').fill(asker.address);
    await citizen.locator('#dq-email').fill(asker.email);
    // Consent forgotten: the page comes back with the error by the box and everything typed.
    await citizen.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await citizen.locator('#dq-consent-error').waitFor();
    expect(await citizen.locator('#dq-question').inputValue()).toBe(question);
    await axePublic(citizen, 'dialogue page with an error');
    await citizen.locator('#dq-consent').check();
    await citizen.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Đã nhận câu hỏi của bạn' }).waitFor();
    await axePublic(citizen, 'question receipt');

    // 3. The officer publishes it from the moderation queue.
    await officer.getByRole('button', { name: 'Tải lại danh sách' }).click();
    await officer.getByText(question, { exact: false }).first().waitFor();
    await axeBothLanguages(officer, 'moderation queue');
    await officer.getByLabel('Lãnh đạo trả lời').selectOption({ index: 1 });
    await officer.getByRole('button', { name: 'Đăng câu hỏi' }).click();
    await officer.getByText('Đã đăng câu hỏi.').waitFor();
    await citizen.goto(`${stack.url}${publicLink}`);
    // With JavaScript off a reload shows the latest (a live page is cached seconds only).
    await citizen.reload();
    await citizen.getByText('Một người dân ở xã Cam Lộ').waitFor();
    expect(await citizen.content()).not.toContain(asker.email);

    // 4. The session starts on schedule; a reader with JavaScript on keeps the page open.
    await fire(`dialogue-${dialogueId}-live`);
    const reader = await (await newContext()).newPage();
    await reader.goto(`${stack.url}${publicLink}`);
    await reader.getByText('Đang diễn ra').first().waitFor();
    await reader.getByText('Đang chờ trả lời').waitFor();

    // 5. An answer published at the answer desk shows on the public page: the reader's page refreshes itself.
    await officer.reload();
    await officer.getByRole('heading', { level: 2, name: 'Bàn trả lời' }).waitFor();
    await settled(officer);
    await officer.getByLabel('Câu trả lời').fill(answer);
    await officer.getByRole('button', { name: 'Đăng câu trả lời' }).click();
    await officer.getByText('Đã đăng câu trả lời.').waitFor();
    await axeBothLanguages(officer, 'answer desk');
    await reader.getByText(answer).waitFor({ timeout: 40_000 });
    await reader.getByText('Hà Sỹ Đồng — Phó Chủ tịch UBND tỉnh trả lời').waitFor();
    await citizen.reload();
    await citizen.getByText(answer).waitFor();
    await axePublic(citizen, 'dialogue page during the session');

    // 6. The end: the page is the archive (no form), listed under past dialogues.
    await fire(`dialogue-${dialogueId}-ended`);
    await citizen.reload();
    await citizen.getByText('Đã kết thúc').first().waitFor();
    expect(await citizen.locator('#dq-question').count()).toBe(0);
    await citizen.getByText(answer).waitFor();
    expect(await citizen.content()).not.toContain(asker.name);
    await axePublic(citizen, 'dialogue archive');
    await citizen.goto(`${stack.url}${sitePaths.dialogues()}`);
    await citizen.getByRole('heading', { level: 2, name: 'Đã diễn ra' }).waitFor();
    await citizen.getByRole('link', { name: title }).waitFor();
    await axePublic(citizen, 'dialogue list');

    expect(checked.filter((entry) => entry.violations.length > 0)).toEqual([]);
    // Public: page before, with an error, receipt, during, archive, list; admin in two languages: list,
    // form with an error, moderation queue, answer desk.
    expect(checked).toHaveLength(6 + 4 * 2);
  }, 300_000);
});
