// Xã Cao Minh (tỉnh Thái Nguyên), Kế hoạch thực hiện Nghị quyết số 57-NQ/TW năm 2026,
// ký ngày 30/01/2026.
//
// Source: the team folder, seeds/002_762771fd943ec2b0.txt, OCR text of the scanned signed plan.
// The OCR loses or mangles most diacritics; every string here was restored by hand to proper
// Vietnamese (NFC). Conventions:
// - Each row keeps its code (STT), unit, target, offices, output and deadline as printed.
//   Office names are kept AS WRITTEN in each row (hóa/hoá, hyphen '-' or en dash '–' where
//   the OCR shows '—', trailing 'xã', 'HĐND và UBND' / 'HĐND&UBND'); these variations are test
//   material for the office matcher. OCR 'hoa' is read as 'hóa', 'hoé'/'hod' as 'hoá'.
// - Phụ lục I codes carry a trailing dot as printed ('1.', '8.'); the import strips it. Where
//   the OCR puts the dot on the next line (as '"' or '.'), the dot is kept too.
// - Comments starting `// OCR:` record every code the OCR garbled and how it was corrected,
//   targets where the OCR shows '~' for '≥', and cells that are partly unreadable
//   (`// OCR: unclear …`: best reconstruction, check against the paper original).
// - The plan's number is illegible in the OCR ('Ké hoach 20 30/01/2026', 'Ké h@as BND');
//   it is written '…/KH-UBND'.
// - The plan reports yearly ("định kỳ hằng năm hoặc đột xuất") with no fixed date, so
//   reportDue is omitted.
import type { ExamplePlan } from './example-plan';

