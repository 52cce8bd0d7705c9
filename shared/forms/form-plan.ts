// One office's report form as a sheet plan: cover, its indicators and tasks as inputs, coordinated tasks read-only.
import type { CellPlan, ConditionalFormatPlan, DataValidationPlan, SheetPlan } from '../sheet-plan';
import type { Indicator, Period, Plan, Task } from '../schemas/plan';
import type { FormMeta } from '../schemas/report';
import { a1 } from '../grid';
import { META_SHEET } from '../report/read-report';
import { inputRuleFor, JUDGEMENT_VALUES, STATUS_VALUES, type InputRule } from '../validate/input-rules';
import {
  checkedValueFormula,
  datePartFormulas,
  dateTextFormula,
  dateValueFormula,
  firstDigitFormula,
  foldFormulas,
  fractionFormulas,
  INVALID,
  meetsFormula,
  numberCodeFormula,
  numberBodyFormula,
  numberTailFormula,
  numberTextFormula,
  numberWords,
  prefixKeyFormula,
  rawNumberFormula,
  statusFormula,
  statusSpellings,
} from './rule-formulas';
import { PRINT_MARGINS, pageRowPoints, rowPoints, scaleToFit } from '../render/pagination';
import { describeTarget } from '../text/targets';
import { formatDateVi } from '../text/deadlines';
import { data, label } from '../render/cells';
import { sheetNameFor } from './office-names';
import { withRowHeights } from '../render/row-heights';
import { clip } from '../messages';
import { t } from '../i18n/text';
import { DATE_MAX, DATE_MIN } from '../excel-limits';
import { DATE_FORMAT } from '../render/resolve-cell';
import type { CheckResult } from '../schemas/result';
import { previousColumn, type PreviousColumn } from './previous-column';
import type { PreviousSource } from '../cycle/previous';

export const FORM_VERSION = '1';

/** Column letters shared by both tables (A–H). */
const IND = { stt: 0, name: 1, unit: 2, target: 3, achieved: 4, numerator: 5, denominator: 6, note: 7 } as const;
const TASK = { stt: 0, name: 1, deadline: 2, status: 3, doneDate: 4, achieved: 5, difficulties: 6, proposals: 7 } as const;

export const INDICATOR_HEADERS = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả đạt được', 'Tử số', 'Mẫu số', 'Ghi chú'];
export const TASK_HEADERS = ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Tình trạng', 'Ngày hoàn thành', 'Kết quả đạt được', 'Khó khăn, vướng mắc', 'Đề xuất'];
const COORD_HEADERS = ['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'];

const GUIDE = t('vi', 'forms.guide').split('\n');

/** The computed value's header: what check will consolidate from the row (the rate from Tử số/Mẫu số when given). */
export const VALUE_HEADER = 'Giá trị dùng để tổng hợp';
/** Helper columns (hidden): each input as check reads it, and the task's status word as check reads it. */
/** Task rows reuse the same hidden columns: the status word, the date as check reads it, its text and three parts. */
const HELP = { achieved: 9, numerator: 10, denominator: 11, status: 9, doneDate: 10, dateText: 11 } as const;
/** Behind each checked helper: the raw number (three columns on), and the text it is read from (six on). */
const RAW = 3;
const TEXT = 6;
/** The status spellings check accepts and their statuses, in two hidden columns from row 1, for the status helper. */
const WORDS = { word: 18, status: 19 } as const;
const SPELLINGS = statusSpellings();
const WORD_RANGE = `$S$1:$S$${SPELLINGS.length}`;
const STATUS_RANGE = `$T$1:$T$${SPELLINGS.length}`;
/**
 * The reading of a text number (check's parseText) takes more helpers, right of 'Kỳ trước' so no earlier column
 * moves: per input (achieved, Tử số, Mẫu số: +0, +1, +2) its text folded in two steps, where its first digit
 * stands, the key of the words before it, how check reads those words, the number as typed and what follows it.
 */
