import { getMenu } from '#shared/data/menus.ts';
import { listPages } from '#shared/data/pages.ts';
import { systemActor } from '#shared/domain/audit.ts';
import type { MenuItem } from '#shared/domain/menu.ts';
import type { Language } from '#shared/domain/text.ts';
import { saveMenu } from '#shared/editorial/menu-service.ts';
import { approvePage, createPage, submitPage } from '#shared/editorial/page-service.ts';
import { defaultMenus } from '#shared/site/default-menus.ts';
import { portal } from '#web/site/portal.ts';
import { localAccounts } from './accounts.ts';

/**
 * The managed pages of the demo, written for this project about the merged province (since 1 July 2025
 * Quảng Trị = the former Quảng Bình and Quảng Trị, centre Đồng Hới, two tiers: the province and its
 * communes and wards, no districts), each in Vietnamese and English, taken through the real workflow
 * (written by the editor, approved by the director), and the menus pointing at them. A store that has pages
 * already is left alone.
 */
type SeedPage = {
  key: string;
  order: number;
  vi: { slug: string; title: string; summary: string; bodyHtml: string };
  en: { slug: string; title: string; summary: string; bodyHtml: string };
};

const contactList = (language: Language) => {
  const vi = language === 'vi';
  return `<dl>
<dt>${vi ? 'Đơn vị quản lý' : 'Managing unit'}</dt><dd>${portal.managingUnit[language]}</dd>
<dt>${vi ? 'Địa chỉ' : 'Address'}</dt><dd>${portal.address.display[language]}</dd>
<dt>${vi ? 'Điện thoại' : 'Telephone'}</dt><dd><a href="${portal.telephone.href}">${portal.telephone.display}</a></dd>
<dt>${vi ? 'Thư điện tử công vụ' : 'Official e-mail'}</dt><dd><a href="mailto:${portal.email}">${portal.email}</a></dd>
<dt>${vi ? 'Giờ làm việc' : 'Office hours'}</dt><dd>${portal.officeHours[language]}</dd>
</dl>`;
};

