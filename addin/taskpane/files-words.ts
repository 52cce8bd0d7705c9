// The words of the pane on files (outside Excel), Vietnamese first; kept apart from the in-Excel pane's words.
import type { Lang } from '../../shared';

const vi = {
  title: 'NQ57 – Kiểm tra và tổng hợp',
  intro: 'Không cần Excel, không cần cài đặt: chọn tệp kế hoạch và các tệp báo cáo của đơn vị. Mọi việc làm ngay trên máy này; không tệp nào được gửi đi.',
  planLabel: '1. Tệp kế hoạch (.xlsx, có Phụ lục I và II)',
  reportsLabel: '2. Các tệp báo cáo của đơn vị (.xlsx, chọn được nhiều tệp)',
  asOfLabel: 'Tính đến ngày',
  check: 'Kiểm tra và tổng hợp',
  forms: 'Tạo biểu mẫu',
  needPlan: 'Hãy chọn tệp kế hoạch trước.',
  needReports: 'Hãy chọn ít nhất một tệp báo cáo.',
  reading: 'Đang đọc {name}…',
  checkDone: 'Đã kiểm tra {reports} tệp báo cáo. Tải bảng tổng hợp bên dưới.',
  downloadSummary: 'Tải bảng tổng hợp (.xlsx)',
  downloadReport: 'Tải dự thảo báo cáo (.docx)',
  formsDone: 'Đã tạo {count} biểu mẫu ({period}), mỗi đơn vị một tệp, trong một tệp nén .zip.',
  downloadForms: 'Tải biểu mẫu (.zip)',
  planUnreadable: 'Không đọc được tệp kế hoạch {file}: {detail}',
  cellAt: 'Mở tệp báo cáo của đơn vị, trang "{sheet}", ô {cell} để sửa, rồi chọn lại tệp và bấm Kiểm tra.',
  outsideNote: 'Muốn làm ngay trong sổ tính? Mở trang này trong Excel (bổ trợ NQ57).',
};
type FilesWords = typeof vi;

const en: FilesWords = {
  title: 'NQ57 – Check and consolidate',
  intro: 'No Excel, nothing to install: choose the plan file and the offices\' report files. Everything happens on this computer; no file is sent anywhere.',
  planLabel: '1. Plan file (.xlsx, holding appendices I and II)',
  reportsLabel: '2. The offices\' report files (.xlsx, several at once)',
  asOfLabel: 'As of',
  check: 'Kiểm tra và tổng hợp (check and consolidate)',
  forms: 'Tạo biểu mẫu (make forms)',
  needPlan: 'Choose the plan file first.',
  needReports: 'Choose at least one report file.',
  reading: 'Reading {name}…',
  checkDone: 'Checked {reports} report files. Download the summary below.',
  downloadSummary: 'Download the summary (.xlsx)',
  downloadReport: 'Download the report draft (.docx)',
  formsDone: 'Made {count} forms ({period}), one file per office, in one .zip file.',
  downloadForms: 'Download the forms (.zip)',
  planUnreadable: 'Cannot read the plan file {file}: {detail}',
  cellAt: 'Open the office\'s report file, sheet "{sheet}", cell {cell} to fix it, then choose the files again and check.',
  outsideNote: 'To work inside the workbook, open this page in Excel (the NQ57 add-in).',
};

export type FilesWordKey = keyof FilesWords;
const table: Record<Lang, FilesWords> = { vi, en };

export function filesSay(lang: Lang, key: FilesWordKey, params: Record<string, string | number> = {}): string {
  return table[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
