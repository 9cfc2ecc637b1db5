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

export const seedAgencies: Omit<Agency, 'version'>[] = [
  {
    id: 'ubnd-tinh',
    nameVi: 'Ủy ban nhân dân tỉnh Quảng Trị',
    nameEn: "Quang Tri Provincial People's Committee",
    kind: 'provincial_people_committee',
  },
  { id: 'so-tu-phap', nameVi: 'Sở Tư pháp', nameEn: 'Department of Justice', kind: 'provincial_department' },
  {
    id: 'so-noi-vu',
    nameVi: 'Sở Nội vụ',
    nameEn: 'Department of Home Affairs',
    kind: 'provincial_department',
  },
  {
    id: 'so-tai-chinh',
    nameVi: 'Sở Tài chính',
    nameEn: 'Department of Finance',
    kind: 'provincial_department',
  },
  {
    id: 'so-ke-hoach-dau-tu',
    nameVi: 'Sở Kế hoạch và Đầu tư',
    nameEn: 'Department of Planning and Investment',
    kind: 'provincial_department',
  },
  {
    id: 'so-thong-tin-truyen-thong',
    nameVi: 'Sở Thông tin và Truyền thông',
    nameEn: 'Department of Information and Communications',
    kind: 'provincial_department',
  },
  {
    id: 'so-nong-nghiep',
    nameVi: 'Sở Nông nghiệp và Phát triển nông thôn',
    nameEn: 'Department of Agriculture and Rural Development',
    kind: 'provincial_department',
  },
  {
    id: 'ubnd-dong-ha',
    nameVi: 'UBND thành phố Đông Hà',
    nameEn: "Dong Ha City People's Committee",
    kind: 'district',
  },
  {
    id: 'ubnd-thi-xa-quang-tri',
    nameVi: 'UBND thị xã Quảng Trị',
    nameEn: "Quang Tri Town People's Committee",
    kind: 'district',
  },
  {
    id: 'ubnd-vinh-linh',
    nameVi: 'UBND huyện Vĩnh Linh',
    nameEn: "Vinh Linh District People's Committee",
    kind: 'district',
  },
  {
    id: 'ubnd-huong-hoa',
    nameVi: 'UBND huyện Hướng Hóa',
    nameEn: "Huong Hoa District People's Committee",
    kind: 'district',
  },
];
