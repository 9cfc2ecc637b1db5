import type { PublishedArticle } from '#shared/domain/article.ts';
import type { Category } from '#shared/domain/directory.ts';
import type { Language } from '#shared/domain/text.ts';
import type { SiteContext } from './context.ts';

/**
 * Sample content for tests, screenshots and the benchmark: categories after the seed's editorial positions
 * and articles in Vietnamese (with a few English translations). Every value is valid for the domain
 * schemas (test/unit/site-fixtures.test.ts checks it). Names of people and figures are invented.
 */

export const sampleBaseUrl = 'https://qtp.example.vn';
export const sampleGeneratedAt = '2026-11-27T03:30:00.000Z';

export const sampleCategories: Category[] = [
  {
    slug: 'chi-dao-dieu-hanh',
    nameVi: 'Chỉ đạo, điều hành',
    nameEn: 'Directions',
    descriptionVi: 'Hoạt động chỉ đạo, điều hành của Tỉnh ủy, HĐND và UBND tỉnh.',
    order: 0,
    version: 1,
  },
  {
    slug: 'kinh-te-tai-chinh',
    nameVi: 'Kinh tế - Tài chính',
    nameEn: 'Economy',
    descriptionVi: 'Đầu tư, thương mại, tài chính, ngân sách và doanh nghiệp.',
    order: 1,
    version: 1,
  },
  {
    slug: 'van-hoa-xa-hoi',
    nameVi: 'Văn hóa - Xã hội',
    nameEn: 'Culture and society',
    descriptionVi: 'Văn hóa, du lịch, giáo dục, y tế, lao động và an sinh xã hội.',
    order: 2,
    version: 1,
  },
  {
    slug: 'doi-ngoai-noi-chinh',
    nameVi: 'Đối ngoại - Nội chính',
    nameEn: 'External affairs',
    descriptionVi: 'Hợp tác quốc tế, quốc phòng, an ninh, tư pháp và cải cách hành chính.',
    order: 3,
    version: 1,
  },
  {
    slug: 'nong-nghiep',
    nameVi: 'Nông nghiệp - Nông thôn',
    nameEn: 'Agriculture',
    descriptionVi: 'Sản xuất nông, lâm, ngư nghiệp và xây dựng nông thôn mới.',
    order: 4,
    version: 1,
  },
  {
    slug: 'da-phuong-tien',
    nameVi: 'Đa phương tiện',
    nameEn: 'Multimedia',
    descriptionVi: 'Ảnh, video và đồ họa về Quảng Trị.',
    order: 5,
    version: 1,
  },
];

export const sampleContext: SiteContext = {
  baseUrl: sampleBaseUrl,
  categories: sampleCategories,
  generatedAt: sampleGeneratedAt,
};

type Draft = Omit<PublishedArticle, 'ordinal' | 'revision' | 'tags'> & { revision?: number; tags?: string[] };

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const cover = (name: string, alt: string): PublishedArticle['coverImage'] => ({
  key: `media/2026/11/${name}.jpg`,
  alt,
  width: 1600,
  height: 1067,
  variants: [480, 960, 1440],
});

const paragraphs = (...texts: string[]) => texts.map((text) => `<p>${text}</p>`).join('\n');

