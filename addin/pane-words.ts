// The task pane's own sentences, vi and en; statuses and button names come from the core's shared `words`.
import { langFromLocale, words, type Lang } from '../shared';

const vi = {
  ...words.vi,
  title: 'NQ57 – Kiểm tra và tổng hợp',
  openInExcel: 'Trang này là bổ trợ Excel. Hãy mở nó trong Excel (Trang đầu > Bổ trợ, hoặc nút "Kiểm tra và tổng hợp" trên ruy-băng).',
  loading: 'Đang đọc sổ làm việc…',
  working: 'Đang xử lý…',
  planFound: 'Kế hoạch {plan}: {indicators} chỉ tiêu, {tasks} nhiệm vụ, {offices} đơn vị ({forms} đã có biểu mẫu).',
  noPlan: 'Chưa thấy kế hoạch trong sổ làm việc này: cần trang Phụ lục I (chỉ tiêu) và Phụ lục II (nhiệm vụ).',
  insertExample: 'Chèn kế hoạch mẫu',
  exampleInserted: 'Đã chèn kế hoạch mẫu "{plan}" ({sheets} trang).',
  formsCreated: 'Đã tạo {count} biểu mẫu: {names}.',
  formsNone: 'Mọi đơn vị đã có biểu mẫu; không tạo thêm.',
  guideButton: 'Điền theo hướng dẫn',
  guideNotForm: 'Trang "{sheet}" không phải biểu mẫu của đơn vị. Hãy chọn trang biểu mẫu (có ô "Đơn vị báo cáo:") rồi bấm lại.',
  guideDone: 'Trang "{sheet}" đã điền đủ, không còn ô nào cần sửa.',
  guideProgress: 'Ô {cell} — {index}/{total}',
  guideTarget: 'Mục tiêu',
  guideUnit: 'Đơn vị tính',
  guideDeadline: 'Thời hạn',
  guideField: 'Cột',
  guideSave: 'Ghi và sang ô tiếp',
  guideSkip: 'Bỏ qua',
  guideStop: 'Dừng',
  guidePlaceholder: 'Nhập giá trị rồi nhấn Enter',
  checkDone: 'Đã ghi các trang tổng hợp ({sheets}) và thêm {history} dòng vào "{historySheet}".',
  issuesTitle: 'Lỗi và cảnh báo ({count})',
  noIssues: 'Không có lỗi hay cảnh báo.',
  generalGroup: 'Chung (kế hoạch, sổ làm việc)',
  goTo: 'Chọn ô',
  failed: 'Không thực hiện được: {detail}',
  reportDone: 'Đã tạo dự thảo báo cáo "{file}" (xem thư mục Tải xuống). Hãy điền các chỗ đánh dấu vàng trước khi trình ký.',
};

type PaneWords = Record<keyof typeof vi, string>;

const en: PaneWords = {
  ...words.en,
  title: 'NQ57 – Validate and consolidate',
  openInExcel: 'This page is an Excel add-in. Open it in Excel (Home > Add-ins, or the "Validate and consolidate" button on the ribbon).',
  loading: 'Reading the workbook…',
  working: 'Working…',
  planFound: 'Plan {plan}: {indicators} indicators, {tasks} tasks, {offices} offices ({forms} with a form).',
  noPlan: 'No plan found in this workbook: it needs an Appendix I sheet (indicators) and an Appendix II sheet (tasks).',
  insertExample: 'Insert an example plan',
  exampleInserted: 'Inserted the example plan "{plan}" ({sheets} sheets).',
  formsCreated: 'Created {count} forms: {names}.',
  formsNone: 'Every office already has a form; nothing created.',
  guideButton: 'Guided form',
  guideNotForm: 'Sheet "{sheet}" is not an office form. Go to a form sheet (one with "Đơn vị báo cáo:") and click again.',
  guideDone: 'Sheet "{sheet}" is complete: no cell left to fill or fix.',
  guideProgress: 'Cell {cell} — {index}/{total}',
  guideTarget: 'Target',
  guideUnit: 'Unit',
  guideDeadline: 'Deadline',
  guideField: 'Column',
  guideSave: 'Write and go on',
  guideSkip: 'Skip',
  guideStop: 'Stop',
  guidePlaceholder: 'Type a value and press Enter',
  checkDone: 'Wrote the summary sheets ({sheets}) and added {history} rows to "{historySheet}".',
  issuesTitle: 'Issues ({count})',
  noIssues: 'No errors or warnings.',
  generalGroup: 'General (plan, workbook)',
  goTo: 'Select cell',
  failed: 'Could not finish: {detail}',
  reportDone: 'Made the report draft "{file}" (see your Downloads). Fill in the gaps marked yellow before it is signed.',
};

export type PaneWordKey = keyof typeof vi;
const table: Record<Lang, PaneWords> = { vi, en };

/** Office's display language decides, by the core's rule. */
export function paneLang(displayLanguage: string | undefined | null): Lang {
  return langFromLocale(displayLanguage);
}

export function say(lang: Lang, key: PaneWordKey, params: Record<string, string | number> = {}): string {
  return table[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
