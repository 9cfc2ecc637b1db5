import type { MenuContent, MenuId, MenuItem } from '#shared/domain/menu.ts';
import { consultationPaths } from './consultation-pages.ts';
import { sitePaths } from './urls.ts';

/**
 * The menus as the site had them in code, before the admin arranged them: the seed stores them (with the
 * seeded pages as page entries) and the renderer falls back on them while a menu has never been saved.
 */
const path = (vi: string, en: string, labelVi: string, labelEn: string): MenuItem => ({
  target: { kind: 'path', vi, en },
  labelVi,
  labelEn,
});

/** The gazette, the legal documents and the participation pages are in Vietnamese in both menus. */
const viOnly = (vi: string, labelVi: string, labelEn: string) => path(vi, vi, labelVi, labelEn);

export const defaultMenus: Record<MenuId, MenuContent> = {
  main: {
    items: [
      { target: { kind: 'home' } },
      { target: { kind: 'categories' } },
      viOnly(sitePaths.gazetteHome(), 'Công báo', 'Official Gazette (Vietnamese)'),
      viOnly(sitePaths.legalDocuments(), 'Văn bản', 'Legal documents (Vietnamese)'),
      viOnly(sitePaths.feedbackHome(), 'Phản ánh, kiến nghị', 'Feedback and petitions (Vietnamese)'),
      viOnly(consultationPaths.list(), 'Lấy ý kiến dự thảo', 'Comment on drafts (Vietnamese)'),
      viOnly(sitePaths.dialogues(), 'Đối thoại trực tuyến', 'Online dialogues (Vietnamese)'),
      path(sitePaths.disclosures('vi'), sitePaths.disclosures('en'), 'Công khai', 'Disclosures'),
      path(sitePaths.publicServices('vi'), sitePaths.publicServices('en'), 'Dịch vụ công', 'Public services'),
      path('/gioi-thieu/', '/en/about/', 'Giới thiệu', 'About'),
    ],
  },
  footer: {
    items: [
      path('/gioi-thieu/', '/en/about/', 'Giới thiệu tỉnh Quảng Trị', 'About Quang Tri Province'),
      path(
        sitePaths.staticPage('vi', 'organisation'),
        sitePaths.staticPage('en', 'organisation'),
        'Cơ cấu tổ chức',
        'Organisation and contacts',
      ),
      path('/lien-he/', '/en/contact/', 'Liên hệ', 'Contact us'),
      path(
        sitePaths.staticPage('vi', 'links'),
        sitePaths.staticPage('en', 'links'),
        'Liên kết website',
        'Links to other portals',
      ),
      path(sitePaths.search('vi'), sitePaths.search('en'), 'Tìm kiếm', 'Search'),
      path(sitePaths.rssFeed('vi'), sitePaths.rssFeed('en'), 'Tin theo dõi (RSS)', 'News feeds (RSS)'),
    ],
  },
  home: {
    items: [
      {
        target: { kind: 'url', url: 'https://dichvucong.gov.vn' },
        labelVi: 'Cổng Dịch vụ công quốc gia',
        labelEn: 'National Public Service Portal',
      },
      {
        target: { kind: 'url', url: 'https://congbao.chinhphu.vn' },
        labelVi: 'Công báo Chính phủ',
        labelEn: 'Official Gazette of Viet Nam',
      },
      {
        target: { kind: 'url', url: 'https://chinhphu.vn' },
        labelVi: 'Cổng Thông tin điện tử Chính phủ',
        labelEn: 'Government Electronic Portal',
      },
      path('/lien-he/', '/en/contact/', 'Liên hệ', 'Contact us'),
    ],
  },
};