const drafts: Draft[] = [
  {
    id: uuid(1),
    language: 'vi',
    slug: 'chu-tich-ubnd-tinh-chi-dao-khac-phuc-hau-qua-mua-lu',
    title: 'Chủ tịch UBND tỉnh chỉ đạo tập trung khắc phục hậu quả mưa lũ, sớm ổn định đời sống nhân dân',
    summary:
      'Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương huy động tối đa lực lượng, phương tiện để khắc phục hậu quả đợt mưa lũ vừa qua, bảo đảm không để người dân nào bị đói, rét, thiếu nước sạch.',
    bodyHtml: [
      paragraphs(
        'Sáng 26/11, Chủ tịch UBND tỉnh đã chủ trì cuộc họp trực tuyến với các xã, phường để đánh giá thiệt hại và triển khai các giải pháp khắc phục hậu quả đợt mưa lũ từ ngày 20 đến 24/11.',
        'Theo báo cáo của Ban Chỉ huy Phòng thủ dân sự tỉnh, mưa lớn kéo dài đã làm ngập cục bộ nhiều khu dân cư vùng trũng, sạt lở một số đoạn đường giao thông miền núi và gây thiệt hại đối với diện tích rau màu vụ đông.',
      ),
      '<h2>Ưu tiên bảo đảm đời sống người dân</h2>',
      '<ul><li>Rà soát, hỗ trợ kịp thời lương thực, nước uống cho các hộ bị ảnh hưởng;</li><li>Khẩn trương khắc phục các điểm sạt lở, bảo đảm giao thông thông suốt;</li><li>Tổ chức vệ sinh môi trường, phòng chống dịch bệnh sau lũ.</li></ul>',
      paragraphs(
        'Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Môi trường hướng dẫn người dân khôi phục sản xuất, cung ứng giống cây trồng cho vụ Đông Xuân; Sở Tài chính tham mưu bố trí kinh phí dự phòng để hỗ trợ các địa phương.',
      ),
      '<blockquote><p>“Không để người dân nào bị đói, rét, thiếu nước sạch; không để học sinh nào phải nghỉ học kéo dài vì trường lớp hư hỏng.”</p></blockquote>',
    ].join('\n'),
    coverImage: cover(
      'hop-truc-tuyen-khac-phuc-lu',
      'Chủ tịch UBND tỉnh phát biểu tại cuộc họp trực tuyến với các địa phương',
    ),
    categorySlug: 'chi-dao-dieu-hanh',
    tags: ['phòng chống thiên tai', 'mưa lũ', 'an sinh xã hội'],
    authorName: 'Minh Châu',
    firstPublishedAt: '2026-11-26T04:15:00.000Z',
    publishedAt: '2026-11-26T09:40:00.000Z',
    revision: 2,
    translationSlug: 'provincial-chair-directs-flood-recovery',
  },
  {
    id: uuid(2),
    language: 'vi',
    slug: 'day-manh-giai-ngan-von-dau-tu-cong-cuoi-nam-2026',
    title: 'UBND tỉnh ban hành kế hoạch đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm 2026',
    summary:
      'Kế hoạch phân công cụ thể trách nhiệm của từng chủ đầu tư, phấn đấu giải ngân toàn bộ kế hoạch vốn đầu tư công năm 2026 được giao.',
    bodyHtml: paragraphs(
      'UBND tỉnh vừa ban hành kế hoạch đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm 2026, yêu cầu người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trực tiếp về tiến độ giải ngân của dự án do mình quản lý.',
      'Kế hoạch nêu rõ việc tháo gỡ vướng mắc trong giải phóng mặt bằng, điều chuyển vốn từ các dự án chậm tiến độ sang các dự án có khả năng giải ngân tốt, và báo cáo tiến độ hằng tuần về Sở Tài chính.',
      'Các chủ đầu tư có tỷ lệ giải ngân thấp sẽ được xem xét trách nhiệm khi đánh giá, xếp loại cuối năm.',
    ),
    categorySlug: 'chi-dao-dieu-hanh',
    tags: ['đầu tư công', 'giải ngân'],
    authorName: 'Hoàng Anh',
    firstPublishedAt: '2026-11-24T02:00:00.000Z',
    publishedAt: '2026-11-24T02:00:00.000Z',
  },
  {
    id: uuid(3),
    language: 'vi',
    slug: 'chuyen-doi-so-trong-giai-quyet-thu-tuc-hanh-chinh',
    title: 'Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính cho người dân, doanh nghiệp',
    summary:
      'Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành nâng cao tỷ lệ hồ sơ trực tuyến toàn trình, số hóa kết quả giải quyết thủ tục hành chính.',
    bodyHtml: paragraphs(
      'Chiều 21/11, Phó Chủ tịch UBND tỉnh làm việc với các sở, ngành về tình hình chuyển đổi số trong giải quyết thủ tục hành chính.',
      'Phó Chủ tịch đề nghị các đơn vị tiếp tục rà soát, cắt giảm thành phần hồ sơ, tái sử dụng dữ liệu đã số hóa, hướng dẫn người dân nộp hồ sơ qua <a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a>.',
    ),
    coverImage: cover(
      'chuyen-doi-so-thu-tuc-hanh-chinh',
      'Cán bộ Trung tâm Phục vụ hành chính công hướng dẫn người dân nộp hồ sơ trực tuyến',
    ),
    categorySlug: 'chi-dao-dieu-hanh',
    tags: ['chuyển đổi số', 'cải cách hành chính'],
    authorName: 'Thanh Tâm',
    firstPublishedAt: '2026-11-21T10:30:00.000Z',
    publishedAt: '2026-11-21T10:30:00.000Z',
  },
  {
    id: uuid(4),
    language: 'vi',
    slug: 'kim-ngach-xuat-nhap-khau-qua-cua-khau-lao-bao-tang',
    title: 'Kim ngạch xuất nhập khẩu qua Cửa khẩu quốc tế Lao Bảo tăng khá',
    summary:
      'Hoạt động xuất nhập khẩu qua Cửa khẩu quốc tế Lao Bảo sôi động trở lại nhờ thủ tục thông quan được rút ngắn và hạ tầng logistics được cải thiện.',
    bodyHtml: paragraphs(
      'Theo Ban Quản lý Khu kinh tế tỉnh, từ đầu năm đến nay lượng phương tiện và hàng hóa qua Cửa khẩu quốc tế Lao Bảo tăng so với cùng kỳ năm trước, trong đó các mặt hàng chủ lực là nông sản, vật liệu xây dựng và hàng tiêu dùng.',
      'Việc áp dụng mô hình “kiểm tra một lần, một điểm dừng” giữa Lao Bảo và Densavanh (Lào) đã giúp rút ngắn đáng kể thời gian thông quan cho doanh nghiệp.',
    ),
    coverImage: cover('cua-khau-lao-bao', 'Xe chở hàng làm thủ tục tại Cửa khẩu quốc tế Lao Bảo'),
    categorySlug: 'kinh-te-tai-chinh',
    tags: ['xuất nhập khẩu', 'Lao Bảo', 'Hành lang kinh tế Đông - Tây'],
    authorName: 'Phương Thảo',
    firstPublishedAt: '2026-11-25T01:45:00.000Z',
    publishedAt: '2026-11-25T01:45:00.000Z',
    translationSlug: 'trade-through-lao-bao-border-gate-grows',
  },
  {
    id: uuid(5),
    language: 'vi',
    slug: 'thu-ngan-sach-10-thang-dat-kha',
    title: 'Thu ngân sách nhà nước 10 tháng đạt khá so với dự toán',
    summary:
      'Nhiều khoản thu nội địa đạt và vượt tiến độ; tỉnh tiếp tục siết chặt kỷ luật tài chính, chống thất thu.',
    bodyHtml: paragraphs(
      'Sở Tài chính cho biết tổng thu ngân sách nhà nước trên địa bàn 10 tháng đạt khá so với dự toán được giao, trong đó thu từ khu vực doanh nghiệp và thu tiền sử dụng đất có mức tăng trưởng tốt.',
      'Trong những tháng cuối năm, ngành tài chính phối hợp với cơ quan thuế đẩy mạnh thu hồi nợ đọng, mở rộng hóa đơn điện tử khởi tạo từ máy tính tiền.',
    ),
    categorySlug: 'kinh-te-tai-chinh',
    tags: ['ngân sách', 'thuế'],
    authorName: 'Hoàng Anh',
    firstPublishedAt: '2026-11-18T08:00:00.000Z',
    publishedAt: '2026-11-18T08:00:00.000Z',
  },
  {
    id: uuid(6),
    language: 'vi',
    slug: 'khai-mac-tuan-le-van-hoa-du-lich-bien-cua-tung',
    title: 'Khai mạc Tuần lễ Văn hóa – Du lịch biển Cửa Tùng',
    summary:
      'Chuỗi hoạt động văn hóa, thể thao, ẩm thực diễn ra trong một tuần tại bãi biển Cửa Tùng, giới thiệu sản phẩm du lịch biển đảo của tỉnh.',
    bodyHtml: paragraphs(
      'Tối 22/11, tại bãi biển Cửa Tùng đã diễn ra lễ khai mạc Tuần lễ Văn hóa – Du lịch biển với chương trình nghệ thuật đặc sắc tái hiện lịch sử vùng đất đôi bờ Hiền Lương – Bến Hải.',
      'Trong khuôn khổ tuần lễ có hội thi ẩm thực làng biển, giải đua thuyền truyền thống, trưng bày sản phẩm OCOP và các tour tham quan Địa đạo Vịnh Mốc, đảo Cồn Cỏ.',
    ),
    coverImage: cover(
      'tuan-le-van-hoa-cua-tung',
      'Biểu diễn nghệ thuật trên bãi biển Cửa Tùng trong đêm khai mạc',
    ),
    categorySlug: 'van-hoa-xa-hoi',
    tags: ['du lịch', 'Cửa Tùng', 'văn hóa'],
    authorName: 'Lê Vy',
    firstPublishedAt: '2026-11-22T14:20:00.000Z',
    publishedAt: '2026-11-22T14:20:00.000Z',
    translationSlug: 'cua-tung-sea-culture-and-tourism-week-opens',
  },
  {
    id: uuid(7),
    language: 'vi',
    slug: 'trao-hoc-bong-cho-hoc-sinh-vuot-kho',
    title: 'Trao 300 suất học bổng cho học sinh vượt khó vùng đồng bào dân tộc thiểu số',
    summary:
      'Các suất học bổng giúp học sinh người Vân Kiều, Pa Kô có thêm điều kiện theo học trong năm học mới.',
    bodyHtml: paragraphs(
      'Quỹ Khuyến học tỉnh phối hợp với các nhà tài trợ trao 300 suất học bổng cho học sinh có hoàn cảnh khó khăn, vươn lên trong học tập tại các xã miền núi.',
      'Mỗi suất học bổng gồm tiền mặt, sách vở và áo ấm, được trao tận tay các em tại trường.',
    ),
    categorySlug: 'van-hoa-xa-hoi',
    tags: ['giáo dục', 'khuyến học'],
    authorName: 'Lê Vy',
    firstPublishedAt: '2026-11-15T03:10:00.000Z',
    publishedAt: '2026-11-15T03:10:00.000Z',
  },
  {
    id: uuid(8),
    language: 'vi',
    slug: 'doan-cong-tac-tinh-savannakhet-tham-quang-tri',
    title: 'Đoàn công tác tỉnh Savannakhet (Lào) thăm và làm việc tại Quảng Trị',
    summary:
      'Hai tỉnh thống nhất tăng cường hợp tác trong các lĩnh vực thương mại, giáo dục, y tế và quản lý biên giới.',
    bodyHtml: paragraphs(
      'Ngày 19/11, lãnh đạo tỉnh đã tiếp và làm việc với đoàn công tác tỉnh Savannakhet, nước Cộng hòa Dân chủ Nhân dân Lào.',
      'Tại buổi làm việc, hai bên điểm lại kết quả thực hiện biên bản ghi nhớ hợp tác, thống nhất tiếp tục tạo điều kiện thuận lợi cho hàng hóa, phương tiện qua lại cặp cửa khẩu Lao Bảo – Densavanh.',
    ),
    coverImage: cover('doan-savannakhet', 'Lãnh đạo tỉnh tiếp đoàn công tác tỉnh Savannakhet'),
    categorySlug: 'doi-ngoai-noi-chinh',
    tags: ['đối ngoại', 'hợp tác Việt - Lào'],
    authorName: 'Quốc Bảo',
    firstPublishedAt: '2026-11-19T09:00:00.000Z',
    publishedAt: '2026-11-19T09:00:00.000Z',
    translationSlug: 'savannakhet-delegation-visits-quang-tri',
  },
  {
    id: uuid(9),
    language: 'vi',
    slug: 'nong-dan-huong-hoa-thu-hoach-ca-phe',
    title: 'Nông dân Hướng Hóa vào vụ thu hoạch cà phê, giá bán ổn định',
    summary:
      'Vùng cà phê Khe Sanh bước vào vụ thu hoạch chính; nhiều hợp tác xã liên kết bao tiêu sản phẩm cho nông dân.',
    bodyHtml: paragraphs(
      'Những ngày này, trên các đồi cà phê ở vùng Khe Sanh, bà con nông dân tất bật thu hái. Năng suất năm nay ổn định, giá thu mua cà phê tươi ở mức có lợi cho người trồng.',
      'Ngành nông nghiệp khuyến cáo người dân chỉ thu hái quả chín, phơi sấy đúng kỹ thuật để nâng cao chất lượng và giá trị sản phẩm.',
    ),
    coverImage: cover('thu-hoach-ca-phe-khe-sanh', 'Nông dân thu hái cà phê chín trên đồi ở Khe Sanh'),
    categorySlug: 'nong-nghiep',
    tags: ['cà phê', 'Khe Sanh', 'nông nghiệp'],
    authorName: 'Thanh Tâm',
    firstPublishedAt: '2026-11-23T00:30:00.000Z',
    publishedAt: '2026-11-23T00:30:00.000Z',
  },
  {
    id: uuid(10),
    language: 'vi',
    slug: 'mo-hinh-trong-lua-huu-co-lien-ket-chuoi-gia-tri',
    title: 'Nhân rộng mô hình trồng lúa hữu cơ liên kết theo chuỗi giá trị',
    summary:
      'Diện tích lúa hữu cơ tiếp tục mở rộng, gắn với liên kết tiêu thụ ổn định, nâng cao thu nhập cho nông dân.',
    bodyHtml: paragraphs(
      'Sau nhiều vụ triển khai, mô hình trồng lúa hữu cơ đã khẳng định hiệu quả: chi phí đầu vào giảm, giá bán cao hơn lúa thường và môi trường đồng ruộng được cải thiện.',
      'Các doanh nghiệp cam kết bao tiêu toàn bộ sản lượng, hỗ trợ giống và kỹ thuật canh tác cho các hợp tác xã tham gia.',
    ),
    categorySlug: 'nong-nghiep',
    tags: ['lúa hữu cơ', 'chuỗi giá trị'],
    authorName: 'Phương Thảo',
    firstPublishedAt: '2026-11-12T07:00:00.000Z',
    publishedAt: '2026-11-12T07:00:00.000Z',
  },
  {
    id: uuid(11),
    language: 'vi',
    slug: 'quang-tri-mua-lua-chin-qua-ong-kinh',
    title: 'Quảng Trị mùa lúa chín qua ống kính',
    summary:
      'Bộ ảnh ghi lại khoảnh khắc những cánh đồng vàng óng ven sông Thạch Hãn trong những ngày thu hoạch.',
    bodyHtml: paragraphs(
      'Khi những cánh đồng ven sông Thạch Hãn chuyển sang màu vàng óng cũng là lúc người nông dân vào vụ gặt. Bộ ảnh ghi lại nhịp sống lao động và niềm vui được mùa của bà con.',
    ),
    coverImage: cover('mua-lua-chin-thach-han', 'Cánh đồng lúa chín vàng ven sông Thạch Hãn'),
    categorySlug: 'da-phuong-tien',
    tags: ['ảnh', 'sông Thạch Hãn'],
    authorName: 'Đức Minh',
    firstPublishedAt: '2026-11-20T23:00:00.000Z',
    publishedAt: '2026-11-20T23:00:00.000Z',
  },
  {
    id: uuid(12),
    language: 'vi',
    slug: 'ngay-hoi-dai-doan-ket-toan-dan-toc-o-khu-dan-cu',
    title: 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư',
    summary:
      'Ngày hội là dịp nhìn lại kết quả phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và tôn vinh các gia đình tiêu biểu.',
    bodyHtml: paragraphs(
      'Hướng tới kỷ niệm Ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11, nhiều khu dân cư trên địa bàn tỉnh đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc với các hoạt động văn nghệ, thể thao sôi nổi.',
    ),
    categorySlug: 'van-hoa-xa-hoi',
    tags: ['Mặt trận Tổ quốc', 'đại đoàn kết'],
    authorName: 'Quốc Bảo',
    firstPublishedAt: '2026-11-16T01:00:00.000Z',
    publishedAt: '2026-11-16T01:00:00.000Z',
  },
  // English translations (the foreign-language editor's work).
  {
    id: uuid(101),
    language: 'en',
    slug: 'provincial-chair-directs-flood-recovery',
    title: 'Provincial Chair directs all-out flood recovery to stabilise people’s lives',
    summary:
      'The Chair of the Provincial People’s Committee asked departments and localities to mobilise every resource to recover from the recent floods, so that no household goes hungry, cold or without clean water.',
    bodyHtml: paragraphs(
      'On the morning of 26 November, the Chair of the Provincial People’s Committee chaired an online meeting with communes and wards to assess the damage of the floods of 20–24 November and to set out recovery measures.',
      'Priorities are food and drinking water for affected households, clearing landslides on mountain roads, cleaning up and preventing disease, and helping farmers restore production for the winter–spring crop.',
    ),
    coverImage: cover(
      'hop-truc-tuyen-khac-phuc-lu',
      'The Provincial Chair speaks at an online meeting with localities',
    ),
    categorySlug: 'chi-dao-dieu-hanh',
    tags: ['disaster prevention', 'floods'],
    authorName: 'Minh Châu',
    firstPublishedAt: '2026-11-26T11:00:00.000Z',
    publishedAt: '2026-11-26T11:00:00.000Z',
    translationSlug: 'chu-tich-ubnd-tinh-chi-dao-khac-phuc-hau-qua-mua-lu',
  },
  {
    id: uuid(104),
    language: 'en',
    slug: 'trade-through-lao-bao-border-gate-grows',
    title: 'Trade through the Lao Bao international border gate grows',
    summary:
      'Shorter clearance times and better logistics have brought more goods and vehicles through Lao Bao this year.',
    bodyHtml: paragraphs(
      'According to the provincial Economic Zones Authority, more vehicles and goods have crossed the Lao Bao international border gate since the start of the year than in the same period last year.',
      'The “single-window, single-stop” inspection between Lao Bao and Densavanh (Laos) has cut clearance times for businesses.',
    ),
    coverImage: cover('cua-khau-lao-bao', 'Trucks clearing customs at the Lao Bao international border gate'),
    categorySlug: 'kinh-te-tai-chinh',
    tags: ['trade', 'Lao Bao'],
    authorName: 'Phương Thảo',
    firstPublishedAt: '2026-11-25T06:00:00.000Z',
    publishedAt: '2026-11-25T06:00:00.000Z',
    translationSlug: 'kim-ngach-xuat-nhap-khau-qua-cua-khau-lao-bao-tang',
  },
  {
    id: uuid(106),
    language: 'en',
    slug: 'cua-tung-sea-culture-and-tourism-week-opens',
    title: 'Cua Tung Sea Culture and Tourism Week opens',
    summary:
      'A week of culture, sport and food on Cua Tung beach presents the province’s sea and island tourism.',
    bodyHtml: paragraphs(
      'The week opened on the evening of 22 November on Cua Tung beach with a performance retelling the history of the two banks of the Ben Hai River.',
      'It includes a seaside cooking contest, traditional boat races, an OCOP products fair and tours to the Vinh Moc tunnels and Con Co island.',
    ),
    coverImage: cover('tuan-le-van-hoa-cua-tung', 'Performers on Cua Tung beach on the opening night'),
    categorySlug: 'van-hoa-xa-hoi',
    tags: ['tourism', 'Cua Tung'],
    authorName: 'Lê Vy',
    firstPublishedAt: '2026-11-23T02:00:00.000Z',
    publishedAt: '2026-11-23T02:00:00.000Z',
    translationSlug: 'khai-mac-tuan-le-van-hoa-du-lich-bien-cua-tung',
  },
  {
    id: uuid(108),
    language: 'en',
    slug: 'savannakhet-delegation-visits-quang-tri',
    title: 'Savannakhet (Laos) delegation visits Quang Tri',
    summary:
      'The two provinces agreed to deepen cooperation in trade, education, health and border management.',
    bodyHtml: paragraphs(
      'On 19 November, provincial leaders received a delegation from Savannakhet Province of the Lao People’s Democratic Republic.',
      'Both sides reviewed their memorandum of cooperation and agreed to keep easing the movement of goods and vehicles through the Lao Bao – Densavanh border gates.',
    ),
    categorySlug: 'doi-ngoai-noi-chinh',
    tags: ['external affairs', 'Viet Nam – Laos'],
    authorName: 'Quốc Bảo',
    firstPublishedAt: '2026-11-19T12:00:00.000Z',
    publishedAt: '2026-11-19T12:00:00.000Z',
    translationSlug: 'doan-cong-tac-tinh-savannakhet-tham-quang-tri',
  },
];