const READ = { fold1: 22, fold: 25, digit: 28, key: 31, code: 34, body: 37, tail: 40 } as const;
/** TRUE when check accepts the achieved value with a warning (an estimate, a rate typed as a fraction…). */
const WARN = 43;
/** The words check reads around a number (numberWords), in two hidden columns from row 1. */
const NUMBER_WORDS = { word: 44, kind: 45 } as const;
const WORD_LIST = numberWords();
const NUMBER_WORD_RANGE = `$${a1(0, NUMBER_WORDS.word).replace(/\d+$/, '')}$1:$${a1(0, NUMBER_WORDS.word).replace(/\d+$/, '')}$${WORD_LIST.length}`;
const NUMBER_KIND_RANGE = `$${a1(0, NUMBER_WORDS.kind).replace(/\d+$/, '')}$1:$${a1(0, NUMBER_WORDS.kind).replace(/\d+$/, '')}$${WORD_LIST.length}`;
const HIDDEN = [...Array.from({ length: 12 }, (_, i) => HELP.achieved + i), ...Array.from({ length: NUMBER_WORDS.kind - READ.fold1 + 1 }, (_, i) => READ.fold1 + i)];
const VALUE_COL = 8;
const LAST_PRINTED = 8;
const WIDTHS = [7, 46, 12, 16, 15, 11, 11, 22, 13, ...HIDDEN.map(() => 8)];

type Checks = { validations: DataValidationPlan[] };
type Kind = 'cover' | 'heading' | 'header' | 'section' | 'item' | 'blank' | 'sign';
/** One row of the form before it is placed: its cells and the checks it needs once its row number is known. */
type FormRow = {
  kind: Kind;
  cells: Array<CellPlan | null>;
  /** Column spans merged on this row. */
  merges?: Array<[number, number]>;
  /** Stays on the same page as the row after it (headings, headers, section rows, the signature). */
  keep?: boolean;
  table?: 'indicators' | 'tasks' | 'coordinated';
  checks?: (r: number) => DataValidationPlan[];
};

const abs = (col: number, r: number) => `$${a1(r, col).replace(/\d+$/, '')}${r + 1}`;

function promptFor(rule: InputRule, ind: Indicator): { prompt: { title: string; text: string }; error: { title: string; text: string } } {
  const target = ind.target.kind === 'qualitative' ? ind.targetText : describeTarget(ind.target, 'vi');
  if (rule.kind === 'percent') {
    return {
      prompt: { title: t('vi', 'forms.percentPromptTitle'), text: t('vi', 'forms.percentPrompt', { target }) },
      error: { title: t('vi', 'forms.percentErrorTitle'), text: t('vi', 'forms.percentError') },
    };
  }
  if (rule.kind === 'count') {
    const number = t('vi', rule.whole ? 'forms.wholeNumber' : 'forms.anyNumber');
    return {
      prompt: { title: t('vi', 'forms.countPromptTitle'), text: t('vi', 'forms.countPrompt', { number, unit: ind.unit || t('vi', 'forms.unitFallback'), target }) },
      error: { title: t('vi', 'forms.countErrorTitle'), text: t('vi', 'forms.countError', { number }) },
    };
  }
  return {
    prompt: { title: t('vi', 'forms.judgementPromptTitle'), text: t('vi', 'forms.judgementPrompt', { target: clip(target, 150) }) },
    error: { title: t('vi', 'forms.judgementErrorTitle'), text: t('vi', 'forms.judgementError') },
  };
}

/**
 * The verdict helper of a row (hidden): for a number, "good" or "bad" as check's target rule judges the value used;
 * for a qualitative indicator "q"; for a task its deadline as a date. One table-wide format reads it, so the
 * formats do not grow with the rows.
 */
const VERDICT = 20;
/**
 * The locked 'Kỳ trước' column (with an earlier period's result) stands right of the hidden helpers: on screen and on
 * paper it follows the last printed column directly, and no helper's place moves.
 */
const PREV_COL = VERDICT + 1;
const PREV_WIDTH = 24;

