// The header labels of every table we read, as officers and plans really write them (contract §1–§2).
import type { HeaderSpec } from './header';

const stt = { labels: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Mã'] };

/** Phụ lục I in a plan. 'Chỉ tiêu/Mục tiêu' is a target label while plain 'Chỉ tiêu' is the name. */
export const planIndicatorColumns = {
  stt,
  name: { labels: ['Chỉ tiêu', 'Tên chỉ tiêu', 'Nội dung chỉ tiêu', 'Nội dung'] },
  unit: { labels: ['Đơn vị tính', 'ĐVT', 'Đơn vị', 'Đơn vị đo'] },
  target: {
    labels: ['Kết quả', 'Mục tiêu', 'Chỉ tiêu/Mục tiêu', 'Chỉ tiêu mục tiêu', 'Giá trị mục tiêu', 'Chỉ tiêu phấn đấu'],
    prefixes: ['Kết quả đến năm', 'Mục tiêu đến năm', 'Chỉ tiêu đến năm', 'Kết quả năm', 'Mục tiêu năm'],
  },
  lead: {
    labels: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Chủ trì'],
    prefixes: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Cơ quan theo dõi', 'Cơ quan chịu trách nhiệm'],
  },
} satisfies HeaderSpec<string>;

/** Phụ lục II in a plan. In a plan, 'Kết quả' is the expected output, never an achievement. */
export const planTaskColumns = {
  stt,
  name: { labels: ['Tên nhiệm vụ', 'Nhiệm vụ', 'Nội dung nhiệm vụ', 'Nội dung', 'Nhiệm vụ, giải pháp'] },
  lead: { labels: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Chủ trì'], prefixes: ['Cơ quan chủ trì', 'Đơn vị chủ trì'] },
  coordinating: { labels: ['Cơ quan phối hợp', 'Đơn vị phối hợp', 'Phối hợp'], prefixes: ['Cơ quan phối hợp', 'Đơn vị phối hợp'] },
  output: {
    labels: ['Kết quả', 'Kết quả thực hiện', 'Sản phẩm', 'Kết quả/Sản phẩm', 'Sản phẩm đầu ra', 'Kết quả dự kiến', 'Kết quả, sản phẩm'],
  },
  deadline: {
    labels: ['Thời gian thực hiện', 'Thời gian hoàn thành', 'Thời hạn', 'Thời hạn hoàn thành', 'Thời gian', 'Tiến độ', 'Tiến độ thực hiện'],
  },
  note: { labels: ['Ghi chú'] },
} satisfies HeaderSpec<string>;

/** What a report adds to Phụ lục I: only '… đạt được' is an achievement. */
export const reportIndicatorColumns = {
  ...planIndicatorColumns,
  achieved: {
    labels: ['Kết quả đạt được', 'Giá trị đạt được', 'Kết quả thực hiện đạt được', 'Số liệu đạt được', 'Đạt được', 'Kết quả thực tế'],
    prefixes: ['Kết quả đạt được', 'Giá trị đạt được'],
  },
  numerator: { labels: ['Tử số'] },
  denominator: { labels: ['Mẫu số'] },
  note: { labels: ['Ghi chú', 'Giải trình', 'Ghi chú, giải trình'] },
} satisfies HeaderSpec<string>;

/** What a report adds to Phụ lục II. 'Ngày hoàn thành' is the date done; 'Thời gian hoàn thành' is the plan's deadline. */
export const reportTaskColumns = {
  ...planTaskColumns,
  status: { labels: ['Tình trạng', 'Trạng thái', 'Tình trạng thực hiện', 'Tiến độ thực hiện nhiệm vụ'] },
  doneDate: { labels: ['Ngày hoàn thành', 'Ngày hoàn thành thực tế', 'Thời điểm hoàn thành'] },
  achieved: {
    labels: ['Kết quả đạt được', 'Kết quả thực hiện đạt được', 'Kết quả đã đạt được'],
    prefixes: ['Kết quả đạt được'],
  },
  difficulties: { labels: ['Khó khăn, vướng mắc', 'Khó khăn', 'Vướng mắc', 'Khó khăn vướng mắc'] },
  proposals: { labels: ['Đề xuất', 'Kiến nghị', 'Đề xuất, kiến nghị', 'Kiến nghị, đề xuất'] },
} satisfies HeaderSpec<string>;

/** Optional 'Đơn vị' sheet. */
export const officeColumns = {
  name: { labels: ['Tên đơn vị', 'Đơn vị', 'Tên cơ quan', 'Cơ quan'] },
  aliases: { labels: ['Tên khác', 'Tên viết tắt', 'Tên gọi khác'] },
  emails: { labels: ['Email', 'E-mail', 'Thư điện tử', 'Địa chỉ email'] },
} satisfies HeaderSpec<string>;
