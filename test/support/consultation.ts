/** A draft as agencies paste it: a preamble, two chapters, three articles, clauses in two of them. */
export const sampleDraftText = `QUYẾT ĐỊNH
Ban hành Quy định quản lý chợ trên địa bàn tỉnh Quảng Trị

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định về quản lý chợ.
Điều 2. Đối tượng áp dụng
1. Ban quản lý chợ.
2. Thương nhân kinh doanh tại chợ.

Chương II
TỔ CHỨC QUẢN LÝ
Điều 3. Nội quy chợ
1. Mỗi chợ có nội quy.
2. Nội quy được niêm yết tại cổng chợ.`;
