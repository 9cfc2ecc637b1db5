import type { CoverImage } from '#shared/domain/article.ts';
import type { Language } from '#shared/domain/text.ts';
import { sanitizeRichText } from '#shared/text/rich-text.ts';
import { slugify } from '#shared/text/vietnamese.ts';
import { localAccounts } from '../infra/local/accounts.ts';
import { seedCategories } from '../infra/local/seed-data.ts';

/**
 * A deterministic synthetic news corpus for the benchmark: Vietnamese articles (and English translations
 * of some of them) of realistic length, spread over the seed's seven categories and over three years of
 * first-publication dates. The same seed gives the same text; only the dates move with the clock (the
 * newest article is an hour old when the bench starts, so articles published during the run are newest).
 *
 * Every text here is made up from the phrase lists below; names of places and agencies are real place
 * names of Quảng Trị used as ordinary vocabulary.
 */

export type SyntheticArticle = {
  id: string;
  language: Language;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  categorySlug: string;
  tags: string[];
  coverImage?: CoverImage;
  author: { id: string; name: string };
  createdAt: string;
  submittedAt: string;
  firstPublishedAt: string;
  ordinal: number;
  /** The other language's article (both sides of a pair carry it, as the workflow leaves them). */
  translationOf?: string;
  translationSlug?: string;
};

export type Corpus = {
  articles: SyntheticArticle[];
  stats: {
    count: number;
    vi: number;
    en: number;
    translatedPairs: number;
    withCover: number;
    bodyBytes: { min: number; median: number; max: number; mean: number };
    firstPublishedFrom: string;
    firstPublishedTo: string;
    perCategory: Record<string, number>;
  };
};

/** mulberry32: a tiny seeded PRNG, good enough to pick words. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    const value = list[Math.floor(next() * list.length)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  };
  return { next, int, pick };
}
type Random = ReturnType<typeof prng>;

/** A version-4 UUID from the PRNG (z.uuid() checks the version and variant nibbles). */
function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random.next() * 4)] ?? '8';
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const places = [
  'Đông Hà',
  'thị xã Quảng Trị',
  'Vĩnh Linh',
  'Gio Linh',
  'Cam Lộ',
  'Triệu Phong',
  'Hải Lăng',
  'Hướng Hóa',
  'Đakrông',
  'Cồn Cỏ',
];
const agencies = [
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính',
  'Sở Công Thương',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Thông tin và Truyền thông',
  'Ban Quản lý Khu kinh tế tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Công an tỉnh',
  'Liên minh Hợp tác xã tỉnh',
];
const periods = [
  'quý I',
  'quý II',
  'quý III',
  'quý IV',
  '6 tháng cuối năm',
  'mùa mưa bão',
  'dịp Tết Nguyên đán',
];

type CategoryVocabulary = {
  weight: number;
  topics: string[];
  titles: ((r: Random, topic: string) => string)[];
  sentences: ((r: Random, topic: string) => string)[];
  tags: string[];
  en: { topics: string[]; titles: ((r: Random, topic: string) => string)[]; tags: string[] };
};

