import type { ExternalLinkInput, OfficialInput, UnitInput } from '#shared/domain/organisation.ts';

/**
 * Demo organisation, contacts and links for a developer's machine, written for this project (issue 13).
 * The province merged on 1 July 2025 (the former Quảng Bình and Quảng Trị; seat Đồng Hới; two tiers). The
 * portal's unit and its divisions follow the founding proposal (Đề án thành lập Cổng TTĐT tỉnh, mục III, V).
 * The departments are a subset of the agencies in seed-data.ts, whose list after the 2025 reorganisation the
 * province must confirm (docs/compliance.md, questions). Officials' names, telephones and e-mails are
 * invented demo values, not real people. Links are real official addresses only: the link check's dead
 * link is a test fixture (test/integration/link-check.test.ts), never seeded.
 */
const lines = (...duties: string[]) => duties.join('\n');

export const seedUnits: UnitInput[] = [
  {
    id: 'ubnd-tinh',
    kind: 'body',
    agencyId: 'ubnd-tinh',
    order: 1,
    nameVi: 'Ủy ban nhân dân tỉnh Quảng Trị',
    nameEn: "Quang Tri Provincial People's Committee",
    functionsVi: lines(
      'Cơ quan hành chính nhà nước ở địa phương, chấp hành nghị quyết của Hội đồng nhân dân tỉnh.',
      'Trụ sở tại phường Đồng Hới từ ngày 1 tháng 7 năm 2025.',
    ),
    functionsEn: lines(
      "The province's state administrative body, which carries out the resolutions of the Provincial People's Council.",
      'Seated in Dong Hoi Ward since 1 July 2025.',
    ),
  },
  {
    id: 'van-phong-ubnd-tinh',
    kind: 'body',
    parentId: 'ubnd-tinh',
    agencyId: 'van-phong-ubnd-tinh',
    order: 1,
    nameVi: 'Văn phòng Ủy ban nhân dân tỉnh',
    nameEn: "Office of the Provincial People's Committee",
    functionsVi: lines(
      'Tham mưu tổng hợp, giúp Ủy ban nhân dân tỉnh tổ chức các hoạt động chung.',
      'Quản lý Cổng Thông tin điện tử và Công báo tỉnh.',
    ),
    functionsEn: lines(
      "Advises the Provincial People's Committee and organises its common work.",
      'Manages the provincial portal and the Official Gazette.',
    ),
  },
  {
    id: 'cong-thong-tin-dien-tu',
    kind: 'body',
    parentId: 'van-phong-ubnd-tinh',
    order: 1,
    nameVi: 'Cổng Thông tin điện tử tỉnh',
    nameEn: 'Quang Tri Provincial Portal',
    functionsVi: lines(
      'Quản lý, vận hành Cổng Thông tin điện tử tỉnh; là đầu mối kết nối thông tin của cơ quan hành chính các cấp.',
      'Tiếp nhận ý kiến của người dân, doanh nghiệp; lấy ý kiến nhân dân về dự thảo văn bản quy phạm pháp luật.',
      'Cập nhật thông tin bằng tiếng Việt và tiếng nước ngoài lên Cổng.',
      'Quản trị, triển khai ứng dụng công nghệ thông tin phục vụ chỉ đạo, điều hành của UBND tỉnh.',
      'Quản lý xuất bản, phát hành Công báo tỉnh, bao gồm Công báo điện tử.',
    ),
    functionsEn: lines(
      'Runs the provincial portal and connects the information of government agencies at every level.',
      'Receives feedback from citizens and businesses, and consults the public on draft legal documents.',
      'Publishes information in Vietnamese and in foreign languages.',
      "Deploys and operates information technology for the Provincial People's Committee.",
      'Publishes the Provincial Official Gazette, in print and online.',
    ),
  },
  {
    id: 'ban-giam-doc',
    kind: 'leadership',
    parentId: 'cong-thong-tin-dien-tu',
    order: 1,
    nameVi: 'Ban Giám đốc',
    nameEn: 'Directors',
    functionsVi: lines(
      'Giám đốc chịu trách nhiệm trước Chủ tịch UBND tỉnh, Chánh Văn phòng UBND tỉnh về toàn bộ hoạt động của Cổng; duyệt tin, bài trước khi đăng.',
      'Phó Giám đốc giúp Giám đốc theo phân công; phụ trách Công báo và công tác tổ chức, hành chính.',
    ),
    functionsEn: lines(
      'The Director answers for all of the portal’s work and approves every article before it is published.',
      "The Deputy Director assists the Director, including the Official Gazette and the unit's administration.",
    ),
  },
  {
    id: 'phong-cntt-hanh-chinh',
    kind: 'division',
    parentId: 'cong-thong-tin-dien-tu',
    order: 2,
    nameVi: 'Phòng Công nghệ thông tin và Hành chính',
    nameEn: 'Division of Information Technology and Administration',
    functionsVi: lines(
      'Xây dựng, triển khai phần mềm, cơ sở dữ liệu và giải pháp công nghệ thông tin.',
      'Quản trị hệ thống Cổng, thư điện tử, phần mềm quản lý văn bản, hội nghị trực tuyến.',
      'Công tác hành chính, tổ chức, kế toán của đơn vị.',
    ),
    functionsEn: lines(
      'Builds and runs software, databases and IT solutions.',
      'Administers the portal, e-mail, document management and video-conference systems.',
      "Handles the unit's administration and accounting.",
    ),
  },
  {
    id: 'phong-cong-bao-bien-tap',
    kind: 'division',
    parentId: 'cong-thong-tin-dien-tu',
    order: 3,
    nameVi: 'Phòng Công báo - Biên tập thông tin',
    nameEn: 'Division of the Official Gazette and Editorial Affairs',
    functionsVi: lines(
      'Tiếp nhận, rà soát văn bản, xuất bản và phát hành Công báo tỉnh.',
      'Viết, biên tập tin, bài; thông tin đa phương tiện và thông tin tiếng nước ngoài.',
      'Tiếp nhận ý kiến phản ánh và cập nhật ý kiến trả lời của cơ quan có thẩm quyền.',
    ),
    functionsEn: lines(
      'Receives and reviews documents, and publishes the Provincial Official Gazette.',
      'Writes and edits news, multimedia and foreign-language information.',
      "Receives citizens' feedback and publishes the competent agencies' answers.",
    ),
  },
  {
    id: 'so-noi-vu',
    kind: 'body',
    parentId: 'ubnd-tinh',
    agencyId: 'so-noi-vu',
    order: 2,
    nameVi: 'Sở Nội vụ',
    nameEn: 'Department of Home Affairs',
    functionsVi: lines(
      'Tham mưu về tổ chức bộ máy, công chức, viên chức, chính quyền địa phương, cải cách hành chính.',
      'Tham mưu về lao động, việc làm, người có công (sau sắp xếp năm 2025).',
    ),
    functionsEn: lines(
      'Advises on organisation, civil servants, local government and administrative reform.',
      'Advises on labour, employment and people with meritorious services (after the 2025 reorganisation).',
    ),
  },
  {
    id: 'so-tai-chinh',
    kind: 'body',
    parentId: 'ubnd-tinh',
    agencyId: 'so-tai-chinh',
    order: 3,
    nameVi: 'Sở Tài chính',
    nameEn: 'Department of Finance',
    functionsVi: lines(
      'Tham mưu về tài chính, ngân sách, giá, đầu tư và kế hoạch (sau khi hợp nhất với Sở Kế hoạch và Đầu tư năm 2025).',
    ),
    functionsEn: lines(
      'Advises on finance, the budget, prices, investment and planning (merged with the Department of Planning and Investment in 2025).',
    ),
  },
  {
    id: 'so-nong-nghiep-moi-truong',
    kind: 'body',
    parentId: 'ubnd-tinh',
    agencyId: 'so-nong-nghiep-moi-truong',
    order: 4,
    nameVi: 'Sở Nông nghiệp và Môi trường',
    nameEn: 'Department of Agriculture and Environment',
    functionsVi: lines(
      'Tham mưu về nông nghiệp, lâm nghiệp, thủy sản, thủy lợi, phòng chống thiên tai.',
      'Tham mưu về đất đai, tài nguyên nước, môi trường, biến đổi khí hậu.',
    ),
    // Left untranslated on purpose: the admin's English indicator shows it missing.
    functionsEn: '',
  },
];

