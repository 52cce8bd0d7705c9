// The sidebar's own sentences in Vietnamese and English; statuses and button names come from the core's `words`.
import { words, type Lang } from '../../shared/messages';

const vi = {
  validate: words.vi.validateButton,
  forms: words.vi.formsButton,
  intro: 'Kiểm tra biểu mẫu của các đơn vị, tổng hợp kết quả vào các trang Tổng hợp, Chỉ tiêu, Nhiệm vụ.',
  checking: 'Đang kiểm tra và tổng hợp…',
  creating: 'Đang tạo biểu mẫu…',
  checked: 'Đã tổng hợp vào trang "Tổng hợp".',
  created: 'Đã tạo {n} trang biểu mẫu: {names}.',
  noneCreated: 'Đơn vị nào cũng đã có trang biểu mẫu; không tạo thêm.',
  indicators: 'Chỉ tiêu',
  tasks: 'Nhiệm vụ',
  offices: 'Đơn vị đã báo cáo',
  period: 'Kỳ',
  asOf: 'ngày',
  issues: 'Lỗi và cảnh báo',
  noIssues: 'Không có lỗi hay cảnh báo nào.',
  general: 'Kế hoạch và chung',
  clickHint: 'Bấm vào một dòng để chọn ô đó trên trang tính.',
  noAddress: 'Chưa có email trong trang "Đơn vị", không gửi được thư nhắc việc: {names}.',
  reminders: 'Nhắc việc qua email',
  enabled: 'Gửi thư nhắc việc quá hạn hằng ngày',
  hour: 'Giờ gửi (giờ Việt Nam)',
  replyTo: 'Địa chỉ nhận thư trả lời (reply-to)',
  replyToHint: 'Để trống: thư trả lời về người bật nhắc việc.',
  save: 'Lưu cài đặt',
  sendNow: 'Gửi nhắc việc ngay',
  saved: 'Đã lưu. {state}',
  on: 'Thư nhắc việc gửi lúc {hour} giờ hằng ngày.',
  off: 'Nhắc việc tự động đang tắt.',
  sending: 'Đang gửi thư nhắc việc…',
  sent: 'Đã gửi {sent} thư. {more}',
  skipped: 'Đã gửi hôm nay, không gửi lại: {names}.',
  deferred: 'Hết hạn mức gửi thư hôm nay, để lại cho lần sau: {names}.',
  locked: 'Một lần gửi khác đang chạy; thử lại sau ít phút.',
  failed: 'Không thành công: {message}',
  overdue: 'quá hạn',
};

type Text = Record<keyof typeof vi, string>;

const en: Text = {
  validate: words.en.validateButton,
  forms: words.en.formsButton,
  intro: "Checks every office's form and writes the commune summary into the Summary, Indicators and Tasks sheets.",
  checking: 'Checking and consolidating…',
  creating: 'Creating forms…',
  checked: 'Consolidated into the "Tổng hợp" sheet.',
  created: 'Created {n} form sheets: {names}.',
  noneCreated: 'Every office already has a form sheet; nothing created.',
  indicators: 'Indicators',
  tasks: 'Tasks',
  offices: 'Offices reported',
  period: 'Period',
  asOf: 'as of',
  issues: 'Issues',
  noIssues: 'No errors or warnings.',
  general: 'Plan and general',
  clickHint: 'Click a line to select its cell in the sheet.',
  noAddress: 'No e-mail address on the "Đơn vị" sheet, so no reminder can be sent to: {names}.',
  reminders: 'E-mail reminders',
  enabled: 'Send overdue-task reminders every day',
  hour: 'Hour (Vietnam time)',
  replyTo: 'Reply-to address',
  replyToHint: 'Empty: replies go to whoever switched reminders on.',
  save: 'Save settings',
  sendNow: 'Send reminders now',
  saved: 'Saved. {state}',
  on: 'Reminders go out daily at {hour}:00.',
  off: 'Daily reminders are off.',
  sending: 'Sending reminders…',
  sent: 'Sent {sent} e-mails. {more}',
  skipped: 'Already sent today, not sent again: {names}.',
  deferred: "Today's mail quota ran out; left for the next run: {names}.",
  locked: 'Another run is sending; try again in a few minutes.',
  failed: 'Failed: {message}',
  overdue: 'overdue',
};

export const TEXT: Record<Lang, Text> = { vi, en };
export type TextKey = keyof Text;

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