const vocabulary: Record<string, CategoryVocabulary> = {
  'chi-dao-dieu-hanh': {
    weight: 20,
    topics: [
      'giải ngân vốn đầu tư công',
      'cải thiện môi trường đầu tư kinh doanh',
      'phòng, chống thiên tai',
      'chuyển đổi số trong cơ quan nhà nước',
      'giải phóng mặt bằng các dự án trọng điểm',
      'bảo đảm an sinh xã hội',
      'thu ngân sách nhà nước',
      'xây dựng nông thôn mới',
    ],
    titles: [
      (r, t) => `Chủ tịch UBND tỉnh làm việc với ${r.pick(agencies)} về ${t}`,
      (r, t) => `UBND tỉnh chỉ đạo đẩy nhanh ${t} tại ${r.pick(places)}`,
      (r, t) => `Phó Chủ tịch UBND tỉnh kiểm tra công tác ${t} ở ${r.pick(places)}`,
      (r, t) => `Triển khai quyết liệt nhiệm vụ ${t} trong ${r.pick(periods)}`,
      (r, t) => `Phiên họp thường kỳ tháng ${r.int(1, 12)}: tập trung tháo gỡ vướng mắc về ${t}`,
    ],
    sentences: [
      (r, t) =>
        `Lãnh đạo UBND tỉnh yêu cầu các sở, ngành và địa phương quán triệt tinh thần trách nhiệm, coi ${t} là nhiệm vụ chính trị trọng tâm trong ${r.pick(periods)}.`,
      (r) =>
        `Đến nay, toàn tỉnh đã đạt ${r.int(45, 92)}% kế hoạch năm, cao hơn cùng kỳ năm trước khoảng ${r.int(2, 15)} điểm phần trăm.`,
      (r) =>
        `${r.pick(agencies)} được giao chủ trì, phối hợp với UBND ${r.pick(places)} rà soát từng dự án, xác định rõ nguyên nhân chậm tiến độ và trách nhiệm của từng đơn vị.`,
      () =>
        'Những vướng mắc vượt thẩm quyền phải được báo cáo bằng văn bản trước ngày 25 hằng tháng để UBND tỉnh xem xét, giải quyết kịp thời.',
      (r) =>
        `Chủ tịch UBND tỉnh lưu ý không để xảy ra tình trạng đùn đẩy trách nhiệm; đơn vị nào để chậm trễ kéo dài sẽ bị kiểm điểm, xem xét khi đánh giá, xếp loại cuối năm ${r.int(2023, 2026)}.`,
    ],
    tags: ['UBND tỉnh', 'chỉ đạo điều hành', 'đầu tư công', 'kinh tế - xã hội', 'cải cách hành chính'],
    en: {
      topics: [
        'public investment disbursement',
        'the investment climate',
        'disaster preparedness',
        'digital government',
      ],
      titles: [
        (_r, t) => `Provincial leaders urge faster progress on ${t}`,
        (r, t) =>
          `Chairman of the Provincial People's Committee reviews ${t} in ${r.pick(['Dong Ha', 'Vinh Linh', 'Hai Lang', 'Huong Hoa'])}`,
      ],
      tags: ['provincial government', 'public investment'],
    },
  },
  'kinh-te': {
    weight: 20,
    topics: [
      'năng lượng tái tạo',
      'chế biến gỗ',
      'dịch vụ logistics',
      'thương mại điện tử',
      'du lịch biển',
      'chế biến nông sản',
      'công nghiệp hỗ trợ',
      'khai thác cảng biển',
    ],
    titles: [
      (r, t) => `${r.pick(places)} thu hút thêm ${r.int(2, 12)} dự án đầu tư mới trong lĩnh vực ${t}`,
      (r, t) => `Doanh nghiệp ${r.pick(places)} đẩy mạnh đầu tư vào ${t}`,
      (r, t) => `Kim ngạch xuất khẩu ngành ${t} tăng ${r.int(5, 38)}% so với cùng kỳ`,
      (_r, t) => `Hội nghị xúc tiến đầu tư vào lĩnh vực ${t} tại Khu kinh tế Đông Nam Quảng Trị`,
      (r, t) => `Tháo gỡ khó khăn cho doanh nghiệp ${t} trong ${r.pick(periods)}`,
    ],
    sentences: [
      (r, t) =>
        `Theo ${r.pick(agencies)}, tổng vốn đăng ký của các dự án ${t} trên địa bàn tỉnh đã đạt khoảng ${r.int(300, 9000)} tỷ đồng.`,
      (r) =>
        `Nhiều nhà đầu tư đánh giá cao hạ tầng giao thông đang được hoàn thiện, đặc biệt là tuyến đường ven biển và cảng Mỹ Thủy, cách trung tâm ${r.pick(places)} không xa.`,
      (r) =>
        `Trong ${r.pick(periods)}, toàn tỉnh có thêm ${r.int(40, 260)} doanh nghiệp thành lập mới, tạo việc làm cho hơn ${r.int(500, 4000)} lao động địa phương.`,
      () =>
        'Tỉnh cam kết đồng hành cùng doanh nghiệp, công khai quy trình và rút ngắn thời gian giải quyết thủ tục hành chính liên quan đến đầu tư, đất đai, xây dựng.',
      (r, t) =>
        `Các doanh nghiệp kiến nghị tỉnh tiếp tục hỗ trợ đào tạo nguồn nhân lực và kết nối thị trường cho sản phẩm ${t}, nhất là thị trường ${r.pick(['Lào', 'Thái Lan', 'Nhật Bản', 'Hàn Quốc', 'châu Âu'])}.`,
    ],
    tags: ['đầu tư', 'doanh nghiệp', 'khu kinh tế', 'xuất khẩu', 'thương mại'],
    en: {
      topics: ['renewable energy', 'logistics', 'wood processing', 'seaport services'],
      titles: [
        (_r, t) => `Quang Tri draws new investors in ${t}`,
        (r, t) => `Exports of ${t} up ${r.int(5, 38)} per cent year on year`,
      ],
      tags: ['investment', 'economy'],
    },
  },
  'van-hoa-xa-hoi': {
    weight: 18,
    topics: [
      'hội thi văn nghệ quần chúng',
      'ngày hội đại đoàn kết toàn dân tộc',
      'khám chữa bệnh tuyến cơ sở',
      'giáo dục vùng cao',
      'đào tạo nghề cho lao động nông thôn',
      'chăm sóc người có công',
      'phong trào thể dục thể thao',
      'hội chợ việc làm',
    ],
    titles: [
      (r, t) => `${r.pick(places)} rộn ràng ${t}`,
      (r, t) => `Nâng cao chất lượng ${t} tại ${r.pick(places)}`,
      (r, t) => `Hơn ${r.int(200, 3000)} người tham gia ${t} năm ${r.int(2023, 2026)}`,
      (r, t) => `Tổng kết ${t}, khen thưởng ${r.int(12, 80)} tập thể và cá nhân tiêu biểu`,
    ],
    sentences: [
      (r, t) =>
        `Hoạt động ${t} thu hút đông đảo người dân ${r.pick(places)} và du khách tham gia, tạo không khí phấn khởi trong cộng đồng.`,
      (r) =>
        `Ngành y tế đã tổ chức khám, cấp thuốc miễn phí cho ${r.int(150, 1200)} người cao tuổi và trẻ em có hoàn cảnh khó khăn.`,
      (r) =>
        `Năm học này, tỷ lệ học sinh đến trường ở các xã miền núi của huyện ${r.pick(['Hướng Hóa', 'Đakrông'])} đạt trên ${r.int(95, 99)}%.`,
      () =>
        'Ban tổ chức cho biết sẽ duy trì hoạt động hằng năm, gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.',
      (r) =>
        `Tại buổi lễ, ${r.pick(agencies)} đã trao ${r.int(20, 150)} suất quà cho các gia đình chính sách và hộ nghèo.`,
    ],
    tags: ['văn hóa', 'y tế', 'giáo dục', 'an sinh xã hội', 'thể thao'],
    en: {
      topics: ['grassroots healthcare', 'mountain schools', 'vocational training'],
      titles: [
        (_r, t) => `Better ${t} for rural communities`,
        (r, t) => `${r.pick(['Dong Ha', 'Gio Linh', 'Cam Lo'])} steps up ${t}`,
      ],
      tags: ['society', 'culture'],
    },
  },
  'doi-ngoai-noi-chinh': {
    weight: 12,
    topics: [
      'cải cách hành chính',
      'chuyển đổi số',
      'phòng, chống tham nhũng',
      'tiếp công dân',
      'bảo đảm an ninh biên giới',
      'hợp tác quốc tế',
    ],
    titles: [
      (r, t) =>
        `Quảng Trị tiếp đoàn công tác ${r.pick(['tỉnh Savannakhet (Lào)', 'tỉnh Salavan (Lào)', 'tỉnh Mukdahan (Thái Lan)', 'Đại sứ quán Nhật Bản'])} bàn về ${t}`,
      (r, t) => `Đẩy mạnh ${t} tại ${r.pick(places)}`,
      (r, t) => `Sơ kết ${r.pick(periods)} về ${t}: nhiều chuyển biến tích cực`,
      (r, t) => `Hội nghị trực tuyến về ${t} với ${r.int(120, 160)} điểm cầu cấp xã`,
    ],
    sentences: [
      (r, t) =>
        `Công tác ${t} tiếp tục được triển khai đồng bộ, tỷ lệ hồ sơ giải quyết đúng hạn đạt ${r.int(96, 100)}%.`,
      (r) =>
        `Hai bên thống nhất tăng cường trao đổi đoàn, phối hợp quản lý đường biên, mốc giới và tạo thuận lợi cho hàng hóa qua cửa khẩu Lao Bảo - Đensavẳn, nơi mỗi ngày có khoảng ${r.int(400, 1200)} lượt phương tiện qua lại.`,
      () =>
        'Người dân có thể nộp hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công và theo dõi tình trạng giải quyết bằng mã số được cấp.',
      (r) =>
        `${r.pick(agencies)} đã tiếp ${r.int(15, 90)} lượt công dân, tiếp nhận và xử lý dứt điểm phần lớn đơn thư thuộc thẩm quyền.`,
      () =>
        'Lực lượng chức năng duy trì nghiêm chế độ trực, chủ động nắm tình hình, không để bị động, bất ngờ.',
    ],
    tags: ['đối ngoại', 'cải cách hành chính', 'biên giới', 'chuyển đổi số', 'Lào'],
    en: {
      topics: ['administrative reform', 'border cooperation', 'digital public services'],
      titles: [
        (_r, t) => `Quang Tri and its Lao neighbours deepen ${t}`,
        (_r, t) => `Progress report on ${t}`,
      ],
      tags: ['external affairs', 'Laos'],
    },
  },
  'nong-nghiep': {
    weight: 14,
    topics: [
      'lúa hữu cơ',
      'cà phê Khe Sanh',
      'hồ tiêu Cùa',
      'dược liệu',
      'rừng gỗ lớn có chứng chỉ FSC',
      'tôm nuôi công nghệ cao',
      'sắn',
      'chăn nuôi an toàn sinh học',
    ],
    titles: [
      (r, t) => `${r.pick(places)} mở rộng diện tích ${t}`,
      (r, t) => `Nông dân ${r.pick(places)} phấn khởi vì ${t} được mùa, được giá`,
      (_r, t) => `Phát triển chuỗi giá trị ${t} gắn với chương trình OCOP`,
      (r, t) => `Hỗ trợ ${r.int(100, 900)} hộ dân chuyển đổi sang sản xuất ${t}`,
    ],
    sentences: [
      (r, t) =>
        `Năm nay, diện tích ${t} trên địa bàn ${r.pick(places)} đạt khoảng ${r.int(120, 2400)} ha, năng suất bình quân cao hơn năm trước.`,
      (r) =>
        `Nhiều hợp tác xã đã liên kết với doanh nghiệp bao tiêu sản phẩm, giúp thu nhập của nông dân tăng thêm ${r.int(10, 35)}%.`,
      () =>
        'Ngành nông nghiệp khuyến cáo bà con theo dõi chặt chẽ diễn biến thời tiết, chủ động phòng trừ sâu bệnh và thu hoạch đúng thời vụ.',
      (r) =>
        `Toàn tỉnh hiện có ${r.int(30, 120)} xã đạt chuẩn nông thôn mới và ${r.int(5, 30)} xã đạt chuẩn nông thôn mới nâng cao.`,
      (r, t) =>
        `Sản phẩm ${t} của ${r.pick(places)} đã được công nhận sản phẩm OCOP ${r.int(3, 4)} sao, có mặt tại nhiều siêu thị trong nước.`,
    ],
    tags: ['nông nghiệp', 'nông thôn mới', 'OCOP', 'hợp tác xã', 'phòng chống thiên tai'],
    en: {
      topics: ['organic rice', 'Khe Sanh coffee', 'Cua pepper', 'medicinal herbs'],
      titles: [(_r, t) => `Farmers expand ${t}`, (_r, t) => `Value chains for ${t} take shape`],
      tags: ['agriculture'],
    },
  },
  'da-phuong-tien': {
    weight: 8,
    topics: [
      'mùa lúa chín',
      'bình minh trên biển Cửa Tùng',
      'phiên chợ vùng cao',
      'đêm hoa đăng trên sông Thạch Hãn',
      'mùa hoa cà phê',
      'làng nghề nón lá',
    ],
    titles: [
      (r, t) => `Ảnh: ${t} ở ${r.pick(places)}`,
      (_r, t) => `Phóng sự ảnh: ${t}`,
      (r, t) => `Video: ${t} năm ${r.int(2023, 2026)}`,
    ],
    sentences: [
      (r, t) =>
        `Những khoảnh khắc về ${t} được phóng viên ghi lại trong chuyến công tác tại ${r.pick(places)}.`,
      () =>
        'Ánh nắng sớm trải dài trên những cánh đồng, con đường làng và mái nhà, tạo nên bức tranh bình yên của miền quê.',
      (r) =>
        `Bộ ảnh gồm ${r.int(8, 24)} tác phẩm, được chọn từ hơn ${r.int(100, 600)} ảnh dự thi của các tác giả trong và ngoài tỉnh.`,
      () =>
        'Người dân địa phương cho biết những năm gần đây du khách đến ngày càng đông, góp phần tăng thu nhập cho nhiều hộ gia đình.',
    ],
    tags: ['ảnh', 'video', 'du lịch', 'phóng sự'],
    en: {
      topics: ['rice harvest season', 'sunrise at Cua Tung beach', 'a highland market'],
      titles: [(_r, t) => `In pictures: ${t}`],
      tags: ['photo'],
    },
  },
  'lich-su-van-hoa': {
    weight: 8,
    topics: [
      'Thành cổ Quảng Trị',
      'Địa đạo Vịnh Mốc',
      'Nghĩa trang liệt sĩ quốc gia Trường Sơn',
      'Đôi bờ Hiền Lương - Bến Hải',
      'Thành Tân Sở',
      'Căn cứ Khe Sanh',
      'Đảo Cồn Cỏ',
    ],
    titles: [
      (_r, t) => `${t}: nơi lưu giữ ký ức lịch sử`,
      (_r, t) => `Bảo tồn và phát huy giá trị di tích ${t}`,
      (r, t) => `Về thăm ${t} những ngày tháng ${r.int(1, 12)}`,
      (r, t) => `${t} đón hơn ${r.int(10, 90)} nghìn lượt khách trong ${r.pick(periods)}`,
    ],
    sentences: [
      (_r, t) =>
        `${t} là điểm đến tri ân của hàng vạn lượt khách mỗi năm, trong đó có nhiều cựu chiến binh từ khắp mọi miền đất nước và bạn bè quốc tế.`,
      (r) =>
        `Năm ${r.int(1954, 1975)}, vùng đất này là nơi diễn ra nhiều trận đánh ác liệt, để lại dấu ấn sâu đậm trong lịch sử dân tộc.`,
      () =>
        'Ban Quản lý di tích đã số hóa tư liệu, hiện vật và xây dựng bản đồ số giúp du khách tìm hiểu trước khi tham quan.',
      (r) =>
        `Kinh phí trùng tu giai đoạn này khoảng ${r.int(12, 180)} tỷ đồng, được bố trí từ ngân sách trung ương và ngân sách tỉnh.`,
    ],
    tags: ['di tích', 'lịch sử', 'du lịch', 'di sản'],
    en: {
      topics: ['the Quang Tri Ancient Citadel', 'the Vinh Moc tunnels', 'the Truong Son National Cemetery'],
      titles: [(_r, t) => `Visiting ${t}`, (_r, t) => `Preserving the heritage of ${t}`],
      tags: ['heritage', 'history'],
    },
  },
};

