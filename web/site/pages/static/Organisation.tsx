import type { Language } from '#shared/domain/text.ts';
import { portal } from '../../portal.ts';

/**
 * The portal's unit: position, duties, leadership and departments, after the founding proposal (Đề án
 * thành lập Cổng Thông tin điện tử tỉnh, mục III and V), then its contacts. Decree 224/2026/NĐ-CP asks for
 * this information in English too, hence the full English version.
 */
export function Organisation({ language }: { language: Language }) {
  return (
    <>
      {language === 'vi' ? <OrganisationVi /> : <OrganisationEn />}
      <UnitContacts language={language} />
    </>
  );
}

function OrganisationVi() {
  return (
    <>
      <p class="article__lead">
        Cổng Thông tin điện tử tỉnh Quảng Trị (tên tiếng Anh: Quang Tri Portal, viết tắt QTP) là đơn vị sự
        nghiệp công lập trực thuộc Văn phòng Ủy ban nhân dân tỉnh, chịu sự chỉ đạo, quản lý trực tiếp, toàn
        diện của Văn phòng UBND tỉnh và sự hướng dẫn về chuyên môn, nghiệp vụ của các cơ quan quản lý chuyên
        ngành cấp trên.
      </p>
      <h2>Chức năng, nhiệm vụ</h2>
      <ul>
        <li>
          Quản lý, vận hành Cổng Thông tin điện tử tỉnh: cung cấp thông tin về lịch sử, văn hóa, kinh tế – xã
          hội và hoạt động chỉ đạo, điều hành của lãnh đạo tỉnh; là đầu mối kết nối thông tin của cơ quan hành
          chính các cấp.
        </li>
        <li>
          Tiếp nhận ý kiến của người dân, doanh nghiệp về cơ chế, chính sách, thủ tục hành chính; lấy ý kiến
          nhân dân về dự thảo văn bản quy phạm pháp luật.
        </li>
        <li>Cập nhật thông tin bằng tiếng Việt và tiếng nước ngoài lên Cổng.</li>
        <li>
          Quản trị, triển khai ứng dụng công nghệ thông tin phục vụ chỉ đạo, điều hành của UBND tỉnh; bảo đảm
          vận hành liên tục, an toàn thông tin của hạ tầng mạng, máy chủ, hệ thống hội nghị trực tuyến.
        </li>
        <li>Quản lý xuất bản, phát hành Công báo tỉnh, bao gồm Công báo điện tử.</li>
      </ul>
      <h2>Lãnh đạo</h2>
      <h3>Giám đốc</h3>
      <p>
        Người đứng đầu đơn vị, chịu trách nhiệm trước Chủ tịch UBND tỉnh, Chánh Văn phòng UBND tỉnh và trước
        pháp luật về toàn bộ hoạt động của Cổng; quản lý nội dung thông tin, duyệt tin, bài và quyết định việc
        đăng tải lên Cổng.
      </p>
      <h3>Phó Giám đốc</h3>
      <p>
        Giúp Giám đốc điều hành công việc theo phân công; phụ trách công tác xuất bản, phát hành Công báo và
        công tác tổ chức, hành chính của đơn vị.
      </p>
      <h2>Các phòng chuyên môn</h2>
      <h3>Phòng Công nghệ thông tin và Hành chính</h3>
      <p>
        Xây dựng, triển khai phần mềm, cơ sở dữ liệu và giải pháp công nghệ thông tin phục vụ lãnh đạo UBND
        tỉnh, Văn phòng UBND tỉnh và các sở, ngành, địa phương; quản trị hệ thống Cổng, thư điện tử, phần mềm
        quản lý văn bản và hồ sơ công việc, hệ thống hội nghị trực tuyến; thực hiện công tác hành chính, tổ
        chức, kế toán của đơn vị.
      </p>
      <h3>Phòng Công báo - Biên tập thông tin</h3>
      <p>
        Tiếp nhận, rà soát văn bản, biên tập, xuất bản và phát hành Công báo tỉnh; viết, biên tập tin, bài về
        các lĩnh vực tổng hợp – tài mậu, văn hóa – xã hội, đối ngoại – nội chính, nông nghiệp, thông tin đa
        phương tiện và thông tin tiếng nước ngoài; tiếp nhận ý kiến phản ánh và cập nhật ý kiến trả lời của cơ
        quan có thẩm quyền.
      </p>
    </>
  );
}

function OrganisationEn() {
  return (
    <>
      <p class="article__lead">
        The Quang Tri Provincial Portal (QTP) is a public service unit of the Office of the Provincial
        People's Committee. It works under the Office's direct management and follows the professional
        guidance of the competent national agencies.
      </p>
      <h2>Functions and duties</h2>
      <ul>
        <li>
          Run the provincial portal: publish information on the province's history, culture and socio-economic
          life and on the directions of the provincial leadership; connect the information of government
          agencies at every level.
        </li>
        <li>
          Receive feedback from citizens and businesses on policies and administrative procedures, and consult
          the public on draft legal documents.
        </li>
        <li>Publish information in Vietnamese and in foreign languages.</li>
        <li>
          Deploy and operate information technology for the Provincial People's Committee, and keep its
          network, servers and video-conference systems running safely.
        </li>
        <li>Publish the Provincial Official Gazette, in print and online.</li>
      </ul>
      <h2>Leadership</h2>
      <h3>Director</h3>
      <p>
        Heads the unit and answers to the Chair of the Provincial People's Committee, the Chief of the Office
        and the law for all of the portal's work; approves every article before it is published.
      </p>
      <h3>Deputy Director</h3>
      <p>
        Assists the Director in the areas assigned, including the Official Gazette and the unit's
        administration.
      </p>
      <h2>Departments</h2>
      <h3>Department of Information Technology and Administration</h3>
      <p>
        Builds and runs software, databases and IT solutions for the provincial leadership, the Office and the
        province's agencies; administers the portal, email, document management and video-conference systems;
        handles the unit's administration and accounting.
      </p>
      <h3>Department of the Official Gazette and Editorial Affairs</h3>
      <p>
        Receives and reviews legal documents, and edits and publishes the Provincial Official Gazette; writes
        and edits news on the economy and finance, culture and society, external and internal affairs,
        agriculture, multimedia and foreign-language information; receives citizens' feedback and publishes
        the answers of the competent agencies.
      </p>
    </>
  );
}

/** Contacts of the unit (demo values; see portal.ts). */
function UnitContacts({ language }: { language: Language }) {
  const vi = language === 'vi';
  return (
    <>
      <h2>{vi ? 'Thông tin liên hệ' : 'Contacts'}</h2>
      <dl class="contact-list">
        <dt>{vi ? 'Đơn vị' : 'Unit'}</dt>
        <dd>{portal.managingUnit[language]}</dd>
        <dt>{vi ? 'Địa chỉ' : 'Address'}</dt>
        <dd>{portal.address.display[language]}</dd>
        <dt>{vi ? 'Văn phòng' : 'Office'}</dt>
        <dd>
          <a href={portal.telephone.href}>{portal.telephone.display}</a>
        </dd>
        <dt>{vi ? 'Ban biên tập' : 'Editorial desk'}</dt>
        <dd>
          <a href={portal.editorialTelephone.href}>{portal.editorialTelephone.display}</a>
        </dd>
        <dt>{vi ? 'Thư điện tử' : 'Email'}</dt>
        <dd>
          <a href={`mailto:${portal.email}`}>{portal.email}</a>
        </dd>
      </dl>
    </>
  );
}
