import { ensureStaffAccount, getLocalCredential, putLocalCredential } from '#shared/data/staff.ts';
import { systemActor } from '#shared/domain/audit.ts';
import { DuplicateValue } from '#shared/domain/errors.ts';
import type { Role } from '#shared/domain/roles.ts';
import { hashPassword } from '#shared/staff/passwords.ts';

/**
 * Demo accounts of the local token issuer, one per role (Cognito users and groups on AWS). They are seeded
 * into the table as staff accounts (seedStaffAccounts), which is where the issuer signs in from; the
 * passwords are for a developer's machine only, stored as scrypt hashes and printed by `npm start`.
 */
export type LocalAccount = {
  username: string;
  password: string;
  name: string;
  email: string;
  groups: Role[];
  agencyId?: string;
  /** An editor's area (docs/decisions.md 167): none means every category, both languages. */
  editorCategories?: string[];
  editorLanguages?: ('vi' | 'en')[];
};

export const localAccounts: readonly LocalAccount[] = [
  {
    username: 'quantri',
    password: 'quantri-demo',
    name: 'Lê Văn Quản',
    email: 'quantri@quangtri.local',
    groups: ['admin'],
  },
  {
    username: 'giamdoc',
    password: 'giamdoc-demo',
    name: 'Nguyễn Thị Hạnh',
    email: 'giamdoc@quangtri.local',
    groups: ['director'],
  },
  {
    username: 'bientap',
    password: 'bientap-demo',
    name: 'Trần Minh Đức',
    email: 'bientap@quangtri.local',
    // The newsroom's secretary: no area assigned, so every category in both languages.
    groups: ['editor'],
  },
  {
    username: 'bientap2',
    password: 'bientap2-demo',
    name: 'Hoàng Thu Trang',
    email: 'bientap2@quangtri.local',
    groups: ['editor'],
    // The culture desk: she writes culture, history and multimedia in Vietnamese and reads the rest.
    editorCategories: ['da-phuong-tien', 'lich-su-van-hoa', 'van-hoa-xa-hoi'],
    editorLanguages: ['vi'],
  },
  {
    username: 'congbao',
    password: 'congbao-demo',
    name: 'Phan Văn Bình',
    email: 'congbao@quangtri.local',
    groups: ['gazette_officer'],
  },
  {
    username: 'tiepnhan',
    password: 'tiepnhan-demo',
    name: 'Võ Thị Lan',
    email: 'tiepnhan@quangtri.local',
    groups: ['feedback_officer'],
  },
  {
    username: 'sotuphap',
    password: 'sotuphap-demo',
    name: 'Văn thư Sở Tư pháp',
    email: 'sotuphap@quangtri.local',
    groups: ['agency'],
    agencyId: 'so-tu-phap',
  },
  {
    username: 'xaphongnha',
    password: 'xaphongnha-demo',
    name: 'Văn thư UBND xã Phong Nha',
    email: 'xaphongnha@quangtri.local',
    groups: ['agency'],
    agencyId: 'xa-phong-nha',
  },
  {
    username: 'phuongdonghoi',
    password: 'phuongdonghoi-demo',
    name: 'Văn thư UBND phường Đồng Hới',
    email: 'phuongdonghoi@quangtri.local',
    groups: ['agency'],
    agencyId: 'phuong-dong-hoi',
  },
  {
    username: 'soxaydung',
    password: 'soxaydung-demo',
    name: 'Bộ phận tiếp nhận Sở Xây dựng',
    email: 'soxaydung@quangtri.local',
    groups: ['agency'],
    agencyId: 'so-xay-dung',
  },
];

/**
 * Writes each account as a staff account with its password hash, unless it is there already (an account the
 * administrator changed keeps its changes, a changed password its hash). Agencies are not checked: the
 * seed's agencies are written after the accounts, and a test's own agency may never be.
 */
export async function seedStaffAccounts(accounts: readonly LocalAccount[]): Promise<void> {
  const now = new Date().toISOString();
  await Promise.all(
    accounts.map(async (account) => {
      await ensureStaffAccount(
        {
          username: account.username,
          userId: `local-${account.username}`,
          name: account.name,
          email: account.email,
          roles: [...new Set(account.groups)].sort(),
          ...(account.agencyId ? { agencyId: account.agencyId } : {}),
          ...(account.editorCategories ? { editorCategories: account.editorCategories } : {}),
          ...(account.editorLanguages ? { editorLanguages: account.editorLanguages } : {}),
          status: 'active',
          createdAt: now,
          updatedAt: now,
          version: 1,
        },
        systemActor,
      );
      if (await getLocalCredential(account.username)) return;
      try {
        await putLocalCredential(account.username, await hashPassword(account.password));
      } catch (error) {
        // Another stack on the same table (a parallel test file) seeded it first.
        if (!(error instanceof DuplicateValue)) throw error;
      }
    }),
  );
}
