// Xã Thống Nhất (tỉnh Đồng Nai), Kế hoạch số 4888/KH-UBND ngày 18/11/2025.
//
// Source: the team folder, seeds/000_19b6de97ab9691e4.txt, OCR text of the scanned signed plan.
// The OCR loses or mangles most diacritics; every string here was restored by hand to proper
// Vietnamese (NFC). Conventions:
// - Each row keeps its code (STT), unit, target, offices, output and deadline as printed.
//   Office names are kept AS WRITTEN in each row (hóa/hoá, hyphen '-' or en dash '–' where
//   the OCR shows '—', trailing 'xã', 'Trạm Y tế xã' / 'Trạm y tế', 'ban,đơn vị' without a
//   space where the OCR shows it repeatedly); these variations are test material for the
//   office matcher. OCR 'hoa'/'héa' is read as 'hóa', 'hoé'/'hod' as 'hoá'.
// - Comments starting `// OCR:` record every code the OCR garbled and how it was corrected,
//   targets where the OCR shows '>' or '~' for '≥', and cells that are partly unreadable
//   (`// OCR: unclear …`: best reconstruction, check against the paper original).
// - '>' directly followed by a space and a number is read as a misprinted '≥' (the intent is
//   "at least"); '>N' with no space is kept as printed ('more than'), with a comment.
// - Phụ lục I jumps from section I to section III: the original does so; kept.
import type { ExamplePlan } from './example-plan';

