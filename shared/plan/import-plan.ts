// Reads a plan's appendices from grids (title rows, merges, section rows, group headings) into a Plan and issues.
import type { CellValue, Grid } from '../grid';
import { a1, cellAt, fillMerges, formatAt } from '../grid';
import { issue, type Issue } from '../issues';
import type { Indicator, Office, Plan, Section, Task } from '../schemas/plan';
import { findHeaders, type HeaderMatch } from '../tables/header';
import { planIndicatorColumns, planTaskColumns } from '../tables/columns';
import { cellText, itemKey, sectionInText, sectionNumeral, sttText } from '../tables/codes';
import { isRankUnit, parseTarget } from '../text/targets';
import { formatDateVi, parseDeadline } from '../text/deadlines';
import { createOfficeMatcher, isCollectiveName, officeKey } from '../text/offices';
import { clip } from '../messages';
import { looseKey } from '../text/normalise';
import { namesLeadingAlone, officesFromLeads, readOfficeSheet } from './office-directory';
import { readPeriodList } from './period-sheet';
import { isDateFormat, isMonthYearFormat, isPercentFormat, parseDateCell, percentFromFraction } from '../text/numbers';
import { formatNumber } from '../text/format-number';

export type ImportedPlan = { plan: Plan | null; issues: Issue[] };

type RawRow = { section: string; stt: string; row: number; fields: Record<string, string>; notes: Issue[] };

function showPercent(fraction: number): string {
  return `${formatNumber(percentFromFraction(fraction), 'vi', undefined, { grouped: false })}%`;
}

/**
 * Cells as Excel stores what was pasted (toolchain.md, second round): a deadline that became a date is read
 * by its format (month-year → that month, so `6/2025` is due 30/06/2025, not 31/12/2025), a target that
 * became a fraction with a `%` format is read as the percent shown. Each such reading is said in an issue.
 */
function pastedText(
  raw: CellValue,
  numFmt: string | null,
  field: string,
  at: { sheet: string; cell: string },
  notes: Issue[],
): string | null {
  if (field === 'deadline' && (raw instanceof Date || (typeof raw === 'number' && isDateFormat(numFmt)))) {
    const d = parseDateCell(raw, numFmt);
    if (d.kind !== 'date') return null;
    const [y, m, day] = d.iso.split('-');
    const shown = isMonthYearFormat(numFmt) ? `${Number(m)}/${y}` : `${day}/${m}/${y}`;
    const text = isMonthYearFormat(numFmt) ? `Tháng ${shown}` : shown;
    const due = parseDeadline(text).due;
    notes.push(issue('info', 'PLAN_DEADLINE_FROM_FORMAT', at, { cell: at.cell, shown, due: due ? formatDateVi(due) : text }));
    return shown;
  }
  if (field === 'target' && typeof raw === 'number' && Number.isFinite(raw) && isPercentFormat(numFmt)) {
    const text = showPercent(raw);
    notes.push(issue('info', 'PLAN_TARGET_FROM_FORMAT', at, { cell: at.cell, raw, target: text }));
    return text;
  }
  return null;
}

type TableRead = { sections: Section[]; rows: RawRow[]; sheet: string };