/** Ordinals count from 0 per category and language, in order of first publication. */
function withOrdinals(list: Draft[]): PublishedArticle[] {
  const next = new Map<string, number>();
  const byFirstPublication = [...list].sort((a, b) => a.firstPublishedAt.localeCompare(b.firstPublishedAt));
  const ordinals = new Map<string, number>();
  for (const draft of byFirstPublication) {
    const key = `${draft.language}/${draft.categorySlug}`;
    const ordinal = next.get(key) ?? 0;
    next.set(key, ordinal + 1);
    ordinals.set(draft.id, ordinal);
  }
  return list.map((draft) => ({
    ...draft,
    revision: draft.revision ?? 1,
    tags: draft.tags ?? [],
    ordinal: ordinals.get(draft.id) ?? 0,
  }));
}

/** All sample articles, newest first. */
export const sampleArticles: PublishedArticle[] = withOrdinals(drafts).sort((a, b) =>
  b.publishedAt.localeCompare(a.publishedAt),
);

export function sampleArticle(slug: string): PublishedArticle {
  const found = sampleArticles.find((article) => article.slug === slug);
  if (!found) throw new Error(`No sample article ${slug}`);
  return found;
}

export function sampleCategory(slug: string): Category {
  const found = sampleCategories.find((category) => category.slug === slug);
  if (!found) throw new Error(`No sample category ${slug}`);
  return found;
}

