/**
 * The groups of administrative procedures the public-services pages present (decision 172): seeded reference
 * data, kept small, each group a short description and links to where the procedures are done, the National
 * Public Service Portal and the provincial portal. The portal re-implements no procedure.
 */
export const NATIONAL_SERVICE_PORTAL_URL = 'https://dichvucong.gov.vn';

export type PublicServiceGroup = {
  slug: string;
  name: { vi: string; en: string };
  description: { vi: string; en: string };
  examples: { vi: string; en: string }[];
};

export const publicServiceGroups: PublicServiceGroup[] = [
  {
    slug: 'ho-tich-cu-tru',
    name: { vi: 'Hộ tịch, cư trú', en: 'Civil status and residence' },
    description: {
      vi: 'Đăng ký khai sinh, kết hôn, khai tử, thường trú, tạm trú tại Ủy ban nhân dân xã, phường.',
      en: 'Registering births, marriages, deaths and residence at the commune or ward People’s Committee.',
    },
    examples: [
      { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
      { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' },
    ],
  },
  {
    slug: 'dat-dai-xay-dung',
    name: { vi: 'Đất đai, xây dựng', en: 'Land and construction' },
    description: {
      vi: 'Cấp giấy chứng nhận quyền sử dụng đất, giấy phép xây dựng.',
      en: 'Land use right certificates and building permits.',
    },
    examples: [
      { vi: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', en: 'Building permit for a private house' },
      { vi: 'Đăng ký biến động đất đai', en: 'Registering changes of land use rights' },
    ],
  },
  {
    slug: 'doanh-nghiep-dau-tu',
    name: { vi: 'Doanh nghiệp, đầu tư', en: 'Business and investment' },
    description: {
      vi: 'Đăng ký doanh nghiệp, hộ kinh doanh, chủ trương đầu tư.',
      en: 'Registering businesses and household businesses, investment approvals.',
    },
    examples: [
      { vi: 'Đăng ký thành lập doanh nghiệp', en: 'Company registration' },
      { vi: 'Đăng ký hộ kinh doanh', en: 'Household business registration' },
    ],
  },
  {
    slug: 'lao-dong-xa-hoi',
    name: { vi: 'Lao động, bảo trợ xã hội', en: 'Labour and social protection' },
    description: {
      vi: 'Trợ cấp thất nghiệp, trợ cấp xã hội, người có công.',
      en: 'Unemployment benefit, social allowances, support for people with meritorious services.',
    },
    examples: [{ vi: 'Đề nghị hưởng trợ cấp xã hội hằng tháng', en: 'Monthly social allowance' }],
  },
  {
    slug: 'giao-duc-y-te',
    name: { vi: 'Giáo dục, y tế', en: 'Education and health' },
    description: {
      vi: 'Chuyển trường, cấp bản sao văn bằng, giấy phép hành nghề khám chữa bệnh.',
      en: 'School transfers, copies of diplomas, medical practice licences.',
    },
    examples: [{ vi: 'Cấp bản sao văn bằng, chứng chỉ', en: 'Copies of diplomas and certificates' }],
  },
  {
    slug: 'giao-thong-van-tai',
    name: { vi: 'Giao thông, vận tải', en: 'Transport' },
    description: {
      vi: 'Đổi giấy phép lái xe, đăng ký phương tiện.',
      en: 'Exchanging driving licences, registering vehicles.',
    },
    examples: [{ vi: 'Đổi giấy phép lái xe', en: 'Exchanging a driving licence' }],
  },
];
