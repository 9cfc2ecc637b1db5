import type { Language } from '#shared/domain/text.ts';
import { labels } from '../../i18n.ts';
import { portal } from '../../portal.ts';

/** How to reach the portal's unit (Decree 224/2026/NĐ-CP: address, telephone, email). Demo values: portal.ts. */
export function Contact({ language }: { language: Language }) {
  const text = labels[language];
  const vi = language === 'vi';
  return (
    <>
      <p class="article__lead">
        {vi
          ? 'Mọi ý kiến, thông tin cần trao đổi với Cổng Thông tin điện tử tỉnh Quảng Trị, xin gửi về địa chỉ dưới đây.'
          : 'To reach the Quang Tri Provincial Portal, please use the contacts below. We answer in Vietnamese or English.'}
      </p>
      <dl class="contact-list">
        <dt>{text.managingUnit}</dt>
        <dd>{portal.managingUnit[language]}</dd>
        <dt>{text.address}</dt>
        <dd>{portal.address.display[language]}</dd>
        <dt>{text.telephone}</dt>
        <dd>
          <a href={portal.telephone.href}>{portal.telephone.display}</a>
        </dd>
        <dt>{text.fax}</dt>
        <dd>{portal.fax}</dd>
        <dt>{text.email}</dt>
        <dd>
          <a href={`mailto:${portal.email}`}>{portal.email}</a>
        </dd>
        <dt>{text.officeHours}</dt>
        <dd>{portal.officeHours[language]}</dd>
      </dl>
      <h2>{vi ? 'Gửi tin, bài và thông tin' : 'Sending news and information'}</h2>
      <p>
        {vi
          ? 'Các cơ quan, đơn vị, địa phương và cộng tác viên gửi tin, bài, hình ảnh về hộp thư của Ban Biên tập. Văn bản đề nghị đăng Công báo gửi theo quy định về Công báo.'
          : 'Agencies, localities and contributors may send news, articles and photos to the editorial desk by email. Documents for the Official Gazette follow the gazette regulations.'}
      </p>
      <h2>{vi ? 'Tái bản thông tin' : 'Reusing information'}</h2>
      <p>{portal.reuse[language]}</p>
    </>
  );
}
