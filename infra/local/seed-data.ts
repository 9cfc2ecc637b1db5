import type { Agency, CategoryInput } from '#shared/domain/directory.ts';

/**
 * Demo reference data for a developer's machine, written for this project. Categories follow the
 * editorial positions of the founding proposal (Đề án thành lập Cổng TTĐT tỉnh, mục V.3.4).
 */
export const seedCategories: CategoryInput[] = [
  {
    slug: 'chi-dao-dieu-hanh',
    nameVi: 'Chỉ đạo, điều hành',
    nameEn: 'Directions of the provincial leadership',
    descriptionVi: 'Hoạt động và ý kiến chỉ đạo, điều hành của lãnh đạo UBND tỉnh.',
    order: 1,
  },
  {
    slug: 'kinh-te',
    nameVi: 'Kinh tế - Tài chính - Thương mại',
    nameEn: 'Economy, finance and trade',
    descriptionVi: 'Tin tổng hợp về kinh tế, tài chính, thương mại và đầu tư trên địa bàn tỉnh.',
    order: 2,
  },
  {
    slug: 'van-hoa-xa-hoi',
    nameVi: 'Văn hóa - Xã hội',
    nameEn: 'Culture and society',
    descriptionVi: 'Văn hóa, giáo dục, y tế, lao động - xã hội, Mặt trận và các đoàn thể.',
    order: 3,
  },
  {
    slug: 'doi-ngoai-noi-chinh',
    nameVi: 'Đối ngoại - Nội chính',
    nameEn: 'External and internal affairs',
    descriptionVi: 'Hoạt động đối ngoại, quốc phòng - an ninh, cải cách hành chính.',
    order: 4,
  },
  {
    slug: 'nong-nghiep',
    nameVi: 'Nông nghiệp - Nông thôn',
    nameEn: 'Agriculture and rural development',
    descriptionVi: 'Sản xuất nông nghiệp, xây dựng nông thôn mới, phòng chống thiên tai.',
    order: 5,
  },
  {
    slug: 'da-phuong-tien',
    nameVi: 'Đa phương tiện',
    nameEn: 'Multimedia',
    descriptionVi: 'Ảnh, đồ họa và tin bài đa phương tiện khắp nơi trong tỉnh.',
    order: 6,
  },
  {
    slug: 'lich-su-van-hoa',
    nameVi: 'Lịch sử - Văn hóa Quảng Trị',
    nameEn: 'History and heritage of Quang Tri',
    descriptionVi: 'Di tích, lịch sử, văn hóa và con người Quảng Trị.',
    order: 7,
  },
];

/**
 * The merged province (since 1 July 2025: the former Quảng Bình and Quảng Trị provinces), its People's
 * Council and People's Committee in Đồng Hới, departments as reorganised in 2025, and a subset of its
 * communes, wards and its special zone. Local government has two tiers: no districts. Illustrative demo
 * data written for this project (docs/decisions.md: the province must confirm the list); ids are ours.
 */
const department = (id: string, nameVi: string, nameEn: string, email?: string): Omit<Agency, 'version'> => ({
  id,
  nameVi,
  nameEn,
  kind: 'provincial_department',
  ...(email ? { email } : {}),
});
const commune = (id: string, name: string, nameEn: string): Omit<Agency, 'version'> => ({
  id,
  nameVi: `Ủy ban nhân dân xã ${name}`,
  nameEn: `${nameEn} Commune People's Committee`,
  kind: 'commune',
});
const ward = (id: string, name: string, nameEn: string): Omit<Agency, 'version'> => ({
  id,
  nameVi: `Ủy ban nhân dân phường ${name}`,
  nameEn: `${nameEn} Ward People's Committee`,
  kind: 'ward',
});

export const seedAgencies: Omit<Agency, 'version'>[] = [
  {
    id: 'hdnd-tinh',
    nameVi: 'Hội đồng nhân dân tỉnh Quảng Trị',
    nameEn: "Quang Tri Provincial People's Council",
    kind: 'provincial_people_council',
  },
  {
    id: 'ubnd-tinh',
    nameVi: 'Ủy ban nhân dân tỉnh Quảng Trị',
    nameEn: "Quang Tri Provincial People's Committee",
    kind: 'provincial_people_committee',
    // The province's portal: the one agency website the demo is sure of (the others await the province's list).
    website: 'https://quangtri.gov.vn',
    addressVi: 'Phường Đồng Hới, tỉnh Quảng Trị',
  },
  department(
    'van-phong-ubnd-tinh',
    'Văn phòng Ủy ban nhân dân tỉnh',
    "Office of the Provincial People's Committee",
  ),
  department('so-tu-phap', 'Sở Tư pháp', 'Department of Justice'),
  department('so-noi-vu', 'Sở Nội vụ', 'Department of Home Affairs'),
  department('so-tai-chinh', 'Sở Tài chính', 'Department of Finance'),
  department(
    'so-nong-nghiep-moi-truong',
    'Sở Nông nghiệp và Môi trường',
    'Department of Agriculture and Environment',
  ),
  // Answers the demo feedback too (infra/local/seed-feedback.ts): its inbox is the agency account's.
  department('so-xay-dung', 'Sở Xây dựng', 'Department of Construction', 'soxaydung@quangtri.local'),
  department('so-cong-thuong', 'Sở Công Thương', 'Department of Industry and Trade'),
  department('so-khoa-hoc-cong-nghe', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology'),
  department('so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training'),
  department('so-y-te', 'Sở Y tế', 'Department of Health'),
  department(
    'so-van-hoa-the-thao-du-lich',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Department of Culture, Sports and Tourism',
  ),
  department('so-dan-toc-ton-giao', 'Sở Dân tộc và Tôn giáo', 'Department of Ethnic and Religious Affairs'),
  department('thanh-tra-tinh', 'Thanh tra tỉnh', 'Provincial Inspectorate'),
  ward('phuong-dong-hoi', 'Đồng Hới', 'Dong Hoi'),
  ward('phuong-dong-thuan', 'Đồng Thuận', 'Dong Thuan'),
  ward('phuong-ba-don', 'Ba Đồn', 'Ba Don'),
  ward('phuong-dong-ha', 'Đông Hà', 'Dong Ha'),
  ward('phuong-nam-dong-ha', 'Nam Đông Hà', 'Nam Dong Ha'),
  ward('phuong-quang-tri', 'Quảng Trị', 'Quang Tri'),
  commune('xa-phong-nha', 'Phong Nha', 'Phong Nha'),
  commune('xa-le-thuy', 'Lệ Thủy', 'Le Thuy'),
  commune('xa-quang-ninh', 'Quảng Ninh', 'Quang Ninh'),
  commune('xa-tuyen-hoa', 'Tuyên Hóa', 'Tuyen Hoa'),
  commune('xa-vinh-linh', 'Vĩnh Linh', 'Vinh Linh'),
  commune('xa-gio-linh', 'Gio Linh', 'Gio Linh'),
  commune('xa-cam-lo', 'Cam Lộ', 'Cam Lo'),
  commune('xa-trieu-phong', 'Triệu Phong', 'Trieu Phong'),
  commune('xa-hai-lang', 'Hải Lăng', 'Hai Lang'),
  commune('xa-khe-sanh', 'Khe Sanh', 'Khe Sanh'),
  commune('xa-lao-bao', 'Lao Bảo', 'Lao Bao'),
  {
    id: 'dac-khu-con-co',
    nameVi: 'Ủy ban nhân dân đặc khu Cồn Cỏ',
    nameEn: "Con Co Special Zone People's Committee",
    kind: 'special_zone',
  },
];
