// Reads one office's report (a form or the appendix returned with added columns) into entries keyed by plan item.
import type { CellValue, Grid } from '../grid';
import { a1, cellAt, fillMerges, formatAt } from '../grid';
import { issue, type Issue } from '../issues';
import type { Indicator, Plan, Task } from '../schemas/plan';
import type { CellRef, FormMeta, IndicatorEntry, OfficeReport, TaskEntry } from '../schemas/report';
import { findHeaders, headerKeys, type HeaderMatch } from '../tables/header';
import { planIndicatorColumns, planTaskColumns, reportIndicatorColumns, reportTaskColumns } from '../tables/columns';
import { cellText, itemKey, sectionInText, sectionNumeral, sttText } from '../tables/codes';
import { looseKey, normaliseLabel } from '../text/normalise';
import { clip } from '../messages';
import { createOfficeMatcher, officesInText } from '../text/offices';

export const META_SHEET = '_nq57';

export type ReadReportResult = { report: OfficeReport; issues: Issue[] };

type Table = { kind: 'indicators' | 'tasks'; header: HeaderMatch<string>; end: number };

function labelValue(grid: Grid, keys: string[][], label: string): string | null {
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== 'string' || !keys[r]?.[c]?.startsWith(label)) continue;
      const inline = cell.includes(':') ? cellText(cell.slice(cell.indexOf(':') + 1)) : '';
      if (inline) return inline;
      for (let j = c + 1; j < row.length; j++) {
        const t = cellText(row[j]);
        if (t) return t;
      }
    }
  }
  return null;
}

function readMeta(grid: Grid): FormMeta | null {
  const kv = new Map<string, string>();
  for (const row of grid.values) if (typeof row[0] === 'string') kv.set(row[0], cellText(row[1] ?? null));
  const meta = {
    planId: kv.get('planId') ?? '',
    planVersion: kv.get('planVersion') ?? '',
    office: kv.get('office') ?? '',
    period: kv.get('period') ?? '',
    formVersion: kv.get('formVersion') ?? '',
  };
  return meta.planId ? meta : null;
}

/** Every report table in a sheet, each running until the next header of any kind. */
function findTables(values: CellValue[][]): Table[] {
  const tasks = findHeaders(values, reportTaskColumns, { required: ['stt', 'name'], anyOf: ['status', 'doneDate'] });
  const taskRows = new Set(tasks.map((t) => t.row));
  const indicators = findHeaders(values, reportIndicatorColumns, { required: ['stt', 'name'], anyOf: ['achieved', 'numerator', 'denominator'] }).filter(
    (h) => !taskRows.has(h.row),
  );
  // Plan-only headers (a read-only part listing coordinated tasks) end the table above them.
  const stops = [
    ...findHeaders(values, planTaskColumns, { required: ['stt', 'name'], anyOf: ['lead', 'deadline'] }),
    ...findHeaders(values, planIndicatorColumns, { required: ['stt', 'name'], anyOf: ['unit', 'target'] }),
  ].map((h) => h.row);
  const starts = [...tasks.map((header) => ({ kind: 'tasks' as const, header })), ...indicators.map((header) => ({ kind: 'indicators' as const, header }))].sort(
    (a, b) => a.header.row - b.header.row,
  );
  const bounds = [...new Set([...starts.map((s) => s.header.row), ...stops])].sort((a, b) => a - b);
  return starts.map((s) => ({ ...s, end: bounds.find((b) => b > s.header.lastRow) ?? values.length }));
}

type Lookup<T extends { key: string; section: string; stt: string; name: string }> = {
  byKey: Map<string, T>;
  bySttAlone: Map<string, T | null>;
  byName: Map<string, T | null>;
};

function lookup<T extends { key: string; section: string; stt: string; name: string }>(items: T[]): Lookup<T> {
  const byKey = new Map<string, T>();
  const bySttAlone = new Map<string, T | null>();
  const byName = new Map<string, T | null>();
  for (const it of items) {
    if (!byKey.has(itemKey(it.section, it.stt))) byKey.set(itemKey(it.section, it.stt), it);
    bySttAlone.set(it.stt, bySttAlone.has(it.stt) ? null : it);
    const n = looseKey(it.name);
    byName.set(n, byName.has(n) ? null : it);
  }
  return { byKey, bySttAlone, byName };
}

/** Plan item for a report row: (section, stt), else a unique stt when the office dropped section rows, else the name. */
function resolve<T extends { key: string; section: string; stt: string; name: string }>(l: Lookup<T>, section: string, stt: string, name: string): T | null {
  const nameHit = name ? l.byName.get(looseKey(name)) ?? null : null;
  const keyHit = l.byKey.get(itemKey(section, stt)) ?? null;
  // A code typed as a number (2.10 → 2.1) lands on the wrong row; the name tells.
  if (keyHit && nameHit && keyHit !== nameHit && nameHit.section === section) return nameHit;
  if (keyHit) return keyHit;
  if (!section) return l.bySttAlone.get(stt) ?? nameHit;
  return nameHit;
}

