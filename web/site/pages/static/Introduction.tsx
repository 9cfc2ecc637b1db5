import type { Language } from '#shared/domain/text.ts';

/**
 * About the province: geography, history, culture, economy. Written for this portal (the editorial office
 * revises it); kept short enough to read on a phone.
 */
export function Introduction({ language }: { language: Language }) {
  return language === 'vi' ? <IntroductionVi /> : <IntroductionEn />;
}

function IntroductionVi() {
  return (
    <>
      <p class="article__lead">
        Quảng Trị là tỉnh thuộc vùng Bắc Trung Bộ, nơi dải đất miền Trung thu hẹp lại giữa dãy Trường Sơn và
        Biển Đông, là vùng đất giàu truyền thống lịch sử, văn hóa và đang mở cửa mạnh mẽ trên Hành lang kinh
        tế Đông – Tây.
      </p>
      <h2>Vị trí địa lý và tự nhiên</h2>
      <p>
        Tỉnh trải dài từ biên giới Việt – Lào ở phía tây đến bờ Biển Đông ở phía đông, với địa hình thấp dần
        từ núi cao, gò đồi trung du xuống đồng bằng ven sông và các dải cồn cát ven biển. Các dòng sông lớn
        như sông Thạch Hãn, sông Bến Hải, sông Hiếu chảy theo hướng tây – đông, bồi đắp nên những cánh đồng
        lúa ven biển. Ngoài khơi, đảo Cồn Cỏ là tiền tiêu giữ vững chủ quyền biển, đảo của Tổ quốc.
      </p>
      <p>
        Khí hậu nhiệt đới gió mùa, có mùa khô chịu ảnh hưởng của gió tây nam khô nóng và mùa mưa thường trùng
        với mùa bão, lũ. Vì thế công tác phòng, chống thiên tai luôn được tỉnh đặt lên hàng đầu trong chỉ đạo,
        điều hành.
      </p>
      <h2>Lịch sử</h2>
      <p>
        Vùng đất Quảng Trị ngày nay gắn với châu Ô, châu Lý, sáp nhập vào Đại Việt từ năm 1306. Trải qua nhiều
        thế kỷ khai phá, năm 1832 vua Minh Mạng lập tỉnh Quảng Trị. Thành cổ Quảng Trị, dựng dưới triều
        Nguyễn, về sau trở thành chứng tích của một trong những trận chiến ác liệt nhất thế kỷ XX.
      </p>
      <p>
        Từ năm 1954 đến năm 1975, sông Bến Hải và cầu Hiền Lương ở vĩ tuyến 17 là nơi đất nước bị chia cắt hai
        miền. Địa đạo Vịnh Mốc, Đường 9 – Khe Sanh, 81 ngày đêm bảo vệ Thành cổ năm 1972, Nghĩa trang liệt sĩ
        quốc gia Trường Sơn và Nghĩa trang liệt sĩ quốc gia Đường 9 là những địa danh lịch sử được cả nước
        biết đến. Sau ngày thống nhất, tỉnh được tái lập năm 1989 và không ngừng xây dựng, phát triển.
      </p>
      <p>
        Từ ngày 01/7/2025, thực hiện chủ trương sắp xếp đơn vị hành chính, tỉnh Quảng Bình và tỉnh Quảng Trị
        được hợp nhất thành tỉnh Quảng Trị, mở ra không gian phát triển mới trải dài từ Đèo Ngang đến giáp
        thành phố Huế.
      </p>
      <h2>Văn hóa và con người</h2>
      <p>
        Trên đất Quảng Trị, người Kinh sinh sống cùng đồng bào các dân tộc Vân Kiều, Pa Kô và nhiều dân tộc
        anh em khác, cùng gìn giữ kho tàng lễ hội, dân ca, nghề truyền thống phong phú. Lễ hội Thống nhất non
        sông bên bờ Hiền Lương, Festival “Vì hòa bình” cùng những ngày lễ truyền thống là dịp người dân và du
        khách cùng hướng về khát vọng hòa bình, hòa hợp.
      </p>
      <p>
        Những bãi biển Cửa Tùng, Cửa Việt, Mỹ Thủy, Vườn quốc gia Phong Nha – Kẻ Bàng – di sản thiên nhiên thế
        giới – cùng hệ thống di tích lịch sử cách mạng tạo nên những hành trình du lịch về nguồn, sinh thái và
        nghỉ dưỡng đặc sắc.
      </p>
      <h2>Kinh tế và định hướng phát triển</h2>
      <p>
        Nằm trên Hành lang kinh tế Đông – Tây nối Myanmar, Thái Lan, Lào với các cảng biển miền Trung qua Quốc
        lộ 9 và Cửa khẩu quốc tế Lao Bảo, Quảng Trị có lợi thế về giao thương, logistics. Tỉnh tập trung phát
        triển Khu kinh tế Đông Nam Quảng Trị, năng lượng tái tạo, nông nghiệp hàng hóa như cà phê Khe Sanh, hồ
        tiêu, và kinh tế biển; đồng thời đẩy mạnh chuyển đổi số, cải cách hành chính để phục vụ người dân,
        doanh nghiệp ngày càng tốt hơn.
      </p>
    </>
  );
}