export const seedPages: SeedPage[] = [
  {
    key: 'introduction',
    order: 1,
    vi: {
      slug: 'gioi-thieu',
      title: 'Giới thiệu tỉnh Quảng Trị',
      summary:
        'Tỉnh Quảng Trị mới được hợp nhất từ tỉnh Quảng Bình và tỉnh Quảng Trị từ ngày 01/7/2025, trung tâm hành chính đặt tại Đồng Hới.',
      bodyHtml: `<p>Quảng Trị là tỉnh thuộc vùng Bắc Trung Bộ, nơi dải đất miền Trung thu hẹp lại giữa dãy Trường Sơn và Biển Đông, trải dài từ Đèo Ngang đến giáp thành phố Huế.</p>
<h2>Tỉnh Quảng Trị sau hợp nhất</h2>
<p>Từ ngày 01/7/2025, thực hiện chủ trương sắp xếp đơn vị hành chính, tỉnh Quảng Bình và tỉnh Quảng Trị được hợp nhất thành tỉnh Quảng Trị. Trung tâm chính trị – hành chính của tỉnh đặt tại Đồng Hới. Chính quyền địa phương tổ chức theo hai cấp: cấp tỉnh và cấp xã (xã, phường, đặc khu); không còn cấp huyện.</p>
<h2>Vị trí địa lý và tự nhiên</h2>
<p>Tỉnh trải dài từ biên giới Việt – Lào ở phía tây đến bờ Biển Đông ở phía đông, địa hình thấp dần từ núi cao, gò đồi xuống đồng bằng ven sông và các dải cồn cát ven biển. Khí hậu nhiệt đới gió mùa, mùa mưa thường trùng với mùa bão, lũ, nên phòng, chống thiên tai luôn được đặt lên hàng đầu.</p>
<h2>Lịch sử và văn hóa</h2>
<p>Thành cổ Quảng Trị, sông Bến Hải – cầu Hiền Lương, địa đạo Vịnh Mốc, Đường 9 – Khe Sanh cùng Vườn quốc gia Phong Nha – Kẻ Bàng, di sản thiên nhiên thế giới, và quê hương Đại tướng Võ Nguyên Giáp là những địa danh được cả nước biết đến. Người Kinh sinh sống cùng đồng bào Vân Kiều, Pa Kô, Bru, Chứt và các dân tộc anh em khác.</p>
<h2>Kinh tế và định hướng phát triển</h2>
<p>Nằm trên Hành lang kinh tế Đông – Tây với Cửa khẩu quốc tế Lao Bảo và Cha Lo, cảng biển Hòn La, sân bay Đồng Hới, tỉnh tập trung phát triển du lịch, năng lượng tái tạo, kinh tế biển, nông nghiệp hàng hóa, đồng thời đẩy mạnh chuyển đổi số và cải cách hành chính.</p>`,
    },
    en: {
      slug: 'about',
      title: 'About Quang Tri Province',
      summary:
        'The new Quang Tri Province was formed on 1 July 2025 from the former Quang Binh and Quang Tri provinces; its administrative centre is Dong Hoi.',
      bodyHtml: `<p>Quang Tri is a province of Viet Nam's North Central Coast, where the country narrows between the Truong Son mountains and the East Sea, reaching from the Ngang Pass to the borders of Hue City.</p>
<h2>The merged province</h2>
<p>On 1 July 2025, as part of the national reorganisation of administrative units, Quang Binh and Quang Tri provinces merged into a new Quang Tri Province. Its political and administrative centre is Dong Hoi. Local government has two tiers: the province and its communes, wards and special zone; there are no districts any more.</p>
<h2>Geography</h2>
<p>The province stretches from the border with Laos to the sea. The land falls from mountains and hills to river plains and coastal dunes. The climate is tropical and monsoonal, and the rainy season brings storms and floods, so disaster prevention is a constant priority.</p>
<h2>History and culture</h2>
<p>The Quang Tri Citadel, the Ben Hai River and Hien Luong Bridge, the Vinh Moc tunnels, Route 9 – Khe Sanh and the Phong Nha – Ke Bang National Park, a UNESCO World Heritage site, are known across Viet Nam. The Kinh people live alongside the Van Kieu, Pa Ko, Bru, Chut and other ethnic groups.</p>
<h2>Economy</h2>
<p>On the East–West Economic Corridor, with the Lao Bao and Cha Lo international border gates, Hon La port and Dong Hoi airport, the province is developing tourism, renewable energy, the marine economy and commercial agriculture, while pressing ahead with digital transformation and administrative reform.</p>`,
    },
  },
  {
    key: 'portal',
    order: 2,
    vi: {
      slug: 've-cong-thong-tin',
      title: 'Tổ chức và chức năng của Cổng Thông tin điện tử',
      summary: 'Cổng Thông tin điện tử tỉnh: đơn vị quản lý, nhiệm vụ và cách tổ chức thông tin.',
      bodyHtml: `<p>${portal.name.vi} là kênh thông tin chính thức của Ủy ban nhân dân tỉnh Quảng Trị trên Internet, do ${portal.managingUnit.vi} quản lý, vận hành.</p>
<h2>Chức năng, nhiệm vụ</h2>
<ul><li>Cung cấp thông tin chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh;</li><li>Đăng Công báo tỉnh và cơ sở dữ liệu văn bản quy phạm pháp luật;</li><li>Tiếp nhận, trả lời phản ánh, kiến nghị; lấy ý kiến dự thảo văn bản; tổ chức đối thoại trực tuyến;</li><li>Liên kết đến các dịch vụ công trực tuyến và cổng thông tin của các cơ quan, xã, phường.</li></ul>
<h2>Tổ chức</h2>
<p>Ban Biên tập do Giám đốc Cổng Thông tin điện tử tỉnh phụ trách. Biên tập viên viết và sửa tin, bài, trang thông tin; Giám đốc duyệt trước khi đăng. Mọi thay đổi đều được ghi vào nhật ký.</p>`,
    },
    en: {
      slug: 'about-the-portal',
      title: 'Organisation and functions of the portal',
      summary:
        'The Provincial Electronic Portal: who runs it, what it does and how its information is organised.',
      bodyHtml: `<p>The ${portal.name.en} is the official Internet channel of the Quang Tri Provincial People's Committee, run by the ${portal.managingUnit.en}.</p>
<h2>Functions</h2>
<ul><li>Information on the direction and administration of the Provincial People's Committee and its Chair;</li><li>The Provincial Official Gazette and the database of legal documents;</li><li>Citizens' feedback and petitions and their answers, consultations on draft regulations, online dialogues;</li><li>Links to online public services and to the portals of agencies, communes and wards.</li></ul>
<h2>Organisation</h2>
<p>The editorial board is led by the Director of the Provincial Electronic Portal. Editors write and revise news, articles and pages; the Director approves them before they go live. Every change is recorded.</p>`,
    },
  },
  {
    key: 'contact',
    order: 3,
    vi: {
      slug: 'lien-he',
      title: 'Liên hệ',
      summary: 'Địa chỉ, điện thoại, thư điện tử và giờ làm việc của Cổng Thông tin điện tử tỉnh.',
      bodyHtml: `<p>Mọi ý kiến, thông tin cần trao đổi với ${portal.name.vi}, xin gửi về địa chỉ dưới đây.</p>
${contactList('vi')}
<h2>Gửi tin, bài và thông tin</h2>
<p>Các cơ quan, đơn vị, xã, phường và cộng tác viên gửi tin, bài, hình ảnh về hộp thư của Ban Biên tập. Văn bản đề nghị đăng Công báo gửi theo quy định về Công báo.</p>`,
    },
    en: {
      slug: 'contact',
      title: 'Contact us',
      summary: 'The address, telephone, e-mail and office hours of the Provincial Electronic Portal.',
      bodyHtml: `<p>To reach the ${portal.name.en}, please use the contacts below. We answer in Vietnamese or English.</p>
${contactList('en')}
<h2>Sending news and information</h2>
<p>Agencies, communes, wards and contributors may send news, articles and photos to the editorial desk by e-mail. Documents for the Official Gazette follow the gazette regulations.</p>`,
    },
  },
  {
    key: 'access',
    order: 4,
    vi: {
      slug: 'tiep-can-thong-tin',
      title: 'Tiếp cận thông tin',
      summary:
        'Danh mục thông tin được công khai, đầu mối cung cấp thông tin và cách yêu cầu cung cấp thông tin.',
      bodyHtml: `<p>Theo Luật Tiếp cận thông tin, công dân có quyền được tiếp cận thông tin do cơ quan nhà nước tạo ra.</p>
<h2>Danh mục thông tin công khai</h2>
<p>Danh mục thông tin phải được công khai của Ủy ban nhân dân tỉnh và các cơ quan, cùng các thông tin đã công khai, được đăng tại trang Công khai thông tin của Cổng.</p>
<h2>Đầu mối cung cấp thông tin</h2>
<p>Đầu mối tiếp nhận yêu cầu cung cấp thông tin: ${portal.office.vi}, ${portal.address.display.vi}; điện thoại <a href="${portal.telephone.href}">${portal.telephone.display}</a>; thư điện tử <a href="mailto:${portal.email}">${portal.email}</a>.</p>
<h2>Cách yêu cầu cung cấp thông tin</h2>
<ol><li>Lập phiếu yêu cầu ghi rõ họ tên, địa chỉ, thông tin cần cung cấp và hình thức nhận;</li><li>Gửi trực tiếp, qua đường bưu điện hoặc thư điện tử đến đầu mối nêu trên;</li><li>Cơ quan xem xét và trả lời trong thời hạn luật định.</li></ol>`,
    },
    en: {
      slug: 'access-to-information',
      title: 'Access to information',
      summary: 'The list of information made public, the focal point and how to ask for information.',
      bodyHtml: `<p>Under the Law on Access to Information, citizens have the right to information held by state agencies.</p>
<h2>Information made public</h2>
<p>The list of information that the Provincial People's Committee and its agencies must make public, and the information itself, is published on the portal's disclosures page.</p>
<h2>Focal point</h2>
<p>Requests for information go to the ${portal.office.en}, ${portal.address.display.en}; telephone <a href="${portal.telephone.href}">${portal.telephone.display}</a>; e-mail <a href="mailto:${portal.email}">${portal.email}</a>.</p>
<h2>How to ask</h2>
<ol><li>Write a request with your name, address, the information you need and how you wish to receive it;</li><li>Send it in person, by post or by e-mail to the focal point above;</li><li>The agency considers it and answers within the period the law sets.</li></ol>`,
    },
  },
  {
    key: 'privacy',
    order: 5,
    vi: {
      slug: 'bao-ve-du-lieu-ca-nhan',
      title: 'Thông báo xử lý dữ liệu cá nhân',
      summary: 'Cổng thu thập dữ liệu cá nhân nào, để làm gì, lưu bao lâu và quyền của chủ thể dữ liệu.',
      bodyHtml: `<p>Cổng chỉ thu thập dữ liệu cá nhân khi người dân gửi phản ánh, kiến nghị, góp ý dự thảo, câu hỏi đối thoại hoặc đăng ký nhận tin, và chỉ dùng để xử lý, trả lời nội dung đó.</p>
<h2>Dữ liệu được thu thập</h2>
<p>Họ tên, địa chỉ, số điện thoại, thư điện tử do người gửi cung cấp. Các thông tin này không bao giờ được công khai trên Cổng và không được ghi vào nhật ký hệ thống.</p>
<h2>Thời gian lưu trữ</h2>
<p>Dữ liệu liên hệ được xóa sau thời hạn nêu tại từng mục (ví dụ 180 ngày sau khi đóng phản ánh) hoặc ngay khi người gửi yêu cầu.</p>
<h2>Quyền của chủ thể dữ liệu</h2>
<p>Người gửi có quyền được biết, yêu cầu xóa dữ liệu của mình bằng đường dẫn riêng đã nhận hoặc liên hệ <a href="mailto:${portal.email}">${portal.email}</a>.</p>`,
    },
    en: {
      slug: 'privacy',
      title: 'Privacy notice',
      summary: 'What personal data the portal collects, why, for how long, and your rights.',
      bodyHtml: `<p>The portal collects personal data only when you send feedback, comment on a draft, ask a question in a dialogue or subscribe to notices, and uses it only to handle and answer that.</p>
<h2>Data collected</h2>
<p>The name, address, telephone number and e-mail you give. They are never published on the portal and never written to system logs.</p>
<h2>How long it is kept</h2>
<p>Contact data is deleted after the period stated for each service (for example 180 days after a feedback item closes), or at once when you ask.</p>
<h2>Your rights</h2>
<p>You may ask what is held about you and have it deleted through the private link you received, or by writing to <a href="mailto:${portal.email}">${portal.email}</a>.</p>`,
    },
  },
  {
    key: 'accessibility',
    order: 6,
    vi: {
      slug: 'tuyen-bo-tiep-can',
      title: 'Tuyên bố về khả năng tiếp cận',
      summary:
        'Cổng hướng tới đáp ứng WCAG 2.1 mức AA để mọi người, kể cả người khuyết tật, đều sử dụng được.',
      bodyHtml: `<p>Cổng được xây dựng để đáp ứng Hướng dẫn về khả năng tiếp cận nội dung web (WCAG) 2.1 mức AA: dùng được bằng bàn phím, với trình đọc màn hình, khi tắt JavaScript và trên điện thoại.</p>
<h2>Cách chúng tôi kiểm tra</h2>
<p>Mỗi trang mới được kiểm tra tự động bằng axe-core trong trình duyệt thật trước khi phát hành.</p>
<h2>Phản hồi</h2>
<p>Nếu gặp khó khăn khi sử dụng Cổng, xin báo cho chúng tôi qua <a href="mailto:${portal.email}">${portal.email}</a> hoặc <a href="${portal.telephone.href}">${portal.telephone.display}</a>.</p>`,
    },
    en: {
      slug: 'accessibility',
      title: 'Accessibility statement',
      summary:
        'The portal aims to meet WCAG 2.1 level AA so that everyone, people with disabilities included, can use it.',
      bodyHtml: `<p>The portal is built to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA: usable with a keyboard, with a screen reader, with JavaScript off and on a phone.</p>
<h2>How we check</h2>
<p>Every new page is checked automatically with axe-core in a real browser before release.</p>
<h2>Feedback</h2>
<p>If you have difficulty using the portal, please tell us at <a href="mailto:${portal.email}">${portal.email}</a> or <a href="${portal.telephone.href}">${portal.telephone.display}</a>.</p>`,
    },
  },
  {
    key: 'reuse',
    order: 7,
    vi: {
      slug: 'dieu-khoan-su-dung-lai',
      title: 'Điều khoản sử dụng lại thông tin',
      summary: 'Thông tin trên Cổng được phát hành lại tự do khi ghi rõ nguồn.',
      bodyHtml: `<p>${portal.reuse.vi}</p>
<ul><li>Không được làm sai lệch nội dung, và ghi rõ ngày đăng của thông tin;</li><li>Văn bản trên Công báo có giá trị như bản gốc; bản sao cần dẫn số Công báo;</li><li>Hình ảnh của tác giả khác cần được sự đồng ý của tác giả.</li></ul>`,
    },
    en: {
      slug: 'terms-of-reuse',
      title: 'Terms of reuse',
      summary: 'Information on the portal may be republished freely with its source.',
      bodyHtml: `<p>${portal.reuse.en}</p>
<ul><li>Do not alter the content, and state the date it was published;</li><li>Gazette texts have the value of the original; a copy should cite the gazette issue;</li><li>Photos by other authors need their permission.</li></ul>`,
    },
  },
];