/** Validation of one indicator row's inputs, from check's rule objects (rule-formulas). */
function indicatorValidations(ind: Indicator, rule: InputRule, r: number): DataValidationPlan[] {
  const e = a1(r, IND.achieved);
  const p = promptFor(rule, ind);
  if (rule.kind === 'judgement' || ind.target.kind === 'qualitative') {
    // A word outside the list is asked about, not refused: check keeps it as a report still to be judged.
    return [{ range: e, rule: { type: 'list', values: [...JUDGEMENT_VALUES] }, allowBlank: true, errorStyle: 'warning', ...p }];
  }
  const accepts: DataValidationPlan['rule'] = rule.kind === 'percent' ? { type: 'decimal', min: 0, max: 100 } : rule.whole ? { type: 'whole', min: 0 } : { type: 'decimal', min: 0 };
  const validations: DataValidationPlan[] = [{ range: e, rule: { type: 'custom', formula: `${abs(HELP.achieved, r)}<>"${INVALID}"` }, accepts, allowBlank: true, ...p }];
  if (rule.kind === 'percent') {
    const fr = fractionFormulas(abs(HELP.numerator, r), abs(HELP.denominator, r));
    validations.push(
      {
        range: a1(r, IND.numerator),
        rule: { type: 'custom', formula: `NOT(${fr.errNumerator})` },
        allowBlank: true,
        prompt: { title: t('vi', 'forms.numeratorPromptTitle'), text: t('vi', 'forms.numeratorPrompt') },
        error: { title: t('vi', 'forms.numeratorErrorTitle'), text: t('vi', 'forms.numeratorError') },
      },
      {
        range: a1(r, IND.denominator),
        rule: { type: 'custom', formula: `NOT(${fr.errDenominator})` },
        allowBlank: true,
        prompt: { title: t('vi', 'forms.denominatorPromptTitle'), text: t('vi', 'forms.denominatorPrompt') },
        error: { title: t('vi', 'forms.denominatorErrorTitle'), text: t('vi', 'forms.denominatorError') },
      },
    );
  }
  return validations;
}

/**
 * Whether check accepts the row's achieved value with a warning on its cell: an estimate (APPROXIMATE_VALUE), a rate
 * typed as a fraction (RATE_TYPED_AS_FRACTION), a count in a `%` cell (COUNT_IN_PERCENT_CELL), a value that disagrees
 * with Tử số / Mẫu số (FRACTION_MISMATCH). A value that meets the target is then amber, not green.
 */
function warnedFormula(ind: Indicator, rule: InputRule, r: number): string {
  const x = a1(r, IND.achieved);
  const v = abs(HELP.achieved, r);
  const percentCell = `IFERROR(LEFT(CELL("format",${x}),1)="P",FALSE)`;
  const terms = [`AND(ISNUMBER(${v}),${abs(READ.code, r)}="a")`];
  const t = ind.target;
  const floor = t.kind === 'band' ? t.floor : t.kind === 'qualitative' ? 0 : t.value;
  if (rule.kind === 'percent' && floor > 1) terms.push(`AND(ISNUMBER(${v}),${v}>0,${v}<=1,NOT(${percentCell}))`);
  if (rule.kind === 'count') terms.push(`AND(ISNUMBER(${x}),ISNUMBER(${v}),${percentCell})`);
  if (rule.kind === 'percent') {
    const [f, g] = [abs(HELP.numerator, r), abs(HELP.denominator, r)];
    // AND evaluates every argument: the ratio is computed only where it exists, or its error would void the whole test.
    terms.push(`IF(AND(ISNUMBER(${v}),${fractionFormulas(f, g).ratioOk}),ABS(${v}-100*${f}/${g})>0.05,FALSE)`);
  }
  return `OR(${terms.join(',')})`;
}