const commonSentences: ((r: Random) => string)[] = [
  (r) =>
    `Theo báo cáo của ${r.pick(agencies)}, kết quả đạt được trong thời gian qua là cơ sở quan trọng để tỉnh thực hiện các mục tiêu giai đoạn tiếp theo.`,
  (r) =>
    `Phát biểu tại buổi làm việc, đại diện UBND ${r.pick(places)} đề nghị tỉnh quan tâm bố trí thêm nguồn lực cho các xã khó khăn.`,
  () => 'Các đại biểu đã thảo luận, làm rõ những tồn tại, hạn chế và đề xuất nhiều giải pháp thiết thực.',
  () => 'Cổng Thông tin điện tử tỉnh sẽ tiếp tục cập nhật thông tin về nội dung này.',
  (r) => `Dự kiến đến cuối năm ${r.int(2024, 2027)}, các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra.`,
  () =>
    'Người dân, doanh nghiệp có thể gửi phản ánh, kiến nghị qua chuyên mục Hỏi đáp trên Cổng Thông tin điện tử tỉnh.',
  (r) =>
    `Cùng dự có lãnh đạo ${r.pick(agencies)}, ${r.pick(agencies)} và đại diện các phòng, ban chuyên môn của ${r.pick(places)}.`,
  (r) =>
    `Kết luận hội nghị, lãnh đạo tỉnh giao ${r.pick(agencies)} tổng hợp ý kiến, tham mưu văn bản chỉ đạo trong tháng ${r.int(1, 12)}.`,
  () =>
    'Bên cạnh những kết quả đạt được, vẫn còn một số khó khăn như nguồn lực hạn chế, thời tiết diễn biến bất thường và thủ tục còn kéo dài.',
  (r) =>
    `Trong thời gian tới, ${r.pick(places)} tập trung rà soát, bổ sung quy hoạch và huy động các nguồn vốn xã hội hóa để triển khai.`,
  () =>
    'Các cơ quan báo chí được đề nghị tăng cường thông tin, tuyên truyền để người dân hiểu, đồng thuận và cùng tham gia thực hiện.',
  (r) =>
    `Tổng kinh phí thực hiện giai đoạn ${r.int(2021, 2025)}–${r.int(2026, 2030)} dự kiến khoảng ${r.int(50, 1500)} tỷ đồng.`,
  () =>
    'Những mô hình hiệu quả sẽ được tổng kết, nhân rộng ra các địa phương có điều kiện tương đồng trong toàn tỉnh.',
  (r) =>
    `Đoàn công tác đã đi kiểm tra thực tế tại ${r.pick(places)}, ghi nhận nhiều cách làm sáng tạo của cơ sở.`,
];

