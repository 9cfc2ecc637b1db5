import { useMemo } from 'preact/hooks';
import { useI18n } from '../context.ts';
import { actionWordsOf, type Lang, translatorOf } from '../i18n.ts';

/**
 * The reference-data screens' words (categories, agencies), in their chunk. Same rules as src/i18n.ts:
 * `en` has exactly the keys of `vi`.
 */
const vi = {
  categoriesTitle: 'Chuyên mục',
  categoriesIntro:
    'Các chuyên mục tin bài của Cổng, theo thứ tự trên thanh điều hướng. Mỗi thay đổi được ghi vào nhật ký; thanh điều hướng có trên mọi trang nên thay đổi hiện trên trang công khai ở lần dựng lại toàn bộ trang tiếp theo.',
  categoriesEmpty: 'Chưa có chuyên mục nào.',
  newCategoryTitle: 'Thêm chuyên mục',
  editCategoryTitle: 'Sửa chuyên mục “{name}”',
  createCategory: 'Thêm chuyên mục',
  saveCategory: 'Lưu chuyên mục',
  editCategory: 'Sửa “{name}”',
  categoryCreated:
    'Đã thêm chuyên mục “{name}”. Chuyên mục hiện trên thanh điều hướng của trang công khai ở lần dựng lại trang tiếp theo.',
  categorySaved:
    'Đã lưu chuyên mục “{name}”. Thay đổi hiện trên trang công khai ở lần dựng lại trang tiếp theo.',
  categoryConflict: 'Chuyên mục đã được người khác thay đổi',
  fieldCategorySlug: 'Đường dẫn (slug)',
  fieldCategorySlugHint:
    'Chữ thường không dấu, nối bằng gạch ngang, ví dụ “kinh-te”. Không đổi được sau khi tạo.',
  fieldCategorySlugFixed: 'Đường dẫn không đổi được sau khi tạo (các liên kết đã có vẫn dùng nó).',
  fieldCategoryNameVi: 'Tên tiếng Việt',
  fieldCategoryNameEn: 'Tên tiếng Anh',
  fieldCategoryDescription: 'Mô tả (tiếng Việt)',
  fieldCategoryOrder: 'Thứ tự',
  fieldCategoryOrderHint: 'Số từ 0 đến 999; số nhỏ đứng trước.',

  agenciesTitle: 'Cơ quan, đơn vị',
  agenciesIntro:
    'Danh bạ các cơ quan của tỉnh: Hội đồng nhân dân, Ủy ban nhân dân, các sở, ngành, xã, phường, đặc khu. Tài khoản của cơ quan gửi văn bản Công báo và trả lời phản ánh nhân danh cơ quan.',
  agenciesEmpty: 'Chưa có cơ quan nào.',
  agenciesCaption: 'Cơ quan: {kind}',
  filterKind: 'Loại cơ quan',
  allKinds: 'Tất cả',
  newAgencyTitle: 'Thêm cơ quan',
  editAgencyTitle: 'Sửa cơ quan “{name}”',
  createAgency: 'Thêm cơ quan',
  saveAgency: 'Lưu cơ quan',
  editAgency: 'Sửa “{name}”',
  agencyCreated: 'Đã thêm cơ quan “{name}”.',
  agencySaved: 'Đã lưu cơ quan “{name}”.',
  agencyRenamed:
    'Đã lưu cơ quan “{name}”. Tên mới hiện trên các trang phản ánh, kiến nghị ở lần dựng lại trang tiếp theo.',
  agencyConflict: 'Cơ quan đã được người khác thay đổi',
  fieldAgencyId: 'Mã cơ quan',
  fieldAgencyIdHint:
    'Chữ thường không dấu, nối bằng gạch ngang, ví dụ “xa-cam-lo”. Không đổi được sau khi tạo.',
  fieldAgencyIdFixed: 'Mã cơ quan không đổi được sau khi tạo (tài khoản và văn bản của cơ quan dùng nó).',
  fieldAgencyNameVi: 'Tên tiếng Việt',
  fieldAgencyNameEn: 'Tên tiếng Anh',
  fieldAgencyKind: 'Loại cơ quan',
  fieldAgencyEmail: 'Thư điện tử công vụ',
  fieldAgencyWebsite: 'Trang thông tin điện tử',
  fieldAgencyWebsiteHint: 'Địa chỉ đầy đủ, ví dụ https://camlo.quangtri.gov.vn',
  colContact: 'Liên hệ',
  colKind: 'Loại',
  colActions: 'Thao tác',
  showHistory: 'Lịch sử “{name}”',
  historyOf: 'Lịch sử: {name}',
  action_create: 'Tạo',
  action_update: 'Sửa',
};

