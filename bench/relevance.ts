import { articleDescriptor, articleKey } from '#shared/search/kinds.ts';
import {
  describe,
  type SearchRecord,
  type SearchRecordInput,
  searchRecordSchema,
} from '#shared/search/records.ts';
import { slugify } from '#shared/text/vietnamese.ts';
import { seedArticles } from '../infra/local/seed-articles.ts';
import { makeCorpus } from './content.ts';

/**
 * The search's relevance set: queries as citizens type them (Vietnamese with and without marks, English,
 * typos, phrases, document numbers, filters), each with the items that must come first. The corpus is the
 * seeded articles, a set of anchor items of every kind written for these queries, and a haystack of
 * synthetic articles and legal documents (bench/content.ts) that share their vocabulary. The unit test
 * checks every query (test/unit/search-relevance.test.ts); the bench reports nDCG@10 over the set.
 */
export type RelevanceQuery = {
  q: string;
  filters?: Record<string, string>;
  /** Keys that must take the first places, in any order among themselves. */
  first: string[];
};

const FIXED_END = new Date('2026-11-30T00:00:00Z');

const seedKey = (key: string) => {
  const seed = seedArticles.find((article) => article.key === key);
  if (!seed) throw new Error(`no seed article ${key}`);
  return articleKey(seed.language, slugify(seed.title));
};

function seedRecords(): SearchRecord[] {
  return seedArticles.map((seed, index) =>
    describe(articleDescriptor, {
      ...seed,
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      slug: slugify(seed.title),
      revision: 1,
      authorName: 'Biên tập viên',
      firstPublishedAt: '2026-11-20T01:00:00.000Z',
      publishedAt: '2026-11-20T01:00:00.000Z',
      ordinal: index,
    }),
  );
}

type Anchor = Omit<SearchRecordInput, 'key' | 'url' | 'excerpt' | 'fields' | 'language' | 'date'> & {
  language?: 'vi' | 'en';
  date?: string;
  body?: string;
  number?: string;
};

const anchorKey = (name: string) => `anchor:${name}`;

function anchor(name: string, item: Anchor): SearchRecord {
  const { body = '', number, ...rest } = item;
  return searchRecordSchema.parse({
    language: 'vi',
    date: '2025-06-01',
    ...rest,
    key: anchorKey(name),
    url: `/neo/${name}/`,
    fields: [
      ...(number ? [{ text: number, weight: 5 }] : []),
      { text: item.title, weight: 3 },
      { text: body, weight: 1 },
    ],
    excerpt: body || item.title,
  });
}

