import type { Role } from '#shared/domain/roles.ts';

/**
 * Demo accounts of the local token issuer, one per role (Cognito users and groups on AWS).
 * The passwords are for a developer's machine only and are printed by `npm start`.
 */
export type LocalAccount = {
  username: string;
  password: string;
  name: string;
  email: string;
  groups: Role[];
  agencyId?: string;
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
    groups: ['editor'],
  },
  {
    username: 'bientap2',
    password: 'bientap2-demo',
    name: 'Hoàng Thu Trang',
    email: 'bientap2@quangtri.local',
    groups: ['editor'],
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