export const thongNhat4888: ExamplePlan = {
  id: 'thong-nhat-4888',
  commune: 'Xã Thống Nhất',
  province: 'Đồng Nai',
  planNumber: '4888/KH-UBND',
  planDate: '2025-11-18',
  title:
    'Triển khai Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh Đồng Nai về sửa đổi bổ sung cập nhật kế hoạch của UBND tỉnh triển khai thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Kế hoạch hành động số 469-KH/TU ngày 16/5/2025 của Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về “đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia” trên địa bàn xã Thống Nhất',
  standingOffice: 'Phòng Văn hóa - Xã hội', // IV.1: "(qua Phòng Văn hóa - Xã hội) để tổng hợp"
  // IV.1: "định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 05/12) báo cáo kết quả"
  reportDue: { halfYear: '10/06', year: '05/12' },

  indicatorTitle: [
    'PHỤ LỤC I',
    'DANH MỤC CÁC CHỈ TIÊU CỤ THỂ',
    '(Kèm theo Kế hoạch số 4888/KH-UBND ngày 18/11/2025 của UBND xã Thống Nhất)', // OCR: 'số:43888KH-UBND', read as the plan's own number 4888/KH-UBND
  ],
  indicators: [
    { section: 'I', title: 'Đến năm 2030' },
    {
      stt: '1',
      name: 'Tiềm lực, trình độ khoa học, công nghệ và đổi mới, sáng tạo',
      unit: 'Thứ bậc',
      target: 'Phát triển đạt mức khá so với các địa phương trong tỉnh', // OCR: 'Phat trién dat murc so \jO‘l cac dia phuong trong tinh' has no word for 'khá'; restored as quoted in domain.md — check the original
      lead: 'Phòng Văn hóa - Xã hội',
    },
    {
      stt: '2', // OCR: '»'; the group heading above 2.1 … 2.10
      name: 'Thực hiện TTHC, DVC và chỉ đạo điều hành, quản trị nội bộ trên môi trường điện tử',
      unit: '',
      target: '',
      lead: '',
    },
    {
      stt: '2.1', // OCR: '71' (the row's text is garbled: ';Iclhslrlg(illl_ilgs dich vu cong truc tuyén cua nguoi dan va'); first row after heading 2
      name: 'Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp', // OCR: unclear start ('Tỉ lệ sử dụng') and end ('doanh nghiệp' not visible)
      unit: '%', // OCR: 'o,'
      target: '≥ 80', // OCR: '> 80' ('>' then space): read as '≥'
      lead: 'Phòng Văn hóa - Xã hội xã',
    },
    {
      stt: '2.2', // OCR: '55'; next after 2.1, before 2.3
      name: 'Tỉ lệ cung cấp DVCTT toàn trình trên tổng số TTHC có đủ điều kiện',
      unit: '%', // OCR: 'Y'
      target: '100',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '2.3',
      name: 'Tỉ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
      unit: '%',
      target: '100',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '2.4',
      name: 'Tỉ lệ cấp kết quả giải quyết TTHC điện tử',
      unit: '%', // OCR: 'Yo'
      target: '100',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '2.5', // OCR: ')35'; between 2.4 and 2.6
      name: 'Tỉ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa trong giải quyết TTHC, DVC',
      unit: '%', // OCR: 'o'
      target: '≥ 20', // OCR: '~ 20': '~' is the OCR's '≥' (domain.md); the number may be a misread 90 (Cao Minh 24 has 90) — check the original
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '2.6',
      name: 'Tỉ lệ thanh toán trực tuyến trong giải quyết TTHC, DVC',
      unit: '%',
      target: '>80', // OCR: '>80' with no space: kept as printed; may be a '≥80' in the original
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '2.7',
      name: 'Tỉ lệ TTHC được tiếp nhận, giải quyết phi địa giới hành chính giữa trung ương và tỉnh, giữa các cấp chính quyền',
      unit: '%',
      target: '100',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '2.8',
      name: 'Tỉ lệ xử lý văn bản, hồ sơ công việc toàn trình trên môi trường điện tử của các phòng chuyên môn, trung tâm thuộc UBND xã',
      unit: '%',
      target: '100',
      lead: 'VP. HĐND-UBND',
    },
    {
      stt: '2.9',
      name: 'Tỉ lệ nhiệm vụ được theo dõi, quản lý, giám sát của các phòng chuyên môn, trung tâm thực hiện trên môi trường điện tử',
      unit: '%', // OCR: 'Z'
      target: '100',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '2.10', // string '2.10', never '2.1'
      name: 'Tỉ lệ các phòng chuyên môn, trung tâm thuộc UBND xã thực hiện chỉ đạo, điều hành, quản trị nội bộ trên môi trường điện tử',
      unit: '%',
      target: '100',
      lead: 'Trung tâm Phục vụ hành chính công',
    },
    {
      stt: '3',
      name: 'Bố trí ngân sách bảo đảm cho phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, đáp ứng yêu cầu phát triển và tăng dần theo yêu cầu phát triển của xã',
      unit: '%',
      target: '>2', // OCR: '>2' with no space: kept as printed; may be a '≥2' in the original
      lead: 'Phòng Kinh tế',
    },
    {
      stt: '4',
      name: 'Tỉ lệ người sử dụng cuối có khả năng truy nhập băng thông cố định với tốc độ trên 1Gbps',
      unit: '%', // OCR: '/o'
      target: '100',
      lead: 'Phòng Văn hóa – Xã hội xã',
    },
    {
      stt: '5',
      name: 'Tỉ lệ phủ sóng 5G trên địa bàn',
      unit: '% dân số',
      target: '90',
      lead: 'Phòng Văn hóa - Xã hội',
    },
    {
      stt: '6',
      name: 'Tỉ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân',
      unit: '%', // OCR: 'o'
      target: '≥ 50', // OCR: '> 50' ('>' then space): read as '≥'
      lead: 'Phòng Văn hóa - Xã hội',
    },
    {
      stt: '7',
      name: 'Tỉ lệ người dân có sổ sức khoẻ điện tử',
      unit: '%',
      target: '≥ 95', // OCR: '> 95' ('>' then space): read as '≥'
      lead: 'Trạm Y tế xã',
    },
    {
      stt: '8', // OCR: ']'; between 7 and 9
      name: 'Đảm bảo an toàn, an ninh không gian mạng, an ninh dữ liệu và bảo vệ dữ liệu',
      unit: '%', // OCR: 'o' / '0'
      target:
        '100% hệ thống thông tin trên địa bàn xã đạt cấp độ an toàn thông tin và triển khai đầy đủ các phương án đảm bảo theo cấp độ',
      lead: 'Công an xã',
    },
    {
      stt: '9', // OCR: '?'; between 8 and 10
      name: 'Các trường trên địa bàn xã từ cấp tiểu học trở lên có tổ chức các môn học giáo dục STEM và kỹ năng số',
      unit: '%', // OCR: '/o'
      target: '100',
      lead: 'Phòng Văn hóa - Xã hội',
    },
    {
      stt: '10',
      name: 'Tỉ lệ người dân được tiếp cận thông tin y tế, sức khoẻ và khám chữa bệnh từ xa', // OCR: unclear: start garbled ('I;Iéglgloiﬁd)a(l:'), line ends at 'kham'; 'Tỉ lệ người dân' and 'chữa bệnh từ xa' reconstructed
      unit: '%', // OCR: 'o,'
      target: '≥ 90', // OCR: '> 90' ('>' then space): read as '≥'
      lead: 'Trạm y tế',
    },
    {
      stt: '11', // OCR: '1'; between 10 and 12
      name: 'Tỷ lệ cán bộ có chuyên môn, kinh nghiệm về khoa học kỹ thuật trong đội ngũ lãnh đạo từng cơ quan, đơn vị',
      unit: '%', // OCR: 'o,'
      target: '≥ 25', // OCR: '> 25' ('>' then space): read as '≥'
      lead: 'Phòng Văn hoá – Xã hội',
    },
    {
      stt: '12',
      name: 'Tỷ lệ cán bộ, công chức cấp xã sử dụng thành thạo các phần mềm nghiệp vụ, dịch vụ công trực tuyến và công cụ làm việc trên môi trường số',
      unit: '%',
      target: '>90', // OCR: '>90' with no space: kept as printed; may be a '≥90' in the original
      lead: 'Phòng Văn hóa – Xã hội',
    },
    { section: 'III', title: 'Đến năm 2045' }, // the original jumps from I to III; kept
    {
      stt: '1',
      name: 'Thu hút doanh nghiệp nhỏ và vừa trong lĩnh vực công nghệ và dịch vụ số đầu tư, hợp tác tại địa phương đóng góp vào giá trị kinh tế số của xã',
      unit: '%',
      target: '>40', // OCR: '>40' with no space: kept as printed; may be a '≥40' in the original
      lead: 'Phòng Kinh tế',
    },
    {
      stt: '2',
      name: 'Quy mô kinh tế số',
      unit: '%GRDP',
      target: '>30', // OCR: '>30' with no space: kept as printed; may be a '≥30' in the original
      lead: 'Phòng Kinh tế',
    },
  ],

  taskTitle: [
    'PHỤ LỤC II',
    'DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI',
    '(Kèm theo Kế hoạch số 4888/KH-UBND ngày 18/11/2025 của UBND xã Thống Nhất)',
  ],
  tasks: [
    {
      section: 'I', // OCR: the first section row shows no numeral; it is I (the next is II)
      title:
        'Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
    },
    {
      stt: '1',
      name: 'Xây dựng kế hoạch tuyên truyền thường xuyên, sâu rộng về nội dung Nghị quyết số 57- NQ/TW, Nghị quyết số 71/NQ-CP, Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh theo hướng đa dạng hóa các hình thức tuyên truyền. Cụ thể hóa nội dung tuyên truyền cho từng nhóm đối tượng người dân, doanh nghiệp, chính quyền các cấp về các quan điểm chỉ đạo về phát triển khoa học, công nghệ, đổi mới, sáng tạo và chuyển đổi số quốc gia; các mục tiêu cụ thể đến năm 2030 tầm nhìn đến năm 2045; các nhiệm vụ giải pháp để đột phá phát triển khoa học, công nghệ, đổi mới, sáng tạo và chuyển đổi số.', // OCR: shows 'về phát triển phát triển khoa học' (word repeated at a line end); written once
      lead: 'Phòng Văn hóa - Xã hội, Trung tâm Dịch vụ Tổng hợp',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Các chương trình, kế hoạch tuyên truyền',
      deadline: 'Thường xuyên',
    },
    {
      stt: '2',
      name: 'Xây dựng chương trình chuyên biệt về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên Đài phát thanh xã, và mạng xã hội.',
      lead: 'Trung tâm Dịch vụ tổng hợp',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Chuyên mục',
      deadline: 'Thường xuyên',
    },
    {
      stt: '3',
      name: 'Triển khai chương trình, kế hoạch của tỉnh về phát động phong trào học tập trên các nền tảng số để trở thành phong trào “học tập số” thường xuyên, liên tục, phổ cập, nâng cao kiến thức về khoa học, công nghệ, đổi mới sáng tạo, kỹ năng số, công nghệ số cơ bản trong cán bộ, công chức và Nhân dân.',
      lead: 'Phòng Văn hóa - Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Kế hoạch\nCông văn', // two lines in the cell
      deadline: 'Thường xuyên',
    },
    {
      stt: '4',
      name: 'Phát huy vai trò, trách nhiệm người đứng đầu các cơ quan, đơn vị trong việc triển khai, thực hiện các nhiệm vụ về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Cụ thể hóa nhiệm vụ chuyển đổi số, phát triển khoa học, công nghệ, đổi mới sáng tạo trong chương trình, kế hoạch công tác hằng năm của cơ quan, tổ chức, đơn vị.',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: '', // empty in the original
      output: '', // empty in the original
      deadline: 'Thường xuyên',
    },
    {
      stt: '5',
      name: 'Cụ thể hóa nhiệm vụ chuyển đổi số, phát triển khoa học, công nghệ, đổi mới sáng tạo được xác định cụ thể trong chương trình, kế hoạch công tác hằng năm của cơ quan, đơn vị; đưa ra lộ trình thực hiện và bám sát các mục tiêu Kế hoạch đề ra',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: '', // empty in the original
      output: 'Chương trình/ kế hoạch công tác cả năm của Phòng, ban đơn vị trên địa bàn xã', // 'cả năm' is in the output cell; the deadline cell reads 'Thường xuyên'
      deadline: 'Thường xuyên',
    },
    {
      stt: '6',
      name: 'Hoàn thành xây dựng, cập nhật điều chỉnh kế hoạch hành động triển khai kế hoạch của UBND xã về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      lead: 'Phòng Văn hóa – Xã hội',
      coordinating: '',
      output: 'Kế hoạch được ban hành',
      deadline: 'Tháng 10/2025',
    },
    {
      stt: '7',
      name: 'Tham gia các chương trình đào tạo, bồi dưỡng cho cán bộ, công chức, viên chức kiến thức về khoa học, công nghệ, đổi mới sáng tạo, kỹ năng số, công nghệ số cơ bản phục vụ chuyển đổi số',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: 'Phòng Văn hóa - Xã hội, Trung tâm Dịch vụ Tổng hợp',
      output: 'Đào tạo, bồi dưỡng cho cán bộ, công chức, viên chức',
      deadline: 'Thường xuyên',
    },
    {
      stt: '8',
      name: 'Phấn đấu bố trí tỷ lệ phù hợp cán bộ có chuyên môn, kinh nghiệm về khoa học kỹ thuật trong đội ngũ lãnh đạo cơ quan, đơn vị nhà nước.',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: 'Phòng Văn hóa - Xã hội',
      output: 'Có tỷ lệ phù hợp cán bộ có chuyên môn về khoa học kỹ thuật trong đội ngũ lãnh đạo',
      deadline: 'Hằng năm',
    },

    {
      section: 'II', // OCR: 'I' (a second I); follows I, precedes III
      title:
        'Triển khai thực hiện các chính sách, quy định pháp luật mới và đưa ra các chính sách hỗ trợ của tỉnh để tạo lợi thế cạnh tranh trong phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    },
    {
      stt: '1',
      name: 'Triển khai có hiệu quả các Luật, nghị định, quy định, chính sách, đề án, dự án của Quốc hội, Chính phủ, các Bộ, ngành trung ương sửa đổi, bổ sung, đặc biệt là các quy định để tháo gỡ các điểm nghẽn, rào cản về thể chế, chính sách trong phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: 'VP. HĐND-UBND xã, Các phòng, ban, đơn vị trên địa bàn xã', // OCR: unclear: 'VP. HDND-UBND x4, | (Cge phong, ban, don vi | trén dia ban xa'
      output: 'VP HĐND-UBND xã tổng hợp, báo cáo, đề xuất',
      deadline: 'Thường xuyên',
    },
    {
      stt: '2',
      name: 'Triển khai các quy định pháp luật về khoa học, công nghệ, đầu tư, đầu tư công, mua sắm công, mua sắm thường xuyên, ngân sách nhà nước, tài sản công, sở hữu trí tuệ, thuế...',
      lead: 'VP. HĐND-UBND xã',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Các văn bản QPPL/văn bản hướng dẫn',
      deadline: 'Thường xuyên',
    },
    {
      stt: '3',
      name: 'Triển khai cơ chế đặc thù về đầu tư, đầu tư công, mua sắm công các sản phẩm, dịch vụ số để đẩy nhanh chuyển đổi số',
      lead: 'Phòng Kinh tế',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Văn bản triển khai, hướng dẫn',
      deadline: 'Năm 2025',
    },
    {
      stt: '4',
      name: 'Triển khai chương trình thúc đẩy liên kết 3 nhà (nhà trường – nhà nước – doanh nghiệp) về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      lead: 'Phòng Văn hóa - Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Kế hoạch, báo cáo',
      deadline: 'Hằng năm',
    },
    {
      stt: '5',
      name: 'Thực hiện các biện pháp, giải pháp linh hoạt sáng tạo, hiệu quả cho phép sử dụng các giấy tờ điện tử tích hợp trên tài khoản định danh điện tử thay thế với giấy tờ giấy khi thực hiện các thủ tục hành chính; cắt giảm các thành phần hồ sơ khi dữ liệu đã được số hóa',
      lead: 'Phòng, ban chuyên môn, trung tâm, đơn vị trên địa bàn xã',
      coordinating: '', // OCR: unclear: only '-+' in this cell; taken as empty
      output: 'Các biện pháp, giải pháp cụ thể',
      deadline: 'Thường xuyên',
    },

    {
      section: 'III', // OCR: 'Il'
      title: 'Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số',
    },
    {
      stt: '1',
      name: 'Tổ chức ứng dụng trí tuệ nhân tạo dựa trên dữ liệu lớn trong các ngành, lĩnh vực quan trọng trên địa bàn xã',
      lead: 'Phòng, ban chuyên môn, trung tâm, đơn vị trên địa bàn xã', // OCR: unclear: 'L 0ONS ban chuyén | mon, trung tam, don | vi trén dia ban xa' (same cell as II.5)
      coordinating: 'Phòng Văn hóa – Xã hội xã', // OCR: unclear: 'b 0 snhéa— Xa | hoi xa'
      output: 'Trí tuệ nhân tạo được ứng dụng',
      deadline: 'Thường xuyên',
    },
    {
      stt: '2', // OCR: ')'; between 1 and 3
      name: 'Triển khai các nền tảng số quốc gia, nền tảng số dùng chung của ngành, lĩnh vực, vùng theo danh mục đã được ban hành bảo đảm hoạt động thống nhất, liên thông của các ngành, lĩnh vực trên môi trường số',
      lead: 'Phòng Văn hóa - Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Sử dụng các nền tảng số trong xử lý công việc', // OCR: unclear: 'St dune cée nén | t4n S 5 gt;ron K | ESOTONISXUY | cong viée'
      deadline: 'Tháng 12/2025', // OCR: 'Thang 122025'
    },
    {
      stt: '3',
      name: 'Triển khai Chương trình phát triển kinh tế số, xã hội số',
      lead: 'Phòng Văn hóa – Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Kế hoạch của UBND xã',
      deadline: 'Tháng 11/2025', // OCR: unclear: shows only 'Théng 11'; year 2025 assumed (as in row 5)
    },
    {
      stt: '4',
      name: 'Triển khai các nền tảng dùng chung đảm bảo hiệu quả, tối ưu nguồn lực. Ưu tiên triển khai các nền tảng dùng chung cho các cơ quan, nền tảng số an toàn phục vụ người dân doanh nghiệp',
      lead: 'Phòng Văn hóa - Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Hoàn thành các nền tảng số',
      deadline: 'Tháng 12/2025 và các năm tiếp theo',
    },
    {
      stt: '5',
      name: 'Xây dựng ban hành kế hoạch phát triển hạ tầng số trên địa bàn xã',
      lead: 'Phòng Văn hóa - Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Kế hoạch',
      deadline: 'Tháng 11/2025',
    },
    {
      stt: '6',
      name: 'Tăng cường phủ sóng internet tốc độ cao, mở rộng vùng phủ sóng 4G/5G tại các khu dân cư, trường học, trạm y tế, UBND xã.',
      lead: 'Phòng Văn hóa - Xã hội',
      coordinating: 'Các doanh nghiệp viễn thông',
      output: '',
      deadline: 'Thường xuyên',
    },
    {
      stt: '7',
      name: 'Triển khai ứng dụng các nền tảng số quốc gia; xây dựng, ban hành danh mục và triển khai các nền tảng số dùng chung của xã, ngành, lĩnh vực bảo đảm hoạt động thống nhất, liên thông của các ngành, lĩnh vực trên môi trường số.',
      lead: 'Phòng Văn hóa - Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: '',
      deadline: '12/2025', // OCR: '122025' with no 'Tháng' visible (row 2 shows 'Thang 122025'); kept as '12/2025'
    },
    {
      stt: '8', // OCR: 'g'; between 7 and 9
      name: 'Hoàn thành và đưa vào khai thác sử dụng có hiệu quả các cơ sở dữ liệu quốc gia; cơ sở dữ liệu dùng chung theo danh mục đã ban hành của tỉnh để phát triển kinh tế - xã hội.',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: 'Công an xã, Phòng Văn hóa - Xã hội',
      output: 'Các cơ sở dữ liệu dùng chung',
      deadline: 'Tháng 6/2026',
    },
    {
      stt: '9',
      name: 'Hoàn thành kết nối, khai thác, chia sẻ hiệu quả dữ liệu; triển khai các sáng kiến mở dữ liệu.',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: 'Công an xã, Phòng Văn hóa - Xã hội',
      output: 'Hoàn thành kết nối',
      deadline: 'Tháng 9/2026',
    },
    {
      stt: '10',
      name: 'Phối hợp thúc đẩy, phát triển một số ngành, lĩnh vực ứng dụng công nghiệp Internet vạn vật (IoT) như sản xuất, thương mại, năng lượng, nông nghiệp, giao thông, y tế,....',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: '',
      output: '',
      deadline: 'Thường xuyên',
    },
    {
      stt: '11', // OCR: '1'; between 10 and 12
      name: 'Tổ chức ứng dụng trí tuệ nhân tạo dựa trên dữ liệu lớn trong các ngành, lĩnh vực quan trọng trên địa bàn xã.',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: '',
      output: '',
      deadline: 'Thường xuyên',
    },
    {
      stt: '12',
      name: 'Đảm bảo hạ tầng phục vụ cho khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số ngành y tế trên địa bàn xã',
      lead: 'Trạm Y tế xã',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Hạ tầng số ngành y tế được đảm bảo',
      deadline: 'Năm 2025 và những năm tiếp theo',
    },

    {
      section: 'IV', // OCR: 'v'
      title:
        'Phát triển, trọng dụng nhân lực chất lượng cao, nhân tài đáp ứng yêu cầu phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số',
    },
    {
      stt: '1',
      name: 'Tiếp tục triển khai các nội dung của Nghị quyết số 45-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong tình hình mới.',
      lead: 'Phòng Văn hóa - Xã hội; Các cơ sở giáo dục trên địa bàn xã',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Kế hoạch',
      deadline: 'Tháng 10/2025',
    },
    {
      stt: '2',
      name: 'Thực hiện đồng bộ các giải pháp tăng cường giáo dục và hướng nghiệp STEM (STEM: Science (Khoa học), Technology (Công nghệ), Engineering (Kỹ thuật) và Mathematics (Toán học)), thu hút học sinh giỏi theo học các ngành STEM. Xây dựng và triển khai các chính sách phát hiện và bồi dưỡng tài năng STEM.',
      lead: 'Phòng Văn hoá – Xã hội; Các cơ sở giáo dục trên địa bàn xã',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Các chính sách',
      deadline: 'Thường xuyên',
    },
    {
      stt: '3',
      name: 'Triển khai thực hiện các chính sách đặc thù thu hút, tuyển dụng, đãi ngộ nhân lực có trình độ cao về khoa học, công nghệ và chuyển đổi số, lực lượng chuyên trách bảo đảm an toàn, an ninh mạng làm việc tại các cơ quan nhà nước, đảm bảo đủ về số lượng, chất lượng, phù hợp nhu cầu',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: 'Phòng Văn hóa - Xã hội',
      output: '',
      deadline: 'Thường xuyên',
    },
    {
      stt: '4',
      name: 'Kế hoạch đầu tư, đổi mới, nâng cao chất lượng giáo dục và đào tạo đáp ứng yêu cầu phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      lead: 'Phòng Văn hóa - Xã hội',
      coordinating: 'Các phòng, ban, đơn vị; Các cơ sở giáo dục trên địa bàn xã',
      output: 'Kế hoạch',
      deadline: 'Tháng 10/2025',
    },

    {
      section: 'V', // OCR: 'vV'
      title:
        'Đẩy mạnh chuyển đổi số, ứng dụng khoa học công nghệ, đổi mới sáng tạo trong hoạt động của các cơ quan trong hệ thống chính trị; nâng cao hiệu quả quản trị quốc gia, hiệu lực quản lý nhà nước trên các lĩnh vực, bảo đảm quốc phòng và an ninh',
    },
    {
      stt: '1',
      name: 'Triển khai chương trình/đề án phát triển chính quyền số',
      lead: 'Phòng Văn hóa - Xã hội',
      coordinating: 'Các phòng, ban,đơn vị trên địa bàn xã',
      output: 'Văn bản triển khai',
      deadline: 'Tháng 10/2025',
    },
    {
      stt: '2',
      name: 'Triển khai kế hoạch nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình; cung cấp dịch vụ số mới được cá nhân hoá, dựa trên dữ liệu cho người dân, doanh nghiệp',
      lead: 'Trung tâm Phục vụ Hành chính công',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Kế hoạch',
      deadline: 'Tháng 9/2025',
    },
    {
      stt: '3',
      name: 'Triển khai kế hoạch để mọi người dân có danh tính số, phương tiện số, kỹ năng số và tài khoản số, hình thành công dân số', // OCR: unclear: first line garbled ('Lrien khalA ke Ah Oafh Eie fhaL ngwol danw c0 fl an1‘1 tinh S5'); restored after row 11
      lead: 'Phòng Văn hóa - Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Kế hoạch',
      deadline: 'Hằng năm',
    },
    {
      stt: '4',
      name: 'Triển khai kế hoạch cung cấp dịch vụ công phi địa giới, toàn trình trên địa bàn xã',
      lead: 'VP HĐND - UBND, Trung tâm Phục vụ Hành chính công', // OCR: unclear: 'VPHDND - UBND' / 'Ph' / 'Trung tam Phyc vy' / 'Hanh chinh cong'; separator between the two offices not visible
      coordinating: 'Các phòng, ban,đơn vị trên địa bàn xã',
      output: 'Văn bản triển khai',
      deadline: 'Quý III/2025', // OCR: 'Quy 111/2025'
    },
    {
      stt: '5',
      name: 'Phối hợp triển khai Nghị quyết của Chính phủ về Chương trình cắt giảm đơn giản hóa thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh năm 2025, 2026',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: 'Trung tâm phục vụ Hành chính công',
      output: '',
      deadline: 'Thường xuyên',
    },
    {
      stt: '6',
      name: 'Triển khai kế hoạch phát triển hạ tầng vật lý số, hạ tầng tiện ích số và công nghệ số như dịch vụ cho chuyển đổi số, trọng tâm là các nền tảng dùng chung cho nhiều lĩnh vực kinh tế - xã hội, tích hợp cảm biến, ứng dụng công nghệ số vào hạ tầng thiết bị phục vụ các hoạt động thiết yếu của xã hội trên môi trường số',
      lead: 'Phòng Văn hóa - Xã hội; Trung tâm phục vụ Hành chính công',
      coordinating: 'Các phòng, ban,đơn vị trên địa bàn xã',
      output: 'Văn bản triển khai',
      deadline: 'Quý I/2026', // OCR: 'Quy 1/2026'
    },
    {
      stt: '7',
      name: 'Đảm bảo an toàn thông tin, an ninh mạng, an ninh dữ liệu xuyên suốt trong quá trình chuyển đổi số, ứng dụng khoa học, công nghệ, đổi mới sáng tạo',
      lead: 'Công an xã',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'An toàn thông tin được đảm bảo',
      deadline: 'Thường xuyên',
    },
    {
      stt: '8',
      name: 'Tham gia kế hoạch/chương trình đào tạo chuyên sâu về an toàn thông tin mạng cho cán bộ chuyên trách về công nghệ thông tin; phát triển nguồn nhân lực chất lượng cao về an toàn thông tin mạng; nâng cao năng lực hoạt động của các lực lượng quốc gia về đảm bảo an toàn, an ninh mạng',
      lead: 'Công an xã',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: '',
      deadline: 'Quý I/2026', // OCR: 'Quy 1/2026'
    },
    {
      stt: '9',
      name: 'Phối hợp triển khai chữ ký số cho CBCCVC trong cơ quan nhà nước và đơn vị trực thuộc',
      lead: 'Phòng Văn hoá – Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: '',
      deadline: 'Thường xuyên',
    },
    {
      stt: '10',
      name: 'Phối hợp triển khai chữ ký số cho người dân ở độ tuổi trưởng thành',
      lead: 'Phòng Văn hoá – Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: '',
      deadline: 'Thường xuyên',
    },
    {
      stt: '11', // OCR: no number; next after 10. The section has 18 rows while the printed 12–17 follow intact, so the original itself does not number them 1–18 (this row unnumbered, or 11 printed twice)
      name: 'Xây dựng kế hoạch để mọi người dân có danh tính số phương tiện số, kỹ năng số và tài khoản số hình thành công dân số.',
      lead: 'Phòng Văn hóa – Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: '',
      deadline: 'Hằng năm',
    },
    {
      stt: '11', // OCR: '1', read as 11 (before the printed 12). Repeats the previous row's 11: the original has one number too few here (see above); kept, not renumbered
      name: 'Mỗi cơ quan, đơn vị phải đảm bảo bộ dữ liệu của mình “đúng, đủ, sạch, sống”',
      lead: 'Các phòng, ban, đơn vị trên địa bàn xã',
      coordinating: 'Phòng Văn hóa – Xã hội',
      output: 'Dữ liệu “đúng, đủ, sạch, sống”',
      deadline: 'Thường xuyên',
    },
    {
      stt: '12',
      name: 'Đầu tư triển khai ứng dụng trí tuệ nhân tạo hẹp (Artificial Narrow Intelligence-ANI) phục vụ các nhiệm vụ quản lý nhà nước',
      lead: 'Phòng Văn hoá – Xã hội',
      coordinating: 'Các phòng, ban,đơn vị trên địa bàn xã',
      output: 'Trí tuệ nhân tạo hẹp được ứng dụng phục vụ QLNN',
      deadline: 'Thường xuyên',
    },
    {
      stt: '13',
      name: 'Phối hợp đảm bảo an toàn, an ninh mạng trên nền tảng số và không gian mạng, an ninh, an toàn dữ liệu hợp pháp của tổ chức, cá nhân, doanh nghiệp và chủ quyền an ninh dữ liệu quốc gia',
      lead: 'Công an xã',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'An toàn thông tin được đảm bảo',
      deadline: 'Thường xuyên',
    },
    {
      stt: '14',
      name: 'Số hóa dữ liệu, khai thác ứng dụng cắt giảm thủ tục hành chính, không phụ thuộc các ngành, trọng tâm là lĩnh vực tư pháp, giáo dục, y tế, đất đai', // OCR: unclear: 'khong phu thupc géc nganh' read as 'không phụ thuộc các ngành'
      lead: 'Trung tâm Phục vụ Hành chính công', // OCR: unclear: only 'Hz‘m%l chinlt)l cbn' (Hành chính công) is legible
      coordinating: 'Các đơn vị lĩnh vực tư pháp, giáo dục, y tế, đất đai', // OCR: unclear: 'g én d%; bér; <3 : \S'IC tu p;' / 'uc, y tc, dat dat'
      output: 'Dữ liệu được tạo lập, số hóa', // OCR: unclear: 'DE héuﬁ’?"' / 'dugc tao 1ap, s6' / 'hoa'
      deadline: '2025 và những năm tiếp theo', // OCR: 'finh 1 5025 va' / 'nhf;ng nam' / 'tiép theo'
    },
    {
      stt: '15',
      name: 'Thực hiện rà soát hạ tầng CNTT của Trạm Y tế xã (máy tính, đường truyền Internet, phần mềm quản lý khám chữa bệnh...) để đảm bảo điều kiện kết nối, liên thông dữ liệu với hệ thống VNeID và nền tảng hồ sơ sức khoẻ điện tử.',
      lead: 'Trạm y tế',
      coordinating: '',
      output: 'Dữ liệu y tế được liên thông và đưa vào khai thác sử dụng',
      deadline: 'Tháng 12/2025',
    },
    {
      stt: '16',
      name: 'Triển khai Đề án Nâng cao năng lực số cho người dân vùng đồng bào dân tộc thiểu số và miền núi',
      lead: 'Phòng Văn hóa – Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Đề án được triển khai',
      deadline: 'Tháng 07/2026',
    },
    {
      stt: '17',
      name: 'Triển khai đề án chuyển đổi số ngành giáo dục và đào tạo, tập trung vào phát triển hạ tầng số, số hóa dữ liệu, đào tạo kỹ năng số, ứng dụng trí tuệ nhân tạo (AI) và Internet vạn vật (IoT), tăng cường giáo dục STEM',
      lead: 'Phòng Văn hoá – Xã hội; các trường học trực thuộc',
      coordinating: 'Các phòng, ban,đơn vị trên địa bàn xã',
      output: 'Văn bản triển khai',
      deadline: 'Quý III/2026', // OCR: 'Quy I11/2026'
    },

    {
      section: 'VI',
      title: 'Thúc đẩy mạnh mẽ hoạt động khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong doanh nghiệp',
    },
    {
      stt: '1',
      name: 'Triển khai chương trình hỗ trợ, thúc đẩy cho các doanh nghiệp, nhất là doanh nghiệp vừa và nhỏ, hộ kinh doanh, hợp tác xã chuyển đổi số',
      lead: 'Phòng Kinh tế',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Kế hoạch',
      deadline: 'Tháng 3/2026',
    },
    {
      stt: '2',
      name: 'Triển khai đánh giá mức độ chuyển đổi số doanh nghiệp',
      lead: 'Phòng Kinh tế',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Kế hoạch',
      deadline: 'Tháng 12/2025', // OCR: 'Thang 122005': '2005' read as 2025
    },
    {
      stt: '3',
      name: 'Công bố danh mục các bài toán lớn về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh, sở, ban, ngành, xã để các doanh nghiệp công nghệ số Việt Nam tham gia giải quyết',
      lead: 'Phòng Văn hoá – Xã hội',
      coordinating: 'Các phòng, ban, đơn vị trên địa bàn xã',
      output: 'Công bố trên trang thông tin điện tử',
      deadline: 'Hằng năm',
    },
    {
      stt: '4',
      name: 'Phối hợp triển khai chương trình thúc đẩy sản phẩm, dịch vụ trên môi trường số; trang bị kỹ năng số cho người dân, cung cấp các tiện ích để người dân giao dịch trên môi trường số, tạo lập niềm tin số',
      lead: 'Phòng Kinh tế',
      coordinating: 'Các phòng, ban,đơn vị trên địa bàn xã',
      output: 'Văn bản triển khai',
      deadline: 'Thường xuyên',
    },
  ],
};