export const articlesIn = (language: Language, categorySlug?: string) =>
  sampleArticles.filter(
    (article) =>
      article.language === language && (categorySlug === undefined || article.categorySlug === categorySlug),
  );

/** The home page's model as the publisher builds it, from the samples. */
export function sampleHomeModel(language: Language, articles: PublishedArticle[] = sampleArticles) {
  const inLanguage = articles.filter((article) => article.language === language);
  const byCategory = sampleCategories.map((category) => ({
    category,
    articles: inLanguage.filter((article) => article.categorySlug === category.slug).slice(0, 4),
  }));
  return {
    latest: inLanguage.slice(0, 10),
    byCategory: byCategory.filter((block) => block.articles.length > 0),
    leadership: byCategory.find((block) => block.category.slug === 'chi-dao-dieu-hanh')?.articles ?? [],
  };
}

const topics = [
  'Hội nghị triển khai nhiệm vụ phát triển kinh tế - xã hội',
  'Kiểm tra tiến độ dự án đường ven biển',
  'Tập huấn kỹ năng số cho cán bộ cấp xã',
  'Hỗ trợ nông dân chuyển đổi cây trồng thích ứng biến đổi khí hậu',
  'Giao lưu văn hóa các dân tộc miền núi',
  'Đối thoại với doanh nghiệp về thủ tục đầu tư',
  'Ra quân vệ sinh môi trường biển',
  'Nâng cao chất lượng khám chữa bệnh tuyến cơ sở',
];

