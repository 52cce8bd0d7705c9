// The commune's offices: from the 'Đơn vị' sheet when there is one, else the distinct lead offices of the plan.
import type { Grid } from '../grid';
import { cellAt, fillMerges } from '../grid';
import type { Office } from '../schemas/plan';
import { findHeaders } from '../tables/header';
import { officeColumns } from '../tables/columns';
import { cellText } from '../tables/codes';
import { officeKey, splitOffices } from '../text/offices';

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

/** Groups (`Các cơ sở giáo dục…`) are no office that reports: they stay out of the directory and the import warns. */
function isGroup(name: string): boolean {
  return /^(các|tất cả)\s/iu.test(name);
}

/**
 * Distinct offices named as leads, first spelling wins, in order of first appearance. Two passes:
 * a name joined by `và` (`Công an xã và Phòng Văn hóa - Xã hội`) is split only when both halves
 * are offices named on their own elsewhere, since `Văn phòng HĐND và UBND` is one office.
 */
export function officesFromLeads(leadTexts: string[]): Office[] {
  const names = leadTexts.flatMap((t) => splitOffices(t, () => false).parts).filter((n) => !isGroup(n));
  const keys = new Set(names.map(officeKey));
  const joinsTwo = (n: string) => {
    const halves = n.split(/\s+và\s+/iu);
    return halves.length === 2 && halves.every((h) => keys.has(officeKey(h)));
  };
  const alone = new Set(names.filter((n) => !joinsTwo(n)).map(officeKey));
  const seen = new Map<string, Office>();
  for (const text of leadTexts) {
    for (const name of splitOffices(text, (k) => alone.has(k)).parts.filter((n) => !isGroup(n))) {
      const key = officeKey(name);
      const known = seen.get(key);
      if (!known) seen.set(key, { name, aliases: [], emails: [] });
      else if (known.name !== name && !known.aliases.includes(name)) known.aliases.push(name);
    }
  }
  return [...seen.values()];
}