const anchors: SearchRecord[] = [
  anchor('dang-ky-kinh-doanh', {
    kind: 'article',
    title: 'Hướng dẫn đăng ký kinh doanh qua mạng cho hộ kinh doanh',
    body: 'Người dân có thể đăng ký kinh doanh trực tuyến trên Cổng dịch vụ công, không phải đến bộ phận một cửa.',
  }),
  anchor('dang-ky-khong-dau', {
    kind: 'feedback-answer',
    title: 'Hoi ve dang ky tam tru cho sinh vien',
    body: 'Toi muon hoi thu tuc dang ky tam tru khi thue nha tro.',
  }),
  anchor('thu-tuc-hanh-chinh', {
    kind: 'article',
    title: 'Thủ tục hành chính được cắt giảm 30% thời gian giải quyết',
    body: 'Tỉnh rà soát, cắt giảm thời gian giải quyết thủ tục hành chính ở các sở, ngành.',
  }),
  anchor('thu-tuong-rai-rac', {
    kind: 'article',
    title: 'Thủ tướng dự lễ khánh thành, chính quyền hành động theo phong tục địa phương',
    body: 'Chính quyền địa phương hành động nhanh; phong tục được giữ gìn; Thủ tướng phát biểu.',
  }),
  anchor('business-registration', {
    kind: 'article',
    language: 'en',
    title: 'Online business registration opens for household businesses',
    body: 'Households can now register a business online on the public service portal.',
  }),
  anchor('qd-12-2024', {
    kind: 'legal-document',
    number: '12/2024/QĐ-UBND',
    title: 'Quyết định 12/2024/QĐ-UBND: Quy định giá dịch vụ thoát nước đô thị',
    body: 'Ủy ban nhân dân tỉnh Quảng Trị',
    filters: { documentType: 'quyet-dinh', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị' },
    date: '2024-03-12',
  }),
  anchor('nq-12-2024', {
    kind: 'legal-document',
    number: '12/2024/NQ-HĐND',
    title: 'Nghị quyết 12/2024/NQ-HĐND: Quy định mức chi hỗ trợ học sinh vùng khó khăn',
    body: 'Hội đồng nhân dân tỉnh Quảng Trị',
    filters: { documentType: 'nghi-quyet', issuer: 'Hội đồng nhân dân tỉnh Quảng Trị' },
    date: '2024-07-10',
  }),
  anchor('qd-45-2025', {
    kind: 'legal-document',
    number: '45/2025/QĐ-UBND',
    title: 'Quyết định 45/2025/QĐ-UBND: Ban hành bảng giá đất giai đoạn 2025 - 2029',
    body: 'Ủy ban nhân dân tỉnh Quảng Trị',
    filters: { documentType: 'quyet-dinh', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị' },
  }),
  anchor('ct-07-2025', {
    kind: 'legal-document',
    number: '07/2025/CT-UBND',
    title: 'Chỉ thị 07/2025/CT-UBND: Về tăng cường phòng cháy, chữa cháy rừng mùa khô',
    body: 'Ủy ban nhân dân tỉnh Quảng Trị',
    filters: { documentType: 'chi-thi', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị' },
  }),
  anchor('cong-bao-15-2025', {
    kind: 'gazette-issue',
    title: 'Công báo số 15/2025: tháng 6 năm 2025',
    body: '45/2025/QĐ-UBND: Ban hành bảng giá đất. 07/2025/CT-UBND: phòng cháy, chữa cháy rừng.',
  }),
  anchor('den-duong', {
    kind: 'feedback-answer',
    title: 'Đèn đường hỏng kéo dài tại phường Đông Lương',
    body: 'Công ty chiếu sáng đã thay bóng đèn đường trên tuyến Lê Lợi, phường Đông Lương.',
    filters: { issuer: 'UBND phường Đông Hà' },
  }),
  anchor('giay-phep-lai-xe', {
    kind: 'feedback-answer',
    title: 'Hỏi về thủ tục cấp đổi giấy phép lái xe quá hạn',
    body: 'Người dân nộp hồ sơ đổi giấy phép lái xe trực tuyến qua Cổng dịch vụ công quốc gia.',
  }),
  anchor('phi-tham-quan', {
    kind: 'consultation',
    title: 'Lấy ý kiến dự thảo Nghị quyết quy định mức thu phí tham quan di tích',
    body: 'Dự thảo quy định mức thu phí tham quan Thành cổ, Địa đạo Vịnh Mốc và các di tích khác.',
  }),
  anchor('quan-ly-cho', {
    kind: 'consultation',
    title: 'Dự thảo Quyết định quy định về quản lý, khai thác chợ truyền thống',
    body: 'Ban quản lý chợ, tiểu thương và người dân góp ý dự thảo.',
  }),
  anchor('khoi-nghiep', {
    kind: 'dialogue',
    title: 'Đối thoại với thanh niên về khởi nghiệp, đổi mới sáng tạo',
    body: 'Lãnh đạo tỉnh trả lời câu hỏi của thanh niên về vốn khởi nghiệp.',
  }),
  anchor('doi-thoai-doanh-nghiep', {
    kind: 'dialogue',
    title: 'Đối thoại với doanh nghiệp nhỏ và vừa về tiếp cận tín dụng',
    body: 'Chủ tịch UBND tỉnh đối thoại trực tuyến với cộng đồng doanh nghiệp.',
  }),
  anchor('cau-hien-luong', {
    kind: 'article',
    title: 'Cầu Hiền Lương được trùng tu trước dịp kỷ niệm',
    body: 'Di tích cầu Hiền Lương - bến Hải được trùng tu, tôn tạo.',
  }),
  anchor('typhoon-drills', {
    kind: 'article',
    language: 'en',
    title: 'Typhoon preparedness drills held in coastal communes',
    body: 'Coastal communes rehearsed evacuation plans ahead of the typhoon season.',
  }),
  anchor('duong-ho-chi-minh', {
    kind: 'article',
    title: 'Nâng cấp đường Hồ Chí Minh nhánh Tây qua huyện Đakrông',
    body: 'Dự án nâng cấp đường Hồ Chí Minh nhánh Tây dài 40 km.',
  }),
  anchor('khai-thac-da', {
    kind: 'article',
    title: 'Xử lý khai thác đá trái phép tại Cam Lộ',
    body: 'Lực lượng chức năng xử lý các điểm khai thác đá trái phép.',
  }),
  anchor('da-cam', {
    kind: 'article',
    title: 'Hỗ trợ nạn nhân chất độc da cam dịp cuối năm',
    body: 'Hội nạn nhân chất độc da cam tặng quà các gia đình.',
  }),
  anchor('tiep-cong-dan', {
    kind: 'article',
    title: 'Lịch tiếp công dân định kỳ tháng 12 của Chủ tịch UBND tỉnh',
    body: 'Chủ tịch UBND tỉnh tiếp công dân định kỳ vào ngày 15 hằng tháng.',
  }),
  anchor('tuyen-dung', {
    kind: 'article',
    title: 'Thông báo tuyển dụng viên chức giáo dục năm 2025',
    body: 'Sở Giáo dục và Đào tạo thông báo tuyển dụng 320 chỉ tiêu viên chức.',
  }),
  anchor('vinh-moc', {
    kind: 'article',
    language: 'en',
    title: 'Vinh Moc tunnels welcome record numbers of visitors',
    body: 'The tunnels received more visitors this year than ever before.',
  }),
  anchor('bao-hiem-y-te', {
    kind: 'article',
    title: 'Vận động học sinh tham gia bảo hiểm y tế',
    body: 'Tỷ lệ học sinh tham gia bảo hiểm y tế đạt 98%.',
  }),
  anchor('chuyen-doi-so-y-te', {
    kind: 'article',
    title: 'Chuyển đổi số trong y tế cơ sở: bệnh án điện tử ở trạm y tế xã',
    body: 'Trạm y tế xã triển khai bệnh án điện tử và thanh toán không dùng tiền mặt.',
  }),
  anchor('tiep-can-thong-tin', {
    kind: 'page',
    title: 'Tiếp cận thông tin',
    body: 'Người dân yêu cầu cung cấp thông tin theo Luật Tiếp cận thông tin 2016 bằng phiếu gửi Văn phòng UBND tỉnh.',
  }),
  anchor('trung-tam-hanh-chinh-cong', {
    kind: 'unit',
    title: 'Trung tâm Phục vụ hành chính công tỉnh',
    body: 'Tiếp nhận, trả kết quả hồ sơ của người dân và doanh nghiệp; giám sát việc giải quyết hồ sơ.',
  }),
];

/** Legal documents of the haystack: numbers near the anchors' (12/2023, 12/2024/NQ-…, 13/2024/QĐ-…). */
function haystackDocuments(count: number): SearchRecord[] {
  const abstracts = [
    'Quy định quản lý cụm công nghiệp',
    'Ban hành quy chế phối hợp quản lý nhà nước về giá',
    'Quy định mức hỗ trợ phát triển sản xuất nông nghiệp',
    'Ban hành quy định phân cấp quản lý đường bộ',
    'Quy định chức năng, nhiệm vụ của Sở Xây dựng',
  ];
  return Array.from({ length: count }, (_, index) => {
    const number = `${(index % 60) + 1}/${2020 + (index % 6)}/${index % 3 === 0 ? 'NQ-HĐND' : 'QĐ-UBND'}`;
    const abstract = `${abstracts[index % abstracts.length]} (lần ${index})`;
    return searchRecordSchema.parse({
      key: `legal-document:haystack-${index}`,
      kind: 'legal-document',
      language: 'vi',
      url: `/van-ban/haystack-${index}/`,
      title: `${number}: ${abstract}`,
      date: `${2020 + (index % 6)}-0${(index % 9) + 1}-15`,
      fields: [
        { text: number, weight: 5 },
        { text: abstract, weight: 3 },
      ],
      excerpt: abstract,
      filters: { documentType: index % 3 === 0 ? 'nghi-quyet' : 'quyet-dinh' },
    });
  }).filter(
    (record) =>
      !['12/2024/QĐ-UBND', '12/2024/NQ-HĐND', '45/2025/QĐ-UBND'].some((n) => record.title.startsWith(n)),
  );
}

/** The relevance corpus: seeds, anchors and `haystack` synthetic articles (plus a tenth as many documents). */
export function relevanceCorpus(haystack = 1000): SearchRecord[] {
  const synthetic = makeCorpus(haystack, { end: FIXED_END }).articles.map((article, index) =>
    describe(articleDescriptor, {
      ...article,
      revision: 1,
      authorName: article.author.name,
      publishedAt: article.firstPublishedAt,
      ordinal: index,
    }),
  );
  return [
    ...seedRecords(),
    ...anchors,
    ...synthetic,
    ...haystackDocuments(Math.max(60, Math.round(haystack / 10))),
  ];
}

const a = anchorKey;
export const relevanceQueries: RelevanceQuery[] = [
  // Seeded articles, Vietnamese with and without marks.
  { q: 'họp phiên thường kỳ tháng 11', first: [seedKey('hop-ubnd-thang-11')] },
  { q: 'hop phien thuong ky', first: [seedKey('hop-ubnd-thang-11')] },
  { q: 'ứng phó mưa lũ ven biển', first: [seedKey('chi-thi-phong-chong-bao-lu')] },
  { q: 'ung pho mua lu cuoi nam', first: [seedKey('chi-thi-phong-chong-bao-lu')] },
  { q: 'khu kinh te dong nam nha dau tu moi', first: [seedKey('cang-my-thuy')] },
  { q: 'Đông Hà rộn ràng', first: [seedKey('le-hoi-thong-nhat')] },
  { q: 'chỉ số hài lòng của người dân', first: [seedKey('cai-cach-hanh-chinh')] },
  { q: 'lua huu co hai lang trieu phong', first: [seedKey('lua-huu-co')] },
  { q: 'thành cổ 81 ngày đêm', first: [seedKey('thanh-co')] },
  { q: 'thanh co quang tri ky uc', first: [seedKey('thanh-co')] },
  // English.
  { q: 'ancient citadel memory', first: [seedKey('thanh-co-en')] },
  { q: 'South-East Economic Zone investors', first: [seedKey('investment-en')] },
  { q: 'online business registration', first: [a('business-registration')] },
  { q: 'household businesses register online', first: [a('business-registration')] },
  { q: 'typhoon preparedness drills', first: [a('typhoon-drills')] },
  { q: 'coastal communes evacuation', first: [a('typhoon-drills')] },
  { q: 'Vinh Moc tunnels visitors', first: [a('vinh-moc')] },
  { q: 'record numbers of visitors', first: [a('vinh-moc')] },
  // Diacritics: unmarked finds marked, marked ranks exact first; đ → d.
  { q: 'dang ky kinh doanh qua mang', first: [a('dang-ky-kinh-doanh')] },
  { q: 'đăng ký kinh doanh', first: [a('dang-ky-kinh-doanh')] },
  { q: 'dang ky tam tru', first: [a('dang-ky-khong-dau')] },
  { q: 'khai thác đá trái phép', first: [a('khai-thac-da')] },
  { q: 'đá', filters: { kind: 'article' }, first: [a('khai-thac-da')] },
  { q: 'chất độc da cam', first: [a('da-cam')] },
  { q: 'duong ho chi minh nhanh tay', first: [a('duong-ho-chi-minh')] },
  { q: 'Đakrông', first: [a('duong-ho-chi-minh')] },
  // Multi-syllable words and phrases above scattered syllables.
  { q: 'thủ tục hành chính', first: [a('thu-tuc-hanh-chinh')] },
  { q: 'thu tuc hanh chinh cat giam', first: [a('thu-tuc-hanh-chinh')] },
  { q: '"thủ tục hành chính" thời gian', first: [a('thu-tuc-hanh-chinh')] },
  { q: 'tiếp công dân định kỳ', first: [a('tiep-cong-dan')] },
  { q: 'tuyen dung vien chuc giao duc', first: [a('tuyen-dung')] },
  { q: 'bảo hiểm y tế học sinh', first: [a('bao-hiem-y-te')] },
  { q: 'bệnh án điện tử', first: [a('chuyen-doi-so-y-te')] },
  // One letter wrong.
  { q: 'cau hien luongg', first: [a('cau-hien-luong')] },
  { q: 'typhon preparedness', first: [a('typhoon-drills')] },
  { q: 'thanh nien khoi ngheip', first: [a('khoi-nghiep')] },
  { q: 'tuyen dungg vien chuc', first: [a('tuyen-dung')] },
  { q: 'bệnh án điện tửu', first: [a('chuyen-doi-so-y-te')] },
  // Document numbers and symbols, exactly.
  { q: '12/2024/QĐ-UBND', first: [a('qd-12-2024')] },
  { q: '12/2024/qd-ubnd', first: [a('qd-12-2024')] },
  { q: '12/2024/NQ-HĐND', first: [a('nq-12-2024')] },
  { q: '45/2025/QĐ-UBND', first: [a('qd-45-2025')] },
  { q: 'quyết định 45/2025/QĐ-UBND bảng giá đất', first: [a('qd-45-2025')] },
  { q: '07/2025/CT-UBND', first: [a('ct-07-2025')] },
  { q: 'bang gia dat 2025', first: [a('qd-45-2025')] },
  { q: 'gia dich vu thoat nuoc', first: [a('qd-12-2024')] },
  // Every kind.
  { q: 'cong bao so 15', first: [a('cong-bao-15-2025')] },
  { q: 'den duong hong dong luong', first: [a('den-duong')] },
  { q: 'đổi giấy phép lái xe', first: [a('giay-phep-lai-xe')] },
  { q: 'phí tham quan di tích', first: [a('phi-tham-quan')] },
  { q: 'lay y kien du thao phi tham quan', first: [a('phi-tham-quan')] },
  { q: 'quản lý chợ truyền thống', first: [a('quan-ly-cho')] },
  { q: 'doi thoai khoi nghiep', first: [a('khoi-nghiep')] },
  { q: 'đối thoại doanh nghiệp tín dụng', first: [a('doi-thoai-doanh-nghiep')] },
  { q: 'tiep can thong tin', first: [a('tiep-can-thong-tin')] },
  { q: 'yêu cầu cung cấp thông tin', first: [a('tiep-can-thong-tin')] },
  { q: 'trung tam phuc vu hanh chinh cong', first: [a('trung-tam-hanh-chinh-cong')] },
  // Filters.
  { q: 'phòng cháy chữa cháy rừng', filters: { documentType: 'chi-thi' }, first: [a('ct-07-2025')] },
  { q: 'quy dinh', filters: { kind: 'consultation' }, first: [a('phi-tham-quan'), a('quan-ly-cho')] },
  { q: 'doanh nghiep', filters: { kind: 'dialogue' }, first: [a('doi-thoai-doanh-nghiep')] },
  { q: 'visitors', filters: { language: 'en' }, first: [a('vinh-moc')] },
];

/** nDCG@10 of one ranking, the expected keys relevant (1) and every other item not (0). */
export function ndcgAt10(ranked: string[], expected: string[]): number {
  const relevant = new Set(expected);
  let dcg = 0;
  ranked.slice(0, 10).forEach((key, index) => {
    if (relevant.has(key)) dcg += 1 / Math.log2(index + 2);
  });
  let ideal = 0;
  for (let index = 0; index < Math.min(10, relevant.size); index += 1) ideal += 1 / Math.log2(index + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}