export const seedOfficials: OfficialInput[] = [
  {
    id: 'dau-moi-cong-thong-tin',
    unitId: 'cong-thong-tin-dien-tu',
    name: 'Nguyễn Văn An',
    positionVi: 'Giám đốc',
    positionEn: 'Director',
    roleVi: 'Người phát ngôn, đầu mối cung cấp thông tin của Cổng',
    roleEn: "Spokesperson; the portal's focal point for information",
    phone: '0233 3852 468',
    email: 'congthongtin@quangtri.gov.vn',
    listed: true,
    order: 1,
  },
  {
    id: 'dau-moi-bien-tap',
    unitId: 'phong-cong-bao-bien-tap',
    name: 'Trần Thị Bình',
    positionVi: 'Trưởng phòng',
    positionEn: 'Head of Division',
    roleVi: 'Tiếp nhận phản ánh, kiến nghị và tin, bài gửi Cổng',
    roleEn: 'Feedback, petitions and contributions to the portal',
    phone: '0233 3857 215',
    email: 'bientap.congthongtin@quangtri.gov.vn',
    listed: true,
    order: 2,
  },
  {
    id: 'dau-moi-cong-bao',
    unitId: 'phong-cong-bao-bien-tap',
    name: 'Lê Văn Cường',
    positionVi: 'Phó Trưởng phòng',
    positionEn: 'Deputy Head of Division',
    roleVi: 'Tiếp nhận văn bản đăng Công báo',
    roleEn: 'Documents for the Official Gazette',
    phone: '0233 3857 216',
    email: 'congbao@quangtri.gov.vn',
    listed: true,
    order: 3,
  },
  {
    id: 'dau-moi-noi-vu',
    unitId: 'so-noi-vu',
    name: 'Phạm Thị Dung',
    positionVi: 'Chánh Văn phòng Sở',
    positionEn: 'Chief of the Department Office',
    roleVi: 'Đầu mối cải cách hành chính',
    roleEn: '',
    phone: '0232 3822 100',
    email: 'vanphong.sonoivu@quangtri.gov.vn',
    listed: true,
    order: 4,
  },
];