/**
 * `count` generated Vietnamese articles (newest first, one every three hours back from generatedAt),
 * spread over the sample categories with valid ordinals: for the benchmark and listing tests.
 */
export function makeSampleArticles(count: number, language: Language = 'vi'): PublishedArticle[] {
  const start = Date.parse(sampleGeneratedAt);
  const list: Draft[] = Array.from({ length: count }, (_, index) => {
    const category = sampleCategories[index % sampleCategories.length]?.slug ?? 'chi-dao-dieu-hanh';
    const topic = topics[index % topics.length] ?? 'Tin hoạt động';
    const at = new Date(start - (count - index) * 3 * 3600_000).toISOString();
    return {
      id: uuid(10_000 + index),
      language,
      slug: `tin-mau-${index + 1}`,
      title: `${topic} (số ${index + 1})`,
      summary: `Tóm tắt tin số ${index + 1}: ${topic.toLowerCase()} tại tỉnh Quảng Trị, thông tin do Ban Biên tập tổng hợp.`,
      bodyHtml: paragraphs(
        `Nội dung tin số ${index + 1} về ${topic.toLowerCase()}. Các sở, ngành và địa phương đã phối hợp triển khai, bảo đảm đúng tiến độ đề ra.`,
        'Ban Biên tập Cổng Thông tin điện tử tỉnh sẽ tiếp tục cập nhật thông tin về sự kiện này.',
      ),
      ...(index % 3 === 0
        ? { coverImage: cover(`tin-mau-${index + 1}`, `Hình minh họa cho tin số ${index + 1}`) }
        : {}),
      categorySlug: category,
      tags: ['tin mẫu'],
      authorName: 'Ban Biên tập',
      firstPublishedAt: at,
      publishedAt: at,
    };
  });
  return withOrdinals(list).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
}