/** Reads one table: section rows set the current section; rows without STT continue the row above. */
function readTable<K extends string>(grid: Grid, filled: CellValue[][], headers: HeaderMatch<K>[], fieldKeys: K[], otherTables: number[]): TableRead {
  const first = headers[0];
  // Both appendices pasted into one sheet: this table ends where the other one's header starts.
  const end = Math.min(filled.length, ...otherTables.filter((r) => r > first.lastRow));
  const repeatedHeaderRows = new Set(headers.slice(1).flatMap((h) => [h.row, h.lastRow]));
  const cols = first.columns;
  const sttCol = cols['stt' as K]!;
  const sections: Section[] = [];
  const rows: RawRow[] = [];
  let section = '';
  let previous: RawRow | null = null;
  for (let r = first.lastRow + 1; r < end; r++) {
    // A page break in the Word original repeats the header: skip it, the table goes on.
    if (repeatedHeaderRows.has(r)) continue;
    const rawStt = cellAt(grid, r, sttCol);
    const text = (k: K) => (cols[k] === undefined ? '' : cellText(filled[r]?.[cols[k]!] ?? null));
    const numeral = sectionNumeral(rawStt);
    const rowTexts = (filled[r] ?? []).map(cellText).filter(Boolean);
    if (numeral) {
      const title = (filled[r] ?? []).map(cellText).find((t, c) => c !== sttCol && t && sectionNumeral(t) !== numeral) ?? '';
      section = numeral;
      sections.push({ section, title });
      previous = null;
      continue;
    }
    const stt = sttText(rawStt, formatAt(grid, r, sttCol));
    const notes: Issue[] = [];
    // `11.10` pasted becomes the number 11.1: the code read is not the code written, so say so.
    if (typeof rawStt === 'number' && !Number.isInteger(rawStt) && !/0\.0/.test(formatAt(grid, r, sttCol) ?? '')) {
      notes.push(issue('warning', 'PLAN_CODE_AS_NUMBER', { sheet: grid.name, cell: a1(r, sttCol) }, { cell: a1(r, sttCol), value: formatNumber(rawStt, 'vi', undefined, { grouped: false }), stt }));
    }
    if (!stt) {
      const inline = rowTexts.length === 1 ? sectionInText(rowTexts[0]) : null;
      if (inline) {
        section = inline.section;
        sections.push(inline);
        previous = null;
      } else if (rowTexts.length === 0) {
        previous = null;
      } else if (previous) {
        // A Word row pasted over several Excel rows: append what this row adds.
        for (const k of fieldKeys) {
          const t = text(k);
          if (t && t !== previous.fields[k]) previous.fields[k] = previous.fields[k] ? `${previous.fields[k]} ${t}` : t;
        }
      }
      continue;
    }
    const fields: Record<string, string> = {};
    for (const k of fieldKeys) {
      const c = cols[k];
      const pasted = c === undefined ? null : pastedText(cellAt(grid, r, c), formatAt(grid, r, c), k, { sheet: grid.name, cell: a1(r, c) }, notes);
      fields[k] = pasted ?? text(k);
    }
    previous = { section, stt, row: r + 1, fields, notes };
    rows.push(previous);
  }
  return { sections, rows, sheet: grid.name };
}

/** Keys rows by (section, stt); a repeat keeps both rows, gets '#2', and is reported. */
function assignKeys(rows: RawRow[], table: 'indicators' | 'tasks', sheet: string, issues: Issue[]): string[] {
  const seen = new Map<string, RawRow[]>();
  const keys: string[] = [];
  for (const row of rows) {
    const base = itemKey(row.section, row.stt);
    const list = seen.get(base) ?? [];
    list.push(row);
    seen.set(base, list);
    keys.push(list.length === 1 ? base : `${base}#${list.length}`);
  }
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    const [{ section, stt }] = list;
    issues.push(
      issue('warning', 'PLAN_DUPLICATE_CODE', { sheet, cell: `A${list[1].row}` }, {
        section: section || '?',
        stt,
        rows: list.map((l) => l.row).join(', '),
        table: table === 'indicators' ? '@indicators' : '@tasks',
        kind: table === 'indicators' ? '@indicator' : '@task',
      }),
    );
  }
  return keys;
}

function findPlanMeta(grids: Grid[]): { id: string | null; title: string; commune: string } {
  let id: string | null = null;
  let title = '';
  let commune = '';
  for (const g of grids) {
    for (let r = 0; r < Math.min(g.values.length, 12); r++) {
      for (const cell of g.values[r] ?? []) {
        const t = cellText(cell);
        if (!t) continue;
        const num = /(?:số|so)\s*:?\s*(\d+\s*\/\s*KH-[A-ZĐ]+)/iu.exec(t) ?? /(\d+\s*\/\s*KH-[A-ZĐ]+)/u.exec(t);
        if (!id && num) id = num[1].replace(/\s+/g, '');
        const com = /\b((?:xã|phường|Xã|Phường|XÃ|PHƯỜNG)\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\p{L}]*(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\p{L}]*)*)/u.exec(t);
        if (!commune && com) commune = com[1].replace(/^(xã|phường)/i, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
        if (!title && /kèm theo/i.test(t)) title = t.replace(/^\(|\)$/g, '');
      }
    }
  }
  return { id, title, commune };
}