const englishSentences: ((r: Random, topic: string) => string)[] = [
  (_r, t) => `Provincial authorities said work on ${t} would remain a priority for the coming months.`,
  (r) =>
    `According to the department in charge, about ${r.int(45, 92)} per cent of this year's target has been reached so far.`,
  (r) =>
    `Officials from ${r.pick(['Dong Ha', 'Vinh Linh', 'Gio Linh', 'Hai Lang', 'Huong Hoa', 'Dakrong'])} asked for more support for the poorest communes.`,
  () => 'Businesses and residents can follow progress and send feedback through the provincial portal.',
  () => 'The province has committed to publishing procedures openly and shortening processing times.',
  (r) => `More than ${r.int(200, 4000)} people are expected to benefit directly from the programme.`,
  (_r, t) =>
    `Local people welcomed the attention given to ${t}, which they said had already made a visible difference.`,
  (r) => `The meeting was attended by leaders of ${r.int(6, 14)} provincial departments and all districts.`,
  () =>
    'Delegates discussed remaining difficulties, including limited budgets, unusual weather and lengthy procedures.',
  (r) =>
    `Total funding for the ${r.int(2021, 2025)}–${r.int(2026, 2030)} period is estimated at ${r.int(50, 1500)} billion dong.`,
  () => 'Successful models will be reviewed and replicated in other localities with similar conditions.',
  (r) =>
    `A working delegation visited ${r.pick(['Dong Ha', 'Vinh Linh', 'Gio Linh', 'Cam Lo', 'Trieu Phong', 'Hai Lang'])} to see the results on the ground.`,
  () =>
    'The press has been asked to keep the public informed so that residents understand and take part in the work.',
  (r) => `The province aims to meet or exceed all of its main targets by the end of ${r.int(2024, 2027)}.`,
  (_r, t) => `Experts noted that ${t} depends on close cooperation between the public and private sectors.`,
  () =>
    'Departments were instructed to report difficulties beyond their remit in writing before the 25th of each month.',
  (r) =>
    `Since the start of the year, about ${r.int(40, 260)} new businesses have registered in the province.`,
  () => 'The Quang Tri Provincial Portal will continue to publish updates on this matter.',
];

