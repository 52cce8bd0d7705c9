// One office's report form as a sheet plan: cover, its indicators and tasks as inputs, coordinated tasks read-only.
import type { CellPlan, ConditionalFormatPlan, DataValidationPlan, SheetPlan } from '../sheet-plan';
import type { Indicator, Period, Plan, Task } from '../schemas/plan';
import type { FormMeta } from '../schemas/report';
import { a1 } from '../grid';
import { META_SHEET } from '../report/read-report';
import { inputRuleFor, JUDGEMENT_VALUES, STATUS_VALUES, type InputRule } from '../validate/input-rules';
import { describeTarget } from '../text/targets';
import { formatDateVi } from '../text/deadlines';
import { data, label } from '../render/cells';
import { sheetNameFor } from './office-names';
import { withRowHeights } from '../render/row-heights';
import { clip } from '../messages';
import type { CheckResult } from '../schemas/result';
import { previousColumn } from './previous-column';

export const FORM_VERSION = '1';

/** Column letters shared by both tables (A–H). */
const IND = { stt: 0, name: 1, unit: 2, target: 3, achieved: 4, numerator: 5, denominator: 6, note: 7 } as const;
const TASK = { stt: 0, name: 1, deadline: 2, status: 3, doneDate: 4, achieved: 5, difficulties: 6, proposals: 7 } as const;

export const INDICATOR_HEADERS = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả đạt được', 'Tử số', 'Mẫu số', 'Ghi chú'];
export const TASK_HEADERS = ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Tình trạng', 'Ngày hoàn thành', 'Kết quả đạt được', 'Khó khăn, vướng mắc', 'Đề xuất'];
const COORD_HEADERS = ['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'];

const GUIDE = [
  'Hướng dẫn: chỉ điền các ô màu vàng; các cột khác lấy từ kế hoạch, không sửa.',
  'Tỷ lệ (%) nhập số từ 0 đến 100, ví dụ 66,5 (không nhập dạng 0,665). Nếu có Tử số và Mẫu số, nhập cả hai: tỷ lệ = 100 × Tử số / Mẫu số.',
  'Chỉ tiêu đánh giá chọn "Đạt" hoặc "Không đạt". Chưa có số liệu thì để trống và ghi lý do ở cột Ghi chú.',
  'Nhiệm vụ: chọn Tình trạng; nếu "Hoàn thành" thì nhập Ngày hoàn thành (ngày/tháng/năm). Ô chuyển xanh khi đạt, đỏ khi chưa đạt hoặc quá hạn.',
];

/** Excel's number in a formula: always a dot. */
const n = (v: number) => String(v);

/** The value a row reports: 100 × Tử số / Mẫu số when both are numbers, else Kết quả đạt được. */
function valueExpr(row: number): string {
  const e = a1(row, IND.achieved);
  const f = a1(row, IND.numerator);
  const g = a1(row, IND.denominator);
  return `IF(AND(ISNUMBER(${f}),ISNUMBER(${g}),${g}>0),100*${f}/${g},${e})`;
}

/** Green / red formulas for an indicator row, from its target; they compute in Excel, LibreOffice and Sheets. */
function feedback(ind: Indicator, row: number): ConditionalFormatPlan[] {
  const cell = a1(row, IND.achieved);
  const t = ind.target;
  if (t.kind === 'qualitative') {
    return [
      { range: cell, formula: `${cell}="${JUDGEMENT_VALUES[0]}"`, style: 'good' },
      { range: cell, formula: `${cell}="${JUDGEMENT_VALUES[1]}"`, style: 'bad' },
    ];
  }
  const v = valueExpr(row);
  const ok = (expr: string) => `AND(ISNUMBER(${v}),${expr})`;
  let meets: string;
  if (t.kind === 'atLeast') meets = `${v}${t.strict ? '>' : '>='}${n(t.value)}`;
  else if (t.kind === 'atMost') meets = `${v}${t.strict ? '<' : '<='}${n(t.value)}`;
  else meets = `${v}>=${n(t.floor)}`;
  return [
    { range: cell, formula: ok(meets), style: 'good' },
    { range: cell, formula: ok(`NOT(${meets})`), style: 'bad' },
  ];
}

function promptFor(rule: InputRule, ind: Indicator): { prompt: { title: string; text: string }; error: { title: string; text: string }; validation: DataValidationPlan['rule'] } {
  const target = ind.target.kind === 'qualitative' ? ind.targetText : describeTarget(ind.target, 'vi');
  if (rule.kind === 'percent') {
    return {
      validation: { type: 'decimal', min: 0, max: 100 },
      prompt: { title: 'Nhập tỷ lệ %', text: `Nhập tỷ lệ % từ 0 đến 100, ví dụ 66,5. Mục tiêu: ${target}.` },
      error: { title: 'Tỷ lệ không hợp lệ', text: 'Tỷ lệ phải là số từ 0 đến 100 (ví dụ 66,5), không nhập chữ hay dạng 0,665.' },
    };
  }
  if (rule.kind === 'count') {
    return {
      validation: rule.whole ? { type: 'whole', min: 0 } : { type: 'decimal', min: 0 },
      prompt: { title: 'Nhập số lượng', text: `Nhập ${rule.whole ? 'số nguyên' : 'số'} từ 0 trở lên (${ind.unit || 'số lượng'}), ví dụ 5. Mục tiêu: ${target}.` },
      error: { title: 'Số lượng không hợp lệ', text: `Phải là ${rule.whole ? 'số nguyên' : 'số'} từ 0 trở lên, ví dụ 5.` },
    };
  }
  return {
    validation: { type: 'list', values: [...rule.values] },
    prompt: { title: 'Đánh giá', text: `Chọn "Đạt" hoặc "Không đạt". Yêu cầu: ${clip(target, 150)}` },
    error: { title: 'Chọn Đạt hoặc Không đạt', text: 'Chỉ tiêu này chỉ nhận "Đạt" hoặc "Không đạt".' },
  };
}