export const caoMinh2026: ExamplePlan = {
  id: 'cao-minh-2026',
  commune: 'Xã Cao Minh',
  province: 'Thái Nguyên',
  planNumber: '…/KH-UBND', // OCR: number illegible ('Ké hoach 20 30/01/2026', 'Ké h@as BND')
  planDate: '2026-01-30',
  title: 'Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị năm 2026 trên địa bàn xã Cao Minh',
  standingOffice: 'Phòng Văn hóa - Xã hội', // IV.1: "Phòng Văn hóa - Xã hội là cơ quan thường trực"

  indicatorTitle: [
    'Phụ lục I',
    'CÁC MỤC TIÊU CỤ THỂ', // OCR: 'C MUC TIEU CU THE' (first word cut off)
    '(Kèm theo Kế hoạch số …/KH-UBND ngày 30/01/2026 của Ủy ban nhân dân xã Cao Minh)', // OCR: 'Ké hoach 20 30/01/2026': number illegible
  ],
  indicators: [
    { section: 'I', title: 'Phát triển hạ tầng' },
    {
      stt: '1.',
      name: 'Tỷ lệ phủ sóng 5G trên dân số',
      unit: '%',
      target: '95',
      lead: 'Phòng Văn hoá – Xã hội',
    },
    {
      stt: '2.',
      name: 'Người sử dụng có khả năng truy cập băng thông rộng cố định với tốc độ trên 01 Gb/s', // OCR: 'voi tho 0 tren 01 Gbls'
      unit: '%', // OCR: unit and target are garbage ('LT e 7 ”'); '%' / '100' as Thống Nhất indicator 4 (same indicator)
      target: '100',
      lead: 'Phòng Văn hoá – Xã hội',
    },
    {
      stt: '3.',
      name: 'Hoàn thành xóa 5 điểm lõm sóng.',
      unit: 'điểm', // OCR: the unit and target columns read '5 100': a count of 5 points (100 = % of them); written as a count
      target: '5',
      lead: 'Phòng Văn hóa – Xã hội',
    },
    {
      stt: '4.',
      name: 'Xóa 02 thôn chưa có sóng',
      unit: 'thôn', // OCR: columns read '2 100': a count of 2 hamlets; written as a count
      target: '2',
      lead: 'Phòng Văn hoá – Xã hội',
    },
    {
      stt: '5.',
      name: 'Phấn đấu mỗi người dân trung bình có 02 kết nối IoT',
      unit: 'kết nối/người', // OCR: columns read '2 100': 2 connections per person; written as a count
      target: '2',
      lead: 'Phòng Văn hóa – Xã hội',
    },
    {
      stt: '6.',
      name: 'Bảo đảm hạ tầng internet cáp quang đến thôn, xóm.',
      unit: '%',
      target: '80',
      lead: 'Phòng Văn hóa – Xã hội',
    },
    {
      stt: '7.', // OCR: '7' with the dot on the next line as '"'
      name: 'Cán bộ cấp xã có máy tính đáp ứng cấu hình tối thiểu và có chữ ký số cá nhân để giải quyết công việc trên môi trường điện tử.',
      unit: '%', // OCR: 'o'
      target: '100',
      lead: 'Phòng Văn hoá – Xã hội',
    },
    {
      stt: '8.',
      name: 'Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử đạt trên',
      unit: '%',
      target: '66% đến 70%',
      lead: 'Công an xã, Phòng Văn hóa - Xã hội', // OCR: unclear: 'Congl:t:éx_&)?;llolgig Van': two lead offices
    },
    { section: 'II', title: 'Phát triển nguồn lực' },
    {
      stt: '9.',
      name: 'Tổng chi ngân sách địa phương chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số', // OCR: unclear: second line 'mé’iiémg tago b 8 ' & Nels'; 'và chuyển đổi số' reconstructed
      unit: '%',
      target: '1%', // as printed (no '≥' visible); a share of the budget
      lead: 'Phòng Kinh tế',
    },
    {
      stt: '10.',
      name: 'Cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số căn bản',
      unit: '%',
      target: '100',
      lead: 'Phòng Văn hóa – Xã hội',
    },
    {
      stt: '11.', // OCR: '1L'; between 10 and 12
      name: 'Cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành',
      unit: '%', // OCR: 'o'
      target: '100',
      lead: 'Phòng Văn hoá – Xã hội',
    },
    {
      stt: '12.', // OCR: '12' with the dot on the next line as '"'
      name: 'Dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông',
      unit: '%', // OCR: 'o' / '°'
      target: '95',
      lead: 'Các đơn vị thuộc UBND xã',
    },
    { section: 'III', title: 'Phát triển chuyển đổi số' }, // OCR: '11'
    {
      stt: '13.', // OCR: '13' with the dot on the next line
      name: 'Thủ tục hành chính liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doanh phải được thực hiện trực tuyến',
      unit: '%', // OCR: 'o' / '0'
      target: '100',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '14.',
      name: 'Giao dịch hành chính thuộc diện “phi tiếp xúc”',
      unit: '%',
      target: '70',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '15.',
      name: 'Hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa',
      unit: '%',
      target: '95',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '16.', // OCR: '16' with the dot on the next line as '"'
      name: 'Dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện',
      unit: '%', // OCR: 'o' / '°'
      target: '100',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '17.',
      name: 'Hồ sơ thủ tục hành chính xử lý trực tuyến',
      unit: '%',
      target: '100',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '18.',
      name: 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử',
      unit: '%',
      target: '100',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '19.', // OCR: '19' with the dot on the next line as '"'
      name: 'Duy trì tỷ lệ hài lòng của người dân, doanh nghiệp khi sử dụng dịch vụ công trực tuyến',
      unit: '%', // OCR: 'o' / '°'
      target: '≥98', // OCR: '~08': '~' is the OCR's '≥' (domain.md), '0' a misread 9
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '20.', // OCR: '20' with the dot on the next line as '"'
      name: 'Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công',
      unit: '%', // OCR: 'o' / '¢'
      target: '95', // OCR: 'g5': 'g' read as 9
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '21.', // OCR: 'o1' with the dot on the next line as '"'; between 20 and 22
      name: 'Hồ sơ công việc của hệ thống chính trị được xử lý trên môi trường điện tử',
      unit: '%', // OCR: 'o'
      target: '100',
      lead: 'Các đơn vị thuộc UBND xã',
    },
    {
      stt: '22.',
      name: 'Hồ sơ, tài liệu phát sinh mới được tạo lập và xử lý điện tử',
      unit: '%',
      target: '100',
      lead: 'Các đơn vị thuộc UBND xã',
    },
    {
      stt: '23.',
      name: 'Số hóa tài liệu lưu trữ của xã',
      unit: '%',
      target: '100', // OCR: unclear: 'oo'; read as 100 (leading 1 lost), like rows 21–22
      lead: 'Các đơn vị thuộc UBND xã',
    },
    {
      stt: '24.',
      name: 'Tỷ lệ khai thác, sử dụng lại thông tin dữ liệu số hóa',
      unit: '%',
      target: '90',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '25.', // OCR: '55' with the dot on the next line as '"'; between 24 and 26
      name: 'Phấn đấu cấp tài khoản định danh điện tử (VNeID) cho công dân có đủ điều kiện',
      unit: '%', // OCR: 'o' / '°'
      target: '100',
      lead: 'Công an xã',
    },
    { section: 'IV', title: 'Về an toàn, an ninh mạng' }, // OCR: 'VI'; follows III, and section VI would skip IV and V
    {
      stt: '26.',
      name: 'Hệ thống thông tin cơ quan đảm bảo ATTT theo cấp độ',
      unit: '%', // OCR: 'o'
      target: '100',
      // OCR: unclear: the lead cells of 26 and 27 read 'Phong Vin hoé — Xa hoi,' / 'Vién phong' / 'HPND&UBND xa'.
      // Read as two lead offices for 26 (the trailing comma introduces the second), with 'HĐND và UBND xã' completed;
      // 'HĐND&UBND xã' on the next line is 27's own lead.
      lead: 'Phòng Văn hoá – Xã hội, Văn phòng HĐND và UBND xã',
    },
    {
      stt: '27.',
      name: 'Hệ thống thông tin được triển khai giám sát an toàn, an ninh mạng và được kiểm tra, đánh giá thường xuyên',
      unit: '%', // OCR: '/o'
      target: '100',
      lead: 'Văn phòng HĐND&UBND xã', // OCR: 'HPND&UBND xa' ('Văn phòng' on the line above)
    },
    {
      stt: '28.', // OCR: ')3,'; next after 27
      name: 'Thiết bị đầu cuối (máy tính) được cài đặt giải pháp bảo vệ, phòng chống mã độc',
      unit: '%', // OCR: 'o,'
      target: '100',
      lead: 'Phòng Văn hoá – Xã hội',
    },
  ],

  taskTitle: [
    'Phụ lục II',
    'CÁC NHIỆM VỤ CẤP XÃ NĂM 2026', // OCR: 'C NHIEM VU CAP XA NAM 2026' (first word cut off)
    '(Kèm theo Kế hoạch số …/KH-UBND ngày 30/01/2026 của Ủy ban nhân dân xã Cao Minh)', // OCR: 'Ké h@as BND': number illegible
  ],
  tasks: [
    // The original Phụ lục II has no section rows; the import needs one, so all tasks sit
    // under this single section row (not printed in the plan).
    { section: 'I', title: 'Nhiệm vụ cấp xã năm 2026' },
    {
      stt: '1.',
      name: '(1)Rà soát, đo kiểm hiện trạng hạ tầng viễn thông; (2)xóa điểm lõm sóng, mở rộng vùng phủ sóng di động, internet băng rộng; (3)phối hợp doanh nghiệp viễn thông khảo sát, đề xuất lắp đặt trạm BTS trên địa bàn xã.',
      lead: 'Phòng Văn hóa - Xã hội xã',
      coordinating: 'Các doanh nghiệp viễn thông',
      output: 'Hoàn thành các nhiệm vụ (1), (2), (3) bảo đảm yêu cầu',
      deadline: 'Quý I và quý II năm 2026',
    },
    {
      stt: '2.', // OCR: no number; renumbered (original sequence 1., –, 2., 3., 4., 5., 6., 2)
      name: 'Rà soát, nâng cấp và bảo đảm điều kiện tối thiểu phục vụ chuyển đổi số:\n(1) Đường truyền và kết nối mạng ổn định, chữ ký số cá nhân;\n(2) Trang bị máy tính cấu hình tối thiểu và thiết bị làm việc thiết yếu;\n(3) Bố trí cán bộ phụ trách công nghệ thông tin, chuyển đổi số phù hợp với khối lượng công việc.',
      lead: 'Phòng Văn hóa - Xã hội; Văn phòng HĐND và UBND xã',
      coordinating: 'Các đơn vị thuộc UBND xã',
      output: 'Hoàn thành các nhiệm vụ (1), (2), (3) bảo đảm yêu cầu',
      deadline: 'Quý II năm 2026', // OCR: 'Quy 11' / 'nam 2026'
    },
    {
      stt: '3.', // OCR: '2.'; renumbered after the unnumbered row
      name: 'Tập huấn cho cán bộ, công chức, viên chức về ứng dụng công nghệ số, kỹ năng số.',
      lead: 'Phòng Văn hóa - Xã hội xã',
      coordinating: 'Các đơn vị thuộc UBND xã',
      output: '100% cán bộ, công chức, viên chức được tập huấn về ứng dụng công nghệ số, kỹ năng số',
      deadline: 'Quý II, quý III năm 2026', // OCR: 'Quy I1, quy' / 'III nam 2026'
    },
    {
      stt: '4.', // OCR: '3.'; renumbered
      name: 'Triển khai hệ thống phòng họp không giấy thông minh',
      lead: 'Văn phòng HĐND và UBND xã',
      coordinating: 'Các đơn vị thuộc UBND xã',
      output: 'Triển khai hệ thống phòng họp không giấy thông minh',
      deadline: 'Quý II năm 2026', // OCR: 'Quy 11'
    },
    {
      stt: '5.', // OCR: '4,'; renumbered
      name: 'Ứng dụng công nghệ, AI, IoT trong nông nghiệp (thí điểm 3 mô hình, sau đó nhân rộng): tưới tiêu thông minh, quản lý nguồn nước, phòng trừ sâu bệnh, quản lý dinh dưỡng trong đất; gắn với sản phẩm ở địa phương thì sẽ lựa chọn phạm vi và đề xuất.',
      lead: 'Phòng Kinh tế, Hạ tầng và Đô thị xã',
      coordinating: 'Các đơn vị thuộc UBND xã',
      output: 'Hoàn thành thí điểm 3 mô hình tại địa phương về ứng dụng AI IoT trong nông nghiệp',
      deadline: 'Quý III năm 2026', // OCR: 'Quy 111'
    },
    {
      stt: '6.', // OCR: '5.'; renumbered
      name: 'Xây dựng chuỗi cung ứng thông minh cho các sản phẩm OCOP (tối ưu hóa chi phí, chất lượng, truy xuất nguồn gốc).',
      lead: 'Phòng Kinh tế, Hạ tầng và Đô thị xã',
      coordinating: 'Các cơ quan, đơn vị liên quan',
      output: 'Xây dựng thành công chuỗi cung ứng thông minh cho các sản phẩm OCOP từ 4 sao trở lên',
      deadline: 'Quý III năm 2026', // OCR: 'Quy 111'
    },
    {
      stt: '7.', // OCR: '6.'; renumbered
      name: 'Đầu tư, nâng cấp hệ thống trang thiết bị cho Trung tâm hành chính công xã',
      lead: 'Trung tâm Phục vụ hành chính công; Phòng Kinh tế, Hạ tầng và Đô thị xã',
      coordinating: 'Các cơ quan, đơn vị liên quan',
      output: 'Trung tâm phục vụ hành chính công được đầu tư, nâng cấp trang thiết bị đảm bảo chất lượng phục vụ tiếp nhận và giải quyết TTHC',
      deadline: 'Quý II năm 2026', // OCR: 'Quy Il'
    },
    {
      stt: '8.', // OCR: '2' (no dot); renumbered, last row
      name: 'Triển khai các biện pháp bảo đảm an toàn thông tin, an ninh mạng cho hệ thống thông tin và thiết bị đầu cuối của UBND xã.',
      lead: 'Phòng Văn hóa – Xã hội',
      coordinating:
        'Văn phòng HĐND và UBND xã; Công an xã; Các đơn vị thuộc UBND xã; doanh nghiệp cung cấp dịch vụ công nghệ thông tin (nếu có)',
      output:
        'Hệ thống thông tin của UBND xã được rà soát, phân loại và bảo đảm an toàn thông tin theo cấp độ theo quy định;\nTriển khai giám sát an toàn, an ninh mạng đối với các hệ thống thông tin; tổ chức kiểm tra, đánh giá định kỳ hoặc đột xuất;\n100% thiết bị đầu cuối (máy tính) của cán bộ, công chức được cài đặt giải pháp bảo vệ, phòng chống mã độc;\nNâng cao nhận thức, trách nhiệm của cán bộ, công chức trong công tác bảo đảm an toàn thông tin, an ninh mạng.',
      deadline: 'Quý II – Quý IV năm 2026', // OCR: 'Quy Il — Quy' / 'IV nam 2026'
    },
  ],
};
