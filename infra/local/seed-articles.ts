import type { ArticleContent } from '#shared/domain/article.ts';
import type { Language } from '#shared/domain/text.ts';

/**
 * Demo articles for a developer's machine, written for this project (not taken from any site).
 * They go through the real workflow at seeding: written by an editor, approved by the director.
 */
export type SeedArticle = ArticleContent & { language: Language; key: string; translationOfKey?: string };

const p = (...paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join('');

export const seedArticles: SeedArticle[] = [
  {
    key: 'hop-ubnd-thang-11',
    language: 'vi',
    categorySlug: 'chi-dao-dieu-hanh',
    title: 'UBND tỉnh họp phiên thường kỳ tháng 11, bàn giải pháp hoàn thành kế hoạch năm',
    summary:
      'Phiên họp tập trung đánh giá tình hình kinh tế - xã hội 11 tháng và các giải pháp trọng tâm để hoàn thành chỉ tiêu kế hoạch năm.',
    bodyHtml:
      p(
        'Sáng nay, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ tháng 11 để đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội.',
        'Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung đẩy nhanh giải ngân vốn đầu tư công, tháo gỡ vướng mắc về mặt bằng cho các dự án trọng điểm.',
      ) +
      '<h2>Nhiệm vụ trọng tâm tháng 12</h2><ul><li>Hoàn thành giải ngân vốn đầu tư công.</li><li>Chuẩn bị chu đáo các điều kiện phục vụ Nhân dân đón Tết.</li></ul>',
    tags: ['UBND tỉnh', 'kinh tế - xã hội'],
  },
  {
    key: 'chi-thi-phong-chong-bao-lu',
    language: 'vi',
    categorySlug: 'chi-dao-dieu-hanh',
    title: 'Chủ động ứng phó mưa lũ cuối năm tại các địa phương ven biển',
    summary:
      'Lãnh đạo tỉnh chỉ đạo các địa phương rà soát phương án sơ tán dân, bảo đảm an toàn hồ đập trong mùa mưa lũ.',
    bodyHtml: p(
      'Trước diễn biến phức tạp của thời tiết, lãnh đạo UBND tỉnh yêu cầu các xã, phường chủ động phương án ứng phó theo phương châm “bốn tại chỗ”.',
      'Các đơn vị quản lý hồ chứa phải vận hành đúng quy trình, thông tin kịp thời cho người dân vùng hạ du.',
    ),
    tags: ['phòng chống thiên tai'],
  },
  {
    key: 'cang-my-thuy',
    language: 'vi',
    categorySlug: 'kinh-te',
    title: 'Khu kinh tế Đông Nam Quảng Trị thu hút thêm nhà đầu tư mới',
    summary:
      'Nhiều nhà đầu tư tìm hiểu cơ hội tại Khu kinh tế Đông Nam, nơi hạ tầng giao thông và cảng biển đang được hoàn thiện.',
    bodyHtml: p(
      'Khu kinh tế Đông Nam Quảng Trị tiếp tục là điểm đến của các nhà đầu tư trong lĩnh vực năng lượng, logistics và công nghiệp chế biến.',
      'Tỉnh cam kết đồng hành, tạo điều kiện thuận lợi nhất về thủ tục hành chính cho doanh nghiệp.',
    ),
    tags: ['đầu tư', 'khu kinh tế'],
  },
  {
    key: 'le-hoi-thong-nhat',
    language: 'vi',
    categorySlug: 'van-hoa-xa-hoi',
    title: 'Đông Hà rộn ràng các hoạt động văn hóa, thể thao chào mừng ngày lễ lớn',
    summary:
      'Chuỗi hoạt động văn hóa, thể thao diễn ra tại các phường Đông Hà, Nam Đông Hà thu hút đông đảo người dân và du khách tham gia.',
    bodyHtml: p(
      'Các hoạt động gồm hội thi văn nghệ quần chúng, giải chạy vì hòa bình và triển lãm ảnh về quê hương Quảng Trị.',
      'Đây là dịp để người dân cùng nhìn lại chặng đường phát triển của quê hương.',
    ),
    tags: ['văn hóa', 'Đông Hà'],
  },
  {
    key: 'cai-cach-hanh-chinh',
    language: 'vi',
    categorySlug: 'doi-ngoai-noi-chinh',
    title: 'Đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân',
    summary:
      'Tỉnh đặt mục tiêu tăng tỷ lệ hồ sơ trực tuyến toàn trình và rút ngắn thời gian giải quyết thủ tục hành chính.',
    bodyHtml: p(
      'Các cơ quan, đơn vị được yêu cầu công khai, minh bạch quy trình giải quyết thủ tục hành chính trên Cổng Dịch vụ công.',
      'Người dân có thể phản ánh, kiến nghị về quy định hành chính qua Cổng Thông tin điện tử tỉnh.',
    ),
    tags: ['cải cách hành chính'],
  },
  {
    key: 'lua-huu-co',
    language: 'vi',
    categorySlug: 'nong-nghiep',
    title: 'Mở rộng diện tích lúa hữu cơ tại Hải Lăng và Triệu Phong',
    summary: 'Mô hình lúa hữu cơ cho hiệu quả kinh tế cao, góp phần xây dựng thương hiệu gạo Quảng Trị.',
    bodyHtml: p(
      'Nhiều hợp tác xã đã liên kết với doanh nghiệp bao tiêu sản phẩm, giúp nông dân yên tâm sản xuất.',
      'Ngành nông nghiệp tiếp tục hỗ trợ kỹ thuật, chứng nhận hữu cơ và xúc tiến thương mại.',
    ),
    tags: ['nông nghiệp hữu cơ', 'xây dựng nông thôn mới'],
  },
  {
    key: 'thanh-co',
    language: 'vi',
    categorySlug: 'lich-su-van-hoa',
    title: 'Thành cổ Quảng Trị: nơi lưu giữ ký ức 81 ngày đêm lịch sử',
    summary:
      'Di tích quốc gia đặc biệt Thành cổ Quảng Trị là điểm đến tri ân của hàng vạn lượt khách mỗi năm.',
    bodyHtml: p(
      'Thành cổ Quảng Trị gắn liền với cuộc chiến đấu 81 ngày đêm năm 1972, biểu tượng của ý chí và khát vọng hòa bình.',
      'Hằng năm, lễ thả hoa đăng trên sông Thạch Hãn được tổ chức để tưởng nhớ các anh hùng liệt sĩ.',
    ),
    tags: ['di tích', 'Thành cổ Quảng Trị'],
  },
  {
    key: 'thanh-co-en',
    language: 'en',
    translationOfKey: 'thanh-co',
    categorySlug: 'lich-su-van-hoa',
    title: 'Quang Tri Ancient Citadel: where the memory of 81 days and nights lives on',
    summary:
      'The special national relic site of the Quang Tri Ancient Citadel welcomes tens of thousands of visitors every year.',
    bodyHtml: p(
      'The Ancient Citadel is tied to the 81 days and nights of fighting in 1972, a symbol of resolve and of the longing for peace.',
      'Every year a flower-lantern ceremony on the Thach Han River honours those who fell.',
    ),
    tags: ['heritage'],
  },
  {
    key: 'investment-en',
    language: 'en',
    categorySlug: 'kinh-te',
    title: 'Quang Tri welcomes investors to its South-East Economic Zone',
    summary:
      'Port, road and energy projects make the South-East Economic Zone a growing destination for investment.',
    bodyHtml: p(
      'The province is completing transport links and port infrastructure in the South-East Economic Zone.',
      'Investors are supported by a one-stop service for administrative procedures.',
    ),
    tags: ['investment'],
  },
];