/** Draws from a pool without repeating until every entry has been used, then starts a new round. */
function drawer<T>(random: Random, pool: readonly T[]): () => T {
  let bag: T[] = [];
  return () => {
    if (bag.length === 0) {
      bag = [...pool];
      for (let i = bag.length - 1; i > 0; i -= 1) {
        const j = Math.floor(random.next() * (i + 1));
        [bag[i], bag[j]] = [bag[j] as T, bag[i] as T];
      }
    }
    const value = bag.pop();
    if (value === undefined) throw new Error('draw from an empty pool');
    return value;
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** 3–5 paragraphs, ~2–3 KB of UTF-8, sometimes a subheading and a bullet list, as editors write them. */
function body(random: Random, sentence: () => string, subheading: string, listItems: string[]): string {
  const paragraphCount = random.int(3, 5);
  const targetBytes = random.int(2000, 3000);
  const extras =
    random.next() < 0.3
      ? `<h2>${escapeHtml(subheading)}</h2><ul>${listItems.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
      : '';
  const paragraphs: string[][] = Array.from({ length: paragraphCount }, () => []);
  // Bytes once rendered: each paragraph's <p></p>, the list, and the sentences with a space between them.
  let bytes = paragraphCount * 7 + utf8Bytes(extras) - paragraphCount;
  for (let i = 0; i < paragraphCount || (bytes < targetBytes && i < 200); i += 1) {
    const text = escapeHtml(sentence());
    paragraphs[i % paragraphCount]?.push(text);
    bytes += utf8Bytes(text) + 1;
  }
  return paragraphs.map((p) => `<p>${p.join(' ')}</p>`).join('') + extras;
}

const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Most titles name their time ("… năm 2025", "… tháng 3/2025"), as news titles on the portal do. */
function qualified(random: Random, title: string, at: number, language: Language = 'vi'): string {
  if (/\d{4}$/.test(title) || random.next() < 0.1) return title;
  const date = new Date(at);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  if (language === 'en')
    return random.next() < 0.15 ? `${title} in ${year}` : `${title} in ${monthsEn[month - 1]} ${year}`;
  return random.next() < 0.15 ? `${title} năm ${year}` : `${title} tháng ${month}/${year}`;
}

const categoryWeights = seedCategories.map((category) => ({
  slug: category.slug,
  weight: vocabulary[category.slug]?.weight ?? 1,
}));

function pickCategory(random: Random): string {
  const total = categoryWeights.reduce((sum, entry) => sum + entry.weight, 0);
  let roll = random.next() * total;
  for (const entry of categoryWeights) {
    roll -= entry.weight;
    if (roll < 0) return entry.slug;
  }
  return categoryWeights[0]?.slug ?? 'kinh-te';
}

function vocabularyOf(slug: string): CategoryVocabulary {
  const found = vocabulary[slug];
  if (!found) throw new Error(`no vocabulary for category ${slug}`);
  return found;
}

const editors = localAccounts
  .filter((account) => account.groups.includes('editor'))
  .map((account) => ({ id: `local-${account.username}`, name: account.name }));

const HOUR = 3600_000;

/**
 * `count` articles: (1 − englishShare) in Vietnamese, the rest English translations of Vietnamese ones.
 * First publications are spread evenly (with jitter) over `years` years ending an hour before `end`.
 */
export function makeCorpus(
  count: number,
  options: { seed?: number; end?: Date; years?: number; englishShare?: number } = {},
): Corpus {
  const random = prng(options.seed ?? 20_260_101 + count);
  const end = (options.end ?? new Date()).getTime() - HOUR;
  const span = (options.years ?? 3) * 365.25 * 24 * HOUR;
  const start = end - span;
  const englishCount = Math.round(count * (options.englishShare ?? 0.1));
  const viCount = count - englishCount;
  const slugsTaken = new Set<string>();
  /** The workflow's rule: the slug follows the title; a taken slug gets -2, -3, … */
  const freeSlug = (language: Language, title: string) => {
    const base = slugify(title) || 'bai-viet';
    for (let attempt = 1; ; attempt += 1) {
      const slug = attempt === 1 ? base : `${base}-${attempt}`;
      if (!slugsTaken.has(`${language}/${slug}`)) {
        slugsTaken.add(`${language}/${slug}`);
        return slug;
      }
    }
  };
  const timestamps = (firstPublished: number) => {
    const created = firstPublished - random.int(2, 48) * HOUR - random.int(0, 59) * 60_000;
    const submitted = created + Math.floor(random.next() * (firstPublished - created - 60_000)) + 30_000;
    return {
      createdAt: new Date(created).toISOString(),
      submittedAt: new Date(submitted).toISOString(),
      firstPublishedAt: new Date(firstPublished).toISOString(),
    };
  };
  const cover = (id: string, alt: string, at: number): CoverImage | undefined => {
    if (random.next() >= 1 / 3) return undefined;
    const month = new Date(at).toISOString().slice(0, 7).replace('-', '/');
    return { key: `media/${month}/${id}.jpg`, alt, width: 1600, height: 1067, variants: [480, 960, 1600] };
  };

  const articles: SyntheticArticle[] = [];
  const step = span / viCount;
  for (let index = 0; index < viCount; index += 1) {
    const at = Math.floor(start + (index + random.next()) * step);
    const categorySlug = pickCategory(random);
    const words = vocabularyOf(categorySlug);
    const topic = random.pick(words.topics);
    const title = qualified(random, random.pick(words.titles)(random, topic), at);
    const id = uuidFrom(random);
    const drawOwn = drawer(random, words.sentences);
    const drawCommon = drawer(random, commonSentences);
    const sentence = () => (random.next() < 0.45 ? drawOwn()(random, topic) : drawCommon()(random));
    const summary = `${sentence()} ${sentence()}`.slice(0, 590);
    const bodyHtml = body(random, sentence, `Nhiệm vụ trọng tâm thời gian tới về ${topic}`, [
      `Rà soát, hoàn thiện kế hoạch ${topic}.`,
      `Tăng cường phối hợp giữa ${random.pick(agencies)} và các địa phương.`,
      'Báo cáo kết quả định kỳ về UBND tỉnh.',
    ]);
    const tagCount = random.int(1, 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => random.pick(words.tags)))];
    articles.push({
      id,
      language: 'vi',
      slug: freeSlug('vi', title),
      title,
      summary: capitalise(summary),
      bodyHtml,
      categorySlug,
      tags,
      ...(() => {
        const image = cover(id, `Ảnh minh họa: ${title}`.slice(0, 290), at);
        return image ? { coverImage: image } : {};
      })(),
      author: random.pick(editors),
      ...timestamps(at),
      ordinal: 0,
    });
  }

  // English translations of evenly spaced Vietnamese articles, published 2–36 hours after the original.
  for (let index = 0; index < englishCount; index += 1) {
    const original = articles[Math.floor(((index + 0.5) * viCount) / englishCount)];
    if (!original) continue;
    const words = vocabularyOf(original.categorySlug).en;
    const topic = random.pick(words.topics);
    const id = uuidFrom(random);
    const originalAt = Date.parse(original.firstPublishedAt);
    const at = Math.min(originalAt + random.int(2, 36) * HOUR, end - random.int(1, 50) * 60_000);
    const title = qualified(random, random.pick(words.titles)(random, topic), at, 'en');
    const draw = drawer(random, englishSentences);
    const sentence = () => draw()(random, topic);
    const bodyHtml = body(random, sentence, `Next steps on ${topic}`, [
      `Review the plan for ${topic}.`,
      'Strengthen coordination between departments and districts.',
      'Report results to the Provincial People’s Committee every quarter.',
    ]);
    const slug = freeSlug('en', title);
    const image = cover(id, `Illustration: ${title}`.slice(0, 290), at);
    articles.push({
      id,
      language: 'en',
      slug,
      title,
      summary: `${sentence()} ${sentence()}`.slice(0, 590),
      bodyHtml,
      categorySlug: original.categorySlug,
      tags: [random.pick(words.tags)],
      ...(image ? { coverImage: image } : {}),
      author: editors.find((editor) => editor.id === 'local-bientap2') ?? random.pick(editors),
      ...timestamps(Math.max(at, originalAt + HOUR)),
      ordinal: 0,
      translationOf: original.id,
      translationSlug: original.slug,
    });
    original.translationOf = id;
    original.translationSlug = slug;
  }

  // The workflow stores bodies as sanitizeRichText leaves them: these are built clean, checked on a sample
  // (sanitizing all 10,000 would add seconds to every run and change nothing).
  for (let index = 0; index < articles.length; index += Math.max(1, Math.floor(articles.length / 200))) {
    const article = articles[index];
    if (article && sanitizeRichText(article.bodyHtml) !== article.bodyHtml) {
      throw new Error(`synthetic body of ${article.slug} is not in sanitized form`);
    }
  }

  // Ordinals: per language and category, in order of first publication (what the listing counter gives).
  articles.sort((a, b) => a.firstPublishedAt.localeCompare(b.firstPublishedAt) || a.id.localeCompare(b.id));
  const next = new Map<string, number>();
  for (const article of articles) {
    const key = `${article.language}/${article.categorySlug}`;
    article.ordinal = next.get(key) ?? 0;
    next.set(key, article.ordinal + 1);
  }

  const bodySizes = articles.map((article) => utf8Bytes(article.bodyHtml)).sort((a, b) => a - b);
  const perCategory: Record<string, number> = {};
  for (const article of articles)
    perCategory[article.categorySlug] = (perCategory[article.categorySlug] ?? 0) + 1;
  return {
    articles,
    stats: {
      count: articles.length,
      vi: articles.filter((article) => article.language === 'vi').length,
      en: articles.filter((article) => article.language === 'en').length,
      translatedPairs: articles.filter((article) => article.language === 'en' && article.translationOf)
        .length,
      withCover: articles.filter((article) => article.coverImage).length,
      bodyBytes: {
        min: bodySizes[0] ?? 0,
        median: bodySizes[Math.floor(bodySizes.length / 2)] ?? 0,
        max: bodySizes.at(-1) ?? 0,
        mean: Math.round(bodySizes.reduce((sum, size) => sum + size, 0) / Math.max(1, bodySizes.length)),
      },
      firstPublishedFrom: articles[0]?.firstPublishedAt ?? '',
      firstPublishedTo: articles.at(-1)?.firstPublishedAt ?? '',
      perCategory,
    },
  };
}