/** Green / red / amber over the indicator table's rows from `top` to `bottom`, written for row `top` (relative rows). */
function indicatorFormats(top: number, bottom: number): ConditionalFormatPlan[] {
  const col = (c: number) => `${a1(top, c)}:${a1(bottom, c)}`;
  const e = a1(top, IND.achieved);
  const verdict = abs(VERDICT, top);
  const checked = abs(HELP.achieved, top);
  const warned = abs(WARN, top);
  const fr = fractionFormulas(abs(HELP.numerator, top), abs(HELP.denominator, top));
  const [yes, no] = JUDGEMENT_VALUES;
  return [
    { range: col(IND.achieved), formula: `OR(${checked}="${INVALID}",${verdict}="bad")`, style: 'bad' },
    { range: col(IND.achieved), formula: `AND(${checked}<>"${INVALID}",${verdict}="good",${warned})`, style: 'warn' },
    { range: col(IND.achieved), formula: `AND(${checked}<>"${INVALID}",${verdict}="good",NOT(${warned}))`, style: 'good' },
    { range: col(IND.achieved), formula: `AND(${verdict}="q",${e}="${yes}")`, style: 'good' },
    { range: col(IND.achieved), formula: `AND(${verdict}="q",${e}="${no}")`, style: 'bad' },
    { range: col(IND.achieved), formula: `AND(${verdict}="q",TRIM(${e})<>"",${e}<>"${yes}",${e}<>"${no}")`, style: 'warn' },
    { range: col(VALUE_COL), formula: `${verdict}="bad"`, style: 'bad' },
    { range: col(VALUE_COL), formula: `AND(${verdict}="good",${warned})`, style: 'warn' },
    { range: col(VALUE_COL), formula: `AND(${verdict}="good",NOT(${warned}))`, style: 'good' },
    { range: col(IND.numerator), formula: fr.errNumerator, style: 'bad' },
    { range: col(IND.denominator), formula: fr.errDenominator, style: 'bad' },
    { range: col(IND.numerator), formula: fr.missingNumerator, style: 'warn' },
    { range: col(IND.denominator), formula: fr.missingDenominator, style: 'warn' },
  ];
}

function taskValidations(r: number): DataValidationPlan[] {
  return [
    {
      range: a1(r, TASK.status),
      rule: { type: 'list', values: [...STATUS_VALUES] },
      allowBlank: true,
      // Other words check accepts (Xong, Đã hoàn thành…) are asked about and kept; a word check refuses turns red.
      errorStyle: 'warning',
      prompt: { title: t('vi', 'forms.statusPromptTitle'), text: t('vi', 'forms.statusPrompt') },
      error: { title: t('vi', 'forms.statusErrorTitle'), text: t('vi', 'forms.statusError') },
    },
    {
      range: a1(r, TASK.doneDate),
      // Text dates check reads (20/6/2026 in a text cell) pass too: the helper reads the cell as check does.
      rule: { type: 'custom', formula: `${abs(HELP.doneDate, r)}<>"${INVALID}"` },
      accepts: { type: 'date', min: DATE_MIN, max: DATE_MAX },
      allowBlank: true,
      prompt: { title: t('vi', 'forms.datePromptTitle'), text: t('vi', 'forms.datePrompt') },
      error: { title: t('vi', 'forms.dateErrorTitle'), text: t('vi', 'forms.dateError') },
    },
  ];
}

/** The task table's formats: status read as check reads it, and overdue as check decides (past the deadline, not done). */
function taskFormats(top: number, bottom: number): ConditionalFormatPlan[] {
  const word = abs(HELP.status, top);
  const due = abs(VERDICT, top);
  const date = abs(HELP.doneDate, top);
  return [
    { range: `${a1(top, TASK.status)}:${a1(bottom, TASK.status)}`, formula: `${word}="${INVALID}"`, style: 'bad' },
    { range: `${a1(top, TASK.status)}:${a1(bottom, TASK.status)}`, formula: `${word}="done"`, style: 'good' },
    { range: `${a1(top, TASK.stt)}:${a1(bottom, TASK.proposals)}`, formula: `AND(${word}<>"done",ISNUMBER(${due}),TODAY()>${due})`, style: 'bad' },
    { range: `${a1(top, TASK.doneDate)}:${a1(bottom, TASK.doneDate)}`, formula: `${abs(HELP.doneDate, top)}="${INVALID}"`, style: 'bad' },
    { range: `${a1(top, TASK.doneDate)}:${a1(bottom, TASK.doneDate)}`, formula: `AND(ISNUMBER(${date}),${date}>TODAY())`, style: 'warn' },
  ];
}

const input = (numFmt?: string): CellPlan => ({ value: null, style: 'input', locked: false, ...(numFmt ? { numFmt } : {}) });
const formula = (f: string, style: CellPlan['style'] = 'readonly'): CellPlan => ({ value: null, formula: f, style });
const hint = (): CellPlan => label('', 'muted');

