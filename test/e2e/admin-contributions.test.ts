import { afterAll, beforeAll, expect, it } from 'vitest';
import { getContribution } from '#shared/data/contributions.ts';
import { createAgency, createCategory } from '#shared/data/directory.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { OutsideEditorArea } from '#shared/domain/errors.ts';
import { takeContribution } from '#shared/editorial/contribution-service.ts';
import { type LocalAccount, localAccounts } from '../../infra/local/accounts.ts';
import { uploadAdminSpa } from '../../infra/local/admin-spa.ts';
import type { LocalStack } from '../../infra/local/stack.ts';
import { describeInBrowser } from '../support/browser.ts';
import { browserSession } from '../support/browser-session.ts';
import { agencyAccount, startTestStack } from '../support/local-stack.ts';

/**
 * Agencies' contributions in Debian's Chromium (issue 15, decisions 178–184): an agency writes an item in
 * the staff's rich-text editor and sends it; an editor of another area reads it without the take and decline
 * buttons (and the verb refuses them); the editor of its area takes it into an article draft and submits it;
 * the director approves; the public article credits the agency, and the agency's list shows it published
 * with the link. axe-core on every new screen, in both languages.
 */
let stack: LocalStack;
const stamp = Date.now().toString(36);
const agencyId = `so-xay-dung-${stamp}`;
const agencyName = `Sở Xây dựng ${stamp}`;
const inside = `dg-trong-${stamp}`;
const outside = `dg-ngoai-${stamp}`;
const editorOf = (username: string, category: string): LocalAccount => ({
  username,
  password: `${username}-demo`,
  name: `Biên tập ${username}`,
  email: `${username}@quangtri.local`,
  groups: ['editor'],
  editorCategories: [category],
  editorLanguages: ['vi'],
});
const editorIn = editorOf(`dgt.${stamp}`, inside);
const editorOut = editorOf(`dgn.${stamp}`, outside);
const sender = agencyAccount(agencyId, `dgsxd.${stamp}`);
const title = `Sở Xây dựng thông tin về quy hoạch đô thị ${stamp}`;

const session = browserSession({ url: () => stack.url, citizenAddress: '198.18.7.16', checkerPath: '/' });
const { axeBothLanguages, checked, settled, signIn } = session;

