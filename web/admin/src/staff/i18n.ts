import { useMemo } from 'preact/hooks';
import { useI18n } from '../context.ts';
import { actionWordsOf, type Lang, translatorOf } from '../i18n.ts';

/** The staff account screens' words, in their chunk. `en` has exactly the keys of `vi`. */
const vi = {
  staffTitle: 'Tài khoản cán bộ',
  staffIntro:
    'Tài khoản đăng nhập trang quản trị của cán bộ: vai trò quyết định màn hình và thao tác được phép; tài khoản cơ quan phải gắn với một cơ quan. Tài khoản bị khóa không dùng được nữa, kể cả phiên đang mở. Mỗi thay đổi được ghi vào nhật ký.',
  staffFilters: 'Lọc tài khoản',
  filterWords: 'Tên, tên đăng nhập hoặc thư điện tử',
  filterStatus: 'Trạng thái',
  filterRole: 'Vai trò',
  filterAgency: 'Cơ quan',
  applyFilters: 'Lọc',
  clearFilters: 'Bỏ lọc',
  staffEmpty: 'Không có tài khoản nào phù hợp.',
  staffCaption: 'Tài khoản cán bộ',
  colAccount: 'Tài khoản',
  colRoles: 'Vai trò',
  colAgency: 'Cơ quan',
  colStatus: 'Trạng thái',
  colLastSignIn: 'Đăng nhập gần nhất',
  colActions: 'Thao tác',
  neverSignedIn: 'Chưa đăng nhập',
  newStaffTitle: 'Thêm tài khoản',
  editStaffTitle: 'Sửa tài khoản “{name}”',
  createStaff: 'Tạo tài khoản',
  saveStaff: 'Lưu tài khoản',
  editStaff: 'Sửa “{name}”',
  disableStaff: 'Khóa “{name}”',
  enableStaff: 'Mở khóa “{name}”',
  showHistory: 'Lịch sử “{name}”',
  historyOf: 'Lịch sử: {name}',
  staffConflict: 'Tài khoản đã được người khác thay đổi',
  fieldUsername: 'Tên đăng nhập',
  fieldUsernameHint: 'Chữ thường không dấu, ví dụ “nguyen.van.a”. Không đổi được sau khi tạo.',
  fieldUsernameFixed: 'Tên đăng nhập không đổi được sau khi tạo.',
  fieldName: 'Họ và tên',
  fieldEmail: 'Thư điện tử công vụ',
  fieldEmailHint: 'Trên AWS, thư mời kèm mật khẩu tạm thời được gửi tới địa chỉ này.',
  fieldRoles: 'Vai trò',
  fieldAgency: 'Cơ quan',
  fieldAgencyHint: 'Bắt buộc với vai trò “Cơ quan, đơn vị”.',
  noAgency: '— Không gắn cơ quan —',
  fieldEditorCategories: 'Chuyên mục được biên tập',
  fieldEditorLanguages: 'Ngôn ngữ được biên tập',
  fieldEditorAreaHint:
    'Chỉ với vai trò “Biên tập viên”. Biên tập viên chỉ tạo, sửa, gửi duyệt bài trong phạm vi này; bài ngoài phạm vi chỉ được xem. Để trống: tất cả.',
  languageVi: 'Tiếng Việt',
  languageEn: 'Tiếng Anh',
  staffCreated: 'Đã tạo tài khoản “{name}”.',
  staffCreatedInvited: 'Đã tạo tài khoản “{name}”; thư mời đã được gửi tới {email}.',
  initialPasswordTitle: 'Mật khẩu ban đầu của “{username}”',
  initialPasswordBody:
    'Mật khẩu này chỉ hiện một lần. Hãy chuyển cho cán bộ qua kênh an toàn; hệ thống không lưu mật khẩu ở dạng đọc được.',
  initialPasswordLabel: 'Mật khẩu ban đầu',
  dismissPassword: 'Đã ghi lại, ẩn mật khẩu',
  staffSaved: 'Đã lưu tài khoản “{name}”. Nếu vai trò hoặc cơ quan thay đổi, cán bộ phải đăng nhập lại.',
  staffDisabled: 'Đã khóa tài khoản “{name}”: mọi phiên đăng nhập của tài khoản này bị từ chối ngay.',
  staffEnabled: 'Đã mở khóa tài khoản “{name}”; cán bộ đăng nhập lại để tiếp tục.',
  youLabel: '(bạn)',
  action_create: 'Tạo',
  action_update: 'Sửa',
  action_disable: 'Khóa',
  action_enable: 'Mở khóa',
};