const input = (numFmt?: string): CellPlan => ({ value: null, style: 'input', locked: false, ...(numFmt ? { numFmt } : {}) });

export type FormSheets = { office: string; sheet: SheetPlan; meta: SheetPlan };

/** Builds the form of one office. `sheetName` lets a host keep names unique across offices. */
export function buildForm(plan: Plan, office: string, period: Period, sheetName = sheetNameFor(office), previous?: CheckResult | null): FormSheets {
  // With an earlier period's result: a locked 'Kỳ trước' column (I) after the last input column of each table.
  const prev = previousColumn(previous);
  const cells: Array<Array<CellPlan | null>> = [];
  const validations: DataValidationPlan[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  const merges: string[] = [];
  const put = (row: Array<CellPlan | null>) => cells.push(row);
  const mergeRow = (row: number, from = 0, to = 7) => merges.push(`${a1(row, from)}:${a1(row, to)}`);

  put([label(`UBND ${plan.commune || 'XÃ'}`.toUpperCase(), 'label')]);
  put([label('BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT 57-NQ/TW', 'title')]);
  mergeRow(1);
  put([data(plan.title ? `(${plan.title})` : plan.id, 'subtitle')]);
  mergeRow(2);
  // Label in the wide column B, the value in the very next cell (contract §2), spread over C:H.
  const coverRow = (name: string, value: CellPlan) => {
    merges.push(`${a1(cells.length, 2)}:${a1(cells.length, 7)}`);
    put([null, label(name, 'label'), value]);
  };
  coverRow('Đơn vị báo cáo:', data(office, 'label'));
  coverRow('Kỳ báo cáo:', data(period.label, 'label'));
  coverRow('Hạn nộp:', label(formatDateVi(period.due), 'label'));
  for (const g of GUIDE) {
    mergeRow(cells.length);
    put([label(g, 'hint')]);
  }
  put([]);

  const mine = <T extends Indicator | Task>(xs: T[]) => xs.filter((x) => x.leadOffices.includes(office));
  const indicators = mine(plan.indicators);
  const tasks = mine(plan.tasks);
  const coordinated = plan.tasks.filter((t) => !t.leadOffices.includes(office) && t.coordinatingOffices.includes(office));
  let repeatRows: string | undefined;

  const sectionRow = (section: string, title: string) => {
    mergeRow(cells.length, 1, 7);
    put([data(section, 'section'), data(title, 'section'), ...Array.from({ length: prev ? 7 : 6 }, () => label('', 'section'))]);
  };

  if (indicators.length > 0) {
    mergeRow(cells.length);
    put([label('A. CHỈ TIÊU', 'label')]);
    repeatRows = `${cells.length + 1}:${cells.length + 1}`;
    put([...INDICATOR_HEADERS.map((h) => label(h, 'header')), ...(prev ? [label(prev.header, 'header')] : [])]);
    let section: string | null = null;
    for (const ind of indicators) {
      if (ind.section !== section) {
        section = ind.section;
        sectionRow(section, plan.indicatorSections.find((s) => s.section === section)?.title ?? '');
      }
      const r = cells.length;
      const rule = inputRuleFor(ind);
      const p = promptFor(rule, ind);
      const percent = rule.kind === 'percent';
      put([
        data(ind.stt),
        data(ind.name),
        data(ind.unit),
        data(ind.targetText),
        input(),
        percent ? input() : label('', 'muted'),
        percent ? input() : label('', 'muted'),
        { ...input(), style: 'input' },
        ...(prev ? [prev.indicator(ind)] : []),
      ]);
      validations.push({ range: a1(r, IND.achieved), rule: p.validation, allowBlank: true, prompt: p.prompt, error: p.error });
      if (percent) {
        const f = a1(r, IND.numerator);
        const g = a1(r, IND.denominator);
        validations.push({
          range: f,
          rule: { type: 'custom', formula: `AND(ISNUMBER(${f}),${f}>=0,OR(${g}="",${f}<=${g}))` },
          allowBlank: true,
          prompt: { title: 'Tử số', text: 'Số đạt (ví dụ số người có chữ ký số). Nhập cùng Mẫu số; tỷ lệ = 100 × Tử số / Mẫu số.' },
          error: { title: 'Tử số không hợp lệ', text: 'Tử số phải là số từ 0 trở lên và không lớn hơn Mẫu số.' },
        });
        validations.push({
          range: g,
          rule: { type: 'custom', formula: `AND(ISNUMBER(${g}),${g}>0,OR(${f}="",${f}<=${g}))` },
          allowBlank: true,
          prompt: { title: 'Mẫu số', text: 'Tổng số (ví dụ tổng số người trưởng thành). Phải lớn hơn 0 và không nhỏ hơn Tử số.' },
          error: { title: 'Mẫu số không hợp lệ', text: 'Mẫu số phải là số lớn hơn 0 và không nhỏ hơn Tử số.' },
        });
      }
      conditionalFormats.push(...feedback(ind, r));
    }
    put([]);
  }

  if (tasks.length > 0) {
    mergeRow(cells.length);
    put([label('B. NHIỆM VỤ CHỦ TRÌ', 'label')]);
    repeatRows ??= `${cells.length + 1}:${cells.length + 1}`;
    put([...TASK_HEADERS.map((h) => label(h, 'header')), ...(prev ? [label(prev.header, 'header')] : [])]);
    let section: string | null = null;
    for (const task of tasks) {
      if (task.section !== section) {
        section = task.section;
        sectionRow(section, plan.taskSections.find((s) => s.section === section)?.title ?? '');
      }
      const r = cells.length;
      put([data(task.stt), data(task.name), data(task.deadlineText), input(), input('dd/mm/yyyy'), input(), input(), input(), ...(prev ? [prev.task(task)] : [])]);
      const status = a1(r, TASK.status);
      validations.push({
        range: status,
        rule: { type: 'list', values: [...STATUS_VALUES] },
        allowBlank: true,
        prompt: { title: 'Tình trạng', text: 'Chọn: Chưa triển khai, Đang thực hiện hoặc Hoàn thành.' },
        error: { title: 'Tình trạng không hợp lệ', text: 'Chỉ chọn một trong: Chưa triển khai, Đang thực hiện, Hoàn thành.' },
      });
      validations.push({
        range: a1(r, TASK.doneDate),
        rule: { type: 'date' },
        allowBlank: true,
        prompt: { title: 'Ngày hoàn thành', text: 'Nhập ngày/tháng/năm, ví dụ 15/05/2026. Chỉ nhập khi đã Hoàn thành.' },
        error: { title: 'Ngày không hợp lệ', text: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/05/2026.' },
      });
      conditionalFormats.push({ range: status, formula: `${status}="${STATUS_VALUES[2]}"`, style: 'good' });
      const due = task.deadline.recurring ? null : task.deadline.due;
      if (due) {
        const [y, m, d] = due.split('-').map(Number);
        const range = `${a1(r, TASK.stt)}:${a1(r, TASK.proposals)}`;
        const anchor = `$${a1(r, TASK.status).replace(/\d+$/, '')}${r + 1}`;
        conditionalFormats.push({ range, formula: `AND(${anchor}<>"${STATUS_VALUES[2]}",TODAY()>DATE(${y},${m},${d}))`, style: 'bad' });
      }
    }
    put([]);
  }

  if (coordinated.length > 0) {
    mergeRow(cells.length);
    put([label('C. NHIỆM VỤ PHỐI HỢP (chỉ để theo dõi, không báo cáo ở đây; cơ quan chủ trì báo cáo)', 'muted')]);
    put(COORD_HEADERS.map((h) => label(h, 'header')));
    for (const task of coordinated) put([data(task.stt, 'muted'), data(task.name, 'muted'), data(task.leadText, 'muted'), data(task.deadlineText, 'muted')]);
    put([]);
  }

  put([]);
  put([label('', 'hint'), label('Người lập biểu', 'label'), label(''), label(''), label(''), label('Thủ trưởng đơn vị', 'label')]);
  put([label(''), label('(Ký, ghi rõ họ tên)', 'subtitle'), label(''), label(''), label(''), label('(Ký tên, đóng dấu)', 'subtitle')]);

  const meta: FormMeta = { planId: plan.id, planVersion: plan.version, office, period: period.id, formVersion: FORM_VERSION };
  return {
    office,
    sheet: withRowHeights({
      name: sheetName,
      cells,
      columnWidths: [7, 48, 14, 18, 16, 12, 12, 24, ...(prev ? [24] : [])],
      merges,
      validations,
      conditionalFormats,
      protect: true,
      print: { landscape: true, fitToWidth: true, repeatRows },
    }),
    meta: {
      name: META_SHEET,
      hidden: true,
      cells: (Object.keys(meta) as Array<keyof FormMeta>).map((k) => [label(k), data(meta[k], 'hint')]),
    },
  };
}

/** Forms for every office that leads or coordinates something, in directory order. */
export function buildForms(plan: Plan, period: Period, previous?: CheckResult | null): FormSheets[] {
  const taken = new Set<string>();
  return plan.offices
    .filter((o) => [...plan.indicators, ...plan.tasks].some((x) => x.leadOffices.includes(o.name)))
    .map((o) => buildForm(plan, o.name, period, sheetNameFor(o.name, taken), previous));
}