export type FormSheets = { office: string; sheet: SheetPlan; meta: SheetPlan };

/** Rows of one office's form, in order, before pagination. */
function formRows(plan: Plan, office: string, period: Period, prev: PreviousColumn | null): FormRow[] {
  const rows: FormRow[] = [];
  const full: Array<[number, number]> = [[0, LAST_PRINTED]];
  rows.push({ kind: 'cover', cells: [label(`UBND ${plan.commune || 'XÃ'}`.toUpperCase(), 'label')] });
  rows.push({ kind: 'cover', cells: [label('BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT 57-NQ/TW', 'title')], merges: full });
  rows.push({ kind: 'cover', cells: [data(plan.title ? `(${plan.title})` : plan.id, 'subtitle')], merges: full });
  // Label in the wide column B, the value in the very next cell (contract §2), spread over C:I.
  const coverRow = (name: string, value: CellPlan) => rows.push({ kind: 'cover', cells: [null, label(name, 'label'), value], merges: [[2, LAST_PRINTED]] });
  coverRow('Đơn vị báo cáo:', data(office, 'label'));
  coverRow('Kỳ báo cáo:', data(period.label, 'label'));
  coverRow('Hạn nộp:', label(formatDateVi(period.due), 'label'));
  for (const g of GUIDE) rows.push({ kind: 'cover', cells: [label(g, 'hint')], merges: full });
  rows.push({ kind: 'blank', cells: [] });

  const mine = <T extends Indicator | Task>(xs: T[]) => xs.filter((x) => x.leadOffices.includes(office));
  const indicators = mine(plan.indicators);
  const tasks = mine(plan.tasks);
  const coordinated = plan.tasks.filter((t) => !t.leadOffices.includes(office) && t.coordinatingOffices.includes(office));
  const sectionRow = (table: FormRow['table'], section: string, title: string, last: number): FormRow => ({
    kind: 'section',
    table,
    keep: true,
    cells: [data(section, 'section'), data(title, 'section'), ...Array.from({ length: last - 1 }, () => label('', 'section'))],
    merges: [[1, last]],
  });

  if (indicators.length > 0) {
    rows.push({ kind: 'heading', keep: true, cells: [label('A. CHỈ TIÊU', 'label')], merges: full });
    rows.push({ kind: 'header', table: 'indicators', keep: true, cells: withPrevious([...INDICATOR_HEADERS, VALUE_HEADER].map((h) => label(h, 'header')), prev && label(prev.header, 'header')) });
    let section: string | null = null;
    for (const ind of indicators) {
      if (ind.section !== section) {
        section = ind.section;
        rows.push(sectionRow('indicators', section, plan.indicatorSections.find((s) => s.section === section)?.title ?? '', LAST_PRINTED));
      }
      const rule = inputRuleFor(ind);
      const numeric = rule.kind !== 'judgement' && ind.target.kind !== 'qualitative';
      const percent = rule.kind === 'percent';
      const cells = withPrevious([data(ind.stt), data(ind.name), data(ind.unit), data(ind.targetText), input(), percent ? input() : hint(), percent ? input() : hint(), input()], prev ? prev.indicator(ind) : null);
      rows.push({
        kind: 'item',
        table: 'indicators',
        cells,
        checks: (r) => {
          if (numeric) {
            const count: InputRule = { kind: 'count', min: 0, whole: false };
            const ratio = fractionFormulas(abs(HELP.numerator, r), abs(HELP.denominator, r));
            const used = abs(HELP.achieved, r);
            cells[VALUE_COL] = formula(
              percent ? `IF(${ratio.ratioOk},100*${abs(HELP.numerator, r)}/${abs(HELP.denominator, r)},IF(ISNUMBER(${used}),${used},""))` : `IF(ISNUMBER(${used}),${used},"")`,
            );
            const helpers = (input: number, help: number, inputRule: InputRule, percentFormat: boolean) => {
              const at = (col: number) => abs(col + help - HELP.achieved, r);
              const [fold1, fold] = foldFormulas(a1(r, input));
              cells[READ.fold1 + help - HELP.achieved] = formula(fold1);
              cells[READ.fold + help - HELP.achieved] = formula(fold(at(READ.fold1)));
              cells[READ.digit + help - HELP.achieved] = formula(firstDigitFormula(at(READ.fold)));
              cells[READ.key + help - HELP.achieved] = formula(prefixKeyFormula(at(READ.fold), at(READ.digit)));
              cells[READ.code + help - HELP.achieved] = formula(numberCodeFormula(at(READ.fold), at(READ.digit), at(READ.key), NUMBER_WORD_RANGE, NUMBER_KIND_RANGE));
              cells[READ.body + help - HELP.achieved] = formula(numberBodyFormula(at(READ.fold), at(READ.digit), at(READ.code)));
              cells[READ.tail + help - HELP.achieved] = formula(numberTailFormula(at(READ.fold), at(READ.digit), at(READ.code)));
              cells[help + TEXT] = formula(numberTextFormula(at(READ.body), at(READ.tail), at(READ.code)));
              cells[help + RAW] = formula(rawNumberFormula(a1(r, input), abs(help + TEXT, r), inputRule.kind === 'percent' ? 'percent' : 'count', percentFormat));
              cells[help] = formula(checkedValueFormula(abs(help + RAW, r), inputRule));
            };
            helpers(IND.achieved, HELP.achieved, rule, true);
            if (percent) {
              helpers(IND.numerator, HELP.numerator, count, false);
              helpers(IND.denominator, HELP.denominator, count, false);
            }
            cells[WARN] = formula(warnedFormula(ind, rule, r));
            const shown = a1(r, VALUE_COL);
            cells[VERDICT] = formula(`IF(ISNUMBER(${shown}),IF(${meetsFormula(ind.target as Exclude<typeof ind.target, { kind: 'qualitative' }>, shown)},"good","bad"),"")`);
          } else {
            cells[VALUE_COL] = hint();
            cells[VERDICT] = label('q');
          }
          return indicatorValidations(ind, rule, r);
        },
      });
    }
    rows.push({ kind: 'blank', cells: [] });
  }

  if (tasks.length > 0) {
    rows.push({ kind: 'heading', keep: true, cells: [label('B. NHIỆM VỤ CHỦ TRÌ', 'label')], merges: full });
    rows.push({ kind: 'header', table: 'tasks', keep: true, cells: withPrevious(TASK_HEADERS.map((h) => label(h, 'header')), prev && label(prev.header, 'header')) });
    let section: string | null = null;
    for (const task of tasks) {
      if (task.section !== section) {
        section = task.section;
        rows.push(sectionRow('tasks', section, plan.taskSections.find((s) => s.section === section)?.title ?? '', TASK.proposals));
      }
      const cells = withPrevious([data(task.stt), data(task.name), data(task.deadlineText), input(), input(DATE_FORMAT), input(), input(), input(), null], prev ? prev.task(task) : null);
      rows.push({
        kind: 'item',
        table: 'tasks',
        cells,
        checks: (r) => {
          cells[HELP.status] = formula(statusFormula(a1(r, TASK.status), WORD_RANGE, STATUS_RANGE));
          cells[HELP.dateText] = formula(dateTextFormula(a1(r, TASK.doneDate)));
          const parts = datePartFormulas(abs(HELP.dateText, r));
          parts.forEach((f, i) => { cells[HELP.dateText + 1 + i] = formula(f); });
          const at = (i: number) => abs(HELP.dateText + 1 + i, r);
          cells[HELP.doneDate] = formula(dateValueFormula(a1(r, TASK.doneDate), abs(HELP.dateText, r), [at(0), at(1), at(2)]));
          const due = task.deadline.recurring ? null : task.deadline.due;
          if (due) {
            const [y, m, d] = due.split('-').map(Number);
            cells[VERDICT] = formula(`DATE(${y},${m},${d})`);
          }
          return taskValidations(r);
        },
      });
    }
    rows.push({ kind: 'blank', cells: [] });
  }

  if (coordinated.length > 0) {
    rows.push({ kind: 'heading', keep: true, cells: [label(t('vi', 'forms.coordinatedHeading'), 'muted')], merges: full });
    rows.push({ kind: 'header', table: 'coordinated', keep: true, cells: COORD_HEADERS.map((h) => label(h, 'header')) });
    for (const task of coordinated) {
      rows.push({ kind: 'item', table: 'coordinated', cells: [data(task.stt, 'muted'), data(task.name, 'muted'), data(task.leadText, 'muted'), data(task.deadlineText, 'muted')] });
    }
    rows.push({ kind: 'blank', cells: [] });
  }

  rows.push({ kind: 'blank', cells: [] });
  // Place and date above the signatures, as a Vietnamese administrative document has them.
  const place = plan.commune ? plan.commune.replace(/^(xã|phường|thị trấn)\s+/i, '') : '……';
  rows.push({ kind: 'sign', keep: true, cells: [null, null, null, null, label(t('vi', 'forms.placeDate', { place }), 'subtitle')], merges: [[4, LAST_PRINTED]] });
  rows.push({ kind: 'sign', keep: true, cells: [null, label(t('vi', 'forms.preparer'), 'label'), null, null, label(t('vi', 'forms.head'), 'label')], merges: [[4, LAST_PRINTED]] });
  rows.push({ kind: 'sign', cells: [null, label(t('vi', 'forms.preparerSigns'), 'subtitle'), null, null, label(t('vi', 'forms.headSigns'), 'subtitle')], merges: [[4, LAST_PRINTED]] });
  return rows;
}