type StaffKey = keyof typeof vi;

const en: Record<StaffKey, string> = {
  staffTitle: 'Staff accounts',
  staffIntro:
    'The accounts staff sign in to the admin with: the roles decide which screens and actions they have; an agency account must name its agency. A disabled account can no longer be used, open sessions included. Every change is recorded in the history.',
  staffFilters: 'Filter accounts',
  filterWords: 'Name, username or e-mail',
  filterStatus: 'Status',
  filterRole: 'Role',
  filterAgency: 'Agency',
  applyFilters: 'Filter',
  clearFilters: 'Clear filters',
  staffEmpty: 'No account matches.',
  staffCaption: 'Staff accounts',
  colAccount: 'Account',
  colRoles: 'Roles',
  colAgency: 'Agency',
  colStatus: 'Status',
  colLastSignIn: 'Last sign-in',
  colActions: 'Actions',
  neverSignedIn: 'Never signed in',
  newStaffTitle: 'Add an account',
  editStaffTitle: 'Edit the account “{name}”',
  createStaff: 'Create the account',
  saveStaff: 'Save the account',
  editStaff: 'Edit “{name}”',
  disableStaff: 'Disable “{name}”',
  enableStaff: 'Enable “{name}”',
  showHistory: 'History of “{name}”',
  historyOf: 'History: {name}',
  staffConflict: 'Someone else changed this account',
  fieldUsername: 'Username',
  fieldUsernameHint: 'Lower case without accents, e.g. “nguyen.van.a”. It cannot change later.',
  fieldUsernameFixed: 'The username cannot change once created.',
  fieldName: 'Full name',
  fieldEmail: 'Official e-mail',
  fieldEmailHint: 'On AWS, the invitation with a temporary password is sent to this address.',
  fieldRoles: 'Roles',
  fieldAgency: 'Agency',
  fieldAgencyHint: 'Required for the “Agency” role.',
  noAgency: '— No agency —',
  fieldEditorCategories: 'Categories to edit',
  fieldEditorLanguages: 'Languages to edit',
  fieldEditorAreaHint:
    'For the “Editor” role only. The editor creates, edits and submits articles only within this area and only reads the others. Leave empty for all.',
  languageVi: 'Vietnamese',
  languageEn: 'English',
  staffCreated: 'Account “{name}” created.',
  staffCreatedInvited: 'Account “{name}” created; the invitation was sent to {email}.',
  initialPasswordTitle: 'Initial password of “{username}”',
  initialPasswordBody:
    'This password is shown once only. Pass it on to the person over a safe channel; the portal does not keep it in readable form.',
  initialPasswordLabel: 'Initial password',
  dismissPassword: 'Noted, hide the password',
  staffSaved: 'Account “{name}” saved. If its roles or agency changed, the person must sign in again.',
  staffDisabled: 'Account “{name}” disabled: every session of this account is refused from now on.',
  staffEnabled: 'Account “{name}” enabled; the person signs in again to continue.',
  youLabel: '(you)',
  action_create: 'Created',
  action_update: 'Edited',
  action_disable: 'Disabled',
  action_enable: 'Enabled',
};

const dictionaries: Record<Lang, Record<StaffKey, string>> = { vi, en };

export function useStaffWords() {
  const { lang } = useI18n();
  return useMemo(() => {
    const s = translatorOf(dictionaries[lang]);
    return { lang, s, action: actionWordsOf(vi, (key) => s(key)) };
  }, [lang]);
}
