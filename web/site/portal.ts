import type { Language } from '#shared/domain/text.ts';

/**
 * Who runs the portal and how to reach them: one place for the header, the footer, the contact and
 * organisation pages, the feeds and the JSON-LD, so that they can never disagree.
 *
 * Decree 224/2026/NĐ-CP asks a state portal to show its managing agency, address, telephone, email
 * and the person responsible for its content. The values below are DEMO data for this build: plausible in
 * form, not the real unit's; the editorial office replaces them before going live. Since the merger of
 * 1 July 2025 the province's administrative centre is Đồng Hới, so the demo address is there.
 */
export const portal = {
  name: { vi: 'Cổng Thông tin điện tử tỉnh Quảng Trị', en: 'Quang Tri Provincial Portal' },
  shortName: { vi: 'Cổng TTĐT tỉnh Quảng Trị', en: 'Quang Tri Portal' },
  /** The English name given in the founding proposal (Đề án, mục III.1). */
  acronym: 'QTP',
  province: { vi: 'Ủy ban nhân dân tỉnh Quảng Trị', en: "Quang Tri Provincial People's Committee" },
  office: {
    vi: 'Văn phòng Ủy ban nhân dân tỉnh Quảng Trị',
    en: "Office of the Quang Tri Provincial People's Committee",
  },
  managingUnit: {
    vi: 'Cổng Thông tin điện tử tỉnh, Văn phòng UBND tỉnh Quảng Trị',
    en: "Provincial Electronic Portal, Office of the Quang Tri Provincial People's Committee",
  },
  responsible: {
    vi: 'Giám đốc Cổng Thông tin điện tử tỉnh',
    en: 'Director of the Provincial Electronic Portal',
  },
  address: {
    street: '12 Quang Trung',
    locality: 'Đồng Hới',
    region: 'Quảng Trị',
    country: 'VN',
    display: {
      vi: '12 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị',
      en: '12 Quang Trung Street, Dong Hoi Ward, Quang Tri Province, Viet Nam',
    },
  },
  /** Display form and the tel: form (WCAG 2.1 SC 2.5.3: the link's name matches what it dials). */
  telephone: { display: '0233 3852 468', href: 'tel:+842333852468', schema: '+84-233-3852-468' },
  fax: '0233 3852 469',
  editorialTelephone: { display: '0233 3857 215', href: 'tel:+842333857215' },
  email: 'congthongtin@quangtri.gov.vn',
  licence: {
    vi: 'Giấy phép số 12/GP-TTĐT ngày 15/3/2021 (dữ liệu minh họa)',
    en: 'Licence No. 12/GP-TTĐT of 15 March 2021 (demo data)',
  },
  reuse: {
    vi: 'Ghi rõ nguồn “Cổng Thông tin điện tử tỉnh Quảng Trị” khi phát hành lại thông tin từ Cổng.',
    en: 'Please cite “Quang Tri Provincial Portal” when republishing information from this portal.',
  },
  officeHours: {
    vi: 'Sáng 7 giờ 00 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ 00, từ thứ Hai đến thứ Sáu',
    en: '7:00–11:30 and 13:30–17:00, Monday to Friday (Viet Nam time)',
  },
} as const;

export type ExternalLink = { name: Record<Language, string>; url: string };

/** Other agencies' portals: Decree 224/2026/NĐ-CP asks a portal to link to them. */
export const externalLinkGroups: { title: Record<Language, string>; links: ExternalLink[] }[] = [
  {
    title: { vi: 'Cơ quan Trung ương', en: 'Central government' },
    links: [
      {
        name: { vi: 'Cổng Thông tin điện tử Chính phủ', en: 'Government Electronic Portal' },
        url: 'https://chinhphu.vn',
      },
      {
        name: { vi: 'Công báo Chính phủ', en: 'Official Gazette of Viet Nam' },
        url: 'https://congbao.chinhphu.vn',
      },
      {
        name: { vi: 'Cổng Dịch vụ công quốc gia', en: 'National Public Service Portal' },
        url: 'https://dichvucong.gov.vn',
      },
      {
        name: { vi: 'Hệ thống văn bản của Chính phủ', en: 'Government legal documents' },
        url: 'https://vanban.chinhphu.vn',
      },
      {
        name: {
          vi: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật',
          en: 'National database of legal documents',
        },
        url: 'https://vbpl.vn',
      },
      {
        name: { vi: 'Cổng Thông tin điện tử Quốc hội', en: 'National Assembly Portal' },
        url: 'https://quochoi.vn',
      },
      { name: { vi: 'Báo điện tử Chính phủ', en: 'Government News' }, url: 'https://baochinhphu.vn' },
    ],
  },
];

/** The footer's short block: the three links a visitor most often needs. */
export const footerExternalLinks: ExternalLink[] = (externalLinkGroups[0]?.links ?? []).slice(0, 3);