/** Places rows on the sheet; a page break before a row inside a table brings that table's header (and section) again. */
type Placed = { cells: Array<Array<CellPlan | null>>; merges: string[]; checks: Checks & { conditionalFormats: ConditionalFormatPlan[] }; pageBreaks: number[] };

function placeRows(rows: FormRow[], breakBefore: Set<number>): Placed {
  const cells: Array<Array<CellPlan | null>> = [];
  const merges: string[] = [];
  const checks: Placed['checks'] = { validations: [], conditionalFormats: [] };
  const extent = new Map<FormRow['table'], [number, number]>();
  const pageBreaks: number[] = [];
  let header: FormRow | null = null;
  let section: FormRow | null = null;
  const put = (row: FormRow) => {
    const r = cells.length;
    checks.validations.push(...(row.checks?.(r) ?? []));
    // Array.from fills the gaps between columns: a sparse row would reach a host as holes, not empty cells.
    cells.push(Array.from(row.cells, (c) => c ?? null));
    for (const [from, to] of row.merges ?? []) merges.push(`${a1(r, from)}:${a1(r, to)}`);
    if (row.kind === 'item' && row.table) extent.set(row.table, [extent.get(row.table)?.[0] ?? r, r]);
  };
  rows.forEach((row, i) => {
    if (row.kind === 'header') [header, section] = [row, null];
    else if (row.kind === 'heading' || row.kind === 'blank' || row.kind === 'sign') [header, section] = [null, null];
    if (breakBefore.has(i)) {
      pageBreaks.push(cells.length);
      if (header && row.table === header.table && row.kind !== 'header') {
        put(header);
        if (section && row.kind === 'item') put(section);
      }
    }
    if (row.kind === 'section') section = row;
    put(row);
  });
  const ind = extent.get('indicators');
  const tasks = extent.get('tasks');
  if (ind) checks.conditionalFormats.push(...indicatorFormats(...ind));
  if (tasks) checks.conditionalFormats.push(...taskFormats(...tasks));
  return { cells, merges, checks, pageBreaks };
}