function actor(username: string) {
  const account = localAccounts.find((candidate) => candidate.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return { id: `local-${account.username}`, name: account.name };
}

const pageItem = (ids: { vi: string; en: string }, labelVi?: string, labelEn?: string): MenuItem => ({
  target: { kind: 'page', vi: ids.vi, en: ids.en },
  ...(labelVi ? { labelVi } : {}),
  ...(labelEn ? { labelEn } : {}),
});

/** The default menus with the seeded pages as page entries (so a page's new title shows in the menus). */
function seededMenus(ids: Map<string, { vi: string; en: string }>) {
  const page = (key: string) => {
    const found = ids.get(key);
    if (!found) throw new Error(`no seeded page ${key}`);
    return found;
  };
  const replacePaths = (items: MenuItem[], labelled: boolean) =>
    items.map((item) => {
      if (item.target.kind !== 'path') return item;
      if (item.target.vi === '/gioi-thieu/')
        return labelled
          ? pageItem(page('introduction'), item.labelVi, item.labelEn)
          : pageItem(page('introduction'));
      if (item.target.vi === '/lien-he/') return pageItem(page('contact'));
      return item;
    });
  const footer = replacePaths(defaultMenus.footer.items, false);
  return {
    main: { items: replacePaths(defaultMenus.main.items, true) },
    footer: {
      items: [
        ...footer,
        pageItem(page('portal')),
        pageItem(page('access')),
        pageItem(page('privacy')),
        pageItem(page('accessibility')),
        pageItem(page('reuse')),
      ],
    },
    home: { items: replacePaths(defaultMenus.home.items, false) },
  };
}

export async function seedPagesIfEmpty(): Promise<boolean> {
  if ((await listPages()).length > 0) return false;
  const editor = actor('bientap');
  const director = actor('giamdoc');
  const ids = new Map<string, { vi: string; en: string }>();
  for (const seed of seedPages) {
    const vi = await createPage({ ...seed.vi, language: 'vi', order: seed.order }, editor);
    const en = await createPage(
      { ...seed.en, language: 'en', order: seed.order, translationOf: vi.id },
      editor,
    );
    for (const draft of [vi, en]) {
      const submitted = await submitPage(draft.id, draft.version, editor);
      await approvePage(draft.id, { expectedVersion: submitted.version }, director);
    }
    ids.set(seed.key, { vi: vi.id, en: en.id });
  }
  const menus = seededMenus(ids);
  for (const id of ['main', 'footer', 'home'] as const) {
    if (!(await getMenu(id))) await saveMenu(id, menus[id], systemActor);
  }
  return true;
}