function ref(grid: Grid, row: number, col: number | undefined): CellRef | null {
  if (col === undefined) return null;
  return { sheet: grid.name, cell: a1(row, col), value: cellAt(grid, row, col), numFmt: formatAt(grid, row, col) };
}

function isFilled(r: CellRef | null): boolean {
  return r !== null && cellText(r.value) !== '';
}

type PlanLookups = { matcher: ReturnType<typeof createOfficeMatcher>; indicators: Lookup<Indicator>; tasks: Lookup<Task> };

// Built once per plan, not once per report: with 200 reports this was most of the core's time.
const lookups = new WeakMap<Plan, PlanLookups>();

function planLookups(plan: Plan): PlanLookups {
  let l = lookups.get(plan);
  if (!l) {
    l = { matcher: createOfficeMatcher(plan.offices), indicators: lookup<Indicator>(plan.indicators), tasks: lookup<Task>(plan.tasks) };
    lookups.set(plan, l);
  }
  return l;
}

/**
 * One file may hold several offices' sheets (a workbook passed around, or exported from Excel or
 * Sheets): sheets whose 'Đơn vị báo cáo:' names differ are read as separate reports. A file with
 * one named office, or none, stays one report.
 */
export function splitByOffice(grids: Grid[]): Grid[][] {
  const sheets = grids.filter((g) => g.name !== META_SHEET);
  if (sheets.length < 2) return [grids];
  const labelled = sheets.map((g) => ({ g, label: labelValue(g, headerKeys(g.values), 'don vi bao cao') }));
  const names = new Set(labelled.filter((x) => x.label).map((x) => looseKey(x.label!)));
  if (names.size <= 1) return [grids];
  const groups = new Map<string, Grid[]>();
  labelled.forEach(({ g, label }, i) => {
    // An unlabelled sheet is told by its own name, so it stands alone.
    const key = label ? looseKey(label) : `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), g]);
  });
  return [...groups.values()];
}

/**
 * Reads the sheets of one report file (or one form sheet in Excel / Sheets). Never throws:
 * what cannot be read becomes an issue, and what can is kept.
 */
export function readReport(grids: Grid[], plan: Plan, file: string | null): ReadReportResult {
  const issues: Issue[] = [];
  const { matcher, indicators: indicatorLookup, tasks: taskLookup } = planLookups(plan);
  const metaGrid = grids.find((g) => g.name === META_SHEET);
  const meta = metaGrid ? readMeta(metaGrid) : null;
  const sheets = grids.filter((g) => g.name !== META_SHEET);
  const filledOf = new Map(sheets.map((g) => [g, fillMerges(g)]));

  let officeText: string | null = null;
  let periodText: string | null = null;
  for (const g of sheets) {
    const keys = headerKeys(filledOf.get(g)!);
    officeText ??= labelValue(g, keys, 'don vi bao cao');
    periodText ??= labelValue(g, keys, 'ky bao cao');
  }
  const base = file ? file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') : null;
  // A file name names the office when exactly one office's name or alias is in it (contract §6).
  const inFileName = base ? officesInText(base.replace(/[_]+/g, ' '), plan.offices) : [];
  const hasOfficeCell = sheets.some((g) => headerKeys(filledOf.get(g)!).some((row) => row.some((k) => k?.startsWith('don vi bao cao'))));
  // A name written in 'Đơn vị báo cáo:' is what the office says it is: if unknown, no guessing from file names.
  // A cell naming two offices names no one office: never pick one of them silently.
  const cellMatch = officeText ? matcher.match(officeText) : null;
  const cellAmbiguous = cellMatch !== null && cellMatch.offices.length + cellMatch.unknown.length > 1;
  const office = officeText
    ? (matcher.find(officeText) ?? (cellMatch && !cellAmbiguous ? (cellMatch.offices[0] ?? null) : null))
    : (meta ? matcher.find(meta.office) : null) ??
    (base ? matcher.find(base.replace(/[_]+/g, ' ')) : null) ??
    (inFileName.length === 1 ? inFileName[0] : null) ??
    sheets.map((g) => matcher.find(g.name)).find((n) => n) ??
    null;
  // What to ask of the officer depends on what the file has (issue 10: never ask for a cell it lacks).
  const why = officeText ? (cellAmbiguous ? '@office-cell-ambiguous' : '@office-cell-unknown') : inFileName.length > 1 ? '@office-file-ambiguous' : hasOfficeCell ? '@office-cell-empty' : '@office-nothing';

  const indicators: IndicatorEntry[] = [];
  const tasks: TaskEntry[] = [];
  let filledCells = 0;
  let tablesFound = 0;
  const where = { office, file };

  for (const grid of sheets) {
    const filled = filledOf.get(grid)!;
    const tables = findTables(filled);
    tablesFound += tables.length;
    for (const table of tables) {
      const cols = table.header.columns as Record<string, number | undefined>;
      const sttCol = cols.stt!;
      let section = '';
      for (let r = table.header.lastRow + 1; r < table.end; r++) {
        const rawStt = cellAt(grid, r, sttCol);
        const numeral = sectionNumeral(rawStt);
        if (numeral) {
          section = numeral;
          continue;
        }
        const stt = sttText(rawStt, formatAt(grid, r, sttCol));
        const name = cols.name === undefined ? '' : cellText(filled[r]?.[cols.name] ?? null);
        if (!stt) {
          const inline = sectionInText(name);
          if (inline) section = inline.section;
          continue;
        }
        const at = { ...where, sheet: grid.name, cell: a1(r, sttCol) };
        if (table.kind === 'indicators') {
          const item = resolve(indicatorLookup, section, stt, name);
          const entry: IndicatorEntry = {
            key: item?.key ?? itemKey(section, stt),
            section: item?.section ?? section,
            stt: item?.stt ?? stt,
            achieved: ref(grid, r, cols.achieved),
            numerator: ref(grid, r, cols.numerator),
            denominator: ref(grid, r, cols.denominator),
            note: cols.note === undefined ? '' : cellText(cellAt(grid, r, cols.note)),
          };
          const n = [entry.achieved, entry.numerator, entry.denominator].filter(isFilled).length;
          filledCells += n;
          if (!item) {
            if (n > 0) issues.push(issue('warning', 'REPORT_UNKNOWN_ROW', at, { stt, name: clip(name, 60) }));
            continue;
          }
          checkPlanEdited(grid, r, cols.target, item.targetText, issues, where);
          indicators.push(entry);
        } else {
          const item = resolve(taskLookup, section, stt, name);
          const entry: TaskEntry = {
            key: item?.key ?? itemKey(section, stt),
            section: item?.section ?? section,
            stt: item?.stt ?? stt,
            status: ref(grid, r, cols.status),
            doneDate: ref(grid, r, cols.doneDate),
            achieved: cols.achieved === undefined ? '' : cellText(cellAt(grid, r, cols.achieved)),
            difficulties: cols.difficulties === undefined ? '' : cellText(cellAt(grid, r, cols.difficulties)),
            proposals: cols.proposals === undefined ? '' : cellText(cellAt(grid, r, cols.proposals)),
          };
          const n = [entry.status, entry.doneDate].filter(isFilled).length + (entry.achieved ? 1 : 0);
          filledCells += n;
          if (!item) {
            if (n > 0) issues.push(issue('warning', 'REPORT_UNKNOWN_ROW', at, { stt, name: clip(name, 60) }));
            continue;
          }
          checkPlanEdited(grid, r, cols.deadline, item.deadlineText, issues, where);
          tasks.push(entry);
        }
      }
    }
  }

  if (tablesFound === 0) {
    for (const g of sheets) issues.push(issue('error', 'REPORT_NO_TABLE', { ...where, sheet: g.name }, { sheet: g.name }));
    if (sheets.length === 0) issues.push(issue('error', 'REPORT_NO_TABLE', where, { sheet: '' }));
  }
  if (!office) {
    issues.push(
      issue('error', 'REPORT_UNKNOWN_OFFICE', { file, sheet: file ? null : (sheets[0]?.name ?? null) }, {
        where: file ?? `trang "${sheets[0]?.name ?? ''}"`,
        example: plan.offices[0]?.name ?? 'Phòng Văn hóa - Xã hội',
        why,
        named: officeText ? clip(officeText, 60) : inFileName.join('; '),
      }),
    );
  }
  if (meta && (meta.planId !== plan.id || meta.planVersion !== plan.version)) {
    issues.push(issue('warning', 'REPORT_OTHER_PLAN', { ...where, sheet: file ? null : (sheets[0]?.name ?? null) }, { found: `${meta.planId} ${meta.planVersion}`, expected: `${plan.id} ${plan.version}` }));
  }
  return {
    report: { file, sheets: sheets.map((g) => g.name), office, periodText, meta, indicators, tasks, filledCells },
    issues,
  };
}

/** A plan column retyped in a report: warn at the cell, the plan's value stands. */
function checkPlanEdited(grid: Grid, row: number, col: number | undefined, expected: string, issues: Issue[], where: { office: string | null; file: string | null }): void {
  if (col === undefined || !expected) return;
  const found = cellText(cellAt(grid, row, col));
  if (!found || found === expected || normaliseLabel(found) === normaliseLabel(expected)) return;
  issues.push(issue('warning', 'REPORT_PLAN_EDITED', { ...where, sheet: grid.name, cell: a1(row, col) }, { cell: a1(row, col), found: clip(found, 60), expected: clip(expected, 60) }));
}
