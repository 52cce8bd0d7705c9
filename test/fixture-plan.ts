// A small plan that exercises every consolidation rule of domain.md, used by core and end-to-end tests.
import { table, grid } from './table';

export const fixtureIndicators = table`
  | PHỤ LỤC I |  |  |  |  |
  | DANH MỤC CÁC CHỈ TIÊU CỤ THỂ |  |  |  |  |
  | (Kèm theo Kế hoạch số 99/KH-UBND ngày 01/01/2026 của UBND xã Thử Nghiệm) |  |  |  |  |
  |  |  |  |  |  |
  | STT | Chỉ tiêu | Đơn vị\ntính | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |
  | I | Đến năm 2030 |  |  |  |
  | 1 | Tiềm lực khoa học | Thứ bậc | Phát triển đạt mức khá so với các địa phương trong tỉnh | Phòng Văn hóa - Xã hội |
  | 2 | Thực hiện TTHC trên môi trường điện tử |  |  |  |
  | 2.1 | Tỷ lệ sử dụng dịch vụ công trực tuyến | % | ≥ 80 | Phòng VH-XH |
  | 2.10 | Tỷ lệ cấp kết quả điện tử | % | 100 | TT PVHCC |
  | 3 | Tỷ lệ dân số trưởng thành có chữ ký số | % | 66% đến 70% | Công an xã, Phòng Văn hóa - Xã hội |
  | 4 | Xóa điểm lõm sóng | điểm | 5 | Công an xã, Phòng Văn hoá – Xã hội xã |
  | 5 | Tỷ lệ hộ có cáp quang | % | ≥ 90 | Công an xã, Phòng Văn hóa - Xã hội |
  | 6 | Tỷ lệ hồ sơ xử lý trực tuyến | % | > 80 | TT PVHCC |
`;

export const fixtureTasks = table`
  | PHỤ LỤC II |  |  |  |  |  |
  | STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian thực hiện |
  | I | Nâng cao nhận thức |  |  |  |  |
  | 1 | Ban hành kế hoạch | Phòng Văn hóa - Xã hội | Các phòng, ban, đơn vị trên địa bàn xã | Kế hoạch | Quý I/2026 |
  | 2 | Rà soát hạ tầng | Công an xã; Phòng VH-XH | Trung tâm Phục vụ hành chính công | Báo cáo | Tháng 3/2026 |
  | 3 | Tuyên truyền thường xuyên | Các phòng, ban, đơn vị trên địa bàn xã |  | Tin bài | Thường xuyên |
  | 4 | Số hóa hồ sơ | TT PVHCC |  | Hồ sơ số | 30/6/2026 |
  | 5 | Diễn tập an toàn thông tin | Công an xã |  | Báo cáo | Quý IV/2026 |
  | 6 | Kết nối dữ liệu | Công an xã, Phòng Văn hóa - Xã hội |  | Dữ liệu | Tháng 5/2026 |
`;

export const fixtureOffices = table`
  | Tên đơn vị | Tên khác | Email |
  | Phòng Văn hóa - Xã hội | Phòng VH-XH | vhxh@thu-nghiem.example |
  | Công an xã |  | conganxa@thu-nghiem.example; truongcongan@thu-nghiem.example |
  | Trung tâm Phục vụ hành chính công | TT PVHCC |  |
`;

export function fixturePlanGrids() {
  return [grid('Phụ lục I', fixtureIndicators, { merges: ['A1:E1', 'A2:E2', 'A3:E3'] }), grid('Phụ lục II', fixtureTasks), grid('Đơn vị', fixtureOffices)];
}