/** Page breaks that keep headings with what follows and leave room for a repeated header on each new page. */
function paginate(rows: FormRow[], heightOf: (i: number) => number, capacity: number): Set<number> {
  const breaks = new Set<number>();
  let used = 0;
  let header: number | null = null;
  let section: number | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind === 'header') [header, section] = [i, null];
    else if (row.kind === 'heading' || row.kind === 'blank' || row.kind === 'sign') [header, section] = [null, null];
    let chain = heightOf(i);
    for (let j = i; rows[j]?.keep && j + 1 < rows.length; j++) chain += heightOf(j + 1);
    if (used > 0 && used + Math.min(chain, capacity / 2) > capacity) {
      breaks.add(i);
      used = 0;
      if (header !== null && row.table === rows[header].table && row.kind !== 'header') {
        used += heightOf(header);
        if (section !== null && row.kind === 'item') used += heightOf(section);
      }
    }
    if (row.kind === 'section') section = i;
    used += heightOf(i);
  }
  return breaks;
}

/** The status spellings and number words beside the form (hidden), where the status and number helpers look words up. */
function withStatusWords(rows: Array<Array<CellPlan | null>>): Array<Array<CellPlan | null>> {
  const out = rows.map((row) => row.slice());
  const put = (i: number, col: number, value: string) => {
    while (out.length <= i) out.push([]);
    const row = out[i];
    while (row.length < col) row.push(null);
    row[col] = label(value);
  };
  SPELLINGS.forEach(([word, status], i) => {
    put(i, WORDS.word, word);
    put(i, WORDS.status, status);
  });
  WORD_LIST.forEach(([word, kind], i) => {
    put(i, NUMBER_WORDS.word, word);
    put(i, NUMBER_WORDS.kind, kind);
  });
  return out;
}

