// The commune's offices: from the 'Đơn vị' sheet when there is one, else the distinct lead offices of the plan.
import type { Grid } from '../grid';
import { cellAt, fillMerges } from '../grid';
import type { Office } from '../schemas/plan';
import { findHeaders } from '../tables/header';
import { officeColumns } from '../tables/columns';
import { cellText } from '../tables/codes';
import { bracketAlias, officeKey, splitOffices } from '../text/offices';

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

/**
 * The plan's vocabulary of offices: the keys of names that lead a row alone (the whole cell is one name).
 * A cell made of such names is a list of them, whatever separates them.
 */
export function namesLeadingAlone(leadTexts: string[], known: (key: string) => boolean = () => false): Set<string> {
  const alone = new Set<string>();
  for (const text of leadTexts) {
    const { parts, all } = splitOffices(text, known);
    if (parts.length === 1 && !all) alone.add(officeKey(parts[0]));
  }
  return alone;
}

/**
 * Distinct offices named as leads, first spelling wins, in order of first appearance. Two passes:
 * a name joined by `và` (`Công an xã và Phòng Văn hóa - Xã hội`) is split only when both halves
 * are offices named on their own elsewhere, since `Văn phòng HĐND và UBND` is one office.
 * A named collective (`Các cơ sở giáo dục trên địa bàn xã`) is kept as one office, so its part of the
 * plan reaches someone's form and reminders; phrases meaning every office are not names.
 */
export function officesFromLeads(leadTexts: string[]): Office[] {
  const names = leadTexts.flatMap((t) => splitOffices(t, () => false).parts);
  const keys = new Set(names.map(officeKey));
  const joinsTwo = (n: string) => {
    const halves = n.split(/\s+và\s+/iu);
    return halves.length === 2 && halves.every((h) => keys.has(officeKey(h)));
  };
  // A key that is two names of the vocabulary run together is no name of its own.
  const vocabulary = namesLeadingAlone(leadTexts);
  const alone = new Set(names.filter((n) => !joinsTwo(n)).map(officeKey).filter((k) => !isJoinOfKnown(k, vocabulary)));
  // `Viettel` alone is the office written `Tập đoàn … (Viettel)` elsewhere.
  const byAlias = new Map<string, string>();
  for (const n of names) {
    const a = bracketAlias(n);
    if (a) {
      byAlias.set(officeKey(a), officeKey(n));
      alone.add(officeKey(a));
    }
  }
  const seen = new Map<string, Office>();
  for (const text of leadTexts) {
    for (const name of splitOffices(text, (k) => alone.has(k)).parts) {
      const key = byAlias.get(officeKey(name)) ?? officeKey(name);
      const known = seen.get(key);
      const alias = bracketAlias(name);
      if (!known) seen.set(key, { name, aliases: alias ? [alias] : [], emails: [] });
      else {
        for (const a of [name, ...(alias ? [alias] : [])]) if (known.name !== a && !known.aliases.includes(a)) known.aliases.push(a);
      }
    }
  }
  return [...seen.values()];
}

/** `bo khoa hoc cong nghe bo thong tin truyen thong`: a key that is two or more names of the vocabulary run together. */
function isJoinOfKnown(key: string, vocabulary: Set<string>): boolean {
  if (vocabulary.has(key)) return false;
  const words = key.split(' ');
  const reach = new Array<boolean>(words.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < words.length; i++) {
    if (!reach[i]) continue;
    for (let j = i + 1; j <= words.length; j++) if (vocabulary.has(words.slice(i, j).join(' '))) reach[j] = true;
  }
  return reach[words.length];
}