type DirectoryKey = keyof typeof vi;

const en: Record<DirectoryKey, string> = {
  categoriesTitle: 'Categories',
  categoriesIntro:
    'The portal’s news categories, in the order of the navigation bar. Every change is recorded in the history; the navigation bar is on every page, so a change shows on the public site at the next full rebuild.',
  categoriesEmpty: 'No categories yet.',
  newCategoryTitle: 'Add a category',
  editCategoryTitle: 'Edit the category “{name}”',
  createCategory: 'Add the category',
  saveCategory: 'Save the category',
  editCategory: 'Edit “{name}”',
  categoryCreated:
    'Category “{name}” added. It shows in the public site’s navigation bar at the next rebuild.',
  categorySaved: 'Category “{name}” saved. The change shows on the public site at the next rebuild.',
  categoryConflict: 'Someone else changed this category',
  fieldCategorySlug: 'Path (slug)',
  fieldCategorySlugHint:
    'Lower case without accents, joined by hyphens, e.g. “kinh-te”. It cannot change later.',
  fieldCategorySlugFixed: 'The path cannot change once created (existing links use it).',
  fieldCategoryNameVi: 'Name in Vietnamese',
  fieldCategoryNameEn: 'Name in English',
  fieldCategoryDescription: 'Description (Vietnamese)',
  fieldCategoryOrder: 'Order',
  fieldCategoryOrderHint: 'A number from 0 to 999; smaller comes first.',

  agenciesTitle: 'Agencies',
  agenciesIntro:
    'The province’s agencies: the People’s Council and Committee, departments, communes, wards and special zones. An agency’s accounts submit gazette documents and answer feedback on its behalf.',
  agenciesEmpty: 'No agencies yet.',
  agenciesCaption: 'Agencies: {kind}',
  filterKind: 'Kind of agency',
  allKinds: 'All',
  newAgencyTitle: 'Add an agency',
  editAgencyTitle: 'Edit the agency “{name}”',
  createAgency: 'Add the agency',
  saveAgency: 'Save the agency',
  editAgency: 'Edit “{name}”',
  agencyCreated: 'Agency “{name}” added.',
  agencySaved: 'Agency “{name}” saved.',
  agencyRenamed: 'Agency “{name}” saved. The new name shows on the feedback pages at the next rebuild.',
  agencyConflict: 'Someone else changed this agency',
  fieldAgencyId: 'Agency code',
  fieldAgencyIdHint:
    'Lower case without accents, joined by hyphens, e.g. “xa-cam-lo”. It cannot change later.',
  fieldAgencyIdFixed: 'The code cannot change once created (the agency’s accounts and documents use it).',
  fieldAgencyNameVi: 'Name in Vietnamese',
  fieldAgencyNameEn: 'Name in English',
  fieldAgencyKind: 'Kind of agency',
  fieldAgencyEmail: 'Official e-mail',
  fieldAgencyWebsite: 'Website',
  fieldAgencyWebsiteHint: 'The full address, e.g. https://camlo.quangtri.gov.vn',
  colContact: 'Contact',
  colKind: 'Kind',
  colActions: 'Actions',
  showHistory: 'History of “{name}”',
  historyOf: 'History: {name}',
  action_create: 'Created',
  action_update: 'Edited',
};

const dictionaries: Record<Lang, Record<DirectoryKey, string>> = { vi, en };

export function useDirectoryWords() {
  const { lang } = useI18n();
  return useMemo(() => {
    const d = translatorOf(dictionaries[lang]);
    return { lang, d, action: actionWordsOf(vi, (key) => d(key)) };
  }, [lang]);
}