/** A row's cells with the 'Kỳ trước' cell in its column when there is an earlier result. */
function withPrevious(cells: Array<CellPlan | null>, previous: CellPlan | null): Array<CellPlan | null> {
  if (!previous) return cells;
  const out = cells.slice();
  while (out.length < PREV_COL) out.push(null);
  out[PREV_COL] = previous;
  return out;
}

/** Builds the form of one office. `sheetName` lets a host keep names unique across offices; `previous`, an earlier result, adds 'Kỳ trước'. */
export function buildForm(plan: Plan, office: string, period: Period, sheetName = sheetNameFor(office), previous?: CheckResult | PreviousSource | null): FormSheets {
  const prev = previousColumn(previous);
  const rows = formRows(plan, office, period, prev);
  const widths = prev ? [...WIDTHS, PREV_WIDTH] : WIDTHS;
  const lastPrinted = prev ? PREV_COL : LAST_PRINTED;
  const sheetOf = (placed: Placed, scale: number): SheetPlan =>
    withRowHeights({
      name: sheetName,
      cells: withStatusWords(placed.cells),
      columnWidths: widths,
      hiddenColumns: HIDDEN,
      // Forms are Vietnamese: the computed value shows a decimal comma (73,75) where the file format can say so.
      numberLocale: 'vi',
      merges: placed.merges,
      validations: placed.checks.validations,
      conditionalFormats: placed.checks.conditionalFormats,
      protect: true,
      print: {
        landscape: true,
        fitToWidth: false,
        paper: 'A4',
        scale,
        margins: PRINT_MARGINS,
        pageBreaks: placed.pageBreaks,
        area: `A1:${a1(placed.cells.length - 1, lastPrinted)}`,
      },
    });
  // Hidden helpers take no paper: the printed width is the columns up to LAST_PRINTED, and 'Kỳ trước' when present.
  const scale = scaleToFit([...WIDTHS.slice(0, LAST_PRINTED + 1), ...(prev ? [PREV_WIDTH] : [])], true);
  // Heights depend on text and widths only, so one unbroken layout measures every row.
  const draft = sheetOf(placeRows(rows, new Set()), scale);
  const breaks = paginate(rows, (i) => rowPoints(draft, i), pageRowPoints(scale, true));
  const sheet = sheetOf(placeRows(rows, breaks), scale);

  const meta: FormMeta = { planId: plan.id, planVersion: plan.version, office, period: period.id, formVersion: FORM_VERSION };
  return {
    office,
    sheet,
    meta: {
      name: META_SHEET,
      hidden: true,
      cells: (Object.keys(meta) as Array<keyof FormMeta>).map((k) => [label(k), data(meta[k], 'hint')]),
    },
  };
}

/** Forms for every office that leads or coordinates something, in directory order. */
export function buildForms(plan: Plan, period: Period, previous?: CheckResult | PreviousSource | null): FormSheets[] {
  const taken = new Set<string>();
  return plan.offices
    .filter((o) => [...plan.indicators, ...plan.tasks].some((x) => x.leadOffices.includes(o.name)))
    .map((o) => buildForm(plan, o.name, period, sheetNameFor(o.name, taken), previous));
}