const link = (
  id: string,
  group: ExternalLinkInput['group'],
  order: number,
  nameVi: string,
  nameEn: string,
  url: string,
): ExternalLinkInput => ({ id, group, order, nameVi, nameEn, url });

/** Real official addresses of the Government, the national portals and ministries (as reorganised in 2025). */
export const seedLinks: ExternalLinkInput[] = [
  link(
    'chinh-phu',
    'central',
    1,
    'Cổng Thông tin điện tử Chính phủ',
    'Government Electronic Portal',
    'https://chinhphu.vn',
  ),
  link(
    'cong-bao-chinh-phu',
    'central',
    2,
    'Công báo Chính phủ',
    'Official Gazette of Viet Nam',
    'https://congbao.chinhphu.vn',
  ),
  link(
    'van-ban-chinh-phu',
    'central',
    3,
    'Hệ thống văn bản của Chính phủ',
    'Government legal documents',
    'https://vanban.chinhphu.vn',
  ),
  link(
    'vbpl',
    'central',
    4,
    'Cơ sở dữ liệu quốc gia về văn bản pháp luật',
    'National database of legal documents',
    'https://vbpl.vn',
  ),
  link(
    'quoc-hoi',
    'central',
    5,
    'Cổng Thông tin điện tử Quốc hội',
    'National Assembly Portal',
    'https://quochoi.vn',
  ),
  link('bao-chinh-phu', 'central', 6, 'Báo điện tử Chính phủ', 'Government News', 'https://baochinhphu.vn'),
  link(
    'dich-vu-cong',
    'public_services',
    1,
    'Cổng Dịch vụ công quốc gia',
    'National Public Service Portal',
    'https://dichvucong.gov.vn',
  ),
  link(
    'pakn-quoc-gia',
    'feedback',
    1,
    'Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị của người dân, doanh nghiệp',
    "National system for citizens' and businesses' feedback",
    'https://pakn.dichvucong.gov.vn',
  ),
  link('bo-noi-vu', 'ministry', 1, 'Bộ Nội vụ', 'Ministry of Home Affairs', 'https://moha.gov.vn'),
  link('bo-tai-chinh', 'ministry', 2, 'Bộ Tài chính', 'Ministry of Finance', 'https://mof.gov.vn'),
  link('bo-tu-phap', 'ministry', 3, 'Bộ Tư pháp', 'Ministry of Justice', 'https://moj.gov.vn'),
  link(
    'bo-cong-thuong',
    'ministry',
    4,
    'Bộ Công Thương',
    'Ministry of Industry and Trade',
    'https://moit.gov.vn',
  ),
  link('bo-y-te', 'ministry', 5, 'Bộ Y tế', 'Ministry of Health', 'https://moh.gov.vn'),
  link(
    'bo-giao-duc',
    'ministry',
    6,
    'Bộ Giáo dục và Đào tạo',
    'Ministry of Education and Training',
    'https://moet.gov.vn',
  ),
  link('bo-xay-dung', 'ministry', 7, 'Bộ Xây dựng', 'Ministry of Construction', 'https://moc.gov.vn'),
  link('bo-ngoai-giao', 'ministry', 8, 'Bộ Ngoại giao', 'Ministry of Foreign Affairs', 'https://mofa.gov.vn'),
];
