// The commune's offices: from the 'Đơn vị' sheet when there is one, else the distinct lead offices of the plan.
import type { Grid } from '../grid';
import { cellAt, fillMerges } from '../grid';
import type { Office } from '../schemas/plan';
import { findHeaders } from '../tables/header';
import { officeColumns } from '../tables/columns';
import { cellText } from '../tables/codes';
import { isAllOfficesPhrase, officeKey } from '../text/offices';
import { looseKey } from '../text/normalise';

/** Reads the optional 'Đơn vị' sheet: Tên đơn vị | Tên khác (;-separated) | Email (; or , separated). */
export function readOfficeSheet(grid: Grid): Office[] | null {
  const values = fillMerges(grid);
  const [header] = findHeaders(values, officeColumns, { required: ['name'], anyOf: ['emails', 'aliases'] });
  if (!header) return null;
  const offices: Office[] = [];
  for (let r = header.lastRow + 1; r < values.length; r++) {
    const name = cellText(cellAt(grid, r, header.columns.name!));
    if (!name) continue;
    const aliases = header.columns.aliases === undefined ? [] : splitList(cellText(cellAt(grid, r, header.columns.aliases)), /;|\n/);
    const emails = header.columns.emails === undefined ? [] : splitList(cellText(cellAt(grid, r, header.columns.emails)), /[;,\s]+/).filter((e) => e.includes('@'));
    offices.push({ name, aliases, emails });
  }
  return offices;
}

function splitList(text: string, sep: RegExp): string[] {
  return text.split(sep).map((s) => s.trim()).filter(Boolean);
}

// Words an office name starts with; a comma-piece that starts otherwise continues the previous name
// ('Phòng Kinh tế, Hạ tầng và Đô thị xã' is one office).
const OFFICE_HEADS = [
  'phong', 'p', 'van phong', 'vp', 'trung tam', 'tt', 'cong an', 'ca', 'tram', 'tyt', 'ban', 'uy ban', 'ubnd', 'hdnd',
  'hoi', 'doan', 'dang uy', 'quan su', 'ban chi huy', 'truong', 'cac', 'tat ca', 'uy ban mat tran', 'mttq', 'chi cuc', 'buu dien', 'bhxh', 'kho bac', 'doanh nghiep', 'thon',
];

function startsLikeOffice(piece: string): boolean {
  const k = looseKey(piece);
  return OFFICE_HEADS.some((h) => k === h || k.startsWith(`${h} `));
}

/** Names in a lead cell when no directory exists yet: split on ; and line breaks, then on commas that start a new office. */
export function discoverOfficeNames(text: string): string[] {
  const names: string[] = [];
  for (const chunk of text.split(/[;\n]+/)) {
    const pieces = chunk.split(',').map((p) => p.trim()).filter(Boolean);
    const joined: string[] = [];
    for (const p of pieces) {
      if (joined.length > 0 && (!startsLikeOffice(p) || isAllOfficesPhrase(joined[joined.length - 1]))) joined[joined.length - 1] += `, ${p}`;
      else joined.push(p);
    }
    for (const name of joined) {
      const clean = name.replace(/\.+$/, '').trim();
      if (clean && !isAllOfficesPhrase(clean)) names.push(clean);
    }
  }
  return names;
}

/** Distinct offices named as leads, first spelling wins, in order of first appearance. */
export function officesFromLeads(leadTexts: string[]): Office[] {
  const seen = new Map<string, Office>();
  for (const text of leadTexts) {
    for (const name of discoverOfficeNames(text)) {
      const key = officeKey(name);
      const known = seen.get(key);
      if (!known) seen.set(key, { name, aliases: [], emails: [] });
      else if (known.name !== name && !known.aliases.includes(name)) known.aliases.push(name);
    }
  }
  return [...seen.values()];
}
