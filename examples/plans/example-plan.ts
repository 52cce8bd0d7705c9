// Shape of a transcribed example plan: each appendix row as written in the signed plan, kept reviewable as source.

/** A section row of an appendix: Roman numeral (as printed, after OCR correction) and its title. */
export type SectionRow = { section: string; title: string };

/** Phụ lục I row. A group heading (e.g. `2 | Thực hiện TTHC…` above 2.1) has unit and target ''. */
export type IndicatorRow = {
  stt: string; // as written: '1', '2.10', '8.'
  name: string;
  unit: string; // 'Đơn vị tính' as written ('%', '% dân số', 'Thứ bậc', '%GRDP', ''…)
  target: string; // 'Kết quả' as written ('≥ 80', '66% đến 70%', '~98'…)
  lead: string; // 'Cơ quan chủ trì theo dõi, đánh giá' as written
};

/** Phụ lục II row. */
export type TaskRow = {
  stt: string;
  name: string;
  lead: string; // 'Cơ quan chủ trì'
  coordinating: string; // 'Cơ quan phối hợp'
  output: string; // 'Kết quả' / 'Kết quả thực hiện' (expected output)
  deadline: string; // 'Thời gian thực hiện' as written
  note?: string; // 'Ghi chú'
};

export type ExamplePlan = {
  id: string; // short id used for file names: 'thong-nhat-4888'
  commune: string; // 'Xã Thống Nhất'
  province: string;
  planNumber: string; // '4888/KH-UBND'
  planDate: string; // ISO date of signature
  title: string; // the plan's title line
  standingOffice: string; // cơ quan thường trực
  /** Reporting deadlines stated in the plan (dd/mm each year), if any. */
  reportDue?: { halfYear?: string; year?: string };
  indicatorTitle: string[]; // title rows above Phụ lục I (PHỤ LỤC I, DANH MỤC…, (Kèm theo…))
  indicators: Array<SectionRow | IndicatorRow>;
  taskTitle: string[];
  tasks: Array<SectionRow | TaskRow>;
};

export function isSectionRow(row: SectionRow | IndicatorRow | TaskRow): row is SectionRow {
  return 'section' in row;
}