describeInBrowser('agencies’ contributions in Chromium (issue 15)', () => {
  beforeAll(async () => {
    stack = await startTestStack({ accounts: [...localAccounts, editorIn, editorOut, sender] });
    await uploadAdminSpa();
    await createAgency(
      {
        id: agencyId,
        nameVi: agencyName,
        nameEn: `Department of Construction ${stamp}`,
        kind: 'provincial_department',
        email: `${agencyId}@quangtri.local`,
      },
      systemActor,
    );
    for (const [slug, nameVi, order] of [
      [inside, `Đô thị ${stamp}`, 97],
      [outside, `Nông nghiệp ${stamp}`, 98],
    ] as const) {
      await createCategory({ slug, nameVi, nameEn: `Area ${slug}`, descriptionVi: '', order }, systemActor);
    }
  });

  afterAll(async () => {
    await session.close();
    await stack?.stop();
  });

  it('goes from the agency to the public page and back to the agency’s list', async () => {
    // The agency writes and sends.
    const agency = await signIn(sender.username, sender.password);
    await agency.getByRole('link', { name: 'Gửi tin bài' }).click();
    await agency.getByRole('heading', { level: 1, name: 'Gửi tin bài' }).waitFor();
    await agency.getByLabel('Tiêu đề').fill(title);
    await agency
      .getByLabel('Tóm tắt')
      .fill('Sở Xây dựng công bố điều chỉnh quy hoạch chung đô thị Đồng Hới.');
    await agency.getByRole('textbox', { name: 'Nội dung' }).click();
    await agency.keyboard.type('Ngày 1 tháng 12, Sở Xây dựng tổ chức công bố quy hoạch.');
    await agency.getByLabel('Chuyên mục đề nghị').selectOption(inside);
    await settled(agency);
    await axeBothLanguages(agency, 'send a contribution');
    await agency.getByRole('button', { name: 'Gửi đến Cổng' }).click();
    await agency.getByText(`Đã gửi “${title}”`, { exact: false }).waitFor();
    const id = agency.url().split('/').pop() ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await agency.getByText('Đã tiếp nhận').first().waitFor();
    await axeBothLanguages(agency, 'a contribution as its agency sees it');

    // An editor of another area reads it, without the buttons; the verb refuses them too.
    const other = await signIn(editorOut.username, editorOut.password);
    await other.goto(`${stack.url}/admin/contributions/${id}`);
    await other.getByRole('heading', { level: 1, name: title }).waitFor();
    await other.getByText('ngoài phạm vi biên tập được phân công cho bạn', { exact: false }).waitFor();
    await expect(other.getByRole('button', { name: 'Tiếp nhận vào biên tập' }).count()).resolves.toBe(0);
    await expect(other.getByRole('button', { name: 'Không sử dụng' }).count()).resolves.toBe(0);
    await axeBothLanguages(other, 'a contribution outside the editor’s area');
    await expect(
      takeContribution(id, 1, {
        id: `local-${editorOut.username}`,
        name: editorOut.name,
        username: editorOut.username,
        roles: ['editor'],
      }),
    ).rejects.toBeInstanceOf(OutsideEditorArea);
    await expect(getContribution(id)).resolves.toMatchObject({ status: 'received', version: 1 });

    // The editor of its area finds it in the queue and takes it into editing, then submits the article.
    const editor = await signIn(editorIn.username, editorIn.password);
    await editor.getByRole('link', { name: 'Tin bài từ cơ quan' }).click();
    await editor.getByRole('heading', { level: 1, name: 'Tin bài từ các cơ quan' }).waitFor();
    await editor
      .getByRole('row', { name: new RegExp(agencyName) })
      .first()
      .waitFor();
    await axeBothLanguages(editor, 'the contributions queue');
    await editor.getByRole('link', { name: title }).click();
    await editor.getByRole('heading', { level: 1, name: title }).waitFor();
    await axeBothLanguages(editor, 'a contribution the editor may take');
    await editor.getByRole('button', { name: 'Tiếp nhận vào biên tập' }).click();
    await editor.waitForURL(/\/admin\/articles\/[0-9a-f-]{36}\/edit$/);
    await expect(editor.getByLabel('Tiêu đề').inputValue()).resolves.toBe(title);
    await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
    await editor.getByText('Đã gửi duyệt.').waitFor();
    await expect(getContribution(id)).resolves.toMatchObject({ status: 'editing' });

    // The director approves it.
    const director = await signIn('giamdoc');
    await director.getByRole('link', { name: 'Chờ duyệt' }).click();
    await director.getByRole('link', { name: title }).click();
    await director.getByRole('button', { name: 'Duyệt và đăng ngay' }).click();
    await director.getByText('Đã duyệt và đăng bài.').waitFor();

    // The agency's list says published, with the link to the public article, which credits the agency.
    await agency
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Tin bài đã gửi' })
      .click();
    await agency.getByRole('heading', { level: 1, name: 'Tin bài đã gửi' }).waitFor();
    const row = agency.getByRole('row', { name: new RegExp(title) });
    await row.getByText('Đã đăng', { exact: true }).waitFor();
    await axeBothLanguages(agency, 'the agency’s own contributions');
    await row.getByRole('link', { name: `Xem bài đã đăng “${title}”` }).click();
    await agency.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(agency.url()).pathname).toMatch(/^\/tin-tuc\/[a-z0-9-]+\/$/);
    await agency.getByText(`Nguồn: ${agencyName}`).waitFor();

    expect(checked.filter((screen) => screen.violations.length > 0)).toEqual([]);
  }, 180_000);
});