function IntroductionEn() {
  return (
    <>
      <p class="article__lead">
        Quang Tri is a province of Viet Nam's North Central Coast, where the country narrows between the
        Truong Son mountains and the East Sea. It is rich in history and culture, and it opens westwards onto
        the East–West Economic Corridor.
      </p>
      <h2>Geography</h2>
      <p>
        The province stretches from the border with Laos in the west to the sea in the east. The land falls
        from mountains and midland hills to river plains and coastal sand dunes. The Thach Han, Ben Hai and
        Hieu rivers run from west to east across rice fields near the coast, and offshore lies Con Co island.
      </p>
      <p>
        The climate is tropical and monsoonal: a dry season with hot south-westerly winds, and a rainy season
        that brings storms and floods. Preventing and responding to natural disasters is therefore a constant
        priority of the provincial authorities.
      </p>
      <h2>History</h2>
      <p>
        The land of today's Quang Tri joined Dai Viet in 1306 as the O and Ly districts. After centuries of
        settlement, Emperor Minh Mang established Quang Tri Province in 1832. Its citadel, built under the
        Nguyen dynasty, later became the site of one of the fiercest battles of the twentieth century.
      </p>
      <p>
        From 1954 to 1975 the Ben Hai River and the Hien Luong Bridge on the 17th parallel divided the country
        in two. The Vinh Moc tunnels, Route 9 – Khe Sanh, the 81 days and nights of the Citadel in 1972, and
        the Truong Son and Route 9 national cemeteries are known across Viet Nam. The province was
        re-established in 1989.
      </p>
      <p>
        On 1 July 2025, as part of the national reorganisation of administrative units, Quang Binh and Quang
        Tri provinces merged into a new Quang Tri Province reaching from the Ngang Pass to the borders of Hue
        City.
      </p>
      <h2>Culture and people</h2>
      <p>
        The Kinh people live here alongside the Van Kieu, Pa Ko and other ethnic groups, who keep a rich
        heritage of festivals, folk songs and crafts. The Reunification Festival on the banks of the Ben Hai
        and the “For Peace” Festival bring residents and visitors together around the hope for peace.
      </p>
      <p>
        The beaches of Cua Tung, Cua Viet and My Thuy, the Phong Nha – Ke Bang National Park (a UNESCO World
        Heritage site) and the many historical sites make the province a destination for heritage, nature and
        seaside travel.
      </p>
      <h2>Economy</h2>
      <p>
        On the East–West Economic Corridor, which links Myanmar, Thailand and Laos to the ports of central
        Viet Nam through National Road 9 and the Lao Bao international border gate, Quang Tri has natural
        advantages in trade and logistics. The province is developing the Southeast Quang Tri Economic Zone,
        renewable energy, commercial agriculture such as Khe Sanh coffee and pepper, and the marine economy,
        while pressing ahead with digital transformation and administrative reform to serve people and
        businesses better.
      </p>
    </>
  );
}
