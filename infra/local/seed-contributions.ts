import { actorOf } from '#shared/auth/actor.ts';
import { listContributionsOfAgency } from '#shared/data/contributions.ts';
import type { ContributionInput } from '#shared/domain/contribution.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { declineContribution, sendContribution } from '#shared/editorial/contribution-service.ts';
import { localAccounts } from './accounts.ts';

/**
 * Demo contributions of the Department of Construction (the `soxaydung` account), through the real verbs:
 * one waiting in the editors' queue, one declined with its reason. An agency that has items is left alone.
 */
const demos: (ContributionInput & { declineReason?: string })[] = [
  {
    language: 'vi',
    categorySlug: 'kinh-te',
    title: 'Công bố điều chỉnh quy hoạch chung đô thị Đồng Hới đến năm 2045',
    summary: 'Sở Xây dựng tổ chức công bố đồ án điều chỉnh quy hoạch chung đô thị Đồng Hới, tỉnh Quảng Trị.',
    bodyHtml:
      '<p>Sáng 1/12, Sở Xây dựng phối hợp với UBND phường Đồng Hới tổ chức công bố đồ án điều chỉnh quy hoạch chung đô thị đến năm 2045.</p><h2>Nội dung chính</h2><ul><li>Mở rộng không gian đô thị về phía Tây.</li><li>Bổ sung các khu cây xanh, mặt nước.</li></ul>',
  },
  {
    language: 'vi',
    categorySlug: 'van-hoa-xa-hoi',
    title: 'Hướng dẫn cấp phép xây dựng nhà ở riêng lẻ năm 2026',
    summary: 'Thủ tục, hồ sơ và thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ trên địa bàn tỉnh.',
    bodyHtml: '<p>Sở Xây dựng hướng dẫn hồ sơ đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ.</p>',
    declineReason: 'Nội dung hướng dẫn thủ tục đã có trên Cổng dịch vụ công; đề nghị Sở gửi tin về sự kiện.',
  },
];

export async function seedContributionsIfEmpty(): Promise<boolean> {
  const account = localAccounts.find((candidate) => candidate.username === 'soxaydung');
  const editor = localAccounts.find((candidate) => candidate.username === 'bientap');
  if (!account?.agencyId || !editor) return false;
  if ((await listContributionsOfAgency(account.agencyId)).length > 0) return false;
  const principal: Principal = {
    userId: `local-${account.username}`,
    username: account.username,
    displayName: account.name,
    roles: account.groups,
    agencyId: account.agencyId,
  };
  const editorActor = { id: `local-${editor.username}`, name: editor.name, roles: editor.groups };
  for (const { declineReason, ...input } of demos) {
    const sent = await sendContribution(principal, input, actorOf(principal));
    if (declineReason)
      await declineContribution(
        sent.id,
        { expectedVersion: sent.version, reason: declineReason },
        editorActor,
      );
  }
  return true;
}