/** FNV-1a over the plan rows: same rows, same version, on every host. */
function planVersion(indicators: Indicator[], tasks: Task[]): string {
  const text = JSON.stringify([
    indicators.map((i) => [i.key, i.name, i.unit, i.targetText, i.leadText]),
    tasks.map((t) => [t.key, t.name, t.leadText, t.deadlineText]),
  ]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

// Sheet names our own summary workbook carries (render/summary-sheets.ts), in either language.
const SUMMARY_SHEET_NAMES = new Set(['tong hop', 'chi tieu', 'nhiem vu', 'loi va canh bao', 'tinh hinh bao cao', 'summary', 'indicators', 'tasks', 'issues', 'reporting status', 'lich su', 'history'].map(looseKey));
const FORM_META_SHEET = '_nq57';

/**
 * What a workbook given as the plan is, when it is not a plan: one of our report forms (its hidden record sheet,
 * or a `Đơn vị báo cáo:` cell above a report table) or one of our summaries (three or more of its sheet names).
 * Read as a plan, a form would invent indicators from its own header rows (issue 10).
 */
export function notAPlan(grids: Grid[]): 'report_form' | 'summary' | null {
  if (grids.some((g) => g.name === FORM_META_SHEET)) return 'report_form';
  const labelled = grids.some((g) =>
    g.values.slice(0, 30).some((row) => row.some((cell) => typeof cell === 'string' && looseKey(cell).startsWith('don vi bao cao'))),
  );
  const reportHeader = grids.some((g) =>
    g.values.slice(0, 60).some((row) => row.some((cell) => typeof cell === 'string' && ['ket qua dat duoc', 'tinh trang'].includes(looseKey(cell)))),
  );
  if (labelled && reportHeader) return 'report_form';
  const summarySheets = grids.filter((g) => SUMMARY_SHEET_NAMES.has(looseKey(g.name))).length;
  return summarySheets >= 3 ? 'summary' : null;
}

/**
 * Imports the plan from every sheet of its workbook. Returns plan null only when neither appendix
 * is found (the caller stops with exit status 2); every other problem is an issue.
 */
export function importPlan(grids: Grid[], fallbackId = 'plan'): ImportedPlan {
  const issues: Issue[] = [];
  const kind = notAPlan(grids);
  if (kind) {
    issues.push(issue('error', kind === 'report_form' ? 'PLAN_IS_REPORT_FORM' : 'PLAN_IS_SUMMARY', {}, { sheets: clip(grids.map((g) => g.name).join(', '), 120) }));
    return { plan: null, issues };
  }
  let indicatorTable: TableRead | null = null;
  let taskTable: TableRead | null = null;
  let directory: Office[] | null = null;
  for (const grid of grids) {
    const filled = fillMerges(grid);
    const ih = findHeaders(filled, planIndicatorColumns, { required: ['stt', 'name', 'target'], anyOf: ['unit', 'lead'] });
    const th = findHeaders(filled, planTaskColumns, { required: ['stt', 'name', 'lead'], anyOf: ['deadline', 'output'] });
    if (!indicatorTable && ih.length) indicatorTable = readTable(grid, filled, ih, ['name', 'unit', 'target', 'lead'], th.map((h) => h.row));
    if (!taskTable && th.length) taskTable = readTable(grid, filled, th, ['name', 'lead', 'coordinating', 'output', 'deadline', 'note'], ih.map((h) => h.row));
    if (!directory) directory = readOfficeSheet(grid);
  }
  if (!indicatorTable && !taskTable) {
    issues.push(issue('error', 'PLAN_NO_INDICATOR_TABLE', {}), issue('error', 'PLAN_NO_TASK_TABLE', {}));
    // Say what the file holds instead, so an officer sees they picked the wrong workbook.
    issues.push(issue('error', 'PLAN_NO_APPENDIX', {}, { sheets: clip(grids.map((g) => g.name).join(', '), 120) || '—' }));
    return { plan: null, issues };
  }
  if (!indicatorTable) issues.push(issue('warning', 'PLAN_NO_INDICATOR_TABLE', {}));
  if (!taskTable) issues.push(issue('warning', 'PLAN_NO_TASK_TABLE', {}));

  // Group headings (a code with no unit and no target) are not indicators.
  const indicatorRows = (indicatorTable?.rows ?? []).filter((r) => r.fields.unit || r.fields.target);
  const taskRows = taskTable?.rows ?? [];
  for (const r of [...indicatorRows, ...taskRows]) issues.push(...r.notes);
  const leadTexts = [...indicatorRows, ...taskRows].map((r) => r.fields.lead);
  const offices = directory ?? officesFromLeads(leadTexts);
  const matcher = createOfficeMatcher(offices);
  // "All offices" are the plan's own; a named collective (`Các cơ sở giáo dục…`) leads only where it is named.
  const allNames = offices.map((o) => o.name).filter((n) => !isCollectiveName(n));
  const knownKeys = new Set(offices.flatMap((o) => [o.name, ...o.aliases]).map(officeKey));
  const alone = namesLeadingAlone(leadTexts, (k) => knownKeys.has(k));
  // One note per distinct lead cell, naming every row it stands in.
  const readings = new Map<string, { text: string; where: { sheet: string; cell: string }; items: string[]; kinds: Set<string>; offices: string[]; guessed: boolean }>();

  const leadsOf = (row: RawRow, sheet: string, kind: '@indicator' | '@task'): string[] => {
    const m = matcher.match(row.fields.lead);
    const where = { sheet, cell: `A${row.row}` };
    for (const name of m.unknown) issues.push(issue('warning', 'PLAN_UNKNOWN_OFFICE', where, { name, kind, section: row.section, stt: row.stt }));
    const leads = m.all ? [...allNames, ...m.offices.filter((n) => !allNames.includes(n))] : m.offices;
    if (leads.length === 0) {
      // Nobody's form, nobody's reminder: the plan must say who leads (issue 10).
      issues.push(issue('error', 'PLAN_NO_LEAD_OFFICE', where, { kind, section: row.section, stt: row.stt, text: row.fields.lead }));
      return leads;
    }
    // Without a directory, a name the plan never writes alone was cut out of a longer cell: say how.
    const guessed = !directory && m.offices.some((n) => !alone.has(officeKey(n)));
    const collective = m.all || m.offices.some(isCollectiveName);
    if (guessed || collective) {
      const key = looseKey(row.fields.lead);
      const seen = readings.get(key) ?? { text: row.fields.lead, where, items: [], kinds: new Set<string>(), offices: leads, guessed };
      seen.items.push(`${row.section ? `${row.section}.` : ''}${row.stt}`);
      seen.kinds.add(kind);
      readings.set(key, seen);
    }
    return leads;
  };
  const noSection = (rows: RawRow[], sheet: string) => {
    for (const r of rows.filter((x) => !x.section)) issues.push(issue('warning', 'PLAN_ROW_WITHOUT_SECTION', { sheet, cell: `A${r.row}` }, { stt: r.stt }));
  };

  const indicators: Indicator[] = [];
  if (indicatorTable) {
    const sheet = indicatorTable.sheet;
    noSection(indicatorRows, sheet);
    const keys = assignKeys(indicatorRows, 'indicators', sheet, issues);
    indicatorRows.forEach((row, i) => {
      const target = parseTarget(row.fields.target, row.fields.unit, row.fields.name);
      // A rank is judged by design; any other target without a number is worth a note.
      if (target.kind === 'qualitative' && row.fields.target && !isRankUnit(row.fields.unit)) {
        issues.push(issue('info', 'PLAN_UNKNOWN_TARGET', { sheet, cell: `A${row.row}` }, { text: row.fields.target, section: row.section, stt: row.stt }));
      }
      indicators.push({
        key: keys[i],
        section: row.section,
        stt: row.stt,
        name: row.fields.name,
        unit: row.fields.unit,
        targetText: row.fields.target,
        target,
        leadText: row.fields.lead,
        leadOffices: leadsOf(row, sheet, '@indicator'),
        ref: { sheet, row: row.row },
      });
    });
  }

  const tasks: Task[] = [];
  if (taskTable) {
    const sheet = taskTable.sheet;
    noSection(taskRows, sheet);
    const keys = assignKeys(taskRows, 'tasks', sheet, issues);
    taskRows.forEach((row, i) => {
      const deadline = parseDeadline(row.fields.deadline);
      if (!deadline.recognised) {
        issues.push(issue('warning', 'PLAN_UNKNOWN_DEADLINE', { sheet, cell: `A${row.row}` }, { text: row.fields.deadline, section: row.section, stt: row.stt }));
      }
      tasks.push({
        key: keys[i],
        section: row.section,
        stt: row.stt,
        name: row.fields.name,
        leadText: row.fields.lead,
        leadOffices: leadsOf(row, sheet, '@task'),
        coordinatingText: row.fields.coordinating,
        coordinatingOffices: matcher.match(row.fields.coordinating).offices,
        output: row.fields.output,
        deadlineText: row.fields.deadline,
        deadline,
        note: row.fields.note,
        ref: { sheet, row: row.row },
      });
    });
  }

  for (const [, r] of readings) {
    const text = r.text;
    issues.push(
      issue(r.guessed ? 'warning' : 'info', 'PLAN_LEAD_READ_AS', r.where, {
        kind: r.kinds.size === 1 ? [...r.kinds][0] : '@item',
        items: r.items.length > 6 ? `${r.items.slice(0, 6).join(', ')}, … (${r.items.length})` : r.items.join(', '),
        text: clip(text, 120),
        offices: r.offices.length > 8 ? `${r.offices.slice(0, 8).join('; ')}; … (${r.offices.length})` : r.offices.join('; '),
      }),
    );
  }

  const meta = findPlanMeta(grids);
  const periods = readPeriodList(grids);
  return {
    plan: {
      id: meta.id ?? fallbackId,
      version: planVersion(indicators, tasks),
      title: meta.title,
      commune: meta.commune,
      offices,
      indicatorSections: indicatorTable?.sections ?? [],
      indicators,
      taskSections: taskTable?.sections ?? [],
      tasks,
      period: periods[0] ?? null,
      periods,
    },
    issues,
  };
}
